// The semantic layer's rules without the sentence model (semantic-layer.ts): the best window wins, it only raises a
// message to urgent, idioms and past-only disclosures veto it, and the generated weights have the right shape.
import { describe, expect, it } from 'vitest';
import type { SafetyResult } from '../../../../flows/safety/rules/lexicon.js';
import type { SemanticWeights } from '../../../../flows/safety/model/semantic-layer.js';
import {
  idiomFired,
  raiseBySemantic,
  semanticProbability,
  semanticScore,
} from '../../../../flows/safety/model/semantic-layer.js';
import { SEMANTIC_WEIGHTS } from '../../../../flows/safety/model/semantic-weights.js';

const layer = (mode: SemanticWeights['mode']): SemanticWeights => ({
  about: 'test',
  mode,
  bias: 0,
  weights: [4, -4],
  threshold: 0.7,
  lengthPenalty: 0.1,
});
const none: SafetyResult = { level: 'none', reasons: [] };
const high = { semantic: 0.9, word: 0.9 };

describe('semanticProbability', () => {
  it('is the best window of a long message', () => {
    const w = layer('semantic');
    const calm = [0, 1];
    const risky = [1, 0];
    expect(semanticProbability(w, [calm])).toBeLessThan(0.5);
    expect(semanticProbability(w, [calm, risky, calm])).toBeCloseTo(1 / (1 + Math.exp(-4)));
  });
});

describe('semanticScore', () => {
  it('lowers the score of a message read in several windows', () => {
    expect(semanticScore(layer('semantic'), { semantic: 0.8, word: 0, windows: 1 })).toBe(0.8);
    expect(semanticScore(layer('semantic'), { semantic: 0.8, word: 0, windows: 4 })).toBeCloseTo(
      0.8 - 0.1 * Math.log(4),
    );
  });

  it('averages with the word model in the average mode only', () => {
    expect(semanticScore(layer('semantic'), { semantic: 0.8, word: 0.2 })).toBe(0.8);
    expect(semanticScore(layer('average'), { semantic: 0.8, word: 0.2 })).toBeCloseTo(0.5);
  });
});

describe('raiseBySemantic', () => {
  it('raises none or concern to urgent at the threshold, its reason first', () => {
    expect(raiseBySemantic(none, layer('semantic'), high, false)).toEqual({
      level: 'urgent',
      reasons: ['semantic-urgent'],
    });
    const concern: SafetyResult = { level: 'concern', reasons: ['distress'] };
    expect(raiseBySemantic(concern, layer('average'), high, false).reasons).toEqual(['semantic-urgent', 'distress']);
  });

  it('leaves the result exactly as it was below the threshold, when urgent already, or when vetoed', () => {
    expect(raiseBySemantic(none, layer('average'), { semantic: 0.9, word: 0.4 }, false)).toBe(none);
    const urgent: SafetyResult = { level: 'urgent', reasons: ['death-wish'] };
    expect(raiseBySemantic(urgent, layer('semantic'), high, false)).toBe(urgent);
    expect(raiseBySemantic(none, layer('semantic'), high, true)).toBe(none);
  });

  it('never raises a past-only disclosure to urgent', () => {
    const past: SafetyResult = { level: 'concern', reasons: ['past-attempt'] };
    expect(raiseBySemantic(past, layer('semantic'), high, false)).toBe(past);
  });
});

describe('idiomFired', () => {
  it.each([
    ["I'm dying to meet my mentor", true],
    ["my phone's about to die, text you later", true],
    ['I want to meet my mentor', false],
    ['I hang the washing out every morning', false],
  ])('%s → %s', (text, fired) => {
    expect(idiomFired(text)).toBe(fired);
  });
});

describe('the generated weights', () => {
  it('have one weight per embedding dimension and a threshold no lower than one half', () => {
    expect(SEMANTIC_WEIGHTS.weights).toHaveLength(512);
    expect(['semantic', 'average']).toContain(SEMANTIC_WEIGHTS.mode);
    expect(SEMANTIC_WEIGHTS.threshold).toBeGreaterThanOrEqual(0.5);
    expect(SEMANTIC_WEIGHTS.threshold).toBeLessThan(1);
  });
});
