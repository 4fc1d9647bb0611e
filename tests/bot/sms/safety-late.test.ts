// The semantic layer's bounded wait over SMS, with the real model and a wait of 0 ms so every turn goes on without
// it: the reply comes at once from the lexicon and word model, the message is re-scored in the background, and a late
// urgent verdict records the safety event (with its alert) and texts the crisis reply as a follow-up. A danger only
// the semantic layer found stands under the texts after it as one the rules found does. An ordinary message re-scored
// late changes nothing, and a re-score never gives up while the layer is unavailable.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { startTestApp, type TestApp } from '../../support/app.js';
import { text } from '../../support/sms.js';

const crisisLines = [/01823 276 892/, /116 123/, /999/, /not a crisis service/i];
// Written for this test: the lexicon and word model leave it below urgent, the semantic layer does not.
// Read below urgent by the lexicon and word model, urgent by the semantic layer.
const indirect = "I'm ready to stop now";

/** Texts the app a minute after the last text and gives back its replies. */
async function sayTo(t: TestApp, phone: string, body: string): Promise<string> {
  t.clock.advance(60_000);
  const res = await text(t, phone, body);
  expect(res.status).toBe(200);
  return res.replies.join('\n');
}

describeEachDatabase('a late semantic verdict over SMS', (ctx) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(ctx, { env: { SAFETY_SEMANTIC: 'on', SAFETY_SEMANTIC_WAIT_MS: '0' } });
  });
  afterAll(async () => {
    await t.close();
  });

  const say = (phone: string, body: string) => sayTo(t, phone, body);

  const stateOf = async (phone: string) =>
    (await ctx.db.conversation.findFirst({ where: { person: { phone } } }))?.state;

  it('answers at once, then alerts and texts the crisis reply when the late verdict is urgent', async () => {
    const phone = '+447700900231';
    await say(phone, 'hi');
    await say(phone, 'yes');
    const reply = await say(phone, indirect);
    expect(reply).not.toMatch(/116 123/);
    expect(await ctx.db.safetyEvent.count({ where: { person: { phone } } })).toBe(0);
    // Bodies are encrypted at rest, so the message is found by person and read back.
    const message = await ctx.db.message.findFirst({
      where: { person: { phone }, direction: 'in' },
      orderBy: { createdAt: 'desc' },
    });
    expect(message?.body).toBe(indirect);
    expect(await ctx.db.job.count({ where: { kind: 'safety.rescore', key: `rescore:${message?.id ?? ''}` } })).toBe(1);

    expect(await t.app.semantic.ready()).toBe(true);
    await t.app.worker.runOnce();

    const events = await ctx.db.safetyEvent.findMany({ where: { person: { phone } } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ level: 'urgent', messageId: message?.id });
    expect(events[0]?.reasons).toContain('semantic-urgent');
    expect(await ctx.db.job.count({ where: { kind: 'safety.alert', key: `safety:${events[0]?.id ?? ''}` } })).toBe(1);
    const followUps = t.twilio.to(phone);
    expect(followUps).toHaveLength(1);
    expect(followUps[0]).toMatch(/read your last message again/);
    for (const line of crisisLines) expect(followUps[0]).toMatch(line);
    expect(await stateOf(phone)).toBe('crisis');

    // A retried job changes nothing: one event, one follow-up.
    await ctx.db.job.updateMany({
      where: { key: `rescore:${message?.id ?? ''}` },
      data: { runAt: t.clock.now(), status: 'pending', lockedUntil: null },
    });
    await t.app.worker.runOnce();
    expect(await ctx.db.safetyEvent.count({ where: { person: { phone } } })).toBe(1);
    expect(t.twilio.to(phone)).toHaveLength(1);

    // One crisis reply never traps anyone.
    expect(await say(phone, 'carry on')).not.toMatch(/116 123/);
  });

  it('a late re-score reads the message in the context of the texts before it, as its turn would have', async () => {
    const phone = '+447700900233';
    await say(phone, 'hi');
    await say(phone, 'yes');
    // Written for this test: the picture is only in the texts together (see tests/bot/safety/semantic.test.ts).
    await say(phone, 'hate myself so much');
    await say(phone, 'the razor blades are in the bathroom');
    const reply = await say(phone, 'locking the door now');
    expect(reply).not.toMatch(/116 123/);
    expect(await t.app.semantic.ready()).toBe(true);
    await t.app.worker.runOnce();
    const last = await ctx.db.message.findFirst({
      where: { person: { phone }, direction: 'in' },
      orderBy: { createdAt: 'desc' },
    });
    const urgent = await ctx.db.safetyEvent.findMany({ where: { messageId: last?.id ?? '', level: 'urgent' } });
    expect(urgent).toHaveLength(1);
    expect(urgent[0]?.reasons).toContain('context-learned');
    expect(t.twilio.to(phone).join('\n')).toMatch(/01823 276 892/);
  });

  it('an ordinary message re-scored late stays as it was: no event, no text', async () => {
    const phone = '+447700900232';
    await say(phone, 'hi');
    await say(phone, 'can I change the time of my mentor session to thursday');
    expect(await t.app.semantic.ready()).toBe(true);
    await t.app.worker.runOnce();
    expect(await ctx.db.safetyEvent.count({ where: { person: { phone } } })).toBe(0);
    expect(t.twilio.to(phone)).toEqual([]);
  });
});

describeEachDatabase('a danger only the sentence model found, standing under the texts after it', (ctx) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(ctx, { env: { SAFETY_SEMANTIC: 'on', SAFETY_SEMANTIC_WAIT_MS: '10000' } });
  });
  afterAll(async () => {
    await t.close();
  });

  const say = (phone: string, body: string) => sayTo(t, phone, body);

  it('gets no second crisis reply or alert, and the team a note that their urgent alert still waits', async () => {
    const phone = '+447700900235';
    expect(await t.app.semantic.ready()).toBe(true);
    await say(phone, 'hi');
    await say(phone, 'yes');
    expect(await say(phone, indirect)).toMatch(/danger now/);
    // Only an acknowledgement since, and the rules alone read the text before as nothing: only its alert
    // (bot/safety/recent.ts) says it was urgent.
    expect(await say(phone, 'ok thanks')).not.toMatch(/danger now/);
    const events = await ctx.db.safetyEvent.findMany({ where: { person: { phone } }, orderBy: { createdAt: 'asc' } });
    expect(events.map((e) => [e.level, (e.reasons as string[])[0]])).toEqual([
      ['urgent', 'semantic-urgent'],
      ['concern', 'context-danger-standing'],
    ]);
    expect(await ctx.db.safetyEvent.count({ where: { person: { phone }, level: 'urgent' } })).toBe(1);
    await t.app.worker.runOnce();
    expect(t.twilio.to(phone)).toEqual([]);
  });
});

describeEachDatabase('a re-score while the semantic layer is unavailable', (ctx) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(ctx, { env: { SAFETY_SEMANTIC: 'on', SAFETY_SEMANTIC_WAIT_MS: '0' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('stays pending, however many times it is tried, so the message is read in full once the layer is back', async () => {
    const phone = '+447700900234';
    await text(t, phone, 'hi');
    await text(t, phone, indirect);
    // The layer gone for good in this app: every try finds it unavailable.
    await t.app.semantic.close();
    for (let i = 0; i < 12; i++) {
      t.clock.advance(60 * 60_000);
      await t.app.worker.runOnce();
    }
    const jobs = await ctx.db.job.findMany({ where: { kind: 'safety.rescore' } });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ status: 'pending', attempts: 0 });
    expect(jobs[0]?.runAt.getTime()).toBeGreaterThan(t.clock.now().getTime());
  });
});

describeEachDatabase('SAFETY_SEMANTIC=off over SMS', (ctx) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(ctx, { env: { SAFETY_SEMANTIC: 'off', SAFETY_SEMANTIC_WAIT_MS: '0' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('the lexicon and word model answer alone: no model, no re-score, no late alert', async () => {
    const phone = '+447700900233';
    expect(await t.app.semantic.ready()).toBe(false);
    await text(t, phone, 'hi');
    const res = await text(t, phone, indirect);
    expect(res.replies.join('\n')).not.toMatch(/116 123/);
    await t.app.worker.runOnce();
    expect(await ctx.db.job.count({ where: { kind: 'safety.rescore' } })).toBe(0);
    expect(await ctx.db.safetyEvent.count({ where: { person: { phone } } })).toBe(0);
    expect(t.twilio.to(phone)).toEqual([]);
  });
});
