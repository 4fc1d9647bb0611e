// Gives every inbound message a safety level and the ids of the rules that fired. Pure, synchronous, deterministic.
// When torn it errs towards flagging: a missed crisis costs far more than a gentle extra signpost.
// Two layers: the lexicon (rules/lexicon.ts: category rules with idiom, negation and tense guards) and a learned
// layer (model/model.ts: logistic regression over words and word pairs) that can only raise the level.

import { canonicalOf, classifyCanonical } from './rules/lexicon.js';
import type { SafetyResult } from './rules/lexicon.js';
import { combineLayers } from './combine.js';
import { modelLevel } from './model/model.js';
import {
  learnedConcernInGoodHeart,
  learnedOnLifeGoingOn,
  learnedOnMedicineLogistics,
  learnedOnOrdinaryAbsence,
  learnedOnRiskAsTopic,
  pastTurnedNow,
  pastWellBehind,
} from './rules/recovered.js';
import { threatInJest } from './rules/jest.js';
import { pastToldAsStory } from './rules/past-story.js';

export type { SafetyLevel, SafetyResult } from './rules/lexicon.js';

/** The reason on a message the rules read as plainly everyday (a past well behind, a good heart): no learned layer,
 * the sentence model included, may raise it. */
export const EVERYDAY_TOLD = 'everyday-told';
export { classifyLexicon } from './rules/lexicon.js';

/**
 * Classifies one message. Never throws; empty or non-text input is `none`. The lexicon runs first (its idiom removal
 * and negation guards apply to both layers, as the model reads the same idiom-free text); the learned layer
 * (model/model.ts) can only raise the level, and its reasons (`model-urgent` or `model-concern`, then the `model:<feature>`
 * ids that pushed it up) are added only when it does (combine.ts).
 */
export function classify(text: string): SafetyResult {
  if (typeof text !== 'string' || text.trim() === '') return { level: 'none', reasons: [] };
  const canonical = canonicalOf(text);
  return joinLayers(classifyCanonical(canonical), modelLevel(canonical), canonical, text);
}

/**
 * The lexicon's and the word model's results for a message joined as classify() joins them: the model raises
 * (combine.ts), a past turned to now is urgent, and what the rules read as plainly everyday is none. Exported for the
 * training script, whose in-sample check must read a candidate model exactly as the service will.
 */
export function joinLayers(lexicon: SafetyResult, model: SafetyResult, canonical: string, text: string): SafetyResult {
  const result = combineLayers(lexicon, model);
  if (pastTurnedNow(result, canonical)) return { level: 'urgent', reasons: ['past-then-now', ...result.reasons] };
  const everyday =
    pastWellBehind(result, canonical) ||
    pastToldAsStory(result, canonical) ||
    learnedConcernInGoodHeart(result, canonical) ||
    learnedOnMedicineLogistics(result, canonical) ||
    learnedOnOrdinaryAbsence(result, canonical) ||
    learnedOnRiskAsTopic(result, text) ||
    learnedOnLifeGoingOn(result, canonical) ||
    threatInJest(result, canonical, text);
  return everyday ? { level: 'none', reasons: [EVERYDAY_TOLD] } : result;
}
