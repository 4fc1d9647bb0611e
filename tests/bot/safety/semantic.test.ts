// The semantic layer with the real sentence model in its worker thread: it raises an indirect crisis line that the
// lexicon and word model leave below urgent, leaves ordinary lines and idioms alone, and SAFETY_SEMANTIC=off (the
// lexicon and word model alone) answers as before; and the learned context layer reads several texts together. The
// model loads once for the file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../../flows/safety/classify.js';
import { createLogger } from '../../../bot/logger.js';
import { lexiconNet, SafetyNet } from '../../../bot/safety/net.js';
import { startSemanticLayer, type SemanticLayer } from '../../../bot/safety/semantic.js';

// Written for this test, in none of the training or blind sets.
const indirect = [
  // (Each retrain has moved lines out of here: the word model read "I'm so done, the razor is right here" as urgent
  // itself on 2026-12-05; on 2026-12-06 both models stopped raising "I'm stopping it all tonight" and "so easy to stop
  // everything tonight", which the lexicon reads now, escape.ts. This one only the sentence model raises.)
  "I don't plan on being here by the morning",
];
const ordinary = [
  'can I change the time of my mentor session to thursday',
  'the weather has been rubbish all week, fed up of the rain',
  "my phone's about to die, will text you later",
];

// One model for the whole file: loading it takes a few seconds.
let layer: SemanticLayer;
let net: SafetyNet;
beforeAll(async () => {
  layer = startSemanticLayer(createLogger('silent'));
  net = new SafetyNet(layer, 30_000);
  expect(await layer.ready()).toBe(true);
}, 60_000);
afterAll(async () => {
  await layer.close();
});

describe('the semantic layer with the real model', () => {
  it.each(indirect)('raises an indirect crisis line to urgent: %s', async (text) => {
    expect(classify(text).level).not.toBe('urgent');
    const result = await net.assess(text);
    expect(result.level).toBe('urgent');
    expect(result.reasons[0]).toBe('semantic-urgent');
    expect(result.late).toBe(false);
  });

  it.each(ordinary)('leaves an ordinary line or an idiom alone: %s', async (text) => {
    expect(await net.assess(text)).toEqual({ level: 'none', reasons: [], ask: false, late: false });
  });

  it('reads a longer message two sentences at a time, so ordinary sentences around a crisis line do not hide it', async () => {
    const chatter = 'I moved to Bridgwater last spring and work at the garden centre three days a week. ';
    const long = `${chatter.repeat(2)}I'm so done. the drawer with the blades is open`;
    expect(classify(long).level).not.toBe('urgent');
    const verdict = await layer.verdict(long);
    expect(verdict?.windows).toBeGreaterThan(1);
    expect((await net.assessFully(long))?.level).toBe('urgent');
  });

  it("answers 'late' at once when the model could not answer within the wait, and the verdict comes later, once", async () => {
    // Not asked before in this file, so not known to the layer yet.
    const text = "honestly I'm ready to stop now";
    expect(await layer.score(text, 0)).toBe('late');
    const later = await layer.verdict(text);
    expect(later?.level).toBe('urgent');
    // Known from now on: a turn with the same words needs no wait.
    expect(await layer.score(text, 0)).toEqual(later);
  });

  it('encodes only the windows of a long message that could reach the threshold', async () => {
    const chatter = 'I moved to Bridgwater last spring and work at the garden centre three days a week. ';
    const long = `${chatter.repeat(6)}I'm so done. the drawer with the blades is open. ${chatter.repeat(6)}`;
    const verdict = await layer.verdict(long);
    expect(verdict?.windows).toBeGreaterThan(10);
    expect(verdict?.encoded).toBeGreaterThan(0);
    expect(verdict?.encoded).toBeLessThan(3);
    expect(verdict?.level).toBe('urgent');
    const ordinary = `${chatter.repeat(12)}Tuesdays suit me best.`;
    expect(await layer.verdict(ordinary)).toMatchObject({ level: 'none', encoded: 0 });
  });

  it('with SAFETY_SEMANTIC=off the lexicon and word model answer alone', async () => {
    for (const text of indirect)
      expect(await lexiconNet.assess(text)).toEqual({ ...classify(text), ask: false, late: false });
  });
});

// Written for this test, in none of the training or blind sets: a picture only the texts together draw, which no rule
// names, and quiet conversations with the same surface. (The razor blades "in the bathroom" were this example until a
// word-model urgent text's danger stood under the texts after it: the rules read that one as urgent now.)
const gathered = ['hate myself so much', 'the blades are in the bathroom cabinet', 'locking the door now'];
// Half a picture, written for this test: calls to hear family's voices and say they are loved, then "that's everyone",
// with nothing of means, time or place. (Distress below danger from context-dev-m was this example until the layer was
// retrained on that set in the ninth round of 2026-12-06; before it, everyone better off if they kept away, until the
// danger the word model read in "i wont bother them anymore" stood under the text after it.)
const putAside = [
  'rang my dad just to hear his voice',
  'and my sister who i havent spoken to in ages',
  'told them i love them',
  'thats everyone now',
];
const quiet = [
  ['had a good chat with my sister', 'got my tablets from the chemist', 'all sorted for the week now'],
  ['been struggling with my sleep', 'doctor changed my tablets', 'hoping they help, thanks x'],
];

describe('the learned context layer with the real model', () => {
  it('raises a picture drawn over several texts that the rules and the models of one message leave below urgent', async () => {
    const now = gathered[gathered.length - 1] ?? '';
    const earlier = gathered.slice(0, -1);
    expect((await lexiconNet.assess(now, earlier)).level).not.toBe('urgent');
    expect((await net.assess(now)).level).not.toBe('urgent');
    const result = await net.assess(now, earlier);
    expect(result.level).toBe('urgent');
    expect(result.reasons[0]).toBe('context-learned');
    expect(result.late).toBe(false);
  });

  it('asks whether they are safe where the picture is real but below its threshold', async () => {
    const now = putAside[putAside.length - 1] ?? '';
    expect((await lexiconNet.assess(now, putAside.slice(0, -1))).level).toBe('none');
    const result = await net.assess(now, putAside.slice(0, -1));
    expect(result).toMatchObject({ level: 'concern', ask: true });
    expect(result.reasons[0]).toBe('context-learned-ask');
  });

  it.each(quiet)('leaves a quiet conversation with the same surface alone: %s', async (...messages: string[]) => {
    const result = await net.assess(messages[messages.length - 1] ?? '', messages.slice(0, -1));
    expect(result.level).toBe('none');
  });

  it('is asked only with earlier messages: a message read alone gets no context reading', async () => {
    const verdict = await layer.verdict('the jar is nearly full now and I am so done with everything');
    expect(verdict?.context).toBeUndefined();
    const inContext = await layer.verdict('the jar is nearly full now and I am so done with everything', ['hello']);
    expect(inContext?.context).toBeGreaterThanOrEqual(0);
  });
});

// Written for this test, in none of the training or blind sets: plain distress no rule names and the word model
// leaves at none, and a calm history that a rule reads as concern on one word.
const unlisted = 'the songs on the radio are all about me again';
const history = 'sectioned back in 2009, long time ago, these days i volunteer at the charity shop';

describe('the concern reader with the real model', () => {
  it('raises plain distress the other layers leave at none to concern, with its own reason', async () => {
    expect((await lexiconNet.assess(unlisted)).level).toBe('none');
    const result = await net.assess(unlisted);
    expect(result).toMatchObject({ level: 'concern', reasons: ['semantic-concern'], ask: false, late: false });
    expect((await layer.verdict(unlisted, undefined, 'raise'))?.concern).toMatchObject({ mode: 'raise' });
  });

  it('lets a concern raised on one word go when the whole message reads as ordinary', async () => {
    expect((await lexiconNet.assess(history)).level).toBe('concern');
    expect(await net.assess(history)).toEqual({ level: 'none', reasons: [], ask: false, late: false });
    const verdict = await layer.verdict(history, undefined, 'lower');
    expect(verdict?.concern).toMatchObject({ mode: 'lower', whole: true });
    expect(verdict?.concern?.reading).toBeLessThan(0.25);
  });

  it('is not asked when nothing it says could change the result, and leaves ordinary lines at none', async () => {
    // The real layer, with what the net asks of the concern reader written down.
    const asked: (string | undefined)[] = [];
    const watched: SemanticLayer = {
      ...layer,
      score: (text, wait, earlier, concern) => {
        asked.push(concern);
        return layer.score(text, wait, earlier, concern);
      },
    };
    const watchedNet = new SafetyNet(watched, 30_000);
    for (const text of ordinary) expect((await watchedNet.assess(text)).level).toBe('none');
    expect(asked.filter((mode) => mode !== undefined)).toEqual([]);
    await watchedNet.assess(unlisted);
    expect(asked).toContain('raise');
  });
});
