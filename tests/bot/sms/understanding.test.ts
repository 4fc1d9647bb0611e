// People as they write, over signed SMS on both databases: commands said inside a sentence work in every state where
// they make sense, answers that carry a command's words stay answers, a person misunderstood twice never gets the
// same reply twice, and second thoughts carry on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { startTestApp, type TestApp } from '../../support/app.js';
import { text } from '../../support/sms.js';

type Line = [says: string, expected: RegExp | RegExp[]];

/** How to get a new person to each state, as the lines they send. */
const TO: Record<string, Line[]> = {
  consent: [['hi', /YES or NO/]],
  age: [
    ['hi', /YES or NO/],
    ['yeah go on', /18 or over/],
  ],
  area: [
    ['hi', /YES or NO/],
    ['yes', /18 or over/],
    ['forty one', /live in Somerset/],
  ],
  outside: [
    ['hi', /YES or NO/],
    ['yes', /18 or over/],
    ['yes', /live in Somerset/],
    ['no I live in Bristol', /TEAM/],
  ],
  question: [
    ['hi', /YES or NO/],
    ['yes', /18 or over/],
    ['yes', /live in Somerset/],
    ['nr Bridgwater', /call you/],
  ],
  review: [
    ['hi', /YES or NO/],
    ['ok fab', /18 or over/],
    ['in my 50s', /live in Somerset/],
    ['TA6', /call you/],
    ['Jo', /going on/],
    ['I would rather leave that', /help with/],
    ['pass', /work towards/],
    ['next question', /meet/],
    ['by phone', /times/],
    ['skip', /easier/],
    ['skip', /in a mentor/],
    ['skip', /own words/],
    ['no', /SEND/],
  ],
  paused: [
    ['hi', /YES or NO/],
    ['yes', /18 or over/],
    ['yes', /live in Somerset/],
    ['Frome', /call you/],
    ['got to do the school run', /saved/],
    ['no thanks', /no reminders/i],
  ],
  waiting: [
    ['hi', /YES or NO/],
    ['yes', /18 or over/],
    ['can i talk to a person please', /team/i],
  ],
};

/** [state, what they send, what we answer, the state after]. */
const COMMANDS: [string, string, RegExp, string][] = [
  ['consent', 'can i talk to a person please', /asked our team to get in touch/, 'waiting'],
  ['consent', 'please delete my data', /delete everything/, 'confirm-erase'],
  ['consent', 'could we do this another day', /saved where you got to/, 'paused'],
  ['age', 'can i talk to a person please', /asked our team to get in touch/, 'waiting'],
  ['age', 'could we do this another day', /saved where you got to/, 'paused'],
  ['age', 'please delete my data', /delete everything/, 'confirm-erase'],
  ['age', 'can we start again', /start again[\s\S]*peer support/, 'consent'],
  ['age', 'help', /STOP[\s\S]*18 or over/, 'eligibility'],
  ['area', 'got to do the school run', /saved where you got to/, 'paused'],
  ['area', 'can we start again', /start again/, 'consent'],
  ['area', 'could I speak to someone from the team', /asked our team/, 'waiting'],
  ['outside', 'can we pick this up tomorrow', /saved where you got to/, 'paused'],
  ['outside', 'please delete my data', /delete everything/, 'confirm-erase'],
  ['question', 'can i talk to a person please', /asked our team/, 'waiting'],
  ['question', 'could we do this another day', /saved where you got to/, 'paused'],
  ['question', 'can we pick this up tomorrow', /saved where you got to/, 'paused'],
  ['question', 'got to do the school run sorry', /saved where you got to/, 'paused'],
  ['question', 'please delete my data', /delete everything/, 'confirm-erase'],
  ['question', 'can we start again', /start again/, 'consent'],
  ['question', 'what do I do?', /STOP[\s\S]*call you/, 'questions'],
  ['review', 'yes thats right', /passed this to our team/, 'waiting'],
  ['review', 'could we do this another day', /saved where you got to/, 'paused'],
  ['review', 'can i talk to a person please', /asked our team/, 'waiting'],
  ['review', 'can we start again', /start again/, 'consent'],
  ['paused', 'ok im back', /call you/, 'questions'],
  ['paused', 'please delete my data', /delete everything/, 'confirm-erase'],
  ['paused', 'can we start again', /start again/, 'consent'],
  ['waiting', 'start again', /start again[\s\S]*peer support/, 'consent'],
  ['waiting', 'carry on', /our team/, 'waiting'],
  ['waiting', 'can we pick this up tomorrow', /our team/, 'waiting'],
  ['waiting', 'please delete my data', /delete everything/, 'confirm-erase'],
];

/** Long replies at the checks (more than 16 words): [state, what they send, what we answer, the state after]. */
const LONG: [string, string, RegExp, string][] = [
  [
    'consent',
    "yeah that's fine, as long as it's only the coordinator who sees it, I've had bad experiences before",
    /18 or over/,
    'eligibility',
  ],
  [
    'consent',
    "sorry I can't do this right now, I've got to pick the kids up from school, can we do it later",
    /saved where you got to/,
    'paused',
  ],
  [
    'age',
    'can I talk to someone on the phone instead of doing all this by text, I find typing really hard with my hands',
    /asked our team/,
    'waiting',
  ],
  [
    'age',
    "I'd rather not say how old I am if that's alright, I never give my age out to anyone on the phone or online",
    /don't have to tell us your age[\s\S]*18 or over/,
    'eligibility',
  ],
  [
    'area',
    "I don't want to say where I live over text if that's alright, I never put my address in messages to anyone at all",
    /don't have to tell us where you live[\s\S]*in Somerset/,
    'eligibility',
  ],
];

/** Answers that carry a command's words: [state, what they send, what we answer next]. */
const ANSWERS: [string, string, RegExp][] = [
  ['question', 'a person with lived experience', /going on/],
  ['question', 'someone who gets it, a person like me', /going on/],
  ['question', 'I want help talking to people', /going on/],
  ['question', 'someone to talk to', /going on/],
];

describeEachDatabase('understanding people as they write, over SMS', (ctx) => {
  let t: TestApp;
  let next = 0;
  beforeAll(async () => {
    t = await startTestApp(ctx);
  });
  afterAll(async () => {
    await t.close();
  });

  const newPhone = () => `+4477009${String(30000 + next++).padStart(5, '0')}`;

  async function say(phone: string, says: string): Promise<string[]> {
    const { status, replies } = await text(t, phone, says);
    expect(status, `status after "${says}"`).toBe(200);
    t.clock.advance(60_000);
    return replies;
  }

  async function converse(phone: string, lines: Line[]): Promise<void> {
    for (const [says, expected] of lines) {
      const reply = (await say(phone, says)).join('\n');
      for (const pattern of [expected].flat()) expect(reply, `reply to "${says}"`).toMatch(pattern);
    }
  }

  const stateOf = async (phone: string) =>
    (await ctx.db.conversation.findFirst({ where: { person: { phone } } }))?.state;
  const relays = () => ctx.db.job.count({ where: { key: { startsWith: 'relay:' } } });

  describe('commands inside a sentence, in every state', () => {
    it.each(COMMANDS)('at %s, %j', async (state, says, expected, after) => {
      const phone = newPhone();
      await converse(phone, TO[state] ?? []);
      const before = await relays();
      await converse(phone, [[says, expected]]);
      expect(await stateOf(phone)).toBe(after);
      // After the handoff, what the bot answers itself is not passed to the team as a message.
      expect(await relays()).toBe(before);
    });

    it.each(LONG)('a long reply at %s, %j', async (state, says, expected, after) => {
      const phone = newPhone();
      await converse(phone, TO[state] ?? []);
      await converse(phone, [[says, expected]]);
      expect(await stateOf(phone)).toBe(after);
    });

    it.each(ANSWERS)('at %s, %j is an answer', async (state, says, expected) => {
      const phone = newPhone();
      await converse(phone, TO[state] ?? []);
      await converse(phone, [
        ['Sam', /.+/],
        [says, expected],
      ]);
      expect(await stateOf(phone)).toBe('questions');
    });

    it('after the handoff, an ordinary message still goes to the team', async () => {
      const phone = newPhone();
      await converse(phone, TO['waiting'] ?? []);
      const before = await relays();
      await converse(phone, [
        ['I forgot to say I work on Tuesdays', /passed that to our team|team will see|added that/],
      ]);
      expect(await relays()).toBe(before + 1);
    });
  });

  describe('misunderstood, and never the same reply twice in a row', () => {
    it.each(Object.keys(TO).filter((s) => ['consent', 'age', 'area', 'outside', 'review'].includes(s)))(
      'at %s: three misses get three different replies, the second offering a person',
      async (state) => {
        const phone = newPhone();
        await converse(phone, TO[state] ?? []);
        const replies: string[] = [];
        for (const says of ['purple monkey dishwasher', 'hmm', 'banana'])
          replies.push((await say(phone, says)).join('\n'));
        expect(new Set(replies).size, replies.join('\n---\n')).toBe(3);
        expect(replies[1]).toMatch(/TEAM/);
        // And TEAM then does what it says.
        await converse(phone, [['TEAM', /team/i]]);
        expect(await stateOf(phone)).toBe('waiting');
      },
    );
  });

  describe('keeping an answer to themselves at the checks', () => {
    it('is a skip: asked again kindly, never a no, never assumed as consent, and never the same words twice', async () => {
      const phone = newPhone();
      await converse(phone, [
        ['hi', /YES or NO/],
        ['not sure yet, can we carry on', /no rush to decide/],
        ["I'd rather not", /not kept anything/],
      ]);
      // "rather not" to keeping what they tell us is a no: nothing was kept.
      expect(await ctx.db.person.count({ where: { phone } })).toBe(0);

      const other = newPhone();
      await converse(other, [
        ['hi', /YES or NO/],
        ['no comment', /no rush to decide/],
        ['ok go on then', /18 or over/],
        ['rather not say my age tbh', /don't have to tell us your age/],
        ['why does it matter', [/18 or over, nothing more/, /TEAM/]],
        ['yes', /live in Somerset/],
        ['not telling you that', /don't have to tell us where you live/],
        ['yes', /call you/],
      ]);
      expect(await stateOf(other)).toBe('questions');
      expect(await ctx.db.person.count({ where: { phone: other } })).toBe(1);
    });
  });

  describe('second thoughts', () => {
    it('"no" then "actually ok yes" carries on to the age check', async () => {
      const phone = newPhone();
      await converse(phone, [
        ['hi', /YES or NO/],
        ['no ta', /not kept anything/],
        ['actually ok yes', [/DELETE MY DATA/, /18 or over/]],
        ['im 17 is that ok', /Childline/],
      ]);
      expect(await ctx.db.person.count({ where: { phone } })).toBe(0);
    });
  });
});
