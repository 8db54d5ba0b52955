/**
 * Logs as pino writes them: with `format: 'json'` every line parses as one JSON object with
 * time, level and msg, errors carry their stack under `err`, and no piece of the token
 * survives in any line (messages, error messages, stacks, objects, keys, pieces split across
 * arguments or lines, circular objects). LOG_FORMAT / LOG_LEVEL pick the format and level;
 * JSON is the default when stdout is not a terminal.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadOpsConfig } from '../../src/discord/config.js';
import { createLogger, MIN_SECRET_FRAGMENT } from '../../src/discord/logger.js';

const token = 'MTA1234567890123456789012.GAbcde.abcdefghijklmnopqrstuvwxyz0123';

function expectNoTokenPiece(text: string) {
  for (let i = 0; i + MIN_SECRET_FRAGMENT <= token.length; i++) expect(text).not.toContain(token.slice(i, i + MIN_SECRET_FRAGMENT));
}

/** Every way a token has reached a log line, through one logger. */
function logEverything(log: ReturnType<typeof createLogger>) {
  log.info(`logging in with ${token}`);
  log.error('login failed', new Error(`401 for token ${token}`));
  const stackOnly = new Error('request failed');
  stackOnly.stack = `Error: request failed\n    at fetch (https://discord.com/api?token=${token})\n    at Bot ${token}`;
  log.error('request failed', stackOnly);
  log.warn('headers', { headers: { Authorization: `Bot ${token}` }, nested: [{ t: token }], [token]: 'as a key' });
  log.debug(`token starts ${token.slice(0, 30)}`, token.slice(30));
  log.info(`a ${token.slice(0, 12)}`, { rest: token.slice(12, 40), tail: token.slice(40) });
  log.error('string thrown', `${token.slice(0, 25)}\n${token.slice(25)}`);
  const withCause = new Error('outer', { cause: new Error(`inner ${token}`) });
  log.error('caused', withCause);
  const circular: Record<string, unknown> = { token };
  circular.self = circular;
  log.error('circular', circular);
  log.child({ command: 'ask', guild: '123' }).info(`child ${token}`);
}

describe('JSON logs', () => {
  it('parse line by line, carry time, level, message and error stacks, and no piece of the token', () => {
    const lines: string[] = [];
    logEverything(createLogger({ secrets: [token], write: (l) => lines.push(l), format: 'json', level: 'debug' }));
    expect(lines).toHaveLength(10);
    const entries = lines.map((l) => {
      expect(l).not.toContain('\n'); // one line each: a newline in a stack is escaped
      return JSON.parse(l) as Record<string, any>;
    });
    for (const e of entries) {
      expect(e.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(['debug', 'info', 'warn', 'error']).toContain(e.level);
      expect(typeof e.msg).toBe('string');
      expect(e.pid).toBe(process.pid);
    }
    expectNoTokenPiece(lines.join('\n'));
    // Error objects keep their type, message and stack (redacted), as pino's serializer writes them.
    const login = entries[1]!;
    expect(login).toMatchObject({ level: 'error', msg: 'login failed', err: { type: 'Error', message: '401 for token [redacted]' } });
    expect(login.err.stack).toMatch(/^Error: 401 for token \[redacted\]\n    at /);
    expect(entries[2]!.err.stack).toContain('at Bot [redacted]');
    expect(entries[3]!.data.headers.Authorization).toBe('Bot [redacted]');
    expect(entries[7]!.err.stack).toMatch(/caused by: Error: inner \[redacted\]/);
    expect(entries[8]!.data.self).toBe('[Circular]');
    expect(entries[9]).toMatchObject({ command: 'ask', guild: '123', msg: 'child [redacted]' });
  });

  it('readable lines carry the same redaction', () => {
    const lines: string[] = [];
    logEverything(createLogger({ secrets: [token], write: (l) => lines.push(l), format: 'pretty', level: 'debug' }));
    expect(lines).toHaveLength(10);
    expect(lines[1]).toMatch(/^\S+Z error login failed Error: 401 for token \[redacted\]\n    at /);
    expect(lines[9]).toMatch(/ info child \[redacted\] command=ask guild=123$/);
    expectNoTokenPiece(lines.join('\n'));
  });

  it('writes only lines at or above LOG_LEVEL', () => {
    const lines: string[] = [];
    const log = createLogger({ write: (l) => lines.push(l), format: 'json', level: 'warn' });
    log.debug('d');
    log.info('i');
    log.warn('w');
    log.error('e');
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['w', 'e']);
  });

  it('LOG_FORMAT defaults to JSON when stdout is not a terminal, readable when it is; bad values stop start-up', () => {
    expect(loadOpsConfig({}, false)).toEqual({ logFormat: 'json', logLevel: 'info', healthHost: '127.0.0.1' });
    expect(loadOpsConfig({}, true).logFormat).toBe('pretty');
    expect(loadOpsConfig({ LOG_FORMAT: 'pretty' }, false).logFormat).toBe('pretty');
    expect(loadOpsConfig({ LOG_FORMAT: 'json' }, true).logFormat).toBe('json');
    expect(loadOpsConfig({ DEBUG: 'true' }, true).logLevel).toBe('debug');
    expect(loadOpsConfig({ DEBUG: 'true', LOG_LEVEL: 'warn' }, true).logLevel).toBe('warn');
    expect(loadOpsConfig({ HEALTH_PORT: '9464', HEALTH_HOST: '0.0.0.0' }, true)).toMatchObject({ healthPort: 9464, healthHost: '0.0.0.0' });
    expect(() => loadOpsConfig({ LOG_FORMAT: 'xml' })).toThrow(new ConfigError('LOG_FORMAT must be json or pretty, not "xml".'));
    expect(() => loadOpsConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/);
    expect(() => loadOpsConfig({ HEALTH_PORT: '70000' })).toThrow(/HEALTH_PORT must be a port number/);
  });
});
