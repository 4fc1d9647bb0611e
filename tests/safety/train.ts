// Trains the learned layer of the safety net and writes flows/safety/model-weights.json. Deterministic: same data,
// same weights (no random numbers; folds come from a fixed hash of each text). Run: `npx tsx tests/safety/train.ts`.
// Extra file arguments are scored once with the final model, e.g. a fresh blind set:
// `npx tsx tests/safety/train.ts tests/safety/blind-6.tsv`.
//
// 1. Two L2-regularised logistic regressions, trained by full-batch gradient descent (Adam) on the whole tuning set:
//    urgent against the rest, and at least concern (concern or urgent) against none.
// 2. 5-fold cross-validation (fold = FNV-1a hash of the text mod 5) gives out-of-fold scores for every tuning line;
//    the lexicon's own level is combined with them exactly as classify() does, and the thresholds are chosen there:
//    the highest cross-validated urgent recall with false alarms on none at most FALSE_ALARM_BUDGET, then the highest
//    concern recall. The regularisation strength is chosen the same way, from a short list.
// 3. blind-5.tsv is never trained on: its figures are printed for the record only and choose nothing.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classifyLexicon } from '../../flows/safety/classify.js';
import type { SafetyLevel } from '../../flows/safety/classify.js';
import { removeIdioms } from '../../flows/safety/idioms.js';
import type { ModelWeights } from '../../flows/safety/model-core.js';
import { createScorer, sigmoid, tokens, windowFeatures } from '../../flows/safety/model-core.js';
import { normalise } from '../../flows/safety/normalise.js';
import type { LabelledMessage } from './tune.js';
import { loadTuningSet, setPath } from './tune.js';

const WEIGHTS_PATH = fileURLToPath(new URL('../../flows/safety/model-weights.json', import.meta.url));
const FOLDS = 5;
const WINDOW = 32;
const STRIDE = 16;
const MIN_COUNT = 2;
const ITERATIONS = 400;
const LEARNING_RATE = 0.05;
const LAMBDAS = [0.00001, 0.00003, 0.0001, 0.0003];
/** Weight of an urgent line in the urgent model's loss (2 and 4 were tried: no better out of fold). */
const URGENT_WEIGHT = 1;
/** Cross-validated false alarms on none allowed for lexicon and model together (the product limit is 5%). */
const FALSE_ALARM_BUDGET = 0.04;
/** Weights smaller than this in both models are dropped from the file. */
const PRUNE = 0.01;
/** No threshold below this, however the budget falls: a model that unsure should not raise the level. */
const MIN_THRESHOLD = 0.5;
const RANK: Record<SafetyLevel, number> = { none: 0, concern: 1, urgent: 2 };

interface Example {
  level: SafetyLevel;
  text: string;
  features: string[];
  lexicon: SafetyLevel;
  fold: number;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const canonicalOf = (text: string): string => removeIdioms(normalise(text));

export function prepare(messages: readonly LabelledMessage[]): Example[] {
  return messages.map(({ level, text }) => ({
    level,
    text,
    features: windowFeatures(tokens(canonicalOf(text))),
    lexicon: classifyLexicon(text).level,
    fold: fnv1a(text) % FOLDS,
  }));
}

/** Logistic regression on binary features, full batch, Adam; returns weights per feature and the bias. */
function fit(
  rows: Int32Array[],
  y: Float64Array,
  dims: number,
  lambda: number,
  positiveWeight: number,
): { w: Float64Array; b: number } {
  const w = new Float64Array(dims);
  const m = new Float64Array(dims + 1);
  const v = new Float64Array(dims + 1);
  const g = new Float64Array(dims + 1);
  let b = 0;
  const n = rows.length;
  const [beta1, beta2, eps] = [0.9, 0.999, 1e-8];
  for (let t = 1; t <= ITERATIONS; t++) {
    g.fill(0);
    for (let r = 0; r < n; r++) {
      const row = rows[r] ?? new Int32Array();
      let z = b;
      for (const j of row) z += w[j] ?? 0;
      const yr = y[r] ?? 0;
      const d = ((sigmoid(z) - yr) * (yr === 1 ? positiveWeight : 1)) / n;
      for (const j of row) g[j] = (g[j] ?? 0) + d;
      g[dims] = (g[dims] ?? 0) + d;
    }
    for (let j = 0; j < dims; j++) g[j] = (g[j] ?? 0) + lambda * (w[j] ?? 0);
    for (let j = 0; j <= dims; j++) {
      const gj = g[j] ?? 0;
      m[j] = beta1 * (m[j] ?? 0) + (1 - beta1) * gj;
      v[j] = beta2 * (v[j] ?? 0) + (1 - beta2) * gj * gj;
      const step = (LEARNING_RATE * ((m[j] ?? 0) / (1 - beta1 ** t))) / (Math.sqrt((v[j] ?? 0) / (1 - beta2 ** t)) + eps);
      if (j === dims) b -= step;
      else w[j] = (w[j] ?? 0) - step;
    }
  }
  return { w, b };
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

export function train(examples: readonly Example[], lambda: number, thresholds = { urgent: 0.5, concern: 0.5 }): ModelWeights {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of ex.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.entries()]
    .filter(([, c]) => c >= MIN_COUNT)
    .map(([f]) => f)
    .sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((ex) =>
    Int32Array.from(ex.features.map((f) => index.get(f) ?? -1).filter((i) => i >= 0)),
  );
  const yu = Float64Array.from(examples, (ex) => (ex.level === 'urgent' ? 1 : 0));
  const yc = Float64Array.from(examples, (ex) => (ex.level === 'none' ? 0 : 1));
  const u = fit(rows, yu, names.length, lambda, URGENT_WEIGHT);
  const c = fit(rows, yc, names.length, lambda, 1);
  const kept = names.map((_, i) => i).filter((i) => Math.abs(u.w[i] ?? 0) >= PRUNE || Math.abs(c.w[i] ?? 0) >= PRUNE);
  return {
    about:
      'Generated by tests/safety/train.ts from tests/safety/tuning-set.tsv; do not edit. Logistic regression weights ' +
      '(urgent; at least concern) over the features of flows/safety/model-core.ts.',
    window: WINDOW,
    stride: STRIDE,
    bias: { urgent: round(u.b), concern: round(c.b) },
    thresholds,
    names: kept.map((i) => names[i] ?? ''),
    urgent: kept.map((i) => round(u.w[i] ?? 0)),
    concern: kept.map((i) => round(c.w[i] ?? 0)),
  };
}

interface Scored {
  level: SafetyLevel;
  lexicon: SafetyLevel;
  urgent: number;
  concern: number;
}

export function crossValidate(examples: readonly Example[], lambda: number): Scored[] {
  const out: Scored[] = new Array<Scored>(examples.length);
  for (let k = 0; k < FOLDS; k++) {
    const scorer = createScorer(train(examples.filter((ex) => ex.fold !== k), lambda));
    examples.forEach((ex, i) => {
      if (ex.fold !== k) return;
      const s = scorer.scoreCanonical(canonicalOf(ex.text));
      out[i] = { level: ex.level, lexicon: ex.lexicon, urgent: s.urgent, concern: s.concern };
    });
  }
  return out;
}

interface Figures {
  urgentRecall: number;
  /** Concern lines flagged at least concern. */
  concernFlagged: number;
  /** Concern lines given exactly concern. */
  concernExact: number;
  falseAlarms: number;
  counts: Record<SafetyLevel, number>;
}

function combine(s: Scored, tu: number, tc: number): SafetyLevel {
  const model: SafetyLevel = s.urgent >= tu ? 'urgent' : s.concern >= tc ? 'concern' : 'none';
  return RANK[model] > RANK[s.lexicon] ? model : s.lexicon;
}

export function figures(scored: readonly Scored[], tu: number, tc: number): Figures {
  const counts: Record<SafetyLevel, number> = { urgent: 0, concern: 0, none: 0 };
  let urgentHit = 0;
  let concernFlagged = 0;
  let concernExact = 0;
  let falseAlarms = 0;
  for (const s of scored) {
    counts[s.level] += 1;
    const got = combine(s, tu, tc);
    if (s.level === 'urgent' && got === 'urgent') urgentHit += 1;
    if (s.level === 'concern' && got !== 'none') concernFlagged += 1;
    if (s.level === 'concern' && got === 'concern') concernExact += 1;
    if (s.level === 'none' && got !== 'none') falseAlarms += 1;
  }
  return {
    urgentRecall: urgentHit / Math.max(1, counts.urgent),
    concernFlagged: concernFlagged / Math.max(1, counts.concern),
    concernExact: concernExact / Math.max(1, counts.concern),
    falseAlarms: falseAlarms / Math.max(1, counts.none),
    counts,
  };
}

/**
 * Thresholds that spend the false-alarm budget where it buys most. The lexicon was tuned on every tuning line, so the
 * combined out-of-fold figures always show 100% urgent recall and cannot choose; the model's own out-of-fold recall
 * stands in for what it adds on unseen wording. First T_u: the highest model-alone urgent recall with the combined
 * false alarms (lexicon or model) within budget; then T_c: the highest model-alone concern-or-worse recall on concern
 * lines with the combined false alarms still within budget.
 */
function chooseThresholds(scored: readonly Scored[]): { urgent: number; concern: number; figures: Figures; alone: Figures } {
  const alone = scored.map((s) => ({ ...s, lexicon: 'none' as SafetyLevel }));
  const OFF = 2;
  // Candidates: every out-of-fold score (rounded), so the budget is met exactly rather than on a coarse grid.
  const candidates = (pick: (s: Scored) => number): number[] =>
    [...new Set(scored.map((s) => Math.round(pick(s) * 10_000) / 10_000))].filter((t) => t >= MIN_THRESHOLD).sort((a, b) => a - b);
  let tu = OFF;
  let bestRecall = -1;
  for (const t of candidates((s) => s.urgent)) {
    if (figures(scored, t, OFF).falseAlarms > FALSE_ALARM_BUDGET) continue;
    const recall = figures(alone, t, OFF).urgentRecall;
    if (recall > bestRecall) [tu, bestRecall] = [t, recall];
  }
  let tc = OFF;
  let bestConcern = -1;
  for (const t of candidates((s) => s.concern)) {
    if (figures(scored, tu, t).falseAlarms > FALSE_ALARM_BUDGET) continue;
    const flagged = figures(alone, tu, t).concernFlagged;
    if (flagged > bestConcern) [tc, bestConcern] = [t, flagged];
  }
  return { urgent: tu, concern: tc, figures: figures(scored, tu, tc), alone: figures(alone, tu, tc) };
}

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;
const line = (f: Figures): string =>
  `urgent recall ${pct(f.urgentRecall)}  concern flagged ${pct(f.concernFlagged)} (exact ${pct(f.concernExact)})  false alarms ${pct(f.falseAlarms)}`;

function scoreFile(path: string, weights: ModelWeights): void {
  const scorer = createScorer(weights);
  const scored = prepare(loadTuningSet(path)).map((ex) => {
    const s = scorer.scoreCanonical(canonicalOf(ex.text));
    return { level: ex.level, lexicon: ex.lexicon, urgent: s.urgent, concern: s.concern, text: ex.text, top: s.top };
  });
  const { urgent: tu, concern: tc } = weights.thresholds;
  const c = figures(scored, tu, tc).counts;
  console.log(`\n== ${path} (urgent ${c.urgent}, concern ${c.concern}, none ${c.none})`);
  console.log(`  lexicon only:    ${line(figures(scored, 2, 2))}`);
  console.log(`  lexicon + model: ${line(figures(scored, tu, tc))}`);
  for (const s of scored) {
    const got = combine(s, tu, tc);
    const wrong = (s.level === 'urgent' && got !== 'urgent') || (s.level === 'none' && got !== 'none');
    if (wrong || (s.level === 'concern' && got === 'none'))
      console.log(
        `  want ${s.level.padEnd(7)} got ${got.padEnd(7)} (lexicon ${s.lexicon}, u ${s.urgent.toFixed(2)}, c ${s.concern.toFixed(2)} ${s.top.join(' ')}): ${s.text}`,
      );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const examples = prepare(loadTuningSet());
  const lexiconOnly = examples.map((ex) => ({ level: ex.level, lexicon: ex.lexicon, urgent: 0, concern: 0 }));
  console.log(`tuning set: ${examples.length} lines; ${FOLDS}-fold cross-validation, false-alarm budget ${pct(FALSE_ALARM_BUDGET)}`);
  console.log(`  lexicon alone (tuned on all of it): ${line(figures(lexiconOnly, 2, 2))}`);
  let chosen: { lambda: number; urgent: number; concern: number; figures: Figures; alone: Figures } | undefined;
  for (const lambda of LAMBDAS) {
    const scored = crossValidate(examples, lambda);
    console.log(`\n  lambda ${lambda}: model alone (out of fold) / lexicon + model (out of fold)`);
    for (const [tu, tc] of [
      [0.3, 0.3],
      [0.4, 0.4],
      [0.5, 0.5],
      [0.6, 0.6],
    ] as const) {
      const alone = scored.map((s) => ({ ...s, lexicon: 'none' as SafetyLevel }));
      console.log(`    T_u ${tu} T_c ${tc}: alone ${line(figures(alone, tu, tc))}`);
      console.log(`    ${' '.repeat(17)}combined ${line(figures(scored, tu, tc))}`);
    }
    const best = chooseThresholds(scored);
    console.log(`    chosen T_u ${best.urgent} T_c ${best.concern}: model alone ${line(best.alone)}`);
    console.log(`    ${' '.repeat(24)}combined ${line(best.figures)}`);
    const c = chosen?.alone;
    const f = best.alone;
    if (
      c === undefined ||
      f.urgentRecall > c.urgentRecall ||
      (f.urgentRecall === c.urgentRecall && f.concernFlagged > c.concernFlagged)
    )
      chosen = { lambda, ...best };
  }
  if (chosen === undefined) throw new Error('nothing chosen');
  const weights = train(examples, chosen.lambda, { urgent: chosen.urgent, concern: chosen.concern });
  weights.figures = {
    lambda: chosen.lambda,
    folds: FOLDS,
    falseAlarmBudget: FALSE_ALARM_BUDGET,
    modelAloneOutOfFold: {
      urgentRecall: round(chosen.alone.urgentRecall),
      concernFlagged: round(chosen.alone.concernFlagged),
      falseAlarms: round(chosen.alone.falseAlarms),
    },
    combinedOutOfFold: {
      urgentRecall: round(chosen.figures.urgentRecall),
      concernFlagged: round(chosen.figures.concernFlagged),
      falseAlarms: round(chosen.figures.falseAlarms),
      counts: chosen.figures.counts,
    },
  };
  writeFileSync(WEIGHTS_PATH, `${JSON.stringify(weights)}\n`);
  console.log(
    `\nwrote ${WEIGHTS_PATH}: lambda ${chosen.lambda}, T_u ${chosen.urgent}, T_c ${chosen.concern}, ${weights.names.length} features`,
  );
  for (const path of [setPath('blind-5.tsv'), ...process.argv.slice(2)]) scoreFile(path, weights);
}
