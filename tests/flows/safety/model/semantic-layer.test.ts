// The semantic layer's rules without the sentence model (semantic-layer.ts): the best window wins, it only raises a
// message to urgent, idioms and past-only disclosures veto it, the gate that spares the encoder never skips a message
// or window that could reach the threshold, and the generated weights have the right shape.
import { describe, expect, it } from 'vitest';
import type { SafetyResult } from '../../../../flows/safety/rules/lexicon.js';
import type { SemanticWeights } from '../../../../flows/safety/model/semantic-layer.js';
import {
  idiomFired,
  raiseBySemantic,
  semanticCanRaise,
  semanticProbability,
  semanticScore,
  windowsWorthEncoding,
  windowWord,
} from '../../../../flows/safety/model/semantic-layer.js';
import { sentencePairs } from '../../../../flows/safety/model/sentences.js';
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

describe('windowsWorthEncoding', () => {
  it('keeps only the windows that could reach the threshold at probability 1, the length penalty included', () => {
    // Ceilings with 3 windows: (1 + word) / 2 - 0.1 ln 3, so 0.44, 0.64, 0.84 against 0.7.
    expect(windowsWorthEncoding(layer('average'), [0.1, 0.5, 0.9])).toEqual([2]);
    expect(windowsWorthEncoding(layer('average'), [0.3])).toEqual([]);
    expect(windowsWorthEncoding(layer('average'), [0.5])).toEqual([0]);
    expect(windowsWorthEncoding(layer('average'), [0.4, 0.41])).toEqual([]);
    // The layer's own probability alone can always reach it in one window.
    expect(windowsWorthEncoding(layer('semantic'), [0])).toEqual([0]);
  });
});

describe('semanticCanRaise (with the generated weights)', () => {
  const W = SEMANTIC_WEIGHTS;
  const chatter = 'I moved to Bridgwater last spring and work at the garden centre three days a week. ';
  const ordinary = [
    'I went for a walk along the canal today',
    'can I change the time of my mentor session to thursday',
    'I have been feeling low since I lost my job in the spring and I hardly go out any more. My GP suggested this.',
    `${chatter.repeat(3)}Tuesdays suit me best.`,
  ];
  const worrying = [
    "I'm so done, the razor is right here",
    'it would be so easy to stop everything tonight',
    `${chatter.repeat(3)}I'm so done. the drawer with the blades is open`,
  ];

  it.each(ordinary)('is false, and rightly, for an ordinary message: %s', (text) => {
    expect(semanticCanRaise(none, W, text)).toBe(false);
    // Exact: even the encoder's highest possible answer, for the whole message or any pair, would not raise it.
    const pairs = sentencePairs(text);
    for (const [window, windows] of [[text, 1] as const, ...pairs.map((p) => [p, pairs.length] as const)]) {
      expect(raiseBySemantic(none, W, { semantic: 1, word: windowWord(window), windows }, false)).toBe(none);
    }
  });

  it.each(worrying)('is true for a message the model might raise: %s', (text) => {
    expect(semanticCanRaise(none, W, text)).toBe(true);
  });

  it('is false when urgent already, beside an idiom or beside a past-only disclosure', () => {
    const text = worrying[0] ?? '';
    expect(semanticCanRaise({ level: 'urgent', reasons: ['method'] }, W, text)).toBe(false);
    expect(semanticCanRaise({ level: 'concern', reasons: ['past-attempt'] }, W, text)).toBe(false);
    expect(semanticCanRaise(none, W, "I'm dying to meet my mentor, the razor is right here")).toBe(false);
  });
});

describe('idiomFired', () => {
  it.each([
    ["I'm dying to meet my mentor", true],
    ["my phone's about to die, text you later", true],
    ['I want to meet my mentor', false],
    ['I hang the washing out every morning', false],
    // An idiom, but what is left worries the word model by itself: the sentence and context layers still read it.
    [
      "found 3 dead lambs this morning. keep thinking i'd like to just lie down in the field with them and not get up",
      false,
    ],
    ['found 3 dead lambs this morning, been a rough lambing season', true],
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
