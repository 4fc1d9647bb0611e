// The concern reader's rules without the sentence model (concern-layer.ts): it moves a message across the line
// between none and concern only, raises at `raise` and lets go below `lower` only when every window was read, the
// gate that spares the encoder asks it only where its answer could change the result, and the generated weights have
// the right shape.
import { describe, expect, it } from 'vitest';
import type { SafetyResult } from '../../../../flows/safety/rules/lexicon.js';
import {
  byConcernReader,
  concernModeFor,
  concernWindows,
  SEMANTIC_CONCERN,
  windowFlag,
  windowReading,
  type ConcernWeights,
} from '../../../../flows/safety/model/concern-layer.js';
import { CONCERN_WEIGHTS } from '../../../../flows/safety/model/concern-weights.js';

const reader: ConcernWeights = {
  about: 'test',
  bias: 0,
  weights: [4, -4],
  mix: 0.5,
  raise: 0.8,
  lower: 0.25,
  lowerWindows: 2,
};
const none: SafetyResult = { level: 'none', reasons: [] };
const concern: SafetyResult = { level: 'concern', reasons: ['relapse-signs'] };
const urgent: SafetyResult = { level: 'urgent', reasons: ['suicidal-intent'] };

describe('windowReading', () => {
  it('mixes the embedding’s probability with the word model’s, half and half', () => {
    expect(windowReading(reader, [0, 0], 0.4)).toBeCloseTo(0.5 * 0.5 + 0.5 * 0.4);
    expect(windowReading(reader, [1, 0], 1)).toBeCloseTo(0.5 / (1 + Math.exp(-4)) + 0.5);
  });
});

describe('concernWindows', () => {
  it('encodes, to raise, only the windows whose word model leaves them a chance of reaching the threshold', () => {
    // A window's reading is at most mix + (1 - mix) × word: it can reach 0.8 only from a word probability of 0.6.
    expect(concernWindows(reader, 'raise', [0.1, 0.6, 0.59, 0.9])).toEqual([1, 3]);
  });

  it('encodes, to let go, every window of a short message and none of a long one', () => {
    expect(concernWindows(reader, 'lower', [0.1, 0.2])).toEqual([0, 1]);
    expect(concernWindows(reader, 'lower', [0.1, 0.2, 0.1])).toEqual([]);
  });
});

describe('byConcernReader', () => {
  it('raises a message at none to concern at the threshold, with its own reason', () => {
    expect(byConcernReader(none, reader, { mode: 'raise', reading: 0.8, whole: false })).toEqual({
      level: 'concern',
      reasons: [SEMANTIC_CONCERN],
    });
    expect(byConcernReader(none, reader, { mode: 'raise', reading: 0.79, whole: true })).toBe(none);
  });

  it('lets a concern go below the lower threshold only when every window was read', () => {
    expect(byConcernReader(concern, reader, { mode: 'lower', reading: 0.2, whole: true })).toEqual(none);
    expect(byConcernReader(concern, reader, { mode: 'lower', reading: 0.2, whole: false })).toBe(concern);
    expect(byConcernReader(concern, reader, { mode: 'lower', reading: 0.25, whole: true })).toBe(concern);
  });

  it('never touches an urgent message, nor does the other mode’s work', () => {
    expect(byConcernReader(urgent, reader, { mode: 'lower', reading: 0, whole: true })).toBe(urgent);
    expect(byConcernReader(urgent, reader, { mode: 'raise', reading: 1, whole: true })).toBe(urgent);
    expect(byConcernReader(none, reader, { mode: 'lower', reading: 0, whole: true })).toBe(none);
    expect(byConcernReader(concern, reader, { mode: 'raise', reading: 1, whole: true })).toBe(concern);
  });
});

describe('concernModeFor', () => {
  const worrying = 'i keep hearing whispering from the walls and it wont stop';
  const plain = 'can we meet at the library in Taunton on thursday';

  it('asks to raise a message at none only when a window could reach the threshold', () => {
    expect(windowFlag(worrying)).toBeGreaterThanOrEqual(0.6);
    expect(concernModeFor(none, CONCERN_WEIGHTS, worrying, false)).toBe('raise');
    expect(windowFlag(plain)).toBeLessThan(0.6);
    expect(concernModeFor(none, CONCERN_WEIGHTS, plain, false)).toBeUndefined();
  });

  it('asks to let a concern go only when the word model leaves room below the lower threshold', () => {
    const calm = 'sectioned back in 2009, long time ago, these days i volunteer at the charity shop';
    expect(concernModeFor(concern, CONCERN_WEIGHTS, calm, false)).toBe('lower');
    const raw = "can't cope, everything is pointless and i'm so tired of all of it";
    // At the shipped line (0.5, half the reading the encoder's) nearly every concern leaves room; at a lower line a
    // window the word model finds worrying enough reads above it whatever the encoder says, and is not asked.
    const strict = { ...CONCERN_WEIGHTS, lower: 0.25 };
    expect(0.5 * windowFlag(raw)).toBeGreaterThanOrEqual(strict.lower);
    expect(concernModeFor(concern, strict, raw, false)).toBeUndefined();
    expect(concernModeFor(concern, CONCERN_WEIGHTS, raw, false)).toBe('lower');
  });

  it('never lets go a worry whose rule needs the worry itself, nor food refused or urges', () => {
    const text = 'cant pay the gas so been skipping tea to feed the kids';
    for (const reason of ['money-or-home', 'drink-or-drugs', 'medicine-left-off', 'not-eating', 'self-harm-urge']) {
      expect(concernModeFor({ level: 'concern', reasons: [reason] }, CONCERN_WEIGHTS, text, false)).toBeUndefined();
    }
    expect(concernModeFor({ level: 'concern', reasons: ['distress'] }, CONCERN_WEIGHTS, text, false)).toBe('lower');
  });

  it('is never asked beside an idiom, for urgent, for a reading of the conversation or in the asking band', () => {
    expect(concernModeFor(none, CONCERN_WEIGHTS, worrying, true)).toBeUndefined();
    expect(concernModeFor(urgent, CONCERN_WEIGHTS, worrying, false)).toBeUndefined();
    const fromContext: SafetyResult = { level: 'concern', reasons: ['context-distress-lingering'] };
    expect(concernModeFor(fromContext, CONCERN_WEIGHTS, 'ok see you thursday then', false)).toBeUndefined();
    expect(concernModeFor({ ...concern, ask: true }, CONCERN_WEIGHTS, 'ok see you thursday', false)).toBeUndefined();
  });
});

describe('CONCERN_WEIGHTS', () => {
  it('has one weight per embedding dimension and its thresholds in order', () => {
    expect(CONCERN_WEIGHTS.weights).toHaveLength(512);
    expect(CONCERN_WEIGHTS.lower).toBeLessThan(CONCERN_WEIGHTS.raise);
    expect(CONCERN_WEIGHTS.mix).toBeGreaterThan(0);
    expect(CONCERN_WEIGHTS.mix).toBeLessThan(1);
  });
});
