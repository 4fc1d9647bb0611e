// The semantic layer's late verdict for a mentee in Teams, with the real model and a wait of 0 ms: the turn answers
// at once, the background re-score finds the message urgent, and the crisis reply arrives in their chat as a
// follow-up while the coordinators get the alert card. With a wait long enough, the learned context layer answers in
// the turn itself.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { say, startTeamsApp, teamsUser, type TeamsTestApp } from '../../support/teams.js';

// Written for this test: the lexicon and word model leave it below urgent, the semantic layer does not.
const indirect = "I'm ready to stop now";

describeEachDatabase('a late semantic verdict in Teams', (ctx) => {
  let t: TeamsTestApp;
  const sam = teamsUser('Sam');
  const mia = teamsUser('Mia');
  beforeAll(async () => {
    t = await startTeamsApp(ctx, {
      env: { SAFETY_SEMANTIC: 'on', SAFETY_SEMANTIC_WAIT_MS: '0' },
      staff: [{ user: sam, role: 'coordinator' }],
    });
  });
  afterAll(() => t.close());

  it('answers at once, then sends the crisis reply to the mentee and the alert to coordinators', async () => {
    await say(t, t.connector, mia, 'hi');
    const turn = await say(t, t.connector, mia, indirect);
    expect(turn.replies.join('\n')).not.toMatch(/116 123/);
    const before = t.connector.texts(mia.chatId).length;
    const cardsBefore = t.connector.cards(sam.chatId).length;

    expect(await t.app.semantic.ready()).toBe(true);
    await t.app.worker.runOnce();

    const event = await ctx.db.safetyEvent.findFirstOrThrow({ where: { channel: 'teams', personId: { not: null } } });
    expect(event.level).toBe('urgent');
    expect(event.reasons).toContain('semantic-urgent');
    const followUps = t.connector.texts(mia.chatId).slice(before);
    expect(followUps).toHaveLength(1);
    expect(followUps[0]).toMatch(/read your last message again/);
    expect(followUps[0]).toMatch(/116 123/);
    expect(t.connector.cards(sam.chatId).length).toBeGreaterThan(cardsBefore);
  });
});

describeEachDatabase('the learned context layer in Teams, within the turn', (ctx) => {
  let t: TeamsTestApp;
  const sam = teamsUser('Sam');
  const lee = teamsUser('Lee');
  beforeAll(async () => {
    t = await startTeamsApp(ctx, {
      env: { SAFETY_SEMANTIC: 'on', SAFETY_SEMANTIC_WAIT_MS: '10000' },
      staff: [{ user: sam, role: 'coordinator' }],
    });
    expect(await t.app.semantic.ready()).toBe(true);
  }, 60_000);
  afterAll(() => t.close());

  it('a picture drawn over several texts gets the crisis reply in the turn of the text that completes it', async () => {
    // Written for tests/bot/safety/semantic.test.ts: no single text is urgent, nor any rule's picture.
    await say(t, t.connector, lee, 'hi');
    await say(t, t.connector, lee, 'hate myself so much');
    await say(t, t.connector, lee, 'the razor blades are in the bathroom');
    const cardsBefore = t.connector.cards(sam.chatId).length;
    const turn = await say(t, t.connector, lee, 'locking the door now');
    expect(turn.replies.join('\n')).toMatch(/01823 276 892/);
    const events = await ctx.db.safetyEvent.findMany({ where: { channel: 'teams', level: 'urgent' } });
    expect(events.some((e) => Array.isArray(e.reasons) && e.reasons.includes('context-learned'))).toBe(true);
    await t.app.worker.runOnce();
    expect(t.connector.cards(sam.chatId).length).toBeGreaterThan(cardsBefore);
  });
});
