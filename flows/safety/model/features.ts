// The learned second layer, without its weights: features and the linear scorer, shared by inference (model.ts) and
// the training script (tests/safety/train.ts), so both see exactly the same features. Pure, no I/O.
//
// Features come from the canonical text the lexicon reads (normalise() then removeIdioms(), so idioms such as "this
// traffic is killing me" are gone before the model sees them): word unigrams, with the up to 3 words after a negation
// ("not", "never", "no", "nor") prefixed `NOT_`, and word bigrams ("better_off") on the unmarked words. Each feature
// counts once per window (presence, not frequency). A sentence break or an idiom gap ends a negation and a bigram.
// Long messages are scored in overlapping windows and the highest window wins, so risk buried in a long intake answer
// is not diluted by the ordinary text around it.

/** Weights as written by tests/safety/train.ts into model-weights.json. */
export interface ModelWeights {
  about: string;
  /** Window length and stride, in words. */
  window: number;
  stride: number;
  bias: { urgent: number; concern: number };
  /**
   * A long message is read in several windows and each is another chance of a chance match, so the best window's
   * log-odds are lowered by `lengthPenalty × ln(windows)` (none for a message of one window). Chosen in training.
   */
  lengthPenalty: number;
  /** Probability thresholds chosen on cross-validation: `urgent` for urgent, `concern` for at least concern. */
  thresholds: { urgent: number; concern: number };
  /** Feature names and, at the same index, their weight for urgent and for at least concern. */
  names: string[];
  urgent: number[];
  concern: number[];
  /** Cross-validated figures recorded by the training run, for the reviewer. */
  figures?: Record<string, unknown>;
}

export interface ModelScore {
  /** Probability that the message is urgent. */
  urgent: number;
  /** Probability that the message is at least concern (concern or urgent). */
  concern: number;
  /** The features that pushed the winning window up most, strongest first. */
  top: string[];
}

import { squeeze } from '../normalise.js';
import { FINAL_WORDS, BURDEN_WORDS } from '../vocabulary/finality.js';
import { DRINK, FUMES, LIGATURE_WORDS, POISONS, SHARP_THINGS } from '../vocabulary/means.js';
import { MEDICINE_FORMS, MEDICINE_NAMES } from '../vocabulary/medicines.js';
import { CLOSE_PEOPLE } from '../vocabulary/people.js';
import { HIGH_PLACE_NAMES, LONELY_PLACES, OPEN_WATER, RAIL_AND_ROAD, RAILINGS } from '../vocabulary/places.js';
import { WEEKDAYS, WHEN_WORDS } from '../vocabulary/time.js';
import { BLADES, GUNS } from '../vocabulary/weapons.js';

// Word classes, so a word never seen in training still counts through its class ("viaduct" as a place, "zopiclone"
// as a means). A class adds `@class` and, for two classes in the same window, `@a+@b` ("@means+@time"). The words
// are the vocabulary's (../vocabulary/), the same lists the rules read.
const CLASS_WORDS: Readonly<Record<string, readonly string[]>> = {
  means: [
    ...MEDICINE_FORMS,
    ...MEDICINE_NAMES,
    ...LIGATURE_WORDS,
    ...BLADES,
    ...SHARP_THINGS,
    ...GUNS,
    ...POISONS,
    ...FUMES,
    ...DRINK,
  ],
  place: [...HIGH_PLACE_NAMES, ...RAILINGS, ...RAIL_AND_ROAD, ...OPEN_WATER, ...LONELY_PLACES],
  time: [...WHEN_WORDS, ...WEEKDAYS],
  final: FINAL_WORDS,
  others: CLOSE_PEOPLE,
  burden: BURDEN_WORDS,
};
const WORD_CLASS: ReadonlyMap<string, string> = new Map(
  Object.entries(CLASS_WORDS).flatMap(([cls, words]) => words.map((w) => [squeeze(w), `@${cls}`] as const)),
);

const NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 'no', 'nor']);
const BREAKS: ReadonlySet<string> = new Set(['.', '~']);
const NEGATION_SCOPE = 3;
const TOP_FEATURES = 3;

/** Tokens of canonical text (already normalised, idioms removed). Break tokens are kept. */
export function tokens(canonical: string): string[] {
  return canonical.split(' ').filter((t) => t !== '');
}

/** Per token: its word features (unigram, negation-marked if in scope, and the bigram with the word before) and its
 * class when not negated. Computed once over the whole message; windows then take unions of positions. */
export function positionFeatures(toks: readonly string[]): { words: string[][]; classes: (string | undefined)[] } {
  const words: string[][] = [];
  const classes: (string | undefined)[] = [];
  let negation = 0;
  let prev: string | undefined;
  for (const t of toks) {
    if (BREAKS.has(t)) {
      negation = 0;
      prev = undefined;
      words.push([]);
      classes.push(undefined);
      continue;
    }
    const here = [negation > 0 ? `NOT_${t}` : t];
    if (prev !== undefined) here.push(`${prev}_${t}`);
    words.push(here);
    classes.push(negation > 0 ? undefined : WORD_CLASS.get(t));
    prev = t;
    if (NEGATORS.has(t)) negation = NEGATION_SCOPE;
    else if (negation > 0) negation -= 1;
  }
  return { words, classes };
}

/** `@a` for each class present and `@a+@b` for each pair, classes sorted. */
function classFeatures(present: ReadonlySet<string>): string[] {
  const found = [...present].sort();
  const out: string[] = [];
  for (let a = 0; a < found.length; a++) {
    out.push(found[a] ?? '');
    for (let b = a + 1; b < found.length; b++) out.push(`${found[a]}+${found[b]}`);
  }
  return out;
}

/** Features of a whole message (as training sees it), each once, in first-seen order. */
export function windowFeatures(toks: readonly string[]): string[] {
  const { words, classes } = positionFeatures(toks);
  const out = new Set<string>();
  for (const here of words) for (const f of here) out.add(f);
  for (const f of classFeatures(new Set(classes.filter((c): c is string => c !== undefined)))) out.add(f);
  return [...out];
}

/** Start and end token index of each window: one for a short message, overlapping ones for a long message. */
export function windows(count: number, size: number, stride: number): [number, number][] {
  if (count <= size) return [[0, count]];
  const out: [number, number][] = [];
  for (let start = 0; ; start += stride) {
    const end = Math.min(count, start + size);
    out.push([start, end]);
    if (end === count) break;
  }
  return out;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export interface Scorer {
  /** Scores canonical text (normalise() then removeIdioms()). */
  scoreCanonical(canonical: string): ModelScore;
  weights: ModelWeights;
}

interface WordEntry {
  /** Feature ids of the word plain and negated (-1 when the weights have none). */
  plain: number;
  negated: number;
  /** Feature ids of the pairs the word starts, by second word. */
  pairs: ReadonlyMap<string, number> | undefined;
  /** The bit of the word's class (0 for none). */
  bit: number;
  negator: boolean;
  isBreak: boolean;
}

export function createScorer(weights: ModelWeights): Scorer {
  const index = new Map<string, number>();
  weights.names.forEach((name, i) => index.set(name, i));
  // The same features as positionFeatures(), looked up without building their strings: plain words, negated words,
  // and word pairs by first then second word (words never contain "_"; class features start with "@").
  const plain = new Map<string, number>();
  const negated = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  weights.names.forEach((name, i) => {
    if (name.startsWith('@')) return;
    if (name.startsWith('NOT_')) return void negated.set(name.slice(4), i);
    const cut = name.indexOf('_');
    if (cut < 0) return void plain.set(name, i);
    const first = name.slice(0, cut);
    const seconds = pairs.get(first) ?? new Map<string, number>();
    seconds.set(name.slice(cut + 1), i);
    pairs.set(first, seconds);
  });
  const classNames = [...new Set(WORD_CLASS.values())].sort();
  const classBit = new Map(classNames.map((c, b) => [c, 1 << b]));
  // All a token can tell the scorer, behind one lookup per token: its feature ids plain and negated, the pairs it
  // starts, its class bit, and whether it is a negator or a break.
  const entries = new Map<string, WordEntry>();
  const entry = (word: string): WordEntry => {
    let e = entries.get(word);
    if (e === undefined) {
      e = { plain: -1, negated: -1, pairs: undefined, bit: 0, negator: NEGATORS.has(word), isBreak: BREAKS.has(word) };
      entries.set(word, e);
    }
    return e;
  };
  for (const [word, i] of plain) entry(word).plain = i;
  for (const [word, i] of negated) entry(word).negated = i;
  for (const [word, seconds] of pairs) entry(word).pairs = seconds;
  for (const [word, cls] of WORD_CLASS) entry(word).bit = classBit.get(cls) ?? 0;
  for (const word of [...NEGATORS, ...BREAKS]) entry(word);
  const classIds = new Map<number, number[]>();
  const idsForClasses = (mask: number): number[] => {
    let ids = classIds.get(mask);
    if (ids === undefined) {
      const present = new Set(classNames.filter((_, b) => (mask & (1 << b)) !== 0));
      ids = classFeatures(present).flatMap((f) => index.get(f) ?? []);
      classIds.set(mask, ids);
    }
    return ids;
  };
  const wu = Float64Array.from(weights.urgent);
  const wc = Float64Array.from(weights.concern);
  // Each feature counts once per window: `seen[i] === stamp` marks it as already added.
  const seen = new Int32Array(weights.names.length);
  let stamp = 0;

  function scoreCanonical(canonical: string): ModelScore {
    const toks = tokens(canonical);
    const n = toks.length;
    // Per position: up to two feature ids (word, pair with the word before; -1 when unknown) and a class bit.
    const ids = new Int32Array(2 * n).fill(-1);
    const bits = new Int32Array(n);
    let negation = 0;
    // The pairs the word before starts (none after a break, at the start, or after a word that starts none).
    let prevPairs: ReadonlyMap<string, number> | undefined;
    for (let p = 0; p < n; p++) {
      const t = toks[p] ?? '';
      const e = entries.get(t);
      if (e?.isBreak === true) {
        negation = 0;
        prevPairs = undefined;
        continue;
      }
      ids[2 * p + 1] = prevPairs?.get(t) ?? -1;
      prevPairs = e?.pairs;
      if (e === undefined) {
        if (negation > 0) negation -= 1;
        continue;
      }
      ids[2 * p] = negation > 0 ? e.negated : e.plain;
      if (negation === 0) bits[p] = e.bit;
      if (e.negator) negation = NEGATION_SCOPE;
      else if (negation > 0) negation -= 1;
    }
    // A window's features, each once (the `seen` stamps), in reading order: `visit` is called for each. The scores are
    // summed in this order, and the best windows' features are gathered again the same way afterwards, so no window
    // allocates anything.
    const eachFeature = (from: number, to: number, visit: (i: number) => void): void => {
      stamp = stamp === 0x7fffffff ? 1 : stamp + 1;
      if (stamp === 1) seen.fill(0);
      const once = (i: number): void => {
        if (i < 0 || seen[i] === stamp) return;
        seen[i] = stamp;
        visit(i);
      };
      let mask = 0;
      for (let p = from; p < to; p++) {
        once(ids[2 * p] ?? -1);
        once(ids[2 * p + 1] ?? -1);
        mask |= bits[p] ?? 0;
      }
      if (mask !== 0) for (const i of idsForClasses(mask)) once(i);
    };
    let bestU = -Infinity;
    let bestC = -Infinity;
    let spanU: [number, number] = [0, 0];
    let spanC: [number, number] = [0, 0];
    let zu = 0;
    let zc = 0;
    const sum = (i: number): void => {
      zu += wu[i] ?? 0;
      zc += wc[i] ?? 0;
    };
    const spans = windows(n, weights.window, weights.stride);
    for (const span of spans) {
      zu = weights.bias.urgent;
      zc = weights.bias.concern;
      eachFeature(span[0], span[1], sum);
      if (zu > bestU) [bestU, spanU] = [zu, span];
      if (zc > bestC) [bestC, spanC] = [zc, span];
    }
    const penalty = weights.lengthPenalty * Math.log(spans.length);
    const urgent = sigmoid(bestU - penalty);
    const concern = sigmoid(bestC - penalty);
    // Explained by the urgent window when that class is at or nearer its threshold, else by the concern window.
    const byUrgent = urgent / weights.thresholds.urgent >= concern / weights.thresholds.concern;
    const [[from, to], w] = byUrgent ? [spanU, wu] : [spanC, wc];
    const top: number[] = [];
    eachFeature(from, to, (i) => top.push(i));
    return {
      urgent,
      concern,
      top: top
        .filter((i) => (w[i] ?? 0) > 0)
        .sort((a, b) => (w[b] ?? 0) - (w[a] ?? 0) || a - b)
        .slice(0, TOP_FEATURES)
        .map((i) => weights.names[i] ?? ''),
    };
  }

  return { scoreCanonical, weights };
}
