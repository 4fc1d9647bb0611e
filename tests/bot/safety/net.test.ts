// The safety net's bounded wait, with a stand-in for the sentence model: short answers never wait for it, a late
// answer is marked for the background re-score, its verdict can only raise the level, and a crashed worker is
// replaced without a turn ever seeing an error.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../bot/logger.js';
import { SafetyNet } from '../../../bot/safety/net.js';
import { startSemanticLayer, type SemanticLayer, type SemanticVerdict } from '../../../bot/safety/semantic.js';

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
  it.each(['yes', 'Frome', '30', 'hi there', 'skip x', 'got enough now'])(
    'answers "%s" without the sentence model',
    async (text) => {
      const asked: string[] = [];
      const net = new SafetyNet(layer(urgent, asked), 60);
      expect(await net.assess(text)).toMatchObject({ level: 'none', late: false });
      expect(asked).toEqual([]);
    },
  );

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

  it('lets the model only ask about a plain goodbye after an ordinary chat, and raise it after distress', async () => {
    const net = new SafetyNet(layer(urgent, []), 60);
    const afterChat = ['morning, its Jo', 'the course was good'];
    expect(await net.assess('anyway thats me, bye then', afterChat)).toMatchObject({
      level: 'concern',
      ask: true,
      reasons: ['context-goodbye-without-distress', 'semantic-urgent'],
    });
    expect(await net.assessFully('anyway thats me, bye then', afterChat)).toMatchObject({ ask: true });
    const afterDistress = ['morning, its Jo', 'nothing is getting better'];
    expect(await net.assess('anyway thats me, bye then', afterDistress)).toMatchObject({ level: 'urgent' });
  });
});

describe('the semantic layer when its worker crashes', () => {
  it('answers "unavailable" instead of throwing, and a fresh worker takes over', async () => {
    let spawns = 0;
    // A stand-in worker: ready at once; the first one dies on its first message, the next answers "urgent".
    const newWorker = () => {
      spawns += 1;
      const dies = spawns === 1;
      return new Worker(
        `const { parentPort } = require('node:worker_threads');
         parentPort.postMessage({ type: 'ready', loadMs: 0 });
         parentPort.on('message', (m) => {
           if (${String(dies)}) process.exit(3);
           parentPort.postMessage({ type: 'score', id: m.id, semantic: 0.99, word: 0.99, windows: 1 });
         });`,
        { eval: true },
      );
    };
    const layer = startSemanticLayer(createLogger('silent'), { newWorker });
    try {
      expect(await layer.ready()).toBe(true);
      const text = 'I went for a walk along the canal today';
      expect(await layer.verdict(text)).toBeUndefined();
      expect(await new SafetyNet(layer, 0).assess(text)).toMatchObject({ late: true });
      let verdict: SemanticVerdict | undefined;
      for (let i = 0; i < 100 && verdict === undefined; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        verdict = await layer.verdict(text);
      }
      expect(verdict?.level).toBe('urgent');
      expect(spawns).toBe(2);
    } finally {
      await layer.close();
    }
  });
});
