// The main thread's side of the semantic layer: starts the worker thread (semantic-worker.ts) without waiting for
// the model to load, sends it messages, and turns its probability into a verdict with the layer's rules
// (flows/safety/semantic-layer.ts). A turn waits for it only up to a limit ('late' after that). It never throws: when
// the worker crashes, pending answers resolve as unavailable and a fresh worker starts after a pause.
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { idiomFired, semanticScore, type SemanticInput } from '../../flows/safety/model/semantic-layer.js';
import { SEMANTIC_WEIGHTS } from '../../flows/safety/model/semantic-weights.js';
import type { ConcernMode, ConcernReading } from '../../flows/safety/model/concern-layer.js';
import type { Logger } from '../logger.js';
import type { SemanticReply, SemanticRequest } from './semantic-worker.js';

export interface SemanticVerdict {
  level: 'urgent' | 'none';
  /** The score compared with the threshold (the layer's probability, or its average with the word model's). */
  p: number;
  /** The layer's own probability, before any averaging. */
  semantic: number;
  /** The word model's probability of urgent for the same window, averaged with it in the `average` mode. */
  word: number;
  /** How many windows the message was read in. */
  windows: number;
  /** How many of them could reach the threshold and were encoded (the others cannot change the verdict). */
  encoded?: number;
  /** True when an idiom in the message vetoed the layer. */
  vetoed: boolean;
  /** The context layer's probability of urgent, when the message was read with earlier ones. */
  context?: number;
  /** The concern reader's answer, when it was asked for. */
  concern?: ConcernReading;
}

/** The worker's answer for a message: its best window, how many windows it encoded, the context layer's probability
 * when earlier messages were given, and the concern reader's answer when asked for. */
type Answer = SemanticInput & { encoded?: number; context?: number; concern?: ConcernReading };

export interface SemanticLayer {
  /** The verdict within `timeoutMs`; 'late' after that or while the worker is down (the work goes on, and `verdict`
   * for the same text shares it). With `earlier` (the person's earlier messages, oldest first) the context layer
   * reads the conversation too. */
  score(
    text: string,
    timeoutMs: number,
    earlier?: readonly string[],
    concern?: ConcernMode,
  ): Promise<SemanticVerdict | 'late'>;
  /** The verdict however long it takes (model loading included); undefined when the layer is off, down or full.
   * With `concern` the concern reader reads the message too (flows/safety/model/concern-layer.ts). */
  verdict(text: string, earlier?: readonly string[], concern?: ConcernMode): Promise<SemanticVerdict | undefined>;
  /** Resolves true once the model is loaded (false when off, closed, or its first load failed). */
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

const RESTART_DELAYS_MS = [500, 2_000, 10_000, 30_000];
/** Turns' messages waiting for the worker at most (the estimate below keeps far fewer): beyond this a turn is 'late'
 * at once. */
const MAX_TURN_QUEUE = 32;
/** Background messages (re-scores) waiting at most: beyond this `verdict` answers unavailable and the job that asked
 * tries again later, so a backlog waits in the database, never in memory. */
const MAX_BACKGROUND_QUEUE = 16;
/** Turns go first, but a background message that has waited this long goes next, so re-scores keep moving under a
 * steady load. */
const BACKGROUND_MAX_WAIT_MS = 250;
/** Verdicts kept for texts scored recently, so a message answered after its turn gave up is not encoded again by its
 * re-score job. Kept by a hash of the text: no one's words stay in memory once read, nor after they are erased. */
const RECENT_VERDICTS = 256;
/** The first guess of how long the worker takes per message, before it has answered any. */
const FIRST_COST_MS = 20;

/** The worker beside this file: built JavaScript in dist/, or TypeScript under tsx and the tests, where the worker
 * thread first registers tsx's loader (a worker does not inherit it). */
function newWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./semantic-worker.js', import.meta.url));
  const file = new URL('./semantic-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(file)}); })`;
  return new Worker(boot, { eval: true });
}

/** The verdict for a message given its best window: the threshold in the weights' mode, idioms veto. */
export function verdictOf(
  text: string,
  { semantic, word, windows = 1, encoded, context, concern }: Answer,
): SemanticVerdict {
  const vetoed = idiomFired(text);
  const p = semanticScore(SEMANTIC_WEIGHTS, { semantic, word, windows });
  const level = !vetoed && p >= SEMANTIC_WEIGHTS.threshold ? 'urgent' : 'none';
  return {
    level,
    p,
    semantic,
    word,
    windows,
    ...(encoded === undefined ? {} : { encoded }),
    vetoed,
    ...(context === undefined ? {} : { context }),
    ...(concern === undefined ? {} : { concern }),
  };
}

/** What a job is known by: the text alone, or the conversation it is read in (as JSON, so no two differ only in
 * where one message ends), and what the concern reader is asked, if anything. */
function jobKey(text: string, earlier: readonly string[] | undefined, concern: ConcernMode | undefined): string {
  const key = earlier && earlier.length > 0 ? JSON.stringify([...earlier, text]) : text;
  return concern === undefined ? key : `${concern}:${key}`;
}

/** SAFETY_SEMANTIC=off: the lexicon and word model answer alone. */
export const semanticOff: SemanticLayer = {
  score: () => Promise.resolve({ level: 'none', p: 0, semantic: 0, word: 0, windows: 1, vetoed: false }),
  verdict: () => Promise.resolve(undefined),
  ready: () => Promise.resolve(false),
  close: () => Promise.resolve(),
};

export interface SemanticOptions {
  /** Starts the worker thread (default: semantic-worker beside this file); tests give a stand-in that crashes. */
  newWorker?: () => Worker;
  /** The worker starts once this settles (default: at once). The server starts it once it listens: loading the model
   * takes seconds of CPU, which would otherwise compete with loading the app and the migrations for the cores. Until
   * then the layer answers as while the model loads ('late'; a re-score asks again later). */
  startAfter?: Promise<unknown>;
}

interface Job {
  text: string;
  /** The earlier messages the conversation is read with (the context layer), if any. */
  earlier?: readonly string[];
  /** What the concern reader is asked, if anything. */
  concern?: ConcernMode;
  /** What the job is known by: the text, and the earlier messages when there are any. */
  key: string;
  /** Everyone waiting for this text's answer (a turn, and maybe the re-score that followed it). */
  waiters: ((p: Answer | undefined) => void)[];
  /** A background caller waits for it: never dropped for being late. */
  background: boolean;
  queuedAt: number;
  /** When the turn that asked stops waiting (Infinity for background work). */
  deadline: number;
}

/**
 * Starts the worker at once (loading takes a second or so) and returns the layer's client. The client holds the
 * queue and gives the worker one message at a time, so it knows how long a new message would wait: a turn that could
 * not be answered within its wait is 'late' at once instead of waiting in vain (its re-score job asks again), a
 * turn's message still queued when its turn gave up is dropped (the re-score job asks again), and one answered after
 * its turn gave up is kept for the re-score job. Turns go before re-scores, which still move under a steady load.
 */
export function startSemanticLayer(log: Logger, options: SemanticOptions = {}): SemanticLayer {
  const spawnWorker = options.newWorker ?? newWorker;
  const turns: Job[] = [];
  const background: Job[] = [];
  const byText = new Map<string, Job>();
  const recent = new Map<string, Answer>();
  const keyOf = (key: string) => createHash('sha256').update(key).digest('base64');
  const known = (key: string) => recent.get(keyOf(key));
  let running: { id: number; job: Job; startedAt: number } | undefined;
  let costMs = FIRST_COST_MS;
  let nextId = 1;
  let worker: Worker | undefined;
  let closed = false;
  let crashes = 0;
  let loaded = false;
  let readyResolve: (ok: boolean) => void = () => undefined;
  const readyPromise = new Promise<boolean>((resolve) => (readyResolve = resolve));
  let restartTimer: NodeJS.Timeout | undefined;

  const remember = (job: string, p: Answer) => {
    const key = keyOf(job);
    recent.delete(key);
    recent.set(key, p);
    if (recent.size > RECENT_VERDICTS) recent.delete(recent.keys().next().value ?? '');
  };
  const finish = (job: Job, p: Answer | undefined) => {
    if (byText.get(job.key) === job) byText.delete(job.key);
    for (const resolve of job.waiters) resolve(p);
  };
  // An idle worker never keeps the process alive (shutdown, tests); one with work does (the CLI, a re-score).
  const keepAlive = () => {
    if (running || turns.length > 0 || background.length > 0) worker?.ref();
    else worker?.unref();
  };
  const failAll = () => {
    const jobs = [...(running ? [running.job] : []), ...turns.splice(0), ...background.splice(0)];
    running = undefined;
    for (const job of jobs) finish(job, undefined);
  };

  /** Drops the turns' messages that could no longer be answered in time: their turns have gone on (or will before
   * the answer), and their re-score jobs ask again. One a re-score also waits for stays. */
  const prune = (now: number) => {
    for (let i = turns.length - 1; i >= 0; i--) {
      const job = turns[i];
      if (job && !job.background && now + costMs > job.deadline) {
        turns.splice(i, 1);
        finish(job, undefined);
      }
    }
  };
  /** The next message for the worker: a turn's, unless a re-score has waited too long. */
  const next = (now: number): Job | undefined => {
    prune(now);
    const oldest = background[0];
    if (oldest && (turns.length === 0 || now - oldest.queuedAt >= BACKGROUND_MAX_WAIT_MS)) return background.shift();
    return turns.shift();
  };
  const dispatch = () => {
    const w = worker;
    if (!w || running || closed) return keepAlive();
    const now = performance.now();
    const job = next(now);
    if (job) {
      running = { id: nextId++, job, startedAt: now };
      const request: SemanticRequest = { id: running.id, text: job.text };
      if (job.earlier) request.earlier = [...job.earlier];
      if (job.concern) request.concern = job.concern;
      w.postMessage(request);
    }
    keepAlive();
  };
  /** How long a turn's message queued now would take to be answered. */
  const expectedWaitMs = (now: number): number => {
    const current = running ? Math.max(0, costMs - (now - running.startedAt)) : 0;
    return current + (turns.length + 1) * costMs;
  };

  const spawn = () => {
    const w = spawnWorker();
    worker = w;
    w.on('message', (reply: SemanticReply) => {
      if (reply.type === 'ready') {
        crashes = 0;
        loaded = true;
        log.info({ loadMs: reply.loadMs }, 'semantic safety layer ready');
        readyResolve(true);
        keepAlive();
      } else if (reply.type === 'failed') {
        log.error({ error: reply.error }, 'semantic safety layer could not load its model');
        readyResolve(false);
      } else {
        if (reply.type === 'error') log.warn({ error: reply.error }, 'semantic safety layer failed on a message');
        if (running?.id !== reply.id) return;
        const { job, startedAt } = running;
        running = undefined;
        let p: Answer | undefined;
        if (reply.type === 'score') {
          p = { semantic: reply.semantic, word: reply.word, windows: reply.windows, encoded: reply.encoded };
          if (reply.context !== undefined) p.context = reply.context;
          if (reply.concern !== undefined && job.concern !== undefined)
            p.concern = { mode: job.concern, ...reply.concern };
          costMs = 0.8 * costMs + 0.2 * (reply.ms ?? performance.now() - startedAt);
          remember(job.key, p);
        }
        finish(job, p);
        dispatch();
      }
    });
    w.on('error', (err) => log.error({ err }, 'semantic safety layer worker crashed'));
    w.on('exit', (code) => {
      if (worker === w) worker = undefined;
      failAll();
      if (closed) return;
      const delay = RESTART_DELAYS_MS[Math.min(crashes, RESTART_DELAYS_MS.length - 1)] ?? 30_000;
      crashes += 1;
      loaded = false;
      log.warn({ code, restartInMs: delay }, 'semantic safety layer worker stopped: restarting');
      restartTimer = setTimeout(spawn, delay);
      restartTimer.unref();
    });
    w.unref();
  };
  if (options.startAfter) {
    const start = () => {
      if (!closed) spawn();
    };
    options.startAfter.then(start, start);
  } else spawn();

  const answer = (job: Job) => new Promise<Answer | undefined>((resolve) => job.waiters.push(resolve));
  const judged = (text: string, p: Answer | undefined) => (p === undefined ? undefined : verdictOf(text, p));

  const verdict = async (
    text: string,
    earlier?: readonly string[],
    concern?: ConcernMode,
  ): Promise<SemanticVerdict | undefined> => {
    const key = jobKey(text, earlier, concern);
    const kept = known(key);
    if (kept) return verdictOf(text, kept);
    const queued = byText.get(key);
    if (queued) {
      queued.background = true;
      return judged(text, await answer(queued));
    }
    if (!worker || closed || background.length >= MAX_BACKGROUND_QUEUE) return undefined;
    const job: Job = {
      text,
      key,
      ...(earlier ? { earlier } : {}),
      ...(concern ? { concern } : {}),
      waiters: [],
      background: true,
      queuedAt: performance.now(),
      deadline: Infinity,
    };
    const result = answer(job);
    background.push(job);
    byText.set(key, job);
    dispatch();
    return judged(text, await result);
  };

  return {
    verdict,
    async score(text, timeoutMs, earlier, concern) {
      const key = jobKey(text, earlier, concern);
      const kept = known(key);
      if (kept) return verdictOf(text, kept);
      if (!worker || closed || !loaded) return 'late';
      const now = performance.now();
      let job = byText.get(key);
      if (!job) {
        prune(now);
        if (turns.length >= MAX_TURN_QUEUE || expectedWaitMs(now) > timeoutMs) return 'late';
        job = {
          text,
          key,
          ...(earlier ? { earlier } : {}),
          ...(concern ? { concern } : {}),
          waiters: [],
          background: false,
          queuedAt: now,
          deadline: now + timeoutMs,
        };
        turns.push(job);
        byText.set(key, job);
      }
      const result = answer(job);
      dispatch();
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), timeoutMs)));
      try {
        const p = await Promise.race([result, late]);
        return p === 'late' ? 'late' : (judged(text, p) ?? 'late');
      } finally {
        clearTimeout(timer);
      }
    },
    ready: () => {
      // Whoever waits for the model keeps the process alive until it has loaded (a script, the benchmark).
      if (!loaded && !closed) worker?.ref();
      return readyPromise;
    },
    async close() {
      closed = true;
      clearTimeout(restartTimer);
      readyResolve(false);
      failAll();
      await worker?.terminate();
    },
  };
}
