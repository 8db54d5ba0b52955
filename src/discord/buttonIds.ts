/**
 * Button custom_ids: `cd1.<action>.<userId>.<stateId>.<mac>`. The state (question,
 * offset, sentence id…) lives server-side under a short random id, so the custom_id
 * stays far below Discord's 100 characters; the HMAC, keyed by a per-process secret,
 * makes forged ids fail, and the user id in it says who may press the button. State
 * expires (and a restart changes the secret), so old buttons are refused as stale.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ExpiringMap, type Clock } from './expiringMap.js';
import { LIMITS } from './limits.js';

export type ButtonAction = 'more' | 'context' | 'page' | 'undo';
const ACTION_CODES: Record<ButtonAction, string> = { more: 'm', context: 'c', page: 'p', undo: 'u' };
const PREFIX = 'cd1';

export type ButtonCheck<S> =
  | { ok: true; action: ButtonAction; userId: string; state: S }
  | { ok: false; reason: 'forged' | 'stale' | 'other-user' };

export class ButtonIds<S> {
  private readonly states: ExpiringMap<string, S>;

  constructor(
    private readonly secret: Buffer = randomBytes(32),
    options: { maxStates?: number; ttlMs?: number; now?: Clock } = {},
  ) {
    this.states = new ExpiringMap(options.maxStates ?? 5000, options.ttlMs ?? 6 * 60 * 60_000, options.now);
  }

  private mac(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url').slice(0, 22);
  }

  /** A custom_id for `action` that only `userId` may press, carrying `state`. */
  create(action: ButtonAction, userId: string, state: S): string {
    const stateId = randomBytes(8).toString('base64url');
    this.states.set(stateId, state);
    const body = `${PREFIX}.${ACTION_CODES[action]}.${userId}.${stateId}`;
    const id = `${body}.${this.mac(body)}`;
    if (id.length > LIMITS.customId) throw new Error(`custom_id too long (${id.length})`);
    return id;
  }

  isOurs(customId: string): boolean {
    return customId.startsWith(`${PREFIX}.`);
  }

  check(customId: string, pressedBy: string): ButtonCheck<S> {
    const parts = customId.split('.');
    if (parts.length !== 5 || parts[0] !== PREFIX) return { ok: false, reason: 'forged' };
    const [, code, userId, stateId, mac] = parts as [string, string, string, string, string];
    const expected = Buffer.from(this.mac(parts.slice(0, 4).join('.')));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'forged' };
    const action = (Object.keys(ACTION_CODES) as ButtonAction[]).find((a) => ACTION_CODES[a] === code);
    if (!action) return { ok: false, reason: 'forged' };
    if (userId !== pressedBy) return { ok: false, reason: 'other-user' };
    const state = this.states.get(stateId);
    if (state === undefined) return { ok: false, reason: 'stale' };
    return { ok: true, action, userId, state };
  }
}
