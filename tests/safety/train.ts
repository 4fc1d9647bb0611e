// Trains the learned layer of the safety net and writes flows/safety/model/weights.json. Deterministic: same data,
// same weights (no random numbers; folds come from a fixed hash of each text). Run: `npx tsx tests/safety/train.ts`.
// Extra file arguments are scored once with the final model, e.g. a fresh blind set:
// `npx tsx tests/safety/train.ts tests/safety/blind-6.tsv`.
//
// 1. Two L2-regularised logistic regressions, trained by full-batch gradient descent (Adam) on the whole tuning set:
//    urgent against the rest, and at least concern (concern or urgent) against none.
// 2. 5-fold cross-validation (fold = FNV-1a hash of the text mod 5) gives out-of-fold scores for every tuning line;
//    the lexicon's own level is combined with them exactly as classify() does, and the thresholds are chosen there:
//    the highest out-of-fold urgent recall of the model alone with false alarms on none (lexicon or model) at most
//    FALSE_ALARM_BUDGET, then the highest concern recall (see chooseThresholds).
// 3. The length penalty: the smallest that keeps the model's own false alarms on long messages built from out-of-fold
//    ordinary lines within LONG_MODEL_BUDGET (see longMessages).
// 4. The regularisation strength: from LAMBDAS, only those whose final model (trained on the whole tuning set with
//    the thresholds and length penalty of steps 2 and 3) keeps every urgent tuning line urgent in-sample by the whole
//    classifier, lexicon + model as classify() joins them (see inSampleMisses); among those, the best out-of-fold
//    urgent recall, short plus buried in long. A missed crisis costs far more than a false alarm, so a choice that
//    drops a known crisis is not allowed however well it cross-validates; if no lambda qualifies, nothing is written.
//    The only exceptions are KNOWN_MISSES: long development lines no lambda catches, which the other layers do.
// 5. The blind sets (blind-5.tsv to blind-7.tsv) are never trained on: blind-5's figures are printed for the record
//    and choose nothing.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { canonicalOf, classifyLexicon } from '../../flows/safety/rules/lexicon.js';
import type { SafetyLevel, SafetyResult } from '../../flows/safety/rules/lexicon.js';
import { modelLevelOf } from '../../flows/safety/combine.js';
import { joinLayers } from '../../flows/safety/classify.js';
import type { ModelWeights } from '../../flows/safety/model/features.js';
import type { Scorer } from '../../flows/safety/model/features.js';
import { createScorer, sigmoid, tokens, windowFeatures } from '../../flows/safety/model/features.js';
import type { LabelledMessage } from './sets.js';
import { loadTrainingSets, loadTuningSet, setPath } from './sets.js';
import { adamStep, fnv1a } from './logistic.js';

const WEIGHTS_PATH = fileURLToPath(new URL('../../flows/safety/model/weights.json', import.meta.url));
const FOLDS = 5;
const WINDOW = 32;
const STRIDE = 16;
const MIN_COUNT = 2;
const ITERATIONS = 400;
const LEARNING_RATE = 0.05;
// 0.00001 added and 0.001 dropped on 2026-12-06 (8,000 lines): the smallest value had been chosen every time, and
// 0.001 lost about 100 known crises in-sample, so it was never eligible.
const LAMBDAS = [0.00001, 0.00003, 0.0001, 0.0003];
/** Weight of an urgent line in the urgent model's loss (2 and 4 were tried: no better out of fold). */
const URGENT_WEIGHT = 1;
/** Cross-validated false alarms on none allowed for lexicon and model together. The product limit (5%) is on
 * ordinary messages. It was 6% while the tuning set's `none` lines were mostly deliberate hard negatives (idioms, the
 * same words in everyday senses). Back to 4% since 2026-12-06: with the development sets trained on, 45% of the
 * 8,017 lines are by independent writers in everyday voices, and at 6% the urgent threshold fell from 0.78 to 0.51,
 * where the word model raised short everyday texts (the look-alikes of tests/flows/safety/context: "got enough now",
 * "done it now") and out of fold spent 7.0% false alarms for 95.4% urgent recall. At 4% (and 1% more for concern) it
 * is 5.0% for 92.4%, the old model's out-of-fold recall (92.4% on its 4,502 lines at 7.9%); the semantic layer adds
 * recall on top. */
const FALSE_ALARM_BUDGET = 0.04;
/** The concern threshold may add this much more (concern is asked about gently, not an alert): without it the word
 * model never raised a line to concern at all, and concern recall stayed under 50% on unseen sets. 0.02 until
 * 2026-12-06; with the development sets trained on (8,017 lines, at the 6% budget then) the second point bought 2.8
 * points of out-of-fold concern flagged (90.3% → 93.1%) for 1 point of false alarms (7.0% → 8.0%), and the word
 * model's concern raises were most of its false alarms on short ordinary messages, so it was halved. Urgent recall
 * does not depend on it. */
const CONCERN_EXTRA_BUDGET = Number(process.env['CONCERN_EXTRA_BUDGET'] ?? 0.01);
/** Long messages built from tuning lines for the length penalty, and the model's own false-alarm budget on them. */
const LONG_CHARS = [300, 700, 1_400];
const LONG_MODEL_BUDGET = 0.05;
const PENALTIES = Array.from({ length: 25 }, (_, i) => i * 0.25);
/** Weights smaller than this in both models are dropped from the file. */
const PRUNE = 0.01;
/** No threshold below this, however the budget falls: a model that unsure should not raise the level. */
const MIN_THRESHOLD = 0.5;
const RANK: Record<SafetyLevel, number> = { none: 0, concern: 1, urgent: 2 };

interface Example {
  level: SafetyLevel;
  text: string;
  canonical: string;
  features: string[];
  lexicon: SafetyLevel;
  /** The lexicon's whole result (level and reasons), for the in-sample check of the combined classifier. */
  lexiconResult: SafetyResult;
  fold: number;
}

export function prepare(messages: readonly LabelledMessage[]): Example[] {
  return messages.map(({ level, text }) => {
    const canonical = canonicalOf(text);
    const lexiconResult = classifyLexicon(text);
    return {
      level,
      text,
      canonical,
      features: windowFeatures(tokens(canonical)),
      lexicon: lexiconResult.level,
      lexiconResult,
      fold: fnv1a(text) % FOLDS,
    };
  });
}

/** Logistic regression on binary features, full batch, Adam; returns weights per feature and the bias. Shared with
 * the standing reader's training (train-standing.ts). */
export function fit(
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
    b = adamStep({ w, m, v }, b, g, t, LEARNING_RATE);
  }
  return { w, b };
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

export function train(
  examples: readonly Example[],
  lambda: number,
  thresholds = { urgent: 0.5, concern: 0.5 },
  lengthPenalty = 0,
): ModelWeights {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of ex.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.entries()]
    .filter(([, c]) => c >= MIN_COUNT)
    .map(([f]) => f)
    .sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((ex) => Int32Array.from(ex.features.map((f) => index.get(f) ?? -1).filter((i) => i >= 0)));
  const yu = Float64Array.from(examples, (ex) => (ex.level === 'urgent' ? 1 : 0));
  const yc = Float64Array.from(examples, (ex) => (ex.level === 'none' ? 0 : 1));
  const u = fit(rows, yu, names.length, lambda, URGENT_WEIGHT);
  const c = fit(rows, yc, names.length, lambda, 1);
  const kept = names.map((_, i) => i).filter((i) => Math.abs(u.w[i] ?? 0) >= PRUNE || Math.abs(c.w[i] ?? 0) >= PRUNE);
  return {
    about:
      'Generated by tests/safety/train.ts from the sets of tests/safety/sets.ts (TRAINING_SET_PATHS); do not edit. Logistic regression weights ' +
      '(urgent; at least concern) over the features of flows/safety/model/features.ts.',
    window: WINDOW,
    stride: STRIDE,
    bias: { urgent: round(u.b), concern: round(c.b) },
    lengthPenalty,
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
  return crossValidateWithScorers(examples, lambda).scored;
}

function crossValidateWithScorers(
  examples: readonly Example[],
  lambda: number,
): { scored: Scored[]; scorers: Scorer[] } {
  const out: Scored[] = new Array<Scored>(examples.length);
  const scorers: Scorer[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const scorer = createScorer(
      train(
        examples.filter((ex) => ex.fold !== k),
        lambda,
      ),
    );
    scorers.push(scorer);
    examples.forEach((ex, i) => {
      if (ex.fold !== k) return;
      const s = scorer.scoreCanonical(ex.canonical);
      out[i] = { level: ex.level, lexicon: ex.lexicon, urgent: s.urgent, concern: s.concern };
    });
  }
  return { scored: out, scorers };
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
function chooseThresholds(scored: readonly Scored[]): {
  urgent: number;
  concern: number;
  figures: Figures;
  alone: Figures;
} {
  const alone = scored.map((s): Scored => ({ ...s, lexicon: 'none' }));
  const OFF = 2;
  // Candidates: every out-of-fold score (rounded), so the budget is met exactly rather than on a coarse grid.
  const candidates = (pick: (s: Scored) => number): number[] =>
    [...new Set(scored.map((s) => Math.round(pick(s) * 10_000) / 10_000))]
      .filter((t) => t >= MIN_THRESHOLD)
      .sort((a, b) => a - b);
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
    if (figures(scored, tu, t).falseAlarms > FALSE_ALARM_BUDGET + CONCERN_EXTRA_BUDGET) continue;
    const flagged = figures(alone, tu, t).concernFlagged;
    if (flagged > bestConcern) [tc, bestConcern] = [t, flagged];
  }
  return { urgent: tu, concern: tc, figures: figures(scored, tu, tc), alone: figures(alone, tu, tc) };
}

interface LongMessage {
  fold: number;
  level: SafetyLevel;
  canonical: string;
  lexicon: SafetyLevel;
}

/**
 * Long messages built from tuning lines, for the length penalty: every none line of a fold starts a message of the
 * following none lines of that fold (about LONG_CHARS characters, in file order), and every urgent line is buried in
 * the middle of one of them. Each is scored by the model that did not see its fold.
 */
function longMessages(examples: readonly Example[]): LongMessage[] {
  const out: LongMessage[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const none = examples.filter((ex) => ex.fold === k && ex.level === 'none').map((ex) => ex.text);
    const build = (start: number): string[] => {
      const parts: string[] = [];
      const target = LONG_CHARS[start % LONG_CHARS.length] ?? 0;
      for (let j = 0, length = 0; length < target && j < none.length; j++) {
        const text = none[(start + j) % none.length] ?? '';
        parts.push(text);
        length += text.length + 2;
      }
      return parts;
    };
    const add = (level: SafetyLevel, parts: string[]): void => {
      const raw = parts.join('. ');
      out.push({ fold: k, level, canonical: canonicalOf(raw), lexicon: classifyLexicon(raw).level });
    };
    none.forEach((_, i) => add('none', build(i)));
    examples
      .filter((ex) => ex.fold === k && ex.level === 'urgent')
      .forEach((ex, i) => {
        const parts = build((i * 7) % none.length);
        parts.splice(Math.floor(parts.length / 2), 0, ex.text);
        add('urgent', parts);
      });
  }
  return out;
}

interface LongFigures {
  penalty: number;
  modelFalseAlarms: number;
  combinedFalseAlarms: number;
  lexiconFalseAlarms: number;
  buriedModel: number;
  buriedCombined: number;
  buriedLexicon: number;
}

function longFigures(
  messages: readonly LongMessage[],
  scorers: readonly Scorer[],
  tu: number,
  tc: number,
  penalty: number,
): LongFigures {
  const counts = { none: 0, urgent: 0 };
  const f: LongFigures = {
    penalty,
    modelFalseAlarms: 0,
    combinedFalseAlarms: 0,
    lexiconFalseAlarms: 0,
    buriedModel: 0,
    buriedCombined: 0,
    buriedLexicon: 0,
  };
  for (const scorer of scorers) scorer.weights.lengthPenalty = penalty;
  for (const m of messages) {
    const s = scorers[m.fold]?.scoreCanonical(m.canonical) ?? { urgent: 0, concern: 0 };
    const model: SafetyLevel = s.urgent >= tu ? 'urgent' : s.concern >= tc ? 'concern' : 'none';
    const combined = RANK[model] > RANK[m.lexicon] ? model : m.lexicon;
    if (m.level === 'none') {
      counts.none += 1;
      if (model !== 'none') f.modelFalseAlarms += 1;
      if (combined !== 'none') f.combinedFalseAlarms += 1;
      if (m.lexicon !== 'none') f.lexiconFalseAlarms += 1;
    } else {
      counts.urgent += 1;
      if (model === 'urgent') f.buriedModel += 1;
      if (combined === 'urgent') f.buriedCombined += 1;
      if (m.lexicon === 'urgent') f.buriedLexicon += 1;
    }
  }
  for (const scorer of scorers) scorer.weights.lengthPenalty = 0;
  f.modelFalseAlarms /= Math.max(1, counts.none);
  f.combinedFalseAlarms /= Math.max(1, counts.none);
  f.lexiconFalseAlarms /= Math.max(1, counts.none);
  f.buriedModel /= Math.max(1, counts.urgent);
  f.buriedCombined /= Math.max(1, counts.urgent);
  f.buriedLexicon /= Math.max(1, counts.urgent);
  return f;
}

/**
 * Urgent tuning lines that the whole classifier (lexicon + this model, joined as classify() joins them) would not
 * flag urgent. The tuning-set test requires none. Thresholds and length penalty come from cross-validation as the
 * lowest the false-alarm budgets allow, and a lower threshold or penalty only raises scores, so when these weights
 * miss a line no other setting within the budgets for the same lambda would catch it.
 */
export function inSampleMisses(examples: readonly Example[], weights: ModelWeights): Example[] {
  const scorer = createScorer(weights);
  return examples.filter(
    (ex) =>
      ex.level === 'urgent' &&
      !KNOWN_MISSES.has(ex.text) &&
      joinLayers(ex.lexiconResult, modelLevelOf(scorer, ex.canonical), ex.canonical, ex.text).level !== 'urgent',
  );
}

/**
 * Urgent lines of the development sets trained on since 2026-12-06 that the lexicon and word model together did not
 * catch before they were trained on, nor after at any lambda: long messages with the crisis in the middle (the
 * length penalty keeps the word model from them) and an overdose told without a medicine's name. The service catches
 * each with its other layers (the context reader or the semantic layer, `npm run -s safety:check`), so they are
 * exempt from the in-sample rule rather than dropped from training; a line here that is no longer in a training set
 * stops the training, so the list cannot go stale silently. Writing rules for them is the way to empty it.
 */
const KNOWN_MISSES: ReadonlySet<string> = new Set([
  "meeting a mentor - phone is best, I don't drive and the buses from here are rubbish, I'm out past Dulverton. Times wise any weekday afternoon. Not evenings. Actually I don't know why I'm doing this form. I've been walking up to Tarr Steps every day this week and standing in the river thinking about how much it's rained, tomorrow I'm not going to stand still",
  'ok so basically. been a crap week. mum had a go at me, work let me go on friday, landlords chucking me out end of the month. went to boots and the one in asda and the co-op and got as many packets as theyd let me and now theres like 10 boxes on my bed. not sure when but it feels like the answer now. anyway yeah id like a mentor i think',
  'intake answers sorry theyre long: im 52, i was a postie for 20 year until the breakdown. diagnosed with psychotic depression last year. live in yeovil on my own since the divorce. the pills ive been keeping in the shoebox ive started taking tonight, maybe half so far. id like a mentor who likes football, im yeovil town through and through. i dont drive',
  'hi, i know you said to ring if it got bad. i didnt ring. i just did it instead. the box is empty and im on the floor',
]);

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;
const line = (f: Figures): string =>
  `urgent recall ${pct(f.urgentRecall)}  concern flagged ${pct(f.concernFlagged)} (exact ${pct(f.concernExact)})  false alarms ${pct(f.falseAlarms)}`;

function scoreFile(path: string, weights: ModelWeights): void {
  const scorer = createScorer(weights);
  const scored = prepare(loadTuningSet(path)).map((ex) => {
    const s = scorer.scoreCanonical(ex.canonical);
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
  const examples = prepare(loadTrainingSets());
  const stale = [...KNOWN_MISSES].filter((text) => !examples.some((ex) => ex.level === 'urgent' && ex.text === text));
  if (stale.length > 0)
    throw new Error(`KNOWN_MISSES lists lines that are not urgent training lines: ${stale.join(' | ')}`);
  const lexiconOnly = examples.map((ex) => ({ level: ex.level, lexicon: ex.lexicon, urgent: 0, concern: 0 }));
  console.log(
    `tuning set: ${examples.length} lines; ${FOLDS}-fold cross-validation, false-alarm budget ${pct(FALSE_ALARM_BUDGET)}`,
  );
  console.log(`  lexicon alone (tuned on all of it): ${line(figures(lexiconOnly, 2, 2))}`);
  const long = longMessages(examples);
  console.log(
    `  long messages built from tuning lines (${LONG_CHARS.join(', ')} characters): ${long.filter((m) => m.level === 'none').length} ordinary, ${long.filter((m) => m.level === 'urgent').length} with an urgent line buried`,
  );
  type Choice = ReturnType<typeof chooseThresholds> & {
    lambda: number;
    long: LongFigures;
    table: string[];
    weights: ModelWeights;
  };
  let chosen: Choice | undefined;
  const merit = (c: Choice): number => c.alone.urgentRecall + c.long.buriedModel;
  for (const lambda of LAMBDAS) {
    const { scored, scorers } = crossValidateWithScorers(examples, lambda);
    const alone = scored.map((s): Scored => ({ ...s, lexicon: 'none' }));
    console.log(`\n  lambda ${lambda} (out of fold):`);
    for (const t of [0.5, 0.7, 0.9]) console.log(`    model alone, T_u = T_c = ${t}: ${line(figures(alone, t, t))}`);
    const best = chooseThresholds(scored);
    console.log(`    chosen T_u ${best.urgent} T_c ${best.concern}: model alone ${line(best.alone)}`);
    console.log(`    ${' '.repeat(24)}combined ${line(best.figures)}`);
    // The length penalty: the smallest that keeps the model's own false alarms on long ordinary messages in budget.
    const table: string[] = [];
    let longChosen: LongFigures | undefined;
    for (const penalty of PENALTIES) {
      const f = longFigures(long, scorers, best.urgent, best.concern, penalty);
      table.push(
        `    penalty ${penalty.toFixed(2)}: false alarms model ${pct(f.modelFalseAlarms)}, lexicon ${pct(f.lexiconFalseAlarms)}, combined ${pct(f.combinedFalseAlarms)}; buried urgent found: lexicon ${pct(f.buriedLexicon)}, model ${pct(f.buriedModel)}, combined ${pct(f.buriedCombined)}`,
      );
      if (f.modelFalseAlarms <= LONG_MODEL_BUDGET) {
        longChosen = f;
        break;
      }
    }
    if (longChosen === undefined) throw new Error('no length penalty keeps long-message false alarms within budget');
    console.log(`    long messages, chosen${(table.at(-1) ?? '').replace(/^ {4}/, ' ')}`);
    // Only a lambda whose final model keeps every urgent tuning line urgent in-sample may be chosen.
    const weights = train(examples, lambda, { urgent: best.urgent, concern: best.concern }, longChosen.penalty);
    const missed = inSampleMisses(examples, weights);
    console.log(
      `    in-sample, whole tuning set, lexicon + model: ${missed.length === 0 ? 'every urgent line urgent' : `${missed.length} urgent line(s) missed, so not eligible`}`,
    );
    for (const ex of missed.slice(0, 60)) console.log(`      missed: ${ex.text}`);
    const choice: Choice = { ...best, lambda, long: longChosen, table, weights };
    if (missed.length === 0 && (chosen === undefined || merit(choice) > merit(chosen))) chosen = choice;
  }
  if (chosen === undefined)
    throw new Error('no lambda keeps every urgent tuning line urgent in-sample: weights not written');
  console.log(
    `\n  lambda ${chosen.lambda}, length penalty by step (model false-alarm budget ${pct(LONG_MODEL_BUDGET)}):`,
  );
  for (const row of chosen.table) console.log(row);
  const longChosen = chosen.long;
  const weights = chosen.weights;
  weights.figures = {
    lambda: chosen.lambda,
    folds: FOLDS,
    falseAlarmBudget: FALSE_ALARM_BUDGET,
    modelAloneOutOfFold: {
      urgentRecall: round(chosen.alone.urgentRecall),
      concernFlagged: round(chosen.alone.concernFlagged),
      falseAlarms: round(chosen.alone.falseAlarms),
    },
    longMessagesOutOfFold: {
      lengthPenalty: longChosen.penalty,
      modelFalseAlarms: round(longChosen.modelFalseAlarms),
      combinedFalseAlarms: round(longChosen.combinedFalseAlarms),
      lexiconFalseAlarms: round(longChosen.lexiconFalseAlarms),
      buriedUrgentFound: {
        lexicon: round(longChosen.buriedLexicon),
        model: round(longChosen.buriedModel),
        combined: round(longChosen.buriedCombined),
      },
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
