// The safety net over SMS: an urgent message at first contact, mid-journey, after a pause and during a handoff gets
// the crisis reply at once, a safety event and an alert job; the journey then carries on where it was.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { startTestApp, type TestApp } from '../../support/app.js';
import { text } from '../../support/sms.js';

const crisisLines = [/01823 276 892/, /0800 138 1692/, /116 123/, /999/, /not a crisis service/i];

describeEachDatabase('the safety net over SMS', (ctx) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(ctx);
  });
  afterAll(async () => {
    await t.close();
  });

  async function say(phone: string, body: string): Promise<string> {
    t.clock.advance(60_000);
    const res = await text(t, phone, body);
    expect(res.status).toBe(200);
    return res.replies.join('\n');
  }

  async function expectAlerted(phone: string, level: 'urgent' | 'concern', count = 1): Promise<void> {
    const events = await ctx.db.safetyEvent.findMany({ where: { person: { phone }, level } });
    expect(events).toHaveLength(count);
    for (const event of events) {
      expect(await ctx.db.job.count({ where: { key: `safety:${event.id}`, kind: 'safety.alert' } })).toBe(1);
    }
  }

  const stateOf = async (phone: string) =>
    (await ctx.db.conversation.findFirst({ where: { person: { phone } } }))?.state;

  it('at first contact: the crisis reply, an alert, and then the welcome when they are ready', async () => {
    const phone = '+447700900201';
    const reply = await say(phone, 'i want to kill myself');
    for (const line of crisisLines) expect(reply).toMatch(line);
    await expectAlerted(phone, 'urgent');
    expect(await stateOf(phone)).toBe('crisis');
    expect(await say(phone, "I'm ok now, can we carry on")).toMatch(/YES or NO|peer support/);
  });

  it('mid-journey: the crisis reply every time, then the same question again', async () => {
    const phone = '+447700900202';
    await say(phone, 'hi');
    await say(phone, 'yes');
    await say(phone, 'yes');
    expect(await say(phone, 'Taunton')).toMatch(/call you/);
    const first = await say(phone, "I've taken all my tablets");
    for (const line of crisisLines) expect(first).toMatch(line);
    const second = await say(phone, 'i just want to die');
    for (const line of crisisLines) expect(second).toMatch(line);
    expect(second).not.toEqual(first); // worded afresh, numbers again
    await expectAlerted(phone, 'urgent', 2);
    expect(await say(phone, 'carry on')).toMatch(/call you/);
    expect(await stateOf(phone)).toBe('questions');
  });

  it('an answer sent during the crisis pause is kept, and used as their answer when they carry on', async () => {
    const phone = '+447700900209';
    await say(phone, 'hi');
    await say(phone, 'yes');
    await say(phone, 'yes');
    expect(await say(phone, 'Taunton')).toMatch(/call you/);
    await say(phone, 'I want to die');
    expect(await say(phone, 'Robin')).toMatch(/kept what you just sent/);
    const resumed = await say(phone, 'carry on');
    expect(resumed).toMatch(/You wrote "Robin" while we paused/);
    expect(resumed).not.toMatch(/call you/); // not asked again
    const conversation = await ctx.db.conversation.findFirstOrThrow({ where: { person: { phone } } });
    expect(JSON.stringify(conversation.snapshot)).toMatch(/"name":"Robin"/);
    expect(await stateOf(phone)).toBe('questions');
  });

  it('after a pause: the crisis reply, and carrying on goes back to their question', async () => {
    const phone = '+447700900203';
    await say(phone, 'hi');
    await say(phone, 'yes');
    await say(phone, 'yes');
    await say(phone, 'Frome');
    await say(phone, 'later');
    await say(phone, 'no');
    t.clock.advance(3 * 86_400_000);
    const reply = await say(phone, 'nobody would miss me if I was gone, I have a plan');
    for (const line of crisisLines) expect(reply).toMatch(line);
    await expectAlerted(phone, 'urgent');
    expect(await say(phone, 'I feel a bit better, can we continue')).toMatch(/call you/);
  });

  it('while waiting for a coordinator and while talking with one: crisis reply, alert, and the message reaches them', async () => {
    const phone = '+447700900204';
    await say(phone, 'hi');
    await say(phone, 'yes');
    await say(phone, 'yes');
    await say(phone, 'Chard');
    await say(phone, 'talk to a person');
    expect(await stateOf(phone)).toBe('waiting');

    const waiting = await say(phone, 'I am going to end it tonight');
    for (const line of crisisLines) expect(waiting).toMatch(line);
    const person = await ctx.db.person.findUnique({ where: { phone }, include: { handoffs: true } });
    const handoffId = person?.handoffs[0]?.id ?? '';
    const relays = await ctx.db.job.findMany({ where: { kind: 'handoff.relay' } });
    expect(relays.some((job) => JSON.stringify(job.payload).includes(handoffId))).toBe(true);
    expect(await stateOf(phone)).toBe('waiting');

    await t.app.intake.dispatch(person?.id ?? '', {
      type: 'COORDINATOR_CLAIMED',
      at: t.clock.now().toISOString(),
      coordinatorName: 'Alex',
    });
    expect(await stateOf(phone)).toBe('relay');
    expect(await say(phone, 'thanks for calling me back')).toBe(''); // the bot is quiet while a person talks with them
    const relay = await say(phone, 'the voices are telling me to hurt myself');
    for (const line of crisisLines) expect(relay).toMatch(line);
    expect(await stateOf(phone)).toBe('relay');
    await expectAlerted(phone, 'urgent', 2);
  });

  it('a concern is acknowledged, staff get a note, and the journey carries on with their answer', async () => {
    const phone = '+447700900205';
    await say(phone, 'hi');
    await say(phone, 'yes');
    await say(phone, 'yes');
    await say(phone, 'Wells');
    await say(phone, 'Sam');
    await say(phone, '30');
    const reply = await say(phone, "I stopped taking my meds last week and I haven't slept for days");
    expect(reply).toMatch(/Mindline/);
    expect(reply).toMatch(/help with/i);
    await expectAlerted(phone, 'concern');
  });

  it('after STOP nothing is texted, but coordinators are still alerted', async () => {
    const phone = '+447700900206';
    await say(phone, 'hi');
    await text(t, phone, 'STOP');
    expect(await say(phone, 'I want to kill myself')).toBe('');
    await expectAlerted(phone, 'urgent');
    expect(t.twilio.to(phone)).toEqual([]);
  });
});
