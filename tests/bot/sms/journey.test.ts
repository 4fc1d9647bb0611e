// The mentee's journey over signed SMS, as a conversation: first contact to handoff, with a pause of days in the
// middle, a restart of the server, and the safety net at every stage. Both databases.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { startTestApp, type TestApp } from '../../support/app.js';
import { text } from '../../support/sms.js';

type Line = [says: string, expected: RegExp | RegExp[]];

const days = (n: number) => n * 86_400_000;

describeEachDatabase('the SMS journey', (ctx) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(ctx);
  });
  afterAll(async () => {
    await t.close();
  });

  /** Plays the person's side of a conversation and checks each answer. */
  async function converse(phone: string, lines: Line[]): Promise<void> {
    for (const [says, expected] of lines) {
      const { status, replies } = await text(t, phone, says);
      expect(status, `status after "${says}"`).toBe(200);
      const reply = replies.join('\n');
      for (const pattern of [expected].flat()) expect(reply, `reply to "${says}"`).toMatch(pattern);
      t.clock.advance(60_000);
    }
  }

  const stateOf = async (phone: string) =>
    (await ctx.db.conversation.findFirst({ where: { person: { phone } } }))?.state;

  it('goes from "hi" to a handoff, one question at a time, with a pause of days in the middle', async () => {
    const phone = '+447700900101';
    await converse(phone, [
      ['hi', [/peer support/i, /not a clinical or crisis service/i, /Mindline Somerset: 01823 276 892/, /YES or NO/]],
      ['yes', /18 or over/],
      ['yes', /live in Somerset/],
      ['Taunton', /What would you like us to call you/],
      ['S.J.', /How old are you/],
      ['skip', /what is going on for you/i],
      ['Lonely since I moved here', /help with/i],
      ['making friends', /work towards/],
      ['join a walking group', /another goal/i],
      ['later', [/saved where you got to/, /reminder/i]],
      ['yes', /remind/i],
    ]);
    expect(await stateOf(phone)).toBe('paused');
    const reminder = await ctx.db.job.findUnique({
      where: { key: `reminder:${(await ctx.db.person.findUnique({ where: { phone } }))?.id}` },
    });
    expect(reminder?.status).toBe('pending');

    t.clock.advance(days(2));
    await converse(phone, [
      ['hello again', [/welcome back/i, /another goal/i]],
      ['done', /How would you like to meet/],
      ['in person', /What days or times/],
      ['pass', /make it easier/],
      ['rather not say', /in a mentor/],
      ['someone who gets it', [/Last one/, /initials, age, town, the help you would like and your goals/, /YES or NO/]],
      ['yes', [/1\. Name: S\.J\./, /Going on: Lonely since I moved here/, /SEND/]],
      ['change 1', /call you/i],
      ['Sam', [/1\. Name: Sam/, /SEND/]],
      ['send', [/passed/i, /Monday to Friday, 9am to 5pm/, /01823 276 892/]],
    ]);

    const person = await ctx.db.person.findUnique({ where: { phone }, include: { handoffs: true } });
    expect(person?.handoffs).toHaveLength(1);
    const handoff = person?.handoffs[0];
    expect(handoff).toMatchObject({ status: 'open', reason: 'completed', channel: 'sms' });
    expect(JSON.stringify(handoff?.profile)).toMatch(/Lonely since I moved here/);
    expect(JSON.stringify(handoff?.profile)).toMatch(/join a walking group/);
    expect(await stateOf(phone)).toBe('waiting');
    expect(await ctx.db.job.count({ where: { key: `handoff:${handoff?.id}:created` } })).toBe(1);
    // Nothing we did not mean to send went out by SMS; the reminder was cancelled when they came back.
    expect(t.twilio.to(phone)).toEqual([]);
    expect(
      (await ctx.db.job.findFirst({ where: { key: { startsWith: 'reminder:' }, kind: 'intake.reminder' } }))?.status,
    ).not.toBe('done');
  });

  it('carries on after the server restarts mid-journey', async () => {
    const phone = '+447700900102';
    await converse(phone, [
      ['hello', /YES or NO/],
      ['yes', /18 or over/],
      ['I am 40', /live in Somerset/],
    ]);
    const clockAt = t.clock.now();
    await t.close();
    t = await startTestApp(ctx);
    t.clock.set(new Date(clockAt.getTime() + 60_000));
    await converse(phone, [['yes, in Yeovil', /What would you like us to call you/]]);
    // They told us their age at the check: it is not asked again.
    await converse(phone, [['Jo', /what is going on for you/i]]);
  });

  it('sends the one reminder a person asked for, in daytime, and only once', async () => {
    const phone = '+447700900103';
    t.clock.set('2026-11-23T14:00:00Z');
    await converse(phone, [
      ['hi', /YES or NO/],
      ['yes', /18/],
      ['yes', /Somerset/],
      ['Frome', /call you/],
      ['not now', /reminder/i],
      ['yes please', /remind/i],
    ]);
    t.clock.advance(days(3) + 3_600_000);
    await t.app.worker.runOnce();
    expect(t.twilio.to(phone)).toHaveLength(1);
    t.clock.advance(days(10));
    await t.app.worker.runOnce();
    expect(t.twilio.to(phone)).toHaveLength(1);
    await converse(phone, [['hi', /call you/]]);
  });

  it('never reminds someone who said STOP', async () => {
    const phone = '+447700900104';
    await converse(phone, [
      ['hi', /YES or NO/],
      ['yes', /18/],
      ['later', /reminder/i],
      ['yes', /remind/i],
    ]);
    await text(t, phone, 'STOP');
    t.clock.advance(days(5));
    await t.app.worker.runOnce();
    expect(t.twilio.to(phone)).toEqual([]);
  });

  it('"no" to keeping their answers ends kindly and keeps nothing', async () => {
    const phone = '+447700900105';
    await converse(phone, [
      ['hi', /YES or NO/],
      ['no', /.+/],
    ]);
    expect(await ctx.db.person.count({ where: { phone } })).toBe(0);
    // Message bodies are encrypted at rest: they are read back (decrypted) to be searched.
    const kept = await ctx.db.message.findMany({ where: { personId: { not: null } }, select: { body: true } });
    expect(kept.map((m) => m.body)).not.toContain('no');
    expect(await ctx.db.auditEvent.count({ where: { action: 'person.erased' } })).toBeGreaterThan(0);
  });

  it('"delete my data" asks first, then erases everything but an anonymous audit line', async () => {
    const phone = '+447700900106';
    await converse(phone, [
      ['hi', /YES or NO/],
      ['yes', /18/],
      ['yes', /Somerset/],
      ['Bridgwater', /call you/],
      ['delete my data', /sure|YES/i],
      ['yes', /deleted/i],
    ]);
    expect(await ctx.db.person.count({ where: { phone } })).toBe(0);
    const bodies = await ctx.db.message.findMany({ select: { body: true } });
    expect(bodies.map((m) => m.body)).not.toContain('Bridgwater');
    await converse(phone, [['hi', /peer support/i]]);
  });

  it('HELP, at any point, says what this is, how to stop, and the crisis numbers; then carries on', async () => {
    const phone = '+447700900107';
    await converse(phone, [
      ['hi', /YES or NO/],
      ['yes', /18/],
      ['help', [/STOP/, /01823 276 892/]],
    ]);
    expect(await stateOf(phone)).toBe('eligibility');
  });

  it('under 18: signposts young people’s services and keeps nothing more', async () => {
    const phone = '+447700900108';
    await converse(phone, [
      ['hi', /YES or NO/],
      ['yes', /18/],
      ['no, I am 16', /Childline|Kooth/],
    ]);
    expect(await ctx.db.person.count({ where: { phone } })).toBe(0);
  });

  it('outside Somerset is never a flat no: they can be passed to the team anyway', async () => {
    const phone = '+447700900109';
    await converse(phone, [
      ['hi', /YES or NO/],
      ['yes', /18/],
      ['yes', /Somerset/],
      ['no I live in Bristol', /Somerset/],
    ]);
    const reply = (await text(t, phone, 'team')).replies.join('\n');
    expect(reply).toMatch(/team/i);
    const handoff = await ctx.db.handoff.findFirst({ where: { person: { phone } } });
    expect(handoff?.reason).toBe('outside-area');
  });

  it('"talk to a person" hands over at once with what we have', async () => {
    const phone = '+447700900110';
    await converse(phone, [
      ['hi', /YES or NO/],
      ['yes', /18/],
      ['yes', /Somerset/],
      ['Wells', /call you/],
      ['talk to a person', /team/i],
    ]);
    const handoff = await ctx.db.handoff.findFirst({ where: { person: { phone } } });
    expect(handoff?.reason).toBe('asked');
    expect(await stateOf(phone)).toBe('waiting');
  });

  it('"talk to a person" as the very first text still says what the team keeps and how to delete it', async () => {
    const phone = '+447700900111';
    await converse(phone, [['can I talk to someone', /keeps your details[\s\S]*DELETE MY DATA/]]);
    expect(await stateOf(phone)).toBe('waiting');
  });
});
