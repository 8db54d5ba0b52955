import { parseByteSize } from '../store/pruneDeskCache';
import { LOG_FORMATS, LOG_LEVELS, type LogFormat, type LogLevel } from './logger.js';

/**
 * Bot settings from the environment (dotenv loads `.env` first). Every problem stops
 * start-up with one line that names the setting, rather than failing later mid-login.
 */
export interface DiscordConfig {
  token: string;
  clientId: string;
  /** Deploy commands to this guild (instant) instead of globally. */
  guildId?: string;
  /** REST base such as http://127.0.0.1:PORT/api; discord.js' default (Discord) when unset. */
  apiUrl?: string;
  corpusDir: string;
  moderatorRoleId?: string;
  /** Privileged intent: answer plain (non-mention) messages in the bot's threads. */
  messageContentIntent: boolean;
  shardCount: number;
  /** FETCH_ALLOW_PRIVATE: /add may fetch from private and local addresses. Tests only: unsafe in production. */
  fetchAllowPrivate: boolean;
  /** LOG_FORMAT: JSON lines or readable lines; default JSON unless stdout is a terminal. */
  logFormat: LogFormat;
  /** LOG_LEVEL (DEBUG=true still means debug); default info. */
  logLevel: LogLevel;
  /** HEALTH_PORT: serve /healthz and /metrics on this port (shard n: this + n); unset = no server. */
  healthPort?: number;
  /** HEALTH_HOST: address the health server binds, default 127.0.0.1. */
  healthHost: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const SNOWFLAKE = /^\d{17,20}$/;
/** Three dot-separated base64url parts, the shape of every bot token. */
const TOKEN_SHAPE = /^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/;

type Env = Record<string, string | undefined>;

function optional(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function snowflake(env: Env, name: string, required: boolean): string | undefined {
  const value = optional(env, name);
  if (value === undefined) {
    if (required) throw new ConfigError(`${name} is not set: copy the Application ID from the Developer Portal into .env.`);
    return undefined;
  }
  if (!SNOWFLAKE.test(value)) throw new ConfigError(`${name} is not a snowflake (17-20 digits): "${value.slice(0, 30)}".`);
  return value;
}

/** Settings the deploy script needs: no corpus, no intents. */
export function loadTokenAndApi(env: Env = process.env): Pick<DiscordConfig, 'token' | 'clientId' | 'guildId' | 'apiUrl'> {
  const token = optional(env, 'DISCORD_TOKEN');
  if (!token) throw new ConfigError('DISCORD_TOKEN is not set: put the bot token from the Developer Portal into .env.');
  // Accept any token against a local API (the stand-in's tokens are not Discord-shaped).
  const apiUrl = optional(env, 'DISCORD_API_URL');
  if (apiUrl !== undefined) {
    let parsed: URL;
    try {
      parsed = new URL(apiUrl);
    } catch {
      throw new ConfigError(`DISCORD_API_URL is not a URL: "${apiUrl.slice(0, 60)}".`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ConfigError('DISCORD_API_URL must start with http:// or https://.');
  } else if (!TOKEN_SHAPE.test(token)) {
    throw new ConfigError('DISCORD_TOKEN does not look like a bot token (three dot-separated parts); reset it in the Developer Portal.');
  }
  return {
    token,
    clientId: snowflake(env, 'DISCORD_CLIENT_ID', true)!,
    guildId: snowflake(env, 'DISCORD_GUILD_ID', false),
    apiUrl: apiUrl?.replace(/\/+$/, ''),
  };
}

export function loadDiscordConfig(env: Env = process.env): DiscordConfig {
  const base = loadTokenAndApi(env);
  const intent = (optional(env, 'MESSAGE_CONTENT_INTENT') ?? 'false').toLowerCase();
  if (intent !== 'true' && intent !== 'false') throw new ConfigError(`MESSAGE_CONTENT_INTENT must be true or false, not "${intent.slice(0, 20)}".`);
  const shards = optional(env, 'SHARD_COUNT') ?? '1';
  if (!/^\d+$/.test(shards) || Number(shards) < 1 || Number(shards) > 128) throw new ConfigError(`SHARD_COUNT must be a whole number from 1 to 128, not "${shards.slice(0, 20)}".`);
  // Read by the corpus build (src/build/prepareDesk.ts); checked here so a typo stops start-up.
  const threads = optional(env, 'BUILD_THREADS');
  if (threads !== undefined && (!/^\d+$/.test(threads) || Number(threads) < 1 || Number(threads) > 64)) {
    throw new ConfigError(`BUILD_THREADS must be a whole number from 1 to 64, not "${threads.slice(0, 20)}".`);
  }
  // Read by the desk cache (src/store/pruneDeskCache.ts).
  const cacheMax = optional(env, 'CACHE_MAX_BYTES');
  if (cacheMax !== undefined && parseByteSize(cacheMax) === undefined) {
    throw new ConfigError(`CACHE_MAX_BYTES must be a size in bytes, or with a unit such as 500M or 2G, not "${cacheMax.slice(0, 20)}".`);
  }
  const allowPrivate = (optional(env, 'FETCH_ALLOW_PRIVATE') ?? 'false').toLowerCase();
  if (allowPrivate !== 'true' && allowPrivate !== 'false') throw new ConfigError(`FETCH_ALLOW_PRIVATE must be true or false, not "${allowPrivate.slice(0, 20)}".`);
  return {
    ...base,
    fetchAllowPrivate: allowPrivate === 'true',
    ...loadOpsConfig(env),
    corpusDir: optional(env, 'CORPUS_DIR') ?? 'corpus/',
    moderatorRoleId: snowflake(env, 'MODERATOR_ROLE_ID', false),
    messageContentIntent: intent === 'true',
    shardCount: Number(shards),
  };
}

/**
 * Logging and health settings (also read by the shard manager before any shard starts).
 * `stdoutIsTerminal` decides the default log format: readable in a terminal, JSON otherwise.
 */
export function loadOpsConfig(
  env: Env = process.env,
  stdoutIsTerminal = Boolean(process.stdout.isTTY),
): Pick<DiscordConfig, 'logFormat' | 'logLevel' | 'healthPort' | 'healthHost'> {
  const format = (optional(env, 'LOG_FORMAT') ?? (stdoutIsTerminal ? 'pretty' : 'json')).toLowerCase();
  if (!(LOG_FORMATS as readonly string[]).includes(format)) throw new ConfigError(`LOG_FORMAT must be json or pretty, not "${format.slice(0, 20)}".`);
  const level = (optional(env, 'LOG_LEVEL') ?? (env.DEBUG === 'true' ? 'debug' : 'info')).toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${level.slice(0, 20)}".`);
  const port = optional(env, 'HEALTH_PORT');
  if (port !== undefined && (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535)) {
    throw new ConfigError(`HEALTH_PORT must be a port number from 1 to 65535, not "${port.slice(0, 20)}".`);
  }
  return {
    logFormat: format as LogFormat,
    logLevel: level as LogLevel,
    ...(port !== undefined ? { healthPort: Number(port) } : {}),
    healthHost: optional(env, 'HEALTH_HOST') ?? '127.0.0.1',
  };
}
