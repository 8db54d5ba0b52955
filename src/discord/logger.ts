/**
 * The bot's logger: pino, writing JSON lines (`format: 'json'`, for log collectors) or
 * readable lines (`'pretty'`, for a terminal), never printing the token. Every line pino
 * produces is parsed back and each string in it (keys, values, error messages and stacks)
 * passes through `redact`, which removes the configured secrets, any piece of them of
 * MIN_SECRET_FRAGMENT characters or more, and anything shaped like a bot token (discord.js
 * errors and debug lines can carry Authorization headers); only then is the line written.
 */
import { pino, stdSerializers, stdTimeFunctions, type Logger as PinoLogger } from 'pino';

export interface Logger {
  debug(message: string, extra?: unknown): void;
  info(message: string, extra?: unknown): void;
  warn(message: string, extra?: unknown): void;
  error(message: string, extra?: unknown): void;
  /** A logger whose lines also carry `fields` (request-scoped: command, guild, latency…). */
  child(fields: Record<string, unknown>): Logger;
  /** Whether lines of `level` are written (e.g. to skip building a debug-only field). */
  isLevelEnabled(level: LogLevel): boolean;
}

export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const TOKEN_LIKE = /[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}/g;

/** Pieces of a secret this long or longer are redacted too (a token split across log arguments or lines). */
export const MIN_SECRET_FRAGMENT = 8;

export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join('[redacted]');
  for (const secret of secrets) if (secret.length > MIN_SECRET_FRAGMENT) out = redactFragments(out, secret);
  return out.replace(TOKEN_LIKE, '[redacted]').replace(/(Bot\s+)\S+/g, '$1[redacted]');
}

/** Replace every stretch of `text` made of overlapping MIN_SECRET_FRAGMENT-character pieces of `secret`. */
function redactFragments(text: string, secret: string): string {
  const n = MIN_SECRET_FRAGMENT;
  const pieces = new Set<string>();
  for (let i = 0; i + n <= secret.length; i++) pieces.add(secret.slice(i, i + n));
  let out = '';
  let covered = 0; // text before this index is already copied or redacted
  for (let i = 0; i + n <= text.length; i++) {
    if (!pieces.has(text.slice(i, i + n))) continue;
    if (i > covered) out += text.slice(covered, i);
    if (i >= covered) out += '[redacted]';
    covered = i + n;
  }
  return out + text.slice(covered);
}

/** Every string of a parsed JSON value, keys included, redacted. */
function redactDeep(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return redact(value, secrets);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[redact(k, secrets)] = redactDeep(v, secrets);
    return out;
  }
  return value;
}

/** Fields pino writes on every line; the readable format shows them in its own way or not at all. */
const FRAME = new Set(['time', 'level', 'msg', 'pid', 'hostname', 'err']);

/** One readable line: `<ISO time> <level> <message>[ key=value…][ <error stack>]`. */
export function formatPretty(entry: Record<string, unknown>): string {
  let line = `${String(entry.time ?? '')} ${String(entry.level ?? '')} ${String(entry.msg ?? '')}`;
  for (const [key, value] of Object.entries(entry)) {
    if (FRAME.has(key) || value === undefined) continue;
    if (key === 'detail' && typeof value === 'string') line += ` ${value}`;
    else if (key === 'data') line += ` ${JSON.stringify(value)}`;
    else line += ` ${key}=${typeof value === 'string' && !/\s/.test(value) ? value : JSON.stringify(value)}`;
  }
  const err = entry.err as { stack?: unknown; type?: unknown; message?: unknown } | undefined;
  if (err) line += ` ${typeof err.stack === 'string' ? err.stack : `${String(err.type ?? 'Error')}: ${String(err.message ?? '')}`}`;
  return line;
}

export interface LoggerOptions {
  /** Strings never to print (the bot token). */
  secrets?: string[];
  /** Where each finished line goes (without its newline); default stdout. */
  write?: (line: string) => void;
  /** Shorthand for `level: 'debug'` (the DEBUG=true setting). */
  debug?: boolean;
  /** Lowest level written; default info (debug with `debug: true`). */
  level?: LogLevel;
  /** JSON lines or readable lines; default readable. */
  format?: LogFormat;
  /** Fields on every line (e.g. the shard id). */
  base?: Record<string, unknown>;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = options.secrets ?? [];
  const write = options.write ?? ((line: string) => process.stdout.write(line + '\n'));
  const format = options.format ?? 'pretty';
  // pino writes each line synchronously to this stream; nothing reaches `write` unredacted.
  const stream = {
    write(chunk: string): void {
      const raw = chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk;
      let entry: Record<string, unknown>;
      try {
        entry = redactDeep(JSON.parse(raw), secrets) as Record<string, unknown>;
      } catch {
        write(redact(raw, secrets));
        return;
      }
      // A last pass over the finished line: a JSON-encoded string never loses a redaction to it.
      write(format === 'json' ? JSON.stringify(entry) : redact(formatPretty(entry), secrets));
    },
  };
  const root = pino(
    {
      level: options.level ?? (options.debug ? 'debug' : 'info'),
      base: { pid: process.pid, ...options.base },
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: stdSerializers.err },
    },
    stream,
  );
  return wrap(root);
}

/** Our (message, extra) calls as pino calls: an Error goes under `err`, a string under `detail`, anything else under `data`. */
function wrap(log: PinoLogger): Logger {
  const emit = (level: 'debug' | 'info' | 'warn' | 'error', message: string, extra?: unknown) => {
    if (!log.isLevelEnabled(level)) return;
    if (extra === undefined) log[level](message);
    else if (extra instanceof Error) log[level]({ err: extra }, message);
    else if (typeof extra === 'string') log[level]({ detail: extra }, message);
    else log[level]({ data: extra }, message);
  };
  return {
    debug: (m, e) => emit('debug', m, e),
    info: (m, e) => emit('info', m, e),
    warn: (m, e) => emit('warn', m, e),
    error: (m, e) => emit('error', m, e),
    child: (fields) => wrap(log.child(fields)),
    isLevelEnabled: (level) => log.isLevelEnabled(level),
  };
}
