// How the two layers are joined (combine.ts), shared by classify() and the training script's in-sample check.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../flows/safety/classify.js';
import { canonicalOf, classifyCanonical } from '../../../flows/safety/rules/lexicon.js';
import type { SafetyResult } from '../../../flows/safety/rules/lexicon.js';
import { combineLayers, modelLevelOf } from '../../../flows/safety/combine.js';
import { createScorer } from '../../../flows/safety/model/features.js';
import { MODEL_WEIGHTS } from '../../../flows/safety/model/model.js';

const none: SafetyResult = { level: 'none', reasons: [] };
const modelUrgent: SafetyResult = { level: 'urgent', reasons: ['model-urgent', 'model:@means'] };

describe('combineLayers', () => {
  it('lets the model raise the level, its reasons first', () => {
    expect(combineLayers({ level: 'concern', reasons: ['distress'] }, modelUrgent)).toEqual({
      level: 'urgent',
      reasons: ['model-urgent', 'model:@means', 'distress'],
    });
  });

  it('never lowers the lexicon and keeps its result exactly when the model does not raise it', () => {
    const lexicon: SafetyResult = { level: 'urgent', reasons: ['suicidal-intent'] };
    expect(combineLayers(lexicon, none)).toBe(lexicon);
    expect(combineLayers(lexicon, modelUrgent)).toBe(lexicon);
  });

  it('raises a past-only disclosure to concern at most', () => {
    const lexicon: SafetyResult = { level: 'concern', reasons: ['past-attempt'] };
    expect(combineLayers(lexicon, modelUrgent)).toBe(lexicon);
    expect(combineLayers(none, modelUrgent).level).toBe('urgent');
  });
});

describe('modelLevelOf', () => {
  it('with the weights in use gives what classify() gives', () => {
    const scorer = createScorer(MODEL_WEIGHTS);
    for (const text of [
      'I have enough tablets saved now and the house is empty on friday',
      'can we meet on Tuesday?',
      'I tried to kill myself years ago',
    ]) {
      const canonical = canonicalOf(text);
      expect(combineLayers(classifyCanonical(canonical), modelLevelOf(scorer, canonical))).toEqual(classify(text));
    }
  });
});
