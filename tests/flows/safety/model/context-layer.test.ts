// The learned context layer's rules without the sentence model (context-layer.ts): what it reads (the last few
// earlier messages and the new one, never a first message alone), when it may speak at all (its gate, and never on
// urgent, idiom, past-only or everyday results), how its probability joins the other layers (urgent at the
// threshold, asking in the band below, only ever raising), and the generated weights' shape.
import { describe, expect, it } from 'vitest';
import { EVERYDAY_TOLD } from '../../../../flows/safety/classify.js';
import type { SafetyResult } from '../../../../flows/safety/rules/lexicon.js';
import {
  contextCanRaise,
  contextFeatures,
  contextProbability,
  contextSignals,
  contextWorthReading,
  CONTEXT_SIGNALS,
  conversationText,
  earlierRead,
  raiseByContext,
  type ContextWeights,
} from '../../../../flows/safety/model/context-layer.js';
import { CONTEXT_WEIGHTS } from '../../../../flows/safety/model/context-weights.js';

const layer: ContextWeights = {
  about: 'test',
  bias: 0,
  weights: [4, -4],
  threshold: 0.8,
  askThreshold: 0.6,
  earlier: 2,
  gate: 0.4,
};
type Result = SafetyResult & { ask: boolean };
const none: Result = { level: 'none', reasons: [], ask: false };
const concern: Result = { level: 'concern', reasons: ['passive-hopelessness'], ask: false };

describe('conversationText', () => {
  it('reads nothing for a first message: that is for the layers that read one message', () => {
    expect(conversationText(layer, [], 'hello')).toBeUndefined();
    expect(conversationText(layer, ['  ', ''], 'hello')).toBeUndefined();
  });

  it('reads the last few earlier messages and the new one, one per line, spaces tidied', () => {
    expect(conversationText(layer, ['one', 'two', 'three  four'], ' five ')).toBe('two\nthree four\nfive');
    expect(earlierRead(layer, ['one', '', 'two', 'three'])).toEqual(['two', 'three']);
  });

  it('reads nothing when the new message is empty', () => {
    expect(conversationText(layer, ['one'], '   ')).toBeUndefined();
  });
});

describe('contextWorthReading (the gate that spares the encoder)', () => {
  it('reads a conversation where one message carries enough signal, and spares an everyday one', () => {
    expect(contextWorthReading(layer, ["I can't cope with any of this any more"], 'the jar is nearly full')).toBe(true);
    expect(contextWorthReading(layer, ['yes that is fine', 'mid 40s'], 'Taunton')).toBe(false);
    expect(contextWorthReading(layer, [], "I can't cope with any of this any more")).toBe(false);
  });
});

describe('contextFeatures and contextProbability', () => {
  it('puts the conversation, the new message and the highest of the earlier ones side by side', () => {
    expect(
      contextFeatures(
        [1, 2],
        [3, 4],
        [
          [5, -1],
          [0, 7],
        ],
      ),
    ).toEqual([1, 2, 3, 4, 5, 7]);
    expect(contextFeatures([1], [2], [[3]], [0.5, 1])).toEqual([1, 2, 3, 0.5, 1]);
  });

  it('is a logistic regression over them', () => {
    expect(contextProbability(layer, [0, 0])).toBeCloseTo(0.5);
    expect(contextProbability(layer, [1, 0])).toBeGreaterThan(0.98);
    expect(contextProbability(layer, [0, 1])).toBeLessThan(0.02);
  });
});

describe('contextSignals (what the other layers made of each message)', () => {
  const semantic = { bias: 0, weights: [4] };
  const calm = { text: 'we went to the garden centre in Chard, lovely day', embedding: [-1] };
  const low = { text: "I can't see the point in anything any more", embedding: [1] };
  const plan = { text: 'I want to kill myself tonight', embedding: [1] };

  it("gives the earlier messages' highest readings, then the new message's own", () => {
    const signals = contextSignals(semantic, [calm, low], calm);
    expect(signals).toHaveLength(CONTEXT_SIGNALS);
    const [wordUrgent = 0, wordConcern = 0, sentence = 0, level = 0, ...now] = signals;
    expect(wordConcern).toBeGreaterThan(wordUrgent);
    expect(sentence).toBeCloseTo(1 / (1 + Math.exp(-4)));
    expect(level).toBeGreaterThanOrEqual(0.5);
    expect(now[2]).toBeCloseTo(1 / (1 + Math.exp(4)));
    expect(now[3]).toBe(0);
  });

  it('reads an urgent message as urgent, and nothing earlier as nothing', () => {
    const signals = contextSignals(semantic, [], plan);
    expect(signals.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(signals[7]).toBe(1);
    expect(signals[4]).toBeGreaterThan(0.5);
  });
});

describe('contextCanRaise', () => {
  it('never speaks on an urgent result, beside an idiom, a past-only disclosure or what the rules read as everyday', () => {
    const past: SafetyResult = { level: 'concern', reasons: ['past-attempt'] };
    expect(contextCanRaise(none, false)).toBe(true);
    expect(contextCanRaise(concern, false)).toBe(true);
    expect(contextCanRaise({ level: 'urgent', reasons: ['intent'] }, false)).toBe(false);
    expect(contextCanRaise(none, true)).toBe(false);
    expect(contextCanRaise(past, false)).toBe(false);
    expect(contextCanRaise({ level: 'none', reasons: [EVERYDAY_TOLD] }, false)).toBe(false);
  });
});

describe('raiseByContext', () => {
  it('raises to urgent at the threshold, with its reason first', () => {
    expect(raiseByContext(concern, layer, 0.85)).toEqual({
      level: 'urgent',
      reasons: ['context-learned', 'passive-hopelessness'],
      ask: false,
    });
  });

  it('asks in the band below the threshold where nothing else was flagged', () => {
    expect(raiseByContext(none, layer, 0.7)).toEqual({ level: 'concern', reasons: ['context-learned-ask'], ask: true });
  });

  it('leaves a flagged message as it is in the band, and anything below the band', () => {
    expect(raiseByContext(concern, layer, 0.7)).toBe(concern);
    expect(raiseByContext(none, layer, 0.5)).toBe(none);
  });
});

describe('the generated weights', () => {
  it('have three embeddings and the signals of weights, an asking band below the urgent threshold, and a window of a few messages', () => {
    expect(CONTEXT_WEIGHTS.weights).toHaveLength(3 * 512 + CONTEXT_SIGNALS);
    expect(CONTEXT_WEIGHTS.askThreshold).toBeLessThanOrEqual(CONTEXT_WEIGHTS.threshold);
    expect(CONTEXT_WEIGHTS.threshold).toBeGreaterThanOrEqual(0.5);
    expect(CONTEXT_WEIGHTS.earlier).toBeGreaterThan(0);
    expect(CONTEXT_WEIGHTS.gate).toBeGreaterThanOrEqual(0);
  });
});
