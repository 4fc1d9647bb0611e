// The learned second layer of the safety net: L2-regularised logistic regression, one model for urgent and one for
// at least concern, over word unigrams, bigrams and negation-marked words (see features.ts). Weights are generated
// by `npx tsx tests/safety/train.ts` into weights.json (do not edit by hand). Pure inference, no I/O per call.

import weightsJson from './weights.json' with { type: 'json' };
import type { ModelScore, ModelWeights } from './features.js';
import { createScorer } from './features.js';
import { canonicalOf } from '../rules/lexicon.js';
import type { SafetyResult } from '../rules/lexicon.js';
import { modelLevelOf } from '../combine.js';

function checked(raw: unknown): ModelWeights {
  const w = raw as ModelWeights;
  const ok =
    typeof w.window === 'number' &&
    typeof w.stride === 'number' &&
    typeof w.lengthPenalty === 'number' &&
    Array.isArray(w.names) &&
    w.names.length === w.urgent.length &&
    w.names.length === w.concern.length &&
    typeof w.thresholds.urgent === 'number' &&
    typeof w.thresholds.concern === 'number';
  if (!ok) throw new Error('flows/safety/model/weights.json has the wrong shape: run npx tsx tests/safety/train.ts');
  return w;
}

const scorer = createScorer(checked(weightsJson));

/** The weights in use (read-only), e.g. for the thresholds. */
export const MODEL_WEIGHTS: Readonly<ModelWeights> = scorer.weights;

/** Scores a raw message: probability of urgent, of at least concern, and the features that pushed it up. */
export function score(text: string): ModelScore {
  return scorer.scoreCanonical(canonicalOf(text));
}

/** Scores canonical text (canonicalOf: normalise() then removeIdioms()), as classify() has it already. */
export function scoreCanonical(canonical: string): ModelScore {
  return scorer.scoreCanonical(canonical);
}

/** The model's own level and reasons for canonical text, using the thresholds chosen on cross-validation. */
export function modelLevel(canonical: string): SafetyResult {
  return modelLevelOf(scorer, canonical);
}
