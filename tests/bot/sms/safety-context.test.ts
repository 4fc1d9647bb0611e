// The safety net reads a mentee's message with their recent messages, over SMS and Teams on each database: a goodbye
// after distress, tablets gathered over several texts, a scene at a place of danger and danger that builds are urgent
// (crisis reply, alert); the same words in an ordinary chat stay quiet, and a plain goodbye after one is asked about;
// messages older than the window, and staff's words, are read alone.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { text } from '../../support/sms.js';
import { say as teamsSay, startTeamsApp, teamsUser, type TeamsTestApp } from '../../support/teams.js';

// The crisis reply (dialogs/crisis.ts urgentReply) on either channel; the welcome names Samaritans too, not this.
const crisis = /danger now/;

describeEachDatabase('the safety net reads the conversation', (ctx) => {
  let t: TeamsTestApp;
  const sam = teamsUser('Sam');
  beforeAll(async () => {
    t = await startTeamsApp(ctx, { staff: [{ user: sam, role: 'coordinator' }] });
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

  const events = (phone: string, level: string) =>
    ctx.db.safetyEvent.findMany({ where: { person: { phone }, level }, orderBy: { createdAt: 'asc' } });

  async function journeyStarted(phone: string): Promise<void> {
    await sms(phone, 'hi');
    await sms(phone, 'yes');
    await sms(phone, 'yes');
  }

  it('a goodbye after distress gets the crisis reply and an urgent alert', async () => {
    const phone = '+447700900301';
    await journeyStarted(phone);
    expect(await sms(phone, 'nothing helps anymore')).not.toMatch(crisis);
    expect(await sms(phone, 'tried everything they suggested')).not.toMatch(crisis);
    expect(await sms(phone, 'thanks for trying, bye x')).toMatch(crisis);
    const urgent = await events(phone, 'urgent');
    expect(urgent).toHaveLength(1);
    expect(urgent[0]?.reasons).toContain('context-farewell-after-distress');
    expect(await ctx.db.job.count({ where: { key: `safety:${urgent[0]?.id ?? ''}` } })).toBe(1);
  });

  it('tablets gathered over several texts are urgent; a pill organiser for a holiday is not', async () => {
    const phone = '+447700900302';
    await journeyStarted(phone);
    // One text alone asks nothing the message itself does not: buying medicine is everyday.
    expect(await sms(phone, 'bought some more paracetamol')).not.toMatch(/are you safe right now|danger now/);
    expect(await sms(phone, 'theres loads in the drawer')).toMatch(crisis);
    expect((await events(phone, 'urgent'))[0]?.reasons).toContain('context-means-gathered');

    const calm = '+447700900303';
    await journeyStarted(calm);
    for (const line of ['sorting my tablets into the pill organiser', 'for the holiday', 'got enough now']) {
      expect(await sms(calm, line)).not.toMatch(crisis);
    }
    expect(await ctx.db.safetyEvent.count({ where: { person: { phone: calm } } })).toBe(0);
  });

  it('the same goodbye after a pleasant chat, or after the window has passed, stays quiet', async () => {
    const phone = '+447700900304';
    await journeyStarted(phone);
    for (const line of ['had a lovely chat with my neighbour', 'shes so kind', 'right, bye x']) {
      expect(await sms(phone, line)).not.toMatch(crisis);
    }
    const later = '+447700900305';
    await journeyStarted(later);
    await sms(later, 'nothing helps anymore');
    t.clock.advance(25 * 3_600_000);
    expect(await sms(later, 'thanks for trying, bye x')).not.toMatch(crisis);
    expect(await events(later, 'urgent')).toHaveLength(0);
  });

  it('a scene at a place of danger told over three texts is urgent; a walk up there with the group is not', async () => {
    const phone = '+447700900306';
    await journeyStarted(phone);
    expect(await sms(phone, 'walked up to the viaduct')).not.toMatch(crisis);
    expect(await sms(phone, 'no one around at all')).not.toMatch(crisis);
    expect(await sms(phone, 'its a long way down')).toMatch(crisis);
    expect((await events(phone, 'urgent'))[0]?.reasons).toContain('context-danger-place');

    const calm = '+447700900307';
    await journeyStarted(calm);
    for (const line of ['walked up to the viaduct', 'with the walking group', 'lovely views over the valley']) {
      expect(await sms(calm, line)).not.toMatch(crisis);
    }
    expect(await ctx.db.safetyEvent.count({ where: { person: { phone: calm } } })).toBe(0);
  });

  it('a plain goodbye after an ordinary chat is asked about, not met with the crisis reply', async () => {
    const phone = '+447700900308';
    await journeyStarted(phone);
    expect(await sms(phone, 'the course was good')).not.toMatch(crisis);
    const reply = await sms(phone, 'just want to say thanks for everything');
    expect(reply).toMatch(/are you safe right now/);
    expect(reply).not.toMatch(crisis);
    expect(await events(phone, 'urgent')).toHaveLength(0);
    expect((await events(phone, 'concern'))[0]?.reasons).toContain('context-goodbye-without-distress');
  });

  it('danger that builds over Teams is urgent; a partner back from work is not', async () => {
    const mia = teamsUser('Mia');
    for (const line of ['hi', "he's been texting again", "he's back"]) {
      t.clock.advance(60_000);
      expect((await teamsSay(t, t.connector, mia, line)).replies.join('\n')).not.toMatch(crisis);
    }
    t.clock.advance(60_000);
    expect((await teamsSay(t, t.connector, mia, 'locked the door')).replies.join('\n')).toMatch(crisis);
    const urgent = await ctx.db.safetyEvent.findMany({
      where: { person: { teamsUserId: mia.aadObjectId }, level: 'urgent' },
    });
    expect(urgent.map((e) => e.reasons)).toEqual([expect.arrayContaining(['context-danger-building'])]);

    const ann = teamsUser('Ann');
    for (const line of ['hi', 'he was at work all day', 'hes back now', 'locked the door, making tea']) {
      t.clock.advance(60_000);
      expect((await teamsSay(t, t.connector, ann, line)).replies.join('\n')).not.toMatch(crisis);
    }
  });

  it("a coordinator's words are read alone, never in a mentee's context", async () => {
    for (const line of ['nothing helps with this printer anymore', 'thanks for trying, bye x']) {
      t.clock.advance(60_000);
      expect((await teamsSay(t, t.connector, sam, line)).replies.join('\n')).not.toMatch(crisis);
    }
    expect(await ctx.db.safetyEvent.count({ where: { staffId: { not: null }, level: 'urgent' } })).toBe(0);
  });
});
