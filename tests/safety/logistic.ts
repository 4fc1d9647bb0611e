// Logistic regression on dense features (sentence embeddings), full batch, Adam, L2: deterministic (no random
// numbers), so the same data gives the same weights. Used by the sentence layers' trainings (train-semantic.ts,
// train-context.ts); the word model's (train.ts) shares the Adam step and the fold hash.

export interface Fitted {
  w: Float64Array;
  b: number;
}

export interface FitOptions {
  lambda: number;
  iterations?: number;
  learningRate?: number;
  /** Per-example weights (1 each by default), e.g. to balance synthesised examples against written ones. */
  sampleWeights?: readonly number[];
}

export function fitLogistic(xs: readonly ArrayLike<number>[], y: readonly number[], options: FitOptions): Fitted {
  const dims = xs[0]?.length ?? 0;
  const { lambda, iterations = 600, learningRate = 0.02, sampleWeights } = options;
  const w = new Float64Array(dims);
  const m = new Float64Array(dims + 1);
  const v = new Float64Array(dims + 1);
  const g = new Float64Array(dims + 1);
  const total = sampleWeights ? sampleWeights.reduce((a, b) => a + b, 0) : xs.length;
  let b = 0;
  for (let t = 1; t <= iterations; t++) {
    g.fill(0);
    for (let r = 0; r < xs.length; r++) {
      const x = xs[r] ?? [];
      let z = b;
      for (let j = 0; j < dims; j++) z += (w[j] ?? 0) * (x[j] ?? 0);
      const d = ((1 / (1 + Math.exp(-z)) - (y[r] ?? 0)) * (sampleWeights?.[r] ?? 1)) / total;
      for (let j = 0; j < dims; j++) g[j] = (g[j] ?? 0) + d * (x[j] ?? 0);
      g[dims] = (g[dims] ?? 0) + d;
    }
    for (let j = 0; j < dims; j++) g[j] = (g[j] ?? 0) + lambda * (w[j] ?? 0);
    b = adamStep({ w, m, v }, b, g, t, learningRate);
  }
  return { w, b };
}

/**
 * One Adam step (β1 0.9, β2 0.999, ε 1e-8) on the weights `w` and the bias, whose gradient is the last entry of `g`
 * (`m` and `v`, the moments, are one longer than `w`); returns the new bias. Shared by every training here, so the
 * word model (train.ts, sparse features) and the sentence layers (dense) step alike.
 */
export function adamStep(
  state: { w: Float64Array; m: Float64Array; v: Float64Array },
  bias: number,
  g: Float64Array,
  t: number,
  learningRate: number,
): number {
  const { w, m, v } = state;
  const [beta1, beta2, eps] = [0.9, 0.999, 1e-8];
  const dims = w.length;
  let b = bias;
  for (let j = 0; j <= dims; j++) {
    const gj = g[j] ?? 0;
    m[j] = beta1 * (m[j] ?? 0) + (1 - beta1) * gj;
    v[j] = beta2 * (v[j] ?? 0) + (1 - beta2) * gj * gj;
    const step = (learningRate * ((m[j] ?? 0) / (1 - beta1 ** t))) / (Math.sqrt((v[j] ?? 0) / (1 - beta2 ** t)) + eps);
    if (j === dims) b -= step;
    else w[j] = (w[j] ?? 0) - step;
  }
  return b;
}

/** The fold of a line: FNV-1a of its text (deterministic, and the same line always lands in the same fold). */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
