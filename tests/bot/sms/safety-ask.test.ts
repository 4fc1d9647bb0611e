// The middle band that asks, over SMS and Teams on each database: a signal below urgent gets "are you safe right
// now?"; "no", "not really" or "I don't know" is urgent (crisis reply, urgent alert), and carrying on asks their
// question again; "yes" carries the journey on with their message kept as the answer it was.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { text } from '../../support/sms.js';
import { say as teamsSay, startTeamsApp, teamsUser, type TeamsTestApp } from '../../support/teams.js';

const asks = /are you safe right now/;
const crisis = /danger now/;

describeEachDatabase('asking whether they are safe', (ctx) => {
  let t: TeamsTestApp;
  beforeAll(async () => {
    t = await startTeamsApp(ctx);
  });
  afterAll(async () => {
    await t.close();
  });

  async function sms(phone: string, body: string): Promise<string> {
    t.clock.advance(60_000);
    const res = await text(t, phone, body);
    expect(res.status).toBe(200);
    return res.replies.join('\n');
  }

  async function toQuestions(phone: string): Promise<void> {
    for (const line of ['hi', 'yes', 'yes']) await sms(phone, line);
    expect(await sms(phone, 'Taunton')).toMatch(/call you/);
    await sms(phone, 'Sam');
    expect(await sms(phone, '30')).toMatch(/going on for you/);
  }

  const levels = async (where: object) =>
    (await ctx.db.safetyEvent.findMany({ where, orderBy: { createdAt: 'asc' } })).map((e) => [e.level, e.reasons]);
  const state = async (phone: string) => (await ctx.db.conversation.findFirst({ where: { person: { phone } } }))?.state;

  it.each(['no', 'not really', 'i dont know'])(
    '"%s" is urgent, and carry on asks their question again',
    async (answer) => {
      const phone = `+4477009004${String(['no', 'not really', 'i dont know'].indexOf(answer)).padStart(2, '0')}`;
      await toQuestions(phone);
      expect(await sms(phone, 'my ex has been texting again')).not.toMatch(asks);
      const asked = await sms(phone, "he's back");
      expect(asked).toMatch(asks);
      expect(asked).not.toMatch(crisis);
      expect(await state(phone)).toBe('checking-safe');
      expect(await sms(phone, answer)).toMatch(crisis);
      expect((await levels({ person: { phone } })).slice(-2)).toEqual([
        ['concern', expect.arrayContaining(['context-danger-building'])],
        ['urgent', ['not-safe-answer']],
      ]);
      // "my ex has been texting again" answered what is going on for them: the next question is asked again.
      expect(await sms(phone, 'carry on')).toMatch(/help with/i);
    },
  );

  it('distress that lingers under an ordinary next text asks, once', async () => {
    const phone = '+447700900411';
    await toQuestions(phone);
    expect(await sms(phone, 'the voices have been louder all week')).not.toMatch(asks);
    const asked = await sms(phone, 'anyway, staying in with the curtains shut');
    expect(asked).toMatch(asks);
    expect((await levels({ person: { phone } })).at(-1)).toEqual([
      'concern',
      expect.arrayContaining(['context-distress-lingering']),
    ]);
    expect(await sms(phone, "yes I'm safe")).toMatch(/glad you're safe/);
    // Asked once a day at most: the next ordinary text carries on.
    expect(await sms(phone, 'still here')).not.toMatch(asks);
  });

  it('worries said a little at a time, each noted when it came, ask under an ordinary next text', async () => {
    const phone = '+447700900419';
    await toQuestions(phone);
    // Each of these is a worry the word model notes (a concern event) but no rule reads as a feeling carried on.
    expect(await sms(phone, 'havent really got out of bed')).not.toMatch(asks);
    expect(await sms(phone, 'not left the flat since last wednesday')).not.toMatch(asks);
    expect((await levels({ person: { phone } })).map(([level]) => level)).toEqual(['concern', 'concern']);
    const asked = await sms(phone, 'is thursday still ok');
    expect(asked).toMatch(asks);
    expect((await levels({ person: { phone } })).at(-1)).toEqual([
      'concern',
      expect.arrayContaining(['context-worries-gathered']),
    ]);
  });

  it('worries only the sentence model noted count too: the concern events of the window are read back', async () => {
    const phone = '+447700900418';
    await toQuestions(phone);
    // The rules and word model read nothing in these (the sentence model is off here); the service's concern notes
    // for them are written as the sentence model's concern reader writes them when it answers within the turn.
    for (const line of ['not saying anything nasty just there all the time', 'she said im too much']) {
      expect(await sms(phone, line)).not.toMatch(asks);
    }
    expect(await levels({ person: { phone } })).toEqual([]);
    const person = await ctx.db.person.findFirstOrThrow({ where: { phone } });
    const sent = await ctx.db.message.findMany({
      where: { personId: person.id, direction: 'in' },
      orderBy: { createdAt: 'desc' },
      take: 2,
    });
    for (const message of sent) {
      await ctx.db.safetyEvent.create({
        data: {
          personId: person.id,
          messageId: message.id,
          channel: 'sms',
          level: 'concern',
          reasons: ['concern-reader'],
          createdAt: message.createdAt,
          lastAlertAt: message.createdAt,
        },
      });
    }
    const asked = await sms(phone, 'is dave still coming thursday');
    expect(asked).toMatch(asks);
    expect((await levels({ person: { phone } })).at(-1)).toEqual(['concern', ['context-worries-gathered']]);
  });

  it('after an urgent text, the danger standing under ordinary ones gets no second crisis reply or alert, and one ask', async () => {
    const phone = '+447700900412';
    await toQuestions(phone);
    expect(await sms(phone, 'ive taken all of my lithium, the whole box')).toMatch(crisis);
    const after = await sms(phone, 'what time does the office open tomorrow');
    expect(after).not.toMatch(crisis);
    expect(await levels({ person: { phone } })).toEqual([
      ['urgent', expect.any(Array)],
      ['concern', ['context-danger-standing']],
    ]);
    expect(await ctx.db.safetyEvent.count({ where: { person: { phone }, level: 'urgent' } })).toBe(1);
    // Carrying on is their choice; the next ordinary text, with the danger still standing, asks once whether they
    // are safe.
    expect(await sms(phone, 'carry on')).toMatch(/help with/i);
    const asked = await sms(phone, 'getting out of the house more');
    expect(asked).toMatch(asks);
    expect(asked).not.toMatch(crisis);
    expect(await sms(phone, "yes i'm safe, my sister is with me")).toMatch(/glad you're safe/);
  });

  it('a danger standing with no urgent alert in the window (none was raised for it) is urgent like any other', async () => {
    const phone = '+447700900413';
    await toQuestions(phone);
    expect(await sms(phone, 'ive taken all of my lithium, the whole box')).toMatch(crisis);
    // As if that text had come before the rules read it as urgent: no alert stands for it.
    await ctx.db.safetyEvent.deleteMany({ where: { person: { phone } } });
    expect(await sms(phone, 'what time does the office open tomorrow')).toMatch(crisis);
    expect(await levels({ person: { phone } })).toEqual([
      ['urgent', expect.arrayContaining(['context-danger-standing'])],
    ]);
  });

  it('"yes" carries the journey on, with their message kept as their answer', async () => {
    const phone = '+447700900410';
    await toQuestions(phone);
    expect(await sms(phone, 'i feel so hopeless')).toMatch(asks);
    const reply = await sms(phone, "yes I'm safe");
    expect(reply).toMatch(/glad you're safe/);
    expect(reply).toMatch(/help with/i);
    expect(await state(phone)).toBe('questions');
    expect(await levels({ person: { phone } })).toEqual([
      ['concern', expect.arrayContaining(['passive-hopelessness'])],
    ]);
    const conversation = await ctx.db.conversation.findFirst({ where: { person: { phone } } });
    expect(JSON.stringify(conversation?.snapshot)).toContain('i feel so hopeless');
  });

  it('over Teams: a danger standing after the crisis reply gets no second one, and the team a concern note', async () => {
    const ola = teamsUser('Ola');
    const turn = async (line: string) => {
      t.clock.advance(60_000);
      return (await teamsSay(t, t.connector, ola, line)).replies.join('\n');
    };
    for (const line of ['hi', 'yes', 'yes', 'Taunton', 'Ola', '29']) await turn(line);
    expect(await turn('got the car running in the garage with the door shut')).toMatch(crisis);
    expect(await turn('can i have a male mentor')).not.toMatch(crisis);
    expect(await levels({ person: { teamsUserId: ola.aadObjectId } })).toEqual([
      ['urgent', expect.any(Array)],
      ['concern', ['context-danger-standing']],
    ]);
  });

  it('over Teams: danger half there asks, and "i dont know" is urgent', async () => {
    const mia = teamsUser('Mia');
    const turn = async (line: string) => {
      t.clock.advance(60_000);
      return (await teamsSay(t, t.connector, mia, line)).replies.join('\n');
    };
    for (const line of ['hi', 'yes', 'yes', 'Taunton', 'Mia', '41', "he's been texting again"]) await turn(line);
    expect(await turn("he's back")).toMatch(asks);
    expect(await turn('i dont know')).toMatch(crisis);
    expect(await levels({ person: { teamsUserId: mia.aadObjectId }, level: 'urgent' })).toEqual([
      ['urgent', ['not-safe-answer']],
    ]);
  });
});
