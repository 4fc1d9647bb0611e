// The safety net's bounded wait, with a stand-in for the sentence model: short answers never wait for it, a late
// answer is marked for the background re-score, and its verdict can only raise the level.
import { describe, expect, it } from 'vitest';
import { SafetyNet } from '../../../bot/safety/net.js';
import type { SemanticLayer, SemanticVerdict } from '../../../bot/safety/semantic.js';

function layer(answer: SemanticVerdict | 'late', asked: string[]): SemanticLayer {
  return {
    score: (text) => {
      asked.push(text);
      return Promise.resolve(answer);
    },
    verdict: (text) => {
      asked.push(text);
      return Promise.resolve(answer === 'late' ? undefined : answer);
    },
    ready: () => Promise.resolve(true),
    close: () => Promise.resolve(),
  };
}

const urgent: SemanticVerdict = { level: 'urgent', p: 0.99, semantic: 0.99, word: 0.99, windows: 1, vetoed: false };

describe('SafetyNet', () => {
  it.each(['yes', 'Frome', '30', 'hi there', 'skip x'])('answers "%s" without the sentence model', async (text) => {
    const asked: string[] = [];
    const net = new SafetyNet(layer(urgent, asked), 60);
    expect(await net.assess(text)).toMatchObject({ level: 'none', late: false });
    expect(asked).toEqual([]);
  });

  it('marks a message late when the model has not answered in time, keeping the other layers’ level', async () => {
    const net = new SafetyNet(layer('late', []), 60);
    expect(await net.assess('I have been a bit low this week')).toMatchObject({ late: true });
    expect(await net.assessFully('I have been a bit low this week')).toBeUndefined();
  });

  it('lets the model raise a sentence to urgent, with its reason first', async () => {
    const net = new SafetyNet(layer(urgent, []), 60);
    const result = await net.assess('I went for a walk along the canal today');
    expect(result.level).toBe('urgent');
    expect(result.reasons[0]).toBe('semantic-urgent');
    expect(result.late).toBe(false);
  });
});
