// The semantic layer's worker thread: loads the sentence encoder once at start, then answers each request with the
// probabilities of the message's best window (the layer's own, and the word model's for the window's text). The
// model's arithmetic runs here so a turn on the main thread never waits behind it; the client (semantic.ts) bounds
// how long a turn waits for the answer. Only windows that could reach the threshold are encoded (most windows of a
// long message cannot: see windowsWorthEncoding).
import { parentPort } from 'node:worker_threads';
import { bestWindow, windowProbability, windowsWorthEncoding } from '../../flows/safety/model/semantic-layer.js';
import { SEMANTIC_WEIGHTS } from '../../flows/safety/model/semantic-weights.js';
import {
  contextFeatures,
  contextProbability,
  contextSignals,
  conversationText,
  earlierRead,
} from '../../flows/safety/model/context-layer.js';
import { CONTEXT_WEIGHTS } from '../../flows/safety/model/context-weights.js';
import { concernWindows, windowReading, type ConcernMode } from '../../flows/safety/model/concern-layer.js';
import { CONCERN_WEIGHTS } from '../../flows/safety/model/concern-weights.js';
import { score } from '../../flows/safety/model/model.js';
import { createHash } from 'node:crypto';
import { loadEncoder, type Encoder } from './semantic-encoder.js';

export interface SemanticRequest {
  id: number;
  text: string;
  /** The person's earlier messages in the context layer's window (oldest first): the conversation is read too. */
  earlier?: string[];
  /** The concern reader's reading is wanted too, to raise a message at none or to let one at concern go. */
  concern?: ConcernMode;
}

export type SemanticReply =
  | { type: 'ready'; loadMs: number }
  | { type: 'failed'; error: string }
  /** The best encoded window's probabilities: the layer's own and the word model's for that window's text; how many
   * windows the message was read in, how many of them were worth encoding, and the time it took. With none encoded
   * the message cannot reach the threshold: semantic is 0 and word the best window's. */
  | {
      type: 'score';
      id: number;
      semantic: number;
      word: number;
      windows: number;
      encoded?: number;
      ms?: number;
      /** The context layer's probability of urgent, when earlier messages were given. */
      context?: number;
      /** The concern reader's reading (its most worrying encoded window's) and whether every window was read, when
       * asked for. */
      concern?: { reading: number; whole: boolean };
    }
  | { type: 'error'; id: number; error: string };

/** Encoding rounds at start, before the worker says it is ready. Most messages never reach the model (the net skips it
 * where it cannot change the verdict), so without them the first that do would run in code V8 has not optimised yet:
 * measured here in CPU time, a 2-window message took 173 ms the first time, 45-55 ms the next few, 21-30 ms from
 * about the twentieth. About a second of CPU in this thread, once, while the server already answers. */
const WARM_UP_ROUNDS = 20;
const WARM_UP_TEXT =
  'I moved to Bridgwater last spring and work at the garden centre three days a week. Things have been up and ' +
  "down lately. I can't see the point of much at the moment. My GP suggested peer support after my divorce.";

async function warmUp(encoder: Encoder): Promise<void> {
  const windows = encoder.windowsOf(WARM_UP_TEXT);
  for (let i = 0; i < WARM_UP_ROUNDS; i++) {
    await encoder.embed(windows);
    await encoder.embed(windows.slice(i % windows.length, (i % windows.length) + 1));
  }
}

/** Embeddings of single messages kept for the context layer, which reads each message again on the person's next few
 * turns. Kept by a hash of the text, so no one's words stay in memory. */
const KEPT_EMBEDDINGS = 512;
const kept = new Map<string, Float32Array>();

async function embedOne(encoder: Encoder, text: string): Promise<Float32Array> {
  const key = createHash('sha256').update(text).digest('base64');
  const hit = kept.get(key);
  if (hit) {
    kept.delete(key);
    kept.set(key, hit);
    return hit;
  }
  const [x = new Float32Array(0)] = await encoder.embed([encoder.tailOf(text)]);
  kept.set(key, x);
  if (kept.size > KEPT_EMBEDDINGS) kept.delete(kept.keys().next().value ?? '');
  return x;
}

/** The context layer's probability for `text` after `earlier` (see flows/safety/model/context-layer.ts). */
async function contextOf(encoder: Encoder, earlier: readonly string[], text: string): Promise<number | undefined> {
  const joined = conversationText(CONTEXT_WEIGHTS, earlier, text);
  if (joined === undefined) return undefined;
  const before = earlierRead(CONTEXT_WEIGHTS, earlier);
  const [together = new Float32Array(0)] = await encoder.embed([encoder.tailOf(joined)]);
  const now = await embedOne(encoder, text);
  const each: Float32Array[] = [];
  for (const m of before) each.push(await embedOne(encoder, m));
  const signals = contextSignals(
    SEMANTIC_WEIGHTS,
    before.map((m, i) => ({ text: m, embedding: each[i] ?? new Float32Array(0) })),
    { text, embedding: now },
  );
  return contextProbability(CONTEXT_WEIGHTS, contextFeatures(together, now, each, signals));
}

const port = parentPort;
if (port) {
  const started = performance.now();
  const post = (reply: SemanticReply) => port.postMessage(reply);
  // Requests that arrive while the model loads wait in order; one at a time after that (one thread either way).
  let chain: Promise<unknown> = loadEncoder().then(
    async (encoder) => {
      await warmUp(encoder);
      post({ type: 'ready', loadMs: Math.round(performance.now() - started) });
      return encoder;
    },
    (err: unknown) => {
      post({ type: 'failed', error: err instanceof Error ? err.message : String(err) });
      throw err;
    },
  );
  const encoder = chain as Promise<Awaited<ReturnType<typeof loadEncoder>>>;
  port.on('message', (req: SemanticRequest) => {
    chain = chain
      .catch(() => undefined)
      .then(async () => {
        try {
          const model = await encoder;
          // The time this message took, without the model's loading (the client's estimate of the next wait).
          const t0 = performance.now();
          const windows = model.windowsOf(req.text);
          // Windows of one sentence pair share its text, and its word-model reading, read once: the probability of
          // urgent for the sentence model's layer (windowWord) and of at least concern for the concern reader
          // (windowFlag).
          const readings = new Map<string, { word: number; flag: number }>();
          const readingOf = (text: string) => {
            let r = readings.get(text);
            if (r === undefined) {
              const { urgent, concern } = score(text);
              r = { word: urgent, flag: concern };
              readings.set(text, r);
            }
            return r;
          };
          const words = windows.map((w) => readingOf(w.text).word);
          const worth = windowsWorthEncoding(SEMANTIC_WEIGHTS, words);
          const flags = req.concern ? windows.map((w) => readingOf(w.text).flag) : [];
          const forConcern = req.concern ? concernWindows(CONCERN_WEIGHTS, req.concern, flags) : [];
          const encode = [...new Set([...worth, ...forConcern])].sort((a, b) => a - b);
          const embedded = await model.embed(encode.map((i) => windows[i] ?? { text: '', tokens: [] }));
          const embeddingOf = (i: number) => embedded[encode.indexOf(i)] ?? [];
          const best = bestWindow(
            SEMANTIC_WEIGHTS,
            worth.map((i) => ({
              semantic: windowProbability(SEMANTIC_WEIGHTS, embeddingOf(i)),
              word: words[i] ?? 0,
            })),
          );
          const word = worth.length > 0 ? best.word : Math.max(0, ...words);
          const concern = req.concern
            ? {
                reading: Math.max(
                  0,
                  ...forConcern.map((i) => windowReading(CONCERN_WEIGHTS, embeddingOf(i), flags[i] ?? 0)),
                ),
                whole: forConcern.length === windows.length,
              }
            : undefined;
          const context = req.earlier ? await contextOf(model, req.earlier, req.text) : undefined;
          const ms = performance.now() - t0;
          post({
            type: 'score',
            id: req.id,
            semantic: best.semantic,
            word,
            windows: windows.length,
            encoded: encode.length,
            ms,
            ...(context === undefined ? {} : { context }),
            ...(concern === undefined ? {} : { concern }),
          });
        } catch (err) {
          post({ type: 'error', id: req.id, error: err instanceof Error ? err.message : String(err) });
        }
      });
  });
}
