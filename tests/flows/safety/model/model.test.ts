// The learned layer: weights load with the expected shape, scores are deterministic and explained, idioms and
// denials never trip it, long ordinary text does not either, and classify() adds its reasons only when it raises.
import { describe, expect, it } from 'vitest';
import { classify, classifyLexicon } from '../../../../flows/safety/classify.js';
import { canonicalOf } from '../../../../flows/safety/rules/lexicon.js';
import { MODEL_WEIGHTS, modelLevel, score, scoreCanonical } from '../../../../flows/safety/model/model.js';
import { tokens, windowFeatures, windows } from '../../../../flows/safety/model/features.js';

describe('model weights', () => {
  const w = MODEL_WEIGHTS;

  it('load with the expected shape', () => {
    expect(w.names.length).toBeGreaterThan(500);
    // About 13,000 since the 2026-12-06 retrain on 8,017 lines at lambda 0.00001 (7,300 before, on 4,500).
    expect(w.names.length).toBeLessThan(20_000);
    expect(w.urgent).toHaveLength(w.names.length);
    expect(w.concern).toHaveLength(w.names.length);
    expect(new Set(w.names).size).toBe(w.names.length);
    for (const x of [...w.urgent, ...w.concern, w.bias.urgent, w.bias.concern]) expect(Number.isFinite(x)).toBe(true);
    expect(w.window).toBeGreaterThan(w.stride);
    expect(w.stride).toBeGreaterThan(0);
    expect(w.lengthPenalty).toBeGreaterThanOrEqual(0);
  });

  it('have thresholds chosen in training, at or above one half', () => {
    for (const t of [w.thresholds.urgent, w.thresholds.concern]) {
      expect(t).toBeGreaterThanOrEqual(0.5);
      expect(t).toBeLessThanOrEqual(1);
    }
    expect(w.about).toMatch(/train\.ts/);
  });
});

describe('features', () => {
  it('are unigrams, bigrams, negation-marked words and word classes', () => {
    const f = windowFeatures(tokens(canonicalOf("I don't want to wake up tomorrow")));
    // Canonical text squeezes repeated letters: "tomorrow" is "tomorow". The negation reaches three words.
    expect(f).toEqual(expect.arrayContaining(['NOT_want', 'NOT_to', 'NOT_wake', 'wake_up', 'up', 'tomorow', '@time']));
    expect(f).not.toContain('NOT_up');
  });

  it('do not cross a sentence break', () => {
    const f = windowFeatures(tokens(canonicalOf('no. tablets')));
    expect(f).not.toContain('no_tablets');
    expect(f).toContain('tablets');
  });

  it('read a long message in overlapping windows', () => {
    expect(windows(10, 32, 16)).toEqual([[0, 10]]);
    expect(windows(40, 32, 16)).toEqual([
      [0, 32],
      [16, 40],
    ]);
  });
});

describe('score', () => {
  it('is deterministic and a probability', () => {
    const text = 'I have enough tablets saved now and the house is empty on friday';
    const a = score(text);
    expect(score(text)).toEqual(a);
    expect(scoreCanonical(canonicalOf(text))).toEqual(a);
    for (const p of [a.urgent, a.concern]) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });

  it('explains a score with the features that pushed it up', () => {
    const s = score('I have enough tablets saved now and the house is empty on friday');
    expect(s.urgent).toBeGreaterThanOrEqual(MODEL_WEIGHTS.thresholds.urgent);
    expect(s.top.length).toBeGreaterThan(0);
    expect(s.top.length).toBeLessThanOrEqual(3);
    for (const f of s.top) {
      const i = MODEL_WEIGHTS.names.indexOf(f);
      expect(i).toBeGreaterThanOrEqual(0);
      expect(MODEL_WEIGHTS.urgent[i]).toBeGreaterThan(0);
    }
    expect(s.top).toContain('@means');
  });

  it('gives nothing to empty text', () => {
    expect(score('').top).toEqual([]);
    expect(modelLevel(canonicalOf('')).level).toBe('none');
  });
});

// Idioms are removed before the model reads the text, and denials carry NOT_ features: on its own it flags none.
const HARD_NEGATIVES = [
  'this traffic is killing me',
  'dying to meet my mentor',
  "I'm not suicidal, just lonely",
  'my phone died',
  'I killed it at the quiz',
  'kill the lights',
  'I would never hurt myself',
  "I'll die if I have to do a presentation",
  'I want to disappear into a good book',
  'I could murder a cup of tea',
  'my feet are killing me',
  'the suspense is killing me',
  'I nearly died laughing at the panto',
  'that film was to die for',
  "I'm dead on my feet",
  "I'm dying for a cuppa",
  'I will do it tonight, the form I mean',
  'this heat is killing me, roll on autumn',
  'my plants all died while I was away',
  'I have never self harmed, I just get down sometimes',
];

describe('the model alone', () => {
  it.each(HARD_NEGATIVES)('does not flag %s', (text) => {
    expect(modelLevel(canonicalOf(text))).toEqual({ level: 'none', reasons: [] });
    expect(classify(text)).toEqual({ level: 'none', reasons: [] });
  });

  it('does not flag a long ordinary intake answer', () => {
    const filler =
      'I would like to get out more, maybe a walking group, and I prefer to meet in Taunton on a Tuesday. My mum ' +
      'is poorly and I look after her most days but I have some time in the evenings. ';
    expect(modelLevel(canonicalOf(filler.repeat(8))).level).toBe('none');
  });
});

describe('classify with the model', () => {
  it('raises a message the lexicon misses, with model reasons', () => {
    const text = 'I have enough tablets saved now and the house is empty on friday';
    expect(classifyLexicon(text).level).toBe('none');
    const result = classify(text);
    expect(result.level).toBe('urgent');
    expect(result.reasons[0]).toBe('model-urgent');
    const top = score(text).top.map((f) => `model:${f}`);
    expect(result.reasons.slice(1, 1 + top.length)).toEqual(top);
  });

  it('keeps the lexicon result, reasons and all, when the model does not raise it', () => {
    expect(classify('kms')).toEqual({ level: 'urgent', reasons: ['suicidal-intent'] });
    expect(classify('I have stopped taking my meds')).toEqual(classifyLexicon('I have stopped taking my meds'));
    expect(classify('can we meet on Tuesday?')).toEqual({ level: 'none', reasons: [] });
  });
});
