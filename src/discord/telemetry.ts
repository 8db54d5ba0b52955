/**
 * What an operator watches: Prometheus metrics (prom-client, one registry per bot so tests
 * can run several), the state /healthz reports, and the request-scoped log line of each
 * question (command, guild, latency, answers returned; the question text only at debug).
 *
 * A question is tracked from the moment its interaction (or mention) reaches the bot to the
 * moment its reply was sent: `trackRequest` runs the handler inside a scope, `askDesk` notes
 * the answers it returned into that scope, and the scope's end records the outcome.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import { Status, type Client } from 'discord.js';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Desk, DeskHolder } from '../model/types.js';
import type { Logger } from './logger.js';

export type QuestionOutcome = 'answered' | 'no_answer' | 'error';
export type ReloadOutcome = 'ok' | 'bad_files' | 'error';
export type GatewayState = 'ready' | 'connecting' | 'disconnected';

/** The /healthz body (same shape whatever the status). */
export interface Health {
  status: 'ok' | 'starting' | 'degraded';
  gateway: GatewayState;
  desk: { articles: number | null; sentences: number | null; loadedAt: string | null };
  uptimeS: number;
}

/** Commands whose failure counts as a failed question even when it failed before the desk was asked. */
const QUESTION_COMMANDS = new Set(['ask', 'quote', 'mention']);

interface RequestScope {
  command: string;
  guild: string | null;
  started: number;
  answers?: number;
  question?: string;
  failed: boolean;
}

const scopes = new AsyncLocalStorage<RequestScope>();

/** Called where the desk answers a question: the answers go into the running request's scope. */
export function noteAnswers(question: string, answers: number): void {
  const scope = scopes.getStore();
  if (!scope) return;
  scope.question = question;
  scope.answers = answers;
}

/** Marks the running request failed (its handler caught the error itself). */
export function noteFailure(): void {
  const scope = scopes.getStore();
  if (scope) scope.failed = true;
}

export class Telemetry {
  readonly registry = new Registry();
  private holder: DeskHolder | undefined;
  private client: Client | undefined;
  private everReady = false;
  private readonly questions: Counter<'command' | 'outcome'>;
  private readonly latency: Histogram<'command'>;
  private readonly reloads: Counter<'outcome'>;
  private readonly reloadSeconds: Histogram<'outcome'>;
  private readonly reconnects: Counter;
  /** Article and sentence counts of the desk last asked, kept until the desk is swapped. */
  private counted: { desk: Desk; articles: number; sentences: number; loadedAt: string } | undefined;

  constructor(options: { defaultMetrics?: boolean } = {}) {
    const registers = [this.registry];
    this.questions = new Counter({
      name: 'crisis_desk_questions_total',
      help: 'Questions asked (/ask, /quote, More, mentions) by command and outcome: answered, no_answer or error.',
      labelNames: ['command', 'outcome'],
      registers,
    });
    this.latency = new Histogram({
      name: 'crisis_desk_answer_latency_seconds',
      help: 'Time from a question reaching the bot to its answer being sent, by command.',
      labelNames: ['command'],
      buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10],
      registers,
    });
    this.reloads = new Counter({
      name: 'crisis_desk_reloads_total',
      help: '/reload runs by outcome: ok, bad_files (refused, the previous corpus keeps serving) or error.',
      labelNames: ['outcome'],
      registers,
    });
    this.reloadSeconds = new Histogram({
      name: 'crisis_desk_reload_duration_seconds',
      help: 'Wall time of /reload runs by outcome.',
      labelNames: ['outcome'],
      buckets: [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600],
      registers,
    });
    this.reconnects = new Counter({
      name: 'crisis_desk_gateway_reconnects_total',
      help: 'Times the gateway connection closed and the bot reconnected (resumed or identified again).',
      registers,
    });
    const self = this;
    new Gauge({
      name: 'crisis_desk_gateway_up',
      help: '1 when every gateway shard of this process is ready, else 0.',
      registers,
      collect() {
        this.set(self.gateway() === 'ready' ? 1 : 0);
      },
    });
    new Gauge({
      name: 'crisis_desk_desk_articles',
      help: 'Articles in the corpus serving now (0 while it loads).',
      registers,
      collect() {
        this.set(self.deskCounts()?.articles ?? 0);
      },
    });
    new Gauge({
      name: 'crisis_desk_desk_sentences',
      help: 'Sentences in the corpus serving now (0 while it loads).',
      registers,
      collect() {
        this.set(self.deskCounts()?.sentences ?? 0);
      },
    });
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  /** The desk is loaded: from now on it is counted and /healthz can say ok. */
  attachHolder(holder: DeskHolder): void {
    this.holder = holder;
  }

  /** The client whose gateway /healthz reports; counts its reconnects. */
  attachClient(client: Client): void {
    this.client = client;
  }

  markReady(): void {
    this.everReady = true;
  }

  gatewayReconnecting(): void {
    this.reconnects.inc();
  }

  reloaded(outcome: ReloadOutcome, seconds: number): void {
    this.reloads.inc({ outcome });
    this.reloadSeconds.observe({ outcome }, seconds);
  }

  gateway(): GatewayState {
    const shards = this.client?.ws.shards;
    if (shards && shards.size > 0 && shards.every((s) => s.status === Status.Ready)) return 'ready';
    return this.everReady ? 'disconnected' : 'connecting';
  }

  private deskCounts() {
    const desk = this.holder?.desk;
    if (!desk) return undefined;
    if (this.counted?.desk !== desk) {
      const sources = desk.sources();
      this.counted = { desk, articles: sources.articles.length, sentences: sources.sentences, loadedAt: sources.loadedAt };
    }
    return this.counted;
  }

  health(): Health {
    const gateway = this.gateway();
    const desk = this.deskCounts();
    return {
      status: desk && gateway === 'ready' ? 'ok' : desk && this.everReady ? 'degraded' : 'starting',
      gateway,
      desk: { articles: desk?.articles ?? null, sentences: desk?.sentences ?? null, loadedAt: desk?.loadedAt ?? null },
      uptimeS: Math.round(process.uptime()),
    };
  }

  /**
   * Runs a request's handler in a scope; when it is over, a question (the desk was asked, or
   * a question command failed) is counted, timed and logged with its request fields.
   */
  async trackRequest(request: { command: string; guild: string | null }, logger: Logger, handler: () => Promise<void>): Promise<void> {
    const scope: RequestScope = { ...request, started: performance.now(), failed: false };
    try {
      await scopes.run(scope, handler);
    } catch (error) {
      scope.failed = true;
      throw error;
    } finally {
      this.finish(scope, logger);
    }
  }

  private finish(scope: RequestScope, logger: Logger): void {
    if (scope.answers === undefined && !(scope.failed && QUESTION_COMMANDS.has(scope.command))) return;
    const outcome: QuestionOutcome = scope.failed ? 'error' : scope.answers ? 'answered' : 'no_answer';
    const seconds = (performance.now() - scope.started) / 1000;
    this.questions.inc({ command: scope.command, outcome });
    this.latency.observe({ command: scope.command }, seconds);
    const line = logger.child({
      command: scope.command,
      guild: scope.guild,
      latencyMs: Math.round(seconds * 1000),
      answers: scope.answers ?? 0,
      outcome,
    });
    line.info(outcome === 'answered' ? 'question answered' : outcome === 'no_answer' ? 'question had no answer' : 'question failed');
    // The question itself is what a user typed: only at debug, never on the info line.
    if (scope.question !== undefined) line.debug('question text', { question: scope.question });
  }
}
