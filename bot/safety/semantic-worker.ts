// The semantic layer's worker thread: loads the sentence encoder once at start, then answers each request with the
// probabilities of the message's best window (the layer's own, and the word model's for the window's text). The model's arithmetic runs here so a turn on the
// main thread never waits behind it; the client (semantic.ts) bounds how long a turn waits for the answer.
import { parentPort } from 'node:worker_threads';
import { canonicalOf } from '../../flows/safety/rules/lexicon.js';
import { scoreCanonical } from '../../flows/safety/model/model.js';
import { bestWindow, windowProbability } from '../../flows/safety/model/semantic-layer.js';
import { SEMANTIC_WEIGHTS } from '../../flows/safety/model/semantic-weights.js';
import { loadEncoder } from './semantic-encoder.js';

export interface SemanticRequest {
  id: number;
  text: string;
}

export type SemanticReply =
  | { type: 'ready'; loadMs: number }
  | { type: 'failed'; error: string }
  /** The best window's probabilities: the layer's own and the word model's for that window's text. */
  | { type: 'score'; id: number; semantic: number; word: number; windows: number }
  | { type: 'error'; id: number; error: string };

const port = parentPort;
if (port) {
  const started = performance.now();
  const post = (reply: SemanticReply) => port.postMessage(reply);
  // Requests that arrive while the model loads wait in order; one at a time after that (one thread either way).
  let chain: Promise<unknown> = loadEncoder().then(
    (encoder) => {
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
          const windows = await (await encoder).embedWindows(req.text);
          const best = bestWindow(
            SEMANTIC_WEIGHTS,
            windows.map((w) => ({
              semantic: windowProbability(SEMANTIC_WEIGHTS, w.embedding),
              word: scoreCanonical(canonicalOf(w.text)).urgent,
            })),
          );
          post({ type: 'score', id: req.id, semantic: best.semantic, word: best.word, windows: windows.length });
        } catch (err) {
          post({ type: 'error', id: req.id, error: err instanceof Error ? err.message : String(err) });
        }
      });
  });
}
