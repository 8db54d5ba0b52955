/**
 * A local stand-in for Discord's REST API and gateway, just large enough for the
 * Crisis Desk bot: discord.js connects to it over loopback exactly as it would to
 * Discord (REST base from `rest.api`, gateway URL from `GET /gateway/bot`).
 *
 * Why our own: no maintained npm package mocks Discord's gateway + REST for
 * discord.js 14 (mockcord/blurple are Go/unfinished, mock-discord-server is an
 * undocumented 0.0.x). This one covers only the routes the bot calls, records every
 * REST request (method, path, JSON body incl. `allowed_mentions`) so tests can assert
 * on what was actually sent, and injects faults (429, 500, delays, dropped sockets).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, WebSocket } from 'ws';

const DISCORD_EPOCH = 1420070400000n;
let snowflakeCounter = 0n;
/** Increasing snowflakes, so ids sort by creation like Discord's. */
export function snowflake(): string {
  snowflakeCounter = (snowflakeCounter + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 17n) | snowflakeCounter).toString();
}

/** Permission bits used by the stand-in (values from Discord's docs). */
export const Perm = {
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  ReadMessageHistory: 1n << 16n,
  UseApplicationCommands: 1n << 31n,
  ManageGuild: 1n << 5n,
  Administrator: 1n << 3n,
  CreatePublicThreads: 1n << 35n,
  SendMessagesInThreads: 1n << 38n,
} as const;
export const MEMBER_PERMISSIONS =
  Perm.ViewChannel | Perm.SendMessages | Perm.EmbedLinks | Perm.ReadMessageHistory | Perm.UseApplicationCommands | Perm.SendMessagesInThreads;
export const MODERATOR_PERMISSIONS = MEMBER_PERMISSIONS | Perm.ManageGuild;
const BOT_PERMISSIONS = MEMBER_PERMISSIONS | Perm.CreatePublicThreads;

export interface RawUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: string | null;
  bot?: boolean;
}

export interface RawChannel {
  id: string;
  type: number; // 0 text, 11 public thread, 12 private thread
  guild_id?: string;
  name: string;
  parent_id?: string | null;
  owner_id?: string;
  position?: number;
  permission_overwrites?: unknown[];
  nsfw?: boolean;
  topic?: string | null;
  last_message_id?: string | null;
  rate_limit_per_user?: number;
  thread_metadata?: Record<string, unknown>;
  message_count?: number;
  member_count?: number;
  flags?: number;
}

export interface RawMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  author: RawUser;
  content: string;
  timestamp: string;
  edited_timestamp: string | null;
  tts: boolean;
  mention_everyone: boolean;
  mentions: RawUser[];
  mention_roles: string[];
  attachments: unknown[];
  embeds: any[];
  components: any[];
  pinned: boolean;
  type: number;
  flags: number;
  webhook_id?: string;
  application_id?: string;
  allowed_mentions?: unknown;
  [key: string]: unknown;
}

export interface GuildSpec {
  id: string;
  name: string;
  channels: RawChannel[];
  roles: { id: string; name: string; permissions: string }[];
  members: { user: RawUser; roles: string[] }[];
}

/** One REST request as the bot sent it, and what the stand-in answered. */
export interface RestRecord {
  seq: number;
  method: string;
  /** Path below /api/v10, e.g. `/channels/1/messages`. */
  path: string;
  query: URLSearchParams;
  body: any;
  /** Authorization header as sent (tests check the token is used; never print it). */
  authorization: string | undefined;
  status: number;
  response: unknown;
  /** performance.now() when the request arrived and when its response was sent. */
  receivedAt: number;
  finishedAt?: number;
}

export interface Fault {
  method?: string;
  /** Matches the path below /api/v10. */
  path: RegExp;
  /** 429 (with retry-after) or 5xx; omit with `delayMs` to only delay. */
  status?: number;
  retryAfterSeconds?: number;
  global?: boolean;
  delayMs?: number;
  /** How many matching requests it affects (default 1; Infinity for all). */
  times?: number;
}

export type OptionValue = string | number | boolean;

/** A file a user attached, as Discord describes it; its `url` is the stand-in's CDN route. */
export interface RawAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type?: string;
}

export interface InteractOptions {
  /** `command` (slash), `autocomplete`, `button`. Default `command`. */
  type?: 'command' | 'autocomplete' | 'button';
  name?: string;
  options?: Record<string, OptionValue>;
  /** Attachment options (name → a file from `addAttachment`). */
  attachments?: Record<string, RawAttachment>;
  /** For autocomplete: which option is being typed. */
  focused?: string;
  customId?: string;
  /** For buttons: the message carrying the button (its id must be known to the stand-in). */
  messageId?: string;
  user?: RawUser;
  /** Member permission bits (string or bigint); default MEMBER_PERMISSIONS. */
  permissions?: bigint | string;
  roles?: string[];
  channelId?: string;
  guildId?: string;
  locale?: string;
}

interface Connection {
  socket: WebSocket;
  seq: number;
  sessionId?: string;
  shard: [number, number];
  identified: boolean;
}

interface InteractionState {
  id: string;
  token: string;
  channelId: string;
  guildId: string;
  /** Id of the message `@original` refers to: the reply, or for a button the message it sits on. */
  originalId?: string;
  componentMessageId?: string;
  callbacks: number;
}

interface Waiter {
  pred: (r: RestRecord) => boolean;
  from: number;
  resolve: (r: RestRecord) => void;
}

const API_PREFIX = '/api/v10';

export function makeUser(username: string, extra: Partial<RawUser> = {}): RawUser {
  return { id: snowflake(), username, discriminator: '0', global_name: username, avatar: null, ...extra };
}

export class DiscordStandIn {
  readonly token: string;
  readonly botUser: RawUser;
  readonly applicationId: string;
  readonly guilds: GuildSpec[];
  /** The default guild and its text channel, for tests that need one of each. */
  readonly guild: GuildSpec;
  readonly textChannel: RawChannel;
  readonly alice: RawUser = makeUser('alice');
  readonly bob: RawUser = makeUser('bob');
  readonly moderatorRoleId: string;

  readonly requests: RestRecord[] = [];
  readonly gatewayLog: { op: number; d: any; shard?: [number, number] }[] = [];
  /** Every gateway socket that closed, with its close code (1000 = the bot closed it cleanly). */
  readonly gatewayCloses: { code: number; at: number }[] = [];
  readonly messages = new Map<string, RawMessage>();
  readonly channels = new Map<string, RawChannel>();
  readonly commands = { global: [] as any[], guild: new Map<string, any[]>() };

  /** Files served by the CDN route (`/attachments/:id/:name`), by id. */
  readonly attachments = new Map<string, { attachment: RawAttachment; bytes: Buffer }>();
  /** Reactions the bot added: channel, message and emoji. */
  readonly reactions: { channelId: string; messageId: string; emoji: string }[] = [];

  private server!: Server;
  private wss!: WebSocketServer;
  private connections = new Set<Connection>();
  private sessions = new Map<string, Connection>();
  private interactions = new Map<string, InteractionState>();
  private waiters: Waiter[] = [];
  private faults: (Fault & { left: number })[] = [];
  private heartbeatIntervalMs: number;
  port = 0;

  private constructor(options: { token?: string; heartbeatIntervalMs?: number; guildCount?: number }) {
    this.token = options.token ?? 'stand-in-token.' + Math.random().toString(36).slice(2);
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;
    this.applicationId = snowflake();
    this.botUser = makeUser('crisis-desk', { id: this.applicationId, bot: true });
    this.moderatorRoleId = snowflake();
    this.guilds = [];
    for (let i = 0; i < (options.guildCount ?? 1); i++) this.guilds.push(this.makeGuild(`Newsroom ${i + 1}`, i));
    this.guild = this.guilds[0]!;
    this.textChannel = this.guild.channels[0]!;
  }

  static async start(options: { token?: string; heartbeatIntervalMs?: number; guildCount?: number } = {}): Promise<DiscordStandIn> {
    const standIn = new DiscordStandIn(options);
    await standIn.listen();
    return standIn;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  private makeGuild(name: string, index: number): GuildSpec {
    // Consecutive timestamps put guild i on shard i % shardCount ((id >> 22) % count), for sharding tests.
    const base = BigInt(Date.now()) - DISCORD_EPOCH;
    const id = (((base - (base % 64n) + BigInt(index)) << 22n) | (1n << 17n)).toString();
    const channel: RawChannel = {
      id: snowflake(),
      type: 0,
      guild_id: id,
      name: 'general',
      parent_id: null,
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0,
    };
    this.channels.set(channel.id, channel);
    return {
      id,
      name,
      channels: [channel],
      roles: [
        { id, name: '@everyone', permissions: MEMBER_PERMISSIONS.toString() },
        { id: this.moderatorRoleId, name: 'moderator', permissions: MEMBER_PERMISSIONS.toString() },
      ],
      members: [{ user: this.botUser, roles: [] }],
    };
  }

  private listen(): Promise<void> {
    this.server = createServer((req, res) => void this.handleHttp(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (socket) => this.handleSocket(socket));
    return new Promise((resolve) => {
      this.server.listen(0, '127.0.0.1', () => {
        this.port = (this.server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  async stop(): Promise<void> {
    for (const c of this.connections) c.socket.terminate();
    for (const w of this.waiters) w.resolve = () => {};
    this.waiters = [];
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---------------------------------------------------------------- faults

  /** Make the next matching request(s) fail or wait. */
  inject(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }
  clearFaults(): void {
    this.faults = [];
  }

  /** Drop every gateway connection (default code 4000: resumable, discord.js resumes). */
  closeGateway(code = 4000): void {
    for (const c of this.connections) c.socket.close(code, 'stand-in closed the connection');
  }

  /**
   * Keep the gateway down: connections made from now on get no HELLO (the client waits, not
   * connected) until `releaseGateway`. With `closeGateway`, holds a bot disconnected as long as a test needs.
   */
  holdGateway(): void {
    this.gatewayHeld = true;
  }
  /** Let held and later connections proceed (HELLO sent). */
  releaseGateway(): void {
    this.gatewayHeld = false;
    for (const c of this.heldConnections.splice(0)) {
      if (c.socket.readyState === WebSocket.OPEN) this.send(c, { op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } });
    }
  }
  private gatewayHeld = false;
  private heldConnections: Connection[] = [];

  /** Cut every gateway socket without a close frame, as a network failure would. */
  terminateGateway(): void {
    for (const c of this.connections) c.socket.terminate();
  }

  /** Gateway connections that have identified or resumed and are still open. */
  get liveConnections(): number {
    return [...this.connections].filter((c) => c.identified && c.socket.readyState === WebSocket.OPEN).length;
  }

  // ---------------------------------------------------------------- waiting

  /**
   * Resolve with the first recorded request (seq ≥ `from`) matching `pred`, now or later.
   * Rejects after `timeoutMs` with the requests seen, so a failing test says why.
   */
  waitFor(pred: (r: RestRecord) => boolean, { from = 0, timeoutMs = 10_000 } = {}): Promise<RestRecord> {
    const found = this.requests.find((r) => r.seq >= from && pred(r));
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { pred, from, resolve: () => {} };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const seen = this.requests.filter((r) => r.seq >= from).map((r) => `${r.method} ${r.path} → ${r.status}`);
        reject(new Error(`stand-in: no matching request within ${timeoutMs} ms; saw:\n  ${seen.join('\n  ') || '(none)'}`));
      }, timeoutMs);
      waiter.resolve = (r) => {
        clearTimeout(timer);
        resolve(r);
      };
      this.waiters.push(waiter);
    });
  }

  /** Resolve once `count` shards have received READY. */
  async waitForReady(count = 1, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ([...this.connections].filter((c) => c.identified).length < count) {
      if (Date.now() > deadline) throw new Error(`stand-in: ${count} shard(s) never identified`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  // ---------------------------------------------------------------- dispatch helpers

  /** Dispatch an INTERACTION_CREATE and return a handle to await what the bot sends back. */
  interact(opts: InteractOptions): InteractionHandle {
    const type = opts.type ?? 'command';
    const guildId = opts.guildId ?? this.guild.id;
    const channelId = opts.channelId ?? this.textChannel.id;
    const channel = this.channels.get(channelId);
    if (!channel) throw new Error(`stand-in: unknown channel ${channelId}`);
    const user = opts.user ?? this.alice;
    const id = snowflake();
    const token = `itoken-${id}-${Math.random().toString(36).slice(2)}`;
    const permissions = (opts.permissions ?? MEMBER_PERMISSIONS).toString();
    const member = {
      user,
      roles: opts.roles ?? [],
      permissions,
      nick: null,
      avatar: null,
      joined_at: new Date(0).toISOString(),
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
    };
    const payload: Record<string, unknown> = {
      id,
      application_id: this.applicationId,
      token,
      version: 1,
      guild_id: guildId,
      channel_id: channelId,
      channel: { ...channel, permissions },
      member,
      app_permissions: BOT_PERMISSIONS.toString(),
      locale: opts.locale ?? 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': guildId },
      context: 0,
      attachment_size_limit: 10_485_760,
    };
    const state: InteractionState = { id, token, channelId, guildId, callbacks: 0 };
    if (type === 'button') {
      const message = opts.messageId ? this.messages.get(opts.messageId) : undefined;
      if (!message) throw new Error('stand-in: a button press needs the messageId of a known message');
      payload.type = 3;
      payload.message = message;
      payload.data = { custom_id: opts.customId ?? '', component_type: 2 };
      state.componentMessageId = message.id;
      state.originalId = message.id;
    } else {
      const registered = [...this.commands.global, ...(this.commands.guild.get(guildId) ?? [])].find((c) => c.name === opts.name);
      payload.type = type === 'autocomplete' ? 4 : 2;
      payload.data = {
        id: registered?.id ?? snowflake(),
        name: opts.name,
        type: 1,
        guild_id: guildId,
        options: [
          ...Object.entries(opts.options ?? {}).map(([name, value]) => ({
            name,
            type: typeof value === 'boolean' ? 5 : typeof value === 'number' ? 10 : 3,
            value,
            ...(opts.focused === name ? { focused: true } : {}),
          })),
          ...Object.entries(opts.attachments ?? {}).map(([name, a]) => ({ name, type: 11, value: a.id })),
        ],
        ...(opts.attachments ? { resolved: { attachments: Object.fromEntries(Object.values(opts.attachments).map((a) => [a.id, a])) } } : {}),
      };
    }
    this.interactions.set(token, state);
    const from = this.requests.length;
    this.dispatch(guildId, 'INTERACTION_CREATE', payload);
    return new InteractionHandle(this, state, from);
  }

  /** Someone posts a message in a channel (MESSAGE_CREATE). */
  postMessage(opts: { content: string; channelId?: string; author?: RawUser; mentions?: RawUser[] }): RawMessage {
    const channelId = opts.channelId ?? this.textChannel.id;
    const channel = this.channels.get(channelId);
    const message = this.storeMessage({
      channel_id: channelId,
      guild_id: channel?.guild_id,
      author: opts.author ?? this.alice,
      content: opts.content,
      mentions: opts.mentions ?? [],
    });
    this.dispatch(channel?.guild_id ?? this.guild.id, 'MESSAGE_CREATE', { ...message, member: { roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 } });
    return message;
  }

  /**
   * A file a user uploads: served at `/attachments/<id>/<filename>` on the stand-in's host
   * (Discord's CDN stands at cdn.discordapp.com; a bot with DISCORD_API_URL set downloads
   * attachments from that host instead). Pass it to `interact({ attachments })`.
   */
  addAttachment(filename: string, content: string | Buffer, contentType?: string): RawAttachment {
    const id = snowflake();
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const url = `http://127.0.0.1:${this.port}/attachments/${id}/${encodeURIComponent(filename)}`;
    const attachment: RawAttachment = { id, filename, size: bytes.length, url, proxy_url: url, ...(contentType ? { content_type: contentType } : {}) };
    this.attachments.set(id, { attachment, bytes });
    return attachment;
  }

  /** `<@id>` mention of the bot, as a user would type it. */
  get botMention(): string {
    return `<@${this.botUser.id}>`;
  }

  /** Messages the stand-in holds for a channel, oldest first. */
  channelMessages(channelId: string): RawMessage[] {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId);
  }

  /** Threads created by the bot, oldest first. */
  threads(): RawChannel[] {
    return [...this.channels.values()].filter((c) => c.type === 11 || c.type === 12);
  }

  private dispatch(guildId: string, t: string, d: unknown): void {
    const id = BigInt(guildId);
    let sent = false;
    for (const c of this.connections) {
      if (!c.identified) continue;
      const [shardId, count] = c.shard;
      if (Number((id >> 22n) % BigInt(count)) !== shardId) continue;
      this.send(c, { op: 0, t, s: ++c.seq, d });
      sent = true;
    }
    if (!sent) throw new Error(`stand-in: no identified shard for guild ${guildId}; call waitForReady() first`);
  }

  private send(c: Connection, packet: { op: number; t?: string | null; s?: number | null; d: unknown }): void {
    if (c.socket.readyState !== WebSocket.OPEN) return;
    c.socket.send(JSON.stringify({ t: null, s: null, ...packet }));
  }

  // ---------------------------------------------------------------- gateway

  private handleSocket(socket: WebSocket): void {
    const c: Connection = { socket, seq: 0, shard: [0, 1], identified: false };
    this.connections.add(c);
    socket.on('close', (code) => {
      this.connections.delete(c);
      this.gatewayCloses.push({ code, at: performance.now() });
    });
    socket.on('message', (raw) => {
      let packet: { op: number; d: any };
      try {
        packet = JSON.parse(raw.toString());
      } catch {
        socket.close(4002, 'decode error');
        return;
      }
      this.gatewayLog.push({ op: packet.op, d: packet.op === 2 ? { ...packet.d, token: '[redacted]' } : packet.d, shard: c.shard });
      this.handleOp(c, packet);
    });
    if (this.gatewayHeld) this.heldConnections.push(c);
    else this.send(c, { op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } });
  }

  private handleOp(c: Connection, packet: { op: number; d: any }): void {
    switch (packet.op) {
      case 1: // heartbeat
        this.send(c, { op: 11, d: null });
        return;
      case 2: {
        // identify
        if (packet.d?.token !== this.token && packet.d?.token !== `Bot ${this.token}`) {
          c.socket.close(4004, 'Authentication failed.');
          return;
        }
        c.shard = packet.d.shard ?? [0, 1];
        c.sessionId = snowflake();
        c.identified = true;
        this.sessions.set(c.sessionId, c);
        const mine = this.guilds.filter((g) => Number((BigInt(g.id) >> 22n) % BigInt(c.shard[1])) === c.shard[0]);
        this.send(c, {
          op: 0,
          t: 'READY',
          s: ++c.seq,
          d: {
            v: 10,
            user: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0 },
            guilds: mine.map((g) => ({ id: g.id, unavailable: true })),
            session_id: c.sessionId,
            resume_gateway_url: this.gatewayUrl,
            shard: c.shard,
            application: { id: this.applicationId, flags: 0 },
            private_channels: [],
            relationships: [],
            presences: [],
            guild_join_requests: [],
            geo_ordered_rtc_regions: [],
            user_settings: {},
          },
        });
        for (const g of mine) this.send(c, { op: 0, t: 'GUILD_CREATE', s: ++c.seq, d: this.guildPayload(g) });
        return;
      }
      case 6: {
        // resume: continue the old session on the new socket
        const old = this.sessions.get(packet.d?.session_id);
        if (!old || packet.d?.token !== this.token && packet.d?.token !== `Bot ${this.token}`) {
          this.send(c, { op: 9, d: false });
          return;
        }
        c.sessionId = old.sessionId;
        c.shard = old.shard;
        c.seq = Math.max(old.seq, packet.d.seq ?? 0);
        c.identified = true;
        this.sessions.set(c.sessionId!, c);
        this.send(c, { op: 0, t: 'RESUMED', s: ++c.seq, d: {} });
        return;
      }
      default:
        return; // presence/voice/request-members: not used by the bot
    }
  }

  private guildPayload(g: GuildSpec): Record<string, unknown> {
    return {
      id: g.id,
      name: g.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: this.alice.id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      joined_at: new Date(0).toISOString(),
      large: false,
      unavailable: false,
      member_count: g.members.length,
      roles: g.roles.map((r, i) => ({
        id: r.id,
        name: r.name,
        color: 0,
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: i,
        permissions: r.permissions,
        managed: false,
        mentionable: false,
        flags: 0,
      })),
      emojis: [],
      stickers: [],
      channels: g.channels.map((ch) => ({ ...ch })),
      threads: [],
      members: g.members.map((m) => ({
        user: m.user,
        roles: m.roles,
        nick: null,
        avatar: null,
        joined_at: new Date(0).toISOString(),
        premium_since: null,
        deaf: false,
        mute: false,
        flags: 0,
        pending: false,
      })),
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // ---------------------------------------------------------------- REST

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
    const pathname = decodeURIComponent(url.pathname);
    // The CDN: attachments, outside the API (no auth, not recorded as REST).
    const file = /^\/attachments\/(\d+)\/[^/]+$/.exec(pathname);
    if (file && (req.method ?? 'GET').toUpperCase() === 'GET') {
      const stored = this.attachments.get(file[1]!);
      if (!stored) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      const headers: Record<string, string> = { 'content-length': String(stored.bytes.length) };
      if (stored.attachment.content_type) headers['content-type'] = stored.attachment.content_type;
      return void res.writeHead(200, headers).end(stored.bytes);
    }
    const path = pathname.startsWith(API_PREFIX) ? pathname.slice(API_PREFIX.length) : pathname;
    const method = (req.method ?? 'GET').toUpperCase();
    const record: RestRecord = {
      seq: this.requests.length,
      method,
      path,
      query: url.searchParams,
      body: parseBody(raw, req.headers['content-type']),
      authorization: req.headers.authorization,
      status: 0,
      response: undefined,
      receivedAt: performance.now(),
    };
    this.requests.push(record);

    const fault = this.faults.find((f) => f.left > 0 && f.path.test(path) && (!f.method || f.method.toUpperCase() === method));
    if (fault) {
      fault.left--;
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault.status) {
        const body =
          fault.status === 429
            ? { message: 'You are being rate limited.', retry_after: fault.retryAfterSeconds ?? 0.05, global: fault.global ?? false }
            : { message: 'Internal Server Error', code: 0 };
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (fault.status === 429) {
          headers['retry-after'] = String(fault.retryAfterSeconds ?? 0.05);
          headers['x-ratelimit-scope'] = fault.global ? 'global' : 'user';
          if (fault.global) headers['x-ratelimit-global'] = 'true';
        }
        this.finish(record, res, fault.status, body, headers);
        return;
      }
    }

    let status = 200;
    let body: unknown;
    try {
      [status, body] = this.route(method, path, url.searchParams, record.body, req.headers.authorization);
    } catch (error) {
      [status, body] = [500, { message: String(error), code: 0 }];
    }
    this.finish(record, res, status, body);
  }

  private finish(record: RestRecord, res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    record.status = status;
    record.response = body;
    record.finishedAt = performance.now();
    if (status === 204) {
      res.writeHead(204, headers).end();
    } else {
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body ?? null));
    }
    for (const w of [...this.waiters]) {
      if (record.seq >= w.from && w.pred(record)) {
        this.waiters = this.waiters.filter((x) => x !== w);
        w.resolve(record);
      }
    }
  }

  private route(method: string, path: string, query: URLSearchParams, body: any, auth: string | undefined): [number, unknown] {
    const notFound: [number, unknown] = [404, { message: 'Unknown route', code: 0 }];
    const parts = path.split('/').filter(Boolean);
    const authed = auth === `Bot ${this.token}`;
    const unauthorized: [number, unknown] = [401, { message: '401: Unauthorized', code: 0 }];
    const is = (m: string, pattern: string): boolean => {
      if (m !== method) return false;
      const p = pattern.split('/').filter(Boolean);
      return p.length === parts.length && p.every((seg, i) => seg.startsWith(':') || seg === parts[i]);
    };

    if (is('GET', '/gateway/bot')) {
      if (!authed) return unauthorized;
      return [
        200,
        {
          url: this.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        },
      ];
    }
    if (is('GET', '/gateway')) return [200, { url: this.gatewayUrl }];
    if (is('GET', '/users/@me')) return authed ? [200, this.botUser] : unauthorized;
    if (is('GET', '/applications/@me')) return authed ? [200, { id: this.applicationId, name: 'Crisis Desk', flags: 0, bot: this.botUser }] : unauthorized;

    // application commands
    if (parts[0] === 'applications' && parts[2] === 'commands' && parts.length === 3) {
      if (!authed) return unauthorized;
      if (method === 'PUT') this.commands.global = this.withIds(body);
      if (method === 'PUT' || method === 'GET') return [200, this.commands.global];
    }
    if (parts[0] === 'applications' && parts[2] === 'guilds' && parts[4] === 'commands' && parts.length === 5) {
      if (!authed) return unauthorized;
      const guildId = parts[3]!;
      if (method === 'PUT') this.commands.guild.set(guildId, this.withIds(body, guildId));
      if (method === 'PUT' || method === 'GET') return [200, this.commands.guild.get(guildId) ?? []];
    }

    // interaction callback: /interactions/:id/:token/callback
    if (is('POST', '/interactions/:id/:token/callback')) {
      const state = this.interactions.get(parts[2]!);
      if (!state || state.id !== parts[1]) return [404, { message: 'Unknown interaction', code: 10062 }];
      if (state.callbacks > 0) return [400, { message: 'Interaction has already been acknowledged.', code: 40060 }];
      state.callbacks++;
      const data = body?.data ?? {};
      let message: RawMessage | undefined;
      switch (body?.type) {
        case 4: // reply
          message = this.storeMessage(this.webhookMessage(state, data));
          state.originalId = message.id;
          break;
        case 5: // deferred reply: a "thinking…" placeholder (flag 128 = loading)
          message = this.storeMessage(this.webhookMessage(state, { content: '', flags: ((data.flags ?? 0) as number) | 128 }));
          state.originalId = message.id;
          break;
        case 6: // deferred update of the component's message
          break;
        case 7: // update the component's message
          message = state.componentMessageId ? this.editMessage(state.componentMessageId, data) : undefined;
          break;
        case 8: // autocomplete result
          break;
        default:
          return [400, { message: `stand-in: unsupported callback type ${body?.type}`, code: 50035 }];
      }
      if (query.get('with_response') === 'true') {
        return [
          200,
          {
            interaction: { id: state.id, type: 2, response_message_id: message?.id, response_message_loading: body.type === 5, response_message_ephemeral: ((message?.flags ?? 0) & 64) !== 0 },
            resource: message ? { type: body.type, message } : { type: body.type },
          },
        ];
      }
      return [204, undefined];
    }

    // webhooks: /webhooks/:app/:token[/messages/:id]
    if (parts[0] === 'webhooks' && parts[1] === this.applicationId) {
      const state = this.interactions.get(parts[2] ?? '');
      if (!state) return [404, { message: 'Unknown Webhook', code: 10015 }];
      if (parts.length === 3 && method === 'POST') {
        const message = this.storeMessage(this.webhookMessage(state, body ?? {}));
        return [200, message];
      }
      if (parts.length === 5 && parts[3] === 'messages') {
        const id = parts[4] === '@original' ? state.originalId : parts[4];
        const existing = id ? this.messages.get(id) : undefined;
        if (!existing) return [404, { message: 'Unknown Message', code: 10008 }];
        if (method === 'GET') return [200, existing];
        if (method === 'PATCH') return [200, this.editMessage(existing.id, body ?? {})];
        if (method === 'DELETE') {
          this.messages.delete(existing.id);
          return [204, undefined];
        }
      }
      return notFound;
    }

    // channels
    if (parts[0] === 'channels') {
      if (!authed) return unauthorized;
      const channel = this.channels.get(parts[1] ?? '');
      if (!channel) return [404, { message: 'Unknown Channel', code: 10003 }];
      if (is('GET', '/channels/:id')) return [200, channel];
      if (is('POST', '/channels/:id/messages')) {
        const message = this.storeMessage({
          ...(body ?? {}),
          channel_id: channel.id,
          guild_id: channel.guild_id,
          author: this.botUser,
          mentions: [],
        });
        // Discord echoes the bot's own messages over the gateway; the bot must ignore them.
        if (channel.guild_id) this.dispatch(channel.guild_id, 'MESSAGE_CREATE', message);
        return [200, message];
      }
      if (is('PUT', '/channels/:id/messages/:mid/reactions/:emoji/@me')) {
        this.reactions.push({ channelId: channel.id, messageId: parts[3]!, emoji: parts[5]! });
        return [204, undefined];
      }
      if (is('GET', '/channels/:id/messages/:mid')) {
        const m = this.messages.get(parts[3]!);
        return m ? [200, m] : [404, { message: 'Unknown Message', code: 10008 }];
      }
      if (is('POST', '/channels/:id/messages/:mid/threads') || is('POST', '/channels/:id/threads')) {
        if (parts.length === 5 && !this.messages.has(parts[3]!)) return [404, { message: 'Unknown Message', code: 10008 }];
        if (typeof body?.name !== 'string' || body.name.length < 1 || body.name.length > 100) {
          return [400, { message: 'Invalid Form Body', code: 50035, errors: { name: 'must be 1-100 characters' } }];
        }
        const thread: RawChannel = {
          id: parts.length === 5 ? parts[3]! : snowflake(), // Discord reuses the starter message id
          type: body.type ?? 11,
          guild_id: channel.guild_id,
          name: body.name,
          parent_id: channel.id,
          owner_id: this.botUser.id,
          last_message_id: null,
          rate_limit_per_user: 0,
          message_count: 0,
          member_count: 1,
          flags: 0,
          thread_metadata: {
            archived: false,
            auto_archive_duration: body.auto_archive_duration ?? 1440,
            archive_timestamp: new Date().toISOString(),
            locked: false,
            create_timestamp: new Date().toISOString(),
          },
        };
        this.channels.set(thread.id, thread);
        if (channel.guild_id) this.dispatch(channel.guild_id, 'THREAD_CREATE', { ...thread, newly_created: true });
        return [201, thread];
      }
    }
    return notFound;
  }

  private withIds(commands: any[], guildId?: string): any[] {
    return (Array.isArray(commands) ? commands : []).map((c) => ({
      ...c,
      id: snowflake(),
      application_id: this.applicationId,
      ...(guildId ? { guild_id: guildId } : {}),
      version: snowflake(),
    }));
  }

  private webhookMessage(state: InteractionState, data: Record<string, any>): Partial<RawMessage> {
    return {
      ...data,
      channel_id: state.channelId,
      guild_id: state.guildId,
      author: this.botUser,
      webhook_id: this.applicationId,
      application_id: this.applicationId,
      mentions: [],
      flags: data.flags ?? 0,
      interaction_metadata: { id: state.id, type: 2, user: this.alice, authorizing_integration_owners: {} },
    };
  }

  private storeMessage(partial: Partial<RawMessage>): RawMessage {
    const defaults: RawMessage = {
      id: snowflake(),
      channel_id: '',
      author: this.botUser,
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
      mentions: [],
    };
    const message: RawMessage = {
      ...defaults,
      ...(partial as RawMessage),
      mentions: partial.mentions ?? [],
    };
    this.messages.set(message.id, message);
    return message;
  }

  private editMessage(id: string, data: Record<string, any>): RawMessage {
    const existing = this.messages.get(id)!;
    const { flags, ...rest } = data;
    // A finished edit clears the "loading" flag of a deferred reply, keeps ephemeral.
    const updated: RawMessage = { ...existing, ...rest, flags: (existing.flags & ~128) | ((flags ?? 0) & ~128), edited_timestamp: new Date().toISOString() };
    this.messages.set(id, updated);
    return updated;
  }
}

/** What a test holds after `interact()`: everything the bot sent in answer to that interaction. */
export class InteractionHandle {
  /** performance.now() when the INTERACTION_CREATE was dispatched. */
  readonly dispatchedAt = performance.now();

  constructor(
    private readonly standIn: DiscordStandIn,
    private readonly state: InteractionState,
    private readonly from: number,
  ) {}

  get id(): string {
    return this.state.id;
  }
  get token(): string {
    return this.state.token;
  }

  /** Whether a request belongs to this interaction (callback or webhook with its token). */
  owns(r: RestRecord): boolean {
    return r.path.includes(`/${this.state.token}`);
  }

  /** The interaction callback (reply / defer / update / autocomplete). */
  callback(timeoutMs = 10_000): Promise<RestRecord> {
    return this.waitFor((r) => r.path.endsWith('/callback'), timeoutMs);
  }

  /** Next request for this interaction matching `pred`. */
  waitFor(pred: (r: RestRecord) => boolean, timeoutMs = 10_000): Promise<RestRecord> {
    return this.standIn.waitFor((r) => this.owns(r) && pred(r), { from: this.from, timeoutMs });
  }

  /** Wait for the first successful edit of the original response (after a defer). */
  edit(timeoutMs = 10_000): Promise<RestRecord> {
    return this.waitFor((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original') && r.status === 200, timeoutMs);
  }

  /**
   * Wait for the edit that carries the reply itself (embeds: an answer, a reload report),
   * skipping progress edits (content only, e.g. "Reloading the corpus… 67 %", sent when a
   * reload takes over 2 s) and the edit that clears them. Use it where `edit()` could read
   * progress as the result.
   */
  finalEdit(timeoutMs = 10_000): Promise<RestRecord> {
    return this.waitFor(
      (r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original') && r.status === 200 && Array.isArray(r.body?.embeds) && r.body.embeds.length > 0,
      timeoutMs,
    );
  }

  /** Every request this interaction caused so far. */
  requests(): RestRecord[] {
    return this.standIn.requests.filter((r) => r.seq >= this.from && this.owns(r));
  }

  /** The message `@original` refers to now (reply, or the button's message). */
  original(): RawMessage | undefined {
    return this.state.originalId ? this.standIn.messages.get(this.state.originalId) : undefined;
  }
}

function parseBody(raw: string, contentType: string | undefined): any {
  if (!raw) return undefined;
  if (contentType?.startsWith('multipart/form-data')) {
    // Only the JSON part matters to the tests; attachments are ignored.
    const match = /name="payload_json"\r\n(?:Content-Type: [^\r\n]*\r\n)?\r\n([\s\S]*?)\r\n--/.exec(raw);
    return match ? JSON.parse(match[1]!) : undefined;
  }
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
