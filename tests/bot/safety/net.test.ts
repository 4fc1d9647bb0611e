// The safety net's bounded wait, with a stand-in for the sentence model: short answers and messages no answer of the
// model could raise never wait for it, a late answer is marked for the background re-score, its verdict can only
// raise the level, a turn that could not be answered in time is not queued and an answer is never computed twice,
// and a crashed worker is replaced without a turn ever seeing an error.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../bot/logger.js';
import { SafetyNet } from '../../../bot/safety/net.js';
import { startSemanticLayer, type SemanticLayer, type SemanticVerdict } from '../../../bot/safety/semantic.js';
import type { ConcernMode } from '../../../flows/safety/model/concern-layer.js';

function layer(
  answer: SemanticVerdict | 'late',
  asked: string[],
  modes: (ConcernMode | undefined)[] = [],
): SemanticLayer {
  return {
    score: (text, _wait, _earlier, concern) => {
      asked.push(text);
      modes.push(concern);
      return Promise.resolve(answer);
    },
    verdict: (text, _earlier, concern) => {
      asked.push(text);
      modes.push(concern);
      return Promise.resolve(answer === 'late' ? undefined : answer);
    },
    ready: () => Promise.resolve(true),
    close: () => Promise.resolve(),
  };
}

/** The word model alone leaves this at concern; it is high enough that the sentence model could raise it. */
const worrying = "I can't cope with any of this tonight";

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

  it.each([
    'I went for a walk along the canal today',
    'I have been a bit low this week',
    'can I change the time of my mentor session to thursday',
    "my phone's about to die, will text you later",
  ])('does not ask the model about "%s": no answer of its could raise it', async (text) => {
    const asked: string[] = [];
    const net = new SafetyNet(layer(urgent, asked), 60);
    expect(await net.assess(text)).toMatchObject({ level: 'none', late: false });
    expect(await net.assessFully(text)).toMatchObject({ level: 'none' });
    expect(asked).toEqual([]);
  });

  it('marks a message late when the model has not answered in time, keeping the other layers’ level', async () => {
    const net = new SafetyNet(layer('late', []), 60);
    expect(await net.assess(worrying)).toMatchObject({ level: 'concern', late: true });
    expect(await net.assessFully(worrying)).toBeUndefined();
  });

  it('lets the model raise a sentence to urgent, with its reason first', async () => {
    const net = new SafetyNet(layer(urgent, []), 60);
    const result = await net.assess(worrying);
    expect(result.level).toBe('urgent');
    expect(result.reasons[0]).toBe('semantic-urgent');
    expect(result.late).toBe(false);
  });

  it('asks the concern reader to raise plain distress at none, and joins its answer', async () => {
    const text = 'the songs on the radio are all about me again';
    const modes: (ConcernMode | undefined)[] = [];
    const quiet: SemanticVerdict = { level: 'none', p: 0, semantic: 0, word: 0, windows: 1, vetoed: false };
    const reading = { ...quiet, concern: { mode: 'raise' as const, reading: 0.9, whole: true } };
    expect(await new SafetyNet(layer(reading, [], modes), 60).assess(text)).toEqual({
      level: 'concern',
      reasons: ['semantic-concern'],
      ask: false,
      late: false,
    });
    expect(modes).toEqual(['raise']);
    // Below its threshold the message stays as the other layers left it.
    const low = { ...quiet, concern: { mode: 'raise' as const, reading: 0.5, whole: true } };
    expect(await new SafetyNet(layer(low, []), 60).assess(text)).toMatchObject({ level: 'none', reasons: [] });
  });

  it('lets a concern go on a low reading, and a late reader changes nothing and needs no re-score', async () => {
    const text = 'sectioned back in 2009, long time ago, these days i volunteer at the charity shop';
    const quiet: SemanticVerdict = { level: 'none', p: 0, semantic: 0, word: 0, windows: 1, vetoed: false };
    const modes: (ConcernMode | undefined)[] = [];
    const low = { ...quiet, concern: { mode: 'lower' as const, reading: 0.1, whole: true } };
    expect(await new SafetyNet(layer(low, [], modes), 60).assess(text)).toMatchObject({ level: 'none', reasons: [] });
    expect(modes).toEqual(['lower']);
    // Only an urgent verdict is worth reading again in the background: this message could not be raised to one.
    expect(await new SafetyNet(layer('late', []), 60).assess(text)).toMatchObject({ level: 'concern', late: false });
  });

  it('lets the model only ask about a plain goodbye after an ordinary chat, and raise it after distress', async () => {
    const net = new SafetyNet(layer(urgent, []), 60);
    const afterChat = ['morning, its Jo', 'the course was good'];
    expect(await net.assess('right, thats me signing off, bye then x', afterChat)).toMatchObject({
      level: 'concern',
      ask: true,
      reasons: ['context-goodbye-without-distress', 'semantic-urgent'],
    });
    expect(await net.assessFully('right, thats me signing off, bye then x', afterChat)).toMatchObject({ ask: true });
    const afterDistress = ['morning, its Jo', 'nothing is getting better'];
    expect(await net.assess('right, thats me signing off, bye then x', afterDistress)).toMatchObject({
      level: 'urgent',
    });
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
      const text = worrying;
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

describe("the semantic layer's queue", () => {
  it('does not queue a turn it could not answer in time, and never computes one answer twice', async () => {
    // A stand-in worker that says in `windows` how many messages it has been given so far.
    const newWorker = () =>
      new Worker(
        `const { parentPort } = require('node:worker_threads');
         let seen = 0;
         parentPort.postMessage({ type: 'ready', loadMs: 0 });
         parentPort.on('message', (m) => {
           seen += 1;
           parentPort.postMessage({ type: 'score', id: m.id, semantic: 0.99, word: 0.99, windows: seen, ms: 1 });
         });`,
        { eval: true },
      );
    const layer = startSemanticLayer(createLogger('silent'), { newWorker });
    try {
      expect(await layer.ready()).toBe(true);
      // No wait at all: the turn goes on at once and the worker is not given the message.
      expect(await layer.score(worrying, 0)).toBe('late');
      // The re-score asks for it: the first message the worker sees.
      expect(await layer.verdict(worrying)).toMatchObject({ level: 'urgent', windows: 1 });
      // Asked again (a retried re-score, the same text in another turn): the answer is not computed again.
      expect(await layer.verdict(worrying)).toMatchObject({ windows: 1 });
      expect(await layer.score(worrying, 0)).toMatchObject({ level: 'urgent', windows: 1 });
      // A turn with time to wait is answered in it.
      expect(await layer.score('it would be so easy to stop everything tonight', 30_000)).toMatchObject({
        windows: 2,
      });
    } finally {
      await layer.close();
    }
  });
});

describe('what the rules read as plainly everyday', () => {
  it.each([
    [
      'a past well behind',
      'i did try to end my life back in 2015 but im in a really good place now, been well for years',
    ],
    ['medicine logistics', 'doctor wants to switch me from citalopram to sertraline, slowly over 2 weeks'],
  ])('%s: the sentence model may not raise it', async (_kind, text) => {
    const net = new SafetyNet(layer(urgent, []), 60);
    expect(await net.assess(text)).toMatchObject({ level: 'none' });
    expect(await net.assessFully(text)).toMatchObject({ level: 'none' });
  });

  it('an everyday errand told across texts: the sentence model may not raise its last text', async () => {
    const net = new SafetyNet(layer(urgent, []), 60);
    const recent = ['saving £25 a week for benidorm', 'paid in my wages today'];
    expect(await net.assessFully('counted it up last night, think its enough', recent)).toMatchObject({
      level: 'none',
    });
  });

  it('the same words with nothing everyday before them are raised', async () => {
    const net = new SafetyNet(layer(urgent, []), 60);
    expect(await net.assessFully(worrying)).toMatchObject({ level: 'urgent' });
  });
});
