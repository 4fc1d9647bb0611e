// Gives every inbound message a safety level and the ids of the rules that fired. Pure, synchronous, deterministic.
// When torn it errs towards flagging: a missed crisis costs far more than a gentle extra signpost.
// Two layers: the lexicon (classify-lexicon.ts: category rules with idiom, negation and tense guards) and a learned
// layer (model.ts: logistic regression over words and word pairs) that can only raise the level.

import { canonicalOf, classifyCanonical } from './classify-lexicon.js';
import type { SafetyLevel, SafetyResult } from './classify-lexicon.js';
import { modelLevel } from './model.js';

export type { SafetyLevel, SafetyResult } from './classify-lexicon.js';
export { classifyLexicon } from './classify-lexicon.js';

const RANK: Record<SafetyLevel, number> = { none: 0, concern: 1, urgent: 2 };

/** Lexicon reasons that place the risk in the past. The model sees the same words as a present crisis and cannot
 * tell tense, so beside these it may raise a message to concern but not to urgent. */
const PAST_ONLY = new Set(['past-attempt', 'past-self-harm', 'past-suicidal-thoughts', 'risk-past']);

/**
 * Classifies one message. Never throws; empty or non-text input is `none`. The lexicon runs first (its idiom removal
 * and negation guards apply to both layers, as the model reads the same idiom-free text); the learned layer
 * (model.ts) can only raise the level, and its reasons (`model-urgent` or `model-concern`, then the `model:<feature>`
 * ids that pushed it up) are added only when it does.
 */
export function classify(text: string): SafetyResult {
  if (typeof text !== 'string' || text.trim() === '') return { level: 'none', reasons: [] };
  const canonical = canonicalOf(text);
  const lexicon = classifyCanonical(canonical);
  const model = modelLevel(canonical);
  const past = lexicon.level === 'concern' && lexicon.reasons.some((r) => PAST_ONLY.has(r));
  const level = past && model.level === 'urgent' ? 'concern' : model.level;
  if (RANK[level] <= RANK[lexicon.level]) return lexicon;
  return { level, reasons: [...model.reasons, ...lexicon.reasons] };
}
