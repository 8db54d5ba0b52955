/**
 * A small logger for the bot that never prints the token: every line passes through
 * `redact`, which removes the configured secrets and anything shaped like a bot token
 * (discord.js errors and debug lines can carry Authorization headers).
 */
export interface Logger {
  debug(message: string, extra?: unknown): void;
  info(message: string, extra?: unknown): void;
  warn(message: string, extra?: unknown): void;
  error(message: string, extra?: unknown): void;
}

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

function describe(extra: unknown): string {
  if (extra === undefined) return '';
  if (extra instanceof Error) return ` ${extra.stack ?? `${extra.name}: ${extra.message}`}`;
  try {
    return ` ${JSON.stringify(extra)}`;
  } catch {
    return ` ${String(extra)}`;
  }
}

export function createLogger(options: { secrets?: string[]; write?: (line: string) => void; debug?: boolean } = {}): Logger {
  const secrets = options.secrets ?? [];
  const write = options.write ?? ((line: string) => process.stderr.write(line + '\n'));
  const emit = (level: string, message: string, extra?: unknown) =>
    write(redact(`${new Date().toISOString()} ${level} ${message}${describe(extra)}`, secrets));
  return {
    debug: (m, e) => (options.debug ? emit('debug', m, e) : undefined),
    info: (m, e) => emit('info', m, e),
    warn: (m, e) => emit('warn', m, e),
    error: (m, e) => emit('error', m, e),
  };
}
