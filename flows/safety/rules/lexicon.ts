// The lexicon layer of the safety net on its own: category rules, idiom removal, negation and tense guards, and the
// vocabulary layer (broad.ts). classify.ts adds the learned layer (model/model.ts) on top. Pure, synchronous, deterministic.

import { broadScan } from './broad.js';
import { normalise } from '../normalise.js';
import type { CompiledRule } from './rule.js';
import { compile } from './rule.js';
import { RulePrefilter } from './prefilter.js';
import { URGENT_RULES } from './urgent.js';
import { CONCERN_RULES } from './concern.js';
import {
  NEGATED_BEFORE,
  PAST_BEFORE,
  PAST_IN_SENTENCE,
  PRESENT_BEFORE,
  PRESENT_IN_SENTENCE,
  USED_TO_BEFORE,
} from './negations.js';
import { removeIdioms } from './idioms.js';
import { removeOthersRisk } from './stance.js';

export type SafetyLevel = 'urgent' | 'concern' | 'none';

/** The levels in order, for comparing them. */
export const LEVEL_RANK: Readonly<Record<SafetyLevel, number>> = { none: 0, concern: 1, urgent: 2 };

export interface SafetyResult {
  level: SafetyLevel;
  reasons: string[];
}

// Compiled once at module load.
const RULES: readonly CompiledRule[] = compile([...URGENT_RULES, ...CONCERN_RULES]);
// Decides in one pass which rules can match at all: most rule regexes never run on an ordinary long message.
// Gates of plain words are checked there too; any other gate keeps the word-set check below.
const prefilterGate = (rule: CompiledRule): boolean =>
  rule.gateWords !== undefined && [...rule.gateWords].every((word) => /^[\x21-\x7e]+$/.test(word));
const PREFILTER = new RulePrefilter(
  RULES.map((rule) => rule.regex),
  RULES.map((rule) => (prefilterGate(rule) ? rule.gateWords : undefined)),
);
const GATE_LEFT = RULES.map((rule) => rule.gateWords !== undefined && !prefilterGate(rule));

// Very long messages are classified in full; this cap only guards against pathological input sizes.
const MAX_CHARS = 20_000;
// How far back a negation or tense frame may sit from the match.
const LOOKBACK_CHARS = 60;
// How far either side of a match tense markers count: run-on messages without full stops are common in SMS.
const SENTENCE_WINDOW = 160;

type Hit = 'current' | 'past' | 'negated';

function judgeMatch(rule: CompiledRule, text: string, start: number, end: number): Hit {
  if (!rule.negatable && !rule.past) return 'current';
  const sentenceStart = Math.max(text.lastIndexOf(' . ', start) + 1, start - SENTENCE_WINDOW);
  const before = text.slice(Math.max(sentenceStart, start - LOOKBACK_CHARS), start);
  if (rule.negatable && NEGATED_BEFORE.test(before)) return 'negated';
  if (!rule.past) return 'current';
  const nextBreak = text.indexOf(' . ', end);
  const sentenceEnd = Math.min(nextBreak === -1 ? text.length : nextBreak, end + SENTENCE_WINDOW);
  const sentence = text.slice(sentenceStart, sentenceEnd);
  if (PRESENT_IN_SENTENCE.test(sentence)) return 'current';
  if (PAST_BEFORE.test(before) || USED_TO_BEFORE.test(before)) return 'past';
  if (PRESENT_BEFORE.test(before)) return 'current';
  return PAST_IN_SENTENCE.test(sentence) ? 'past' : 'current';
}

/** Canonical text both layers read: normalised, idioms removed. */
export function canonicalOf(text: string): string {
  return readText(text).canonical;
}

/** The normalised text (quotation marks still marked) and the canonical text made from it, for a caller that asks
 * whether an idiom was removed (model/semantic-layer.ts idiomFired) without normalising twice. */
export function readText(text: string): { normal: string; canonical: string } {
  const normal = normalise(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text, true);
  return { normal, canonical: removeOthersRisk(removeIdioms(normal)) };
}

/** The lexicon alone, without the learned layer: for the training script and for comparison. */
export function classifyLexicon(text: string): SafetyResult {
  if (typeof text !== 'string' || text.trim() === '') return { level: 'none', reasons: [] };
  return classifyCanonical(canonicalOf(text));
}

/** The lexicon on canonical text (canonicalOf). */
export function classifyCanonical(canonical: string): SafetyResult {
  const urgent = new Set<string>();
  const concern = new Set<string>();
  let words: ReadonlySet<string> | undefined;
  const open = PREFILTER.open(canonical);
  for (let index = 0; index < RULES.length; index++) {
    const rule = RULES[index];
    if (rule === undefined || open[index] === 0) continue;
    // Several rules share an id; once it has fired, the rest cannot change the result.
    if ((rule.level === 'urgent' ? urgent : concern).has(rule.id)) continue;
    if (rule.gateWords !== undefined && GATE_LEFT[index] === true) {
      words ??= new Set(canonical.split(' '));
      let gateOpen = false;
      for (const word of rule.gateWords) if (words.has(word)) gateOpen = true;
      if (!gateOpen) continue;
    }
    const { regex, unlessRegex } = rule;
    regex.lastIndex = 0;
    if (unlessRegex !== undefined && regex.test(canonical) && unlessRegex.test(canonical)) continue;
    regex.lastIndex = 0;
    for (let m = regex.exec(canonical); m !== null; m = regex.exec(canonical)) {
      if (m[0].length === 0) regex.lastIndex += 1;
      const hit = judgeMatch(rule, canonical, m.index, m.index + m[0].length);
      if (hit === 'negated') continue;
      if (hit === 'past' && rule.past) concern.add(rule.past);
      else (rule.level === 'urgent' ? urgent : concern).add(rule.id);
      // One current match is enough for this rule.
      if (hit === 'current') break;
    }
  }
  // The vocabulary layer adds what the category rules missed; it can only raise the level, so it is skipped once a
  // rule has already made the message urgent (and the reasons stay those of the precise rule).
  if (urgent.size === 0) {
    const broad = broadScan(canonical, concern.size > 0);
    for (const id of broad.urgent) urgent.add(id);
    for (const id of broad.concern) concern.add(id);
  }
  if (urgent.size > 0) return { level: 'urgent', reasons: [...urgent, ...[...concern].filter((r) => !urgent.has(r))] };
  if (concern.size > 0) return { level: 'concern', reasons: [...concern] };
  return { level: 'none', reasons: [] };
}
