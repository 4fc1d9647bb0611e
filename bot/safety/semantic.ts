// The main thread's side of the semantic layer: starts the worker thread (semantic-worker.ts) without waiting for
// the model to load, sends it messages, and turns its probability into a verdict with the layer's rules
// (flows/safety/semantic-layer.ts). A turn waits for it only up to a limit ('late' after that). It never throws: when
// the worker crashes, pending answers resolve as unavailable and a fresh worker starts after a pause.
import { Worker } from 'node:worker_threads';
import { idiomFired, semanticScore, type SemanticInput } from '../../flows/safety/model/semantic-layer.js';
import { SEMANTIC_WEIGHTS } from '../../flows/safety/model/semantic-weights.js';
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
  /** True when an idiom in the message vetoed the layer. */
  vetoed: boolean;
}

export interface SemanticLayer {
  /** The verdict within `timeoutMs`; 'late' after that or while the worker is down (the work goes on, and `verdict`
   * for the same text shares it). */
  score(text: string, timeoutMs: number): Promise<SemanticVerdict | 'late'>;
  /** The verdict however long it takes (model loading included); undefined when the layer is off, down or full. */
  verdict(text: string): Promise<SemanticVerdict | undefined>;
  /** Resolves true once the model is loaded (false when off, closed, or its first load failed). */
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

const RESTART_DELAYS_MS = [500, 2_000, 10_000, 30_000];
/** Messages queued for the worker at most: beyond this a turn does not queue behind them (it is 'late' at once and
 * re-scored in the background), so a burst cannot grow the queue, or the waits, without bound. */
const MAX_PENDING = 32;

/** The worker beside this file: built JavaScript in dist/, or TypeScript under tsx and the tests, where the worker
 * thread first registers tsx's loader (a worker does not inherit it). */
function newWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./semantic-worker.js', import.meta.url));
  const file = new URL('./semantic-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(file)}); })`;
  return new Worker(boot, { eval: true });
}

/** The verdict for a message given its best window: the threshold in the weights' mode, idioms veto. */
export function verdictOf(text: string, { semantic, word, windows = 1 }: SemanticInput): SemanticVerdict {
  const vetoed = idiomFired(text);
  const p = semanticScore(SEMANTIC_WEIGHTS, { semantic, word, windows });
  return { level: !vetoed && p >= SEMANTIC_WEIGHTS.threshold ? 'urgent' : 'none', p, semantic, word, windows, vetoed };
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
}

/** Starts the worker at once (loading takes a second or so) and returns the layer's client. */
export function startSemanticLayer(log: Logger, options: SemanticOptions = {}): SemanticLayer {
  const spawnWorker = options.newWorker ?? newWorker;
  const pending = new Map<number, (p: SemanticInput | undefined) => void>();
  let nextId = 1;
  let worker: Worker | undefined;
  let closed = false;
  let crashes = 0;
  let loaded = false;
  let readyResolve: (ok: boolean) => void = () => undefined;
  const readyPromise = new Promise<boolean>((resolve) => (readyResolve = resolve));
  let restartTimer: NodeJS.Timeout | undefined;

  // An idle worker never keeps the process alive (shutdown, tests); one with work pending does (the CLI).
  const settle = (id: number, p: SemanticInput | undefined) => {
    const resolve = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) worker?.unref();
    resolve?.(p);
  };
  const failAll = () => {
    for (const id of [...pending.keys()]) settle(id, undefined);
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
        if (pending.size === 0) w.unref();
      } else if (reply.type === 'failed') {
        log.error({ error: reply.error }, 'semantic safety layer could not load its model');
        readyResolve(false);
      } else {
        if (reply.type === 'error') log.warn({ error: reply.error }, 'semantic safety layer failed on a message');
        settle(
          reply.id,
          reply.type === 'score' ? { semantic: reply.semantic, word: reply.word, windows: reply.windows } : undefined,
        );
      }
    });
    w.on('error', (err) => log.error({ err }, 'semantic safety layer worker crashed'));
    w.on('exit', (code) => {
      if (worker === w) worker = undefined;
      failAll();
      if (closed) return;
      const delay = RESTART_DELAYS_MS[Math.min(crashes, RESTART_DELAYS_MS.length - 1)] ?? 30_000;
      crashes += 1;
      log.warn({ code, restartInMs: delay }, 'semantic safety layer worker stopped: restarting');
      restartTimer = setTimeout(spawn, delay);
      restartTimer.unref();
    });
    w.unref();
  };
  spawn();

  const probability = (text: string): Promise<SemanticInput | undefined> => {
    const w = worker;
    if (!w || closed || pending.size >= MAX_PENDING) return Promise.resolve(undefined);
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      w.ref();
      w.postMessage({ id, text } satisfies SemanticRequest);
    });
  };

  // A late turn's message is scored once: the background re-score shares the work already under way.
  const inflight = new Map<string, Promise<SemanticVerdict | undefined>>();
  const verdict = (text: string): Promise<SemanticVerdict | undefined> => {
    const running = inflight.get(text);
    if (running) return running;
    const promise = probability(text).then((p) => (p === undefined ? undefined : verdictOf(text, p)));
    inflight.set(text, promise);
    void promise.finally(() => inflight.delete(text));
    return promise;
  };

  return {
    verdict,
    async score(text, timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), timeoutMs)));
      try {
        return (await Promise.race([verdict(text), late])) ?? 'late';
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
