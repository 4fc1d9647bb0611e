// How classify() joins its two layers, apart from the weights so the training script (tests/safety/train.ts) can
// check a candidate model exactly as classify() would use it. Pure, no I/O.

import { LEVEL_RANK, type SafetyResult } from './rules/lexicon.js';
import type { Scorer } from './model/features.js';

/** Lexicon reasons that place the risk in the past. The learned layers see the same words as a present crisis and
 * cannot tell tense, so beside these the word model may raise a message to concern but not to urgent, and the
 * sentence and context layers raise nothing; the context rules do not count them as distress. */
export const PAST_ONLY: ReadonlySet<string> = new Set([
  'past-attempt',
  'past-self-harm',
  'past-suicidal-thoughts',
  'past-command-voices',
  'risk-past',
]);

/** A scorer's own level and reasons for canonical text, at the thresholds in its weights. */
export function modelLevelOf(scorer: Scorer, canonical: string): SafetyResult {
  const s = scorer.scoreCanonical(canonical);
  const { thresholds } = scorer.weights;
  const level = s.urgent >= thresholds.urgent ? 'urgent' : s.concern >= thresholds.concern ? 'concern' : 'none';
  if (level === 'none') return { level, reasons: [] };
  return { level, reasons: [`model-${level}`, ...s.top.map((f) => `model:${f}`)] };
}

/**
 * The model can only raise the lexicon's level (and only to concern beside a past-only disclosure); its reasons are
 * added only when it does, otherwise the result is exactly the lexicon's.
 */
export function combineLayers(lexicon: SafetyResult, model: SafetyResult): SafetyResult {
  const past = lexicon.level === 'concern' && lexicon.reasons.some((r) => PAST_ONLY.has(r));
  const level = past && model.level === 'urgent' ? 'concern' : model.level;
  if (LEVEL_RANK[level] <= LEVEL_RANK[lexicon.level]) return lexicon;
  return { level, reasons: [...model.reasons, ...lexicon.reasons] };
}
