// Universal Sentence Encoder Lite's forward pass, written out op by op on the model's own weights (its model.json and
// weight shards): token ids of one window in, its 512-d embedding out. The encoder (semantic-encoder.ts) runs it.
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';

/** One window's token ids (at least one) to its embedding, a [1, 512] tensor. The working tensors it makes are left
 * to the caller's `tf.tidy`. */
export type SentenceModel = (tokens: readonly number[]) => tf.Tensor;

interface ModelJson {
  weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
}

/** The model's weights by name, read from disk straight into one buffer (tfjs would otherwise fetch them over HTTP)
 * and copied once into the backend's memory: the buffer is dropped on return. */
async function readWeights(modelJsonPath: string): Promise<tf.NamedTensorMap> {
  const json = JSON.parse(await readFile(modelJsonPath, 'utf8')) as ModelJson;
  const files = json.weightsManifest
    .flatMap((group) => group.paths)
    .map((p) => path.join(path.dirname(modelJsonPath), p));
  const sizes = await Promise.all(files.map(async (f) => (await stat(f)).size));
  const weightData = new ArrayBuffer(sizes.reduce((x, y) => x + y, 0));
  let offset = 0;
  for (const [i, file] of files.entries()) {
    const size = sizes[i] ?? 0;
    const handle = await open(file);
    try {
      await handle.read(new Uint8Array(weightData, offset, size), 0, size, 0);
    } finally {
      await handle.close();
    }
    offset += size;
  }
  return tf.io.decodeWeights(
    weightData,
    json.weightsManifest.flatMap((group) => group.weights),
  );
}

/** Tokens the model reads of a window at most (its graph drops the rest). */
const MAX_TOKENS = 128;
const HEADS = 4;
const GRAPH = 'module_apply_default/Encoder_en/KonaTransformer/';

/**
 * The model's forward pass, op by op on its own weights: the same operations as its TensorFlow graph, one window at a
 * time (so no padding). Running the graph itself took about a quarter longer for the same numbers (within 4e-7; the
 * test runs both): its executor spends milliseconds per message on the ~200 shape and index operations around the
 * arithmetic, and its attention products (batched over heads, one operand transposed) miss the WebAssembly backend's
 * fast matrix product, which here takes them head by head.
 */
function sentenceModel(weights: tf.NamedTensorMap): SentenceModel {
  const used = new Set<tf.Tensor>();
  const w = (name: string): tf.Tensor => {
    const t = weights[name];
    if (!t) throw new Error(`the sentence model has no weight named ${name}`);
    used.add(t);
    return t;
  };
  const layerWeight = (l: number, name: string) =>
    w(`${GRAPH}Encode/Layer_${l}/TransformerLayer/${name}/ConcatPartitions/concat`);
  const kernel = (l: number, name: string) =>
    w(
      `module/Encoder_en/KonaTransformer/Encode/Layer_${l}/TransformerLayer/MultiheadAttention/${name}/kernel/part_0`,
    ) as tf.Tensor4D;
  const stacked = (l: number, name: string) => w(`${GRAPH}Encode/TransformerStack/Layer_${l}/TransformerLayer/${name}`);
  const norm = (l: number, prefix: string) => ({
    scale: layerWeight(l, `${prefix}layer_prepostprocess/layer_norm/layer_norm_scale`),
    bias: layerWeight(l, `${prefix}layer_prepostprocess/layer_norm/layer_norm_bias`),
  });
  const layers = [0, 1].map((l) => ({
    norm: norm(l, ''),
    qkv: kernel(l, 'qkv_transform_single'),
    qkvBias: layerWeight(l, 'MultiheadAttention/qkv_transform_single/bias'),
    qScale: stacked(l, 'MultiheadAttention/mul/y'),
    out: kernel(l, 'output_transform_single'),
    outBias: layerWeight(l, 'MultiheadAttention/output_transform_single/bias'),
    ffnNorm: norm(l, 'FFN/'),
    ffn1: stacked(l, 'FFN/conv1/Tensordot/Reshape_1') as tf.Tensor2D,
    ffn1Bias: layerWeight(l, 'FFN/conv1/bias'),
    ffn2: stacked(l, 'FFN/conv2/Tensordot/Reshape_1') as tf.Tensor2D,
    ffn2Bias: layerWeight(l, 'FFN/conv2/bias'),
  }));
  const embeddings = w('module/Embeddings_en');
  const widen = { kernel: layerWeight(0, 'dense/kernel') as tf.Tensor2D, bias: layerWeight(0, 'dense/bias') };
  const epsilon = stacked(1, 'FFN/layer_prepostprocess/layer_norm/Cast/x');
  const hidden = {
    weights: w('module/Encoder_en/hidden_layers/tanh_layer_0/weights') as tf.Tensor2D,
    bias: w('module/Encoder_en/hidden_layers/tanh_layer_0/bias'),
  };
  const l2Floor = w('module_apply_default/Encoder_en/hidden_layers/l2_normalize/Maximum/y');
  // The graph computes the timing signal of each position every call; these are the same numbers, once.
  const timing = tf.tidy(() => {
    const positions = tf.expandDims(tf.range(0, MAX_TOKENS, 1, 'float32'), 1);
    const scaled = tf.mul(
      positions,
      w(`${GRAPH}Encode/TransformerStack/Layer_0/AddTimingSignal/TimingSignal/ExpandDims_1`),
    );
    return tf.concat([tf.sin(scaled), tf.cos(scaled)], 1);
  });
  // The rest are the graph's shapes and indices.
  for (const t of Object.values(weights)) if (!used.has(t)) t.dispose();

  const layerNorm = (x: tf.Tensor, n: { scale: tf.Tensor; bias: tf.Tensor }): tf.Tensor2D => {
    const centred = tf.sub(x, tf.mean(x, -1, true));
    const variance = tf.mean(tf.square(centred), -1, true);
    return tf.add(tf.mul(tf.mul(n.scale, tf.rsqrt(tf.add(variance, epsilon))), centred), n.bias);
  };
  // The graph's 1x1 convolutions, kept as convolutions so the arithmetic is the graph's own.
  const conv = (x: tf.Tensor2D, filter: tf.Tensor4D, bias: tf.Tensor): tf.Tensor2D => {
    const [rows, cols] = x.shape;
    const y = tf.conv2d(tf.reshape<tf.Rank.R4>(x, [1, rows, 1, cols]), filter, 1, 'valid');
    return tf.reshape(tf.add(y, bias), [rows, filter.shape[3]]);
  };
  const dense = (x: tf.Tensor2D, matrix: tf.Tensor2D, bias: tf.Tensor): tf.Tensor2D =>
    tf.add(tf.matMul(x, matrix), bias);
  /** Multi-head attention, head by head: plain matrix products (q·kᵀ with kᵀ made first), the backend's fast path. */
  const attention = (qkv: tf.Tensor2D, qScale: tf.Tensor): tf.Tensor2D => {
    const [q, k, v] = tf.split(qkv, 3, 1) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
    const [rows, width] = q.shape;
    const heads = (x: tf.Tensor, perm: number[]) =>
      tf.unstack(tf.transpose(tf.reshape(x, [rows, HEADS, width / HEADS]), perm)) as tf.Tensor2D[];
    const qs = heads(tf.mul(q, qScale), [1, 0, 2]);
    const kts = heads(k, [1, 2, 0]);
    const vs = heads(v, [1, 0, 2]);
    const scores = tf.stack(qs.map((qh, h) => tf.matMul(qh, kts[h] as tf.Tensor2D)));
    const weighted = tf.unstack(tf.softmax(scores)).map((p, h) => tf.matMul(p as tf.Tensor2D, vs[h] as tf.Tensor2D));
    return tf.reshape(tf.transpose(tf.stack(weighted), [1, 0, 2]), [rows, width]);
  };

  return (tokens) => {
    if (tokens.length === 0) throw new Error('the sentence model needs at least one token');
    const ids = tokens.slice(0, MAX_TOKENS);
    const embedded = tf.gather(embeddings, tf.tensor1d(ids, 'int32'));
    // As in the graph: the embeddings, plus the embeddings with the timing signal added.
    let x: tf.Tensor2D = tf.add(embedded, tf.add(embedded, tf.slice(timing, [0, 0], [ids.length, -1])));
    for (const [l, p] of layers.entries()) {
      const residual = l === 0 ? dense(x, widen.kernel, widen.bias) : x;
      x = tf.add(conv(attention(conv(layerNorm(x, p.norm), p.qkv, p.qkvBias), p.qScale), p.out, p.outBias), residual);
      const inner = tf.relu(dense(layerNorm(x, p.ffnNorm), p.ffn1, p.ffn1Bias));
      x = tf.add(dense(inner, p.ffn2, p.ffn2Bias), x);
    }
    const mean = tf.div<tf.Tensor2D>(tf.sum(x, 0, true), tf.scalar(Math.max(ids.length, 1)));
    const h = tf.tanh(dense(mean, hidden.weights, hidden.bias));
    return tf.mul(h, tf.rsqrt(tf.maximum(tf.sum(tf.square(h), 1, true), l2Floor)));
  };
}

/** Reads the model's weights onto the current TensorFlow.js backend (ready it first) and returns its forward pass. */
export async function loadSentenceModel(modelJsonPath: string): Promise<SentenceModel> {
  return sentenceModel(await readWeights(modelJsonPath));
}
