// Escalation: a handoff nobody claims is re-posted to every coordinator, and after ESCALATE_AFTER_REMINDERS reminders
// goes to the managers named in ESCALATE_TO too, once, in their own chat with its card.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { cardVerbs } from '../../support/fake-connector.js';
import { text } from '../../support/sms.js';
import { say, startTeamsApp, tap, teamsUser, type TeamsTestApp } from '../../support/teams.js';

const MINUTE = 60_000;

describeEachDatabase('escalating a handoff nobody claims', (ctx) => {
  let t: TeamsTestApp;
  const sam = teamsUser('Sam');
  const morgan = teamsUser('Morgan'); // the service manager
  const absent = teamsUser('Absent'); // named in ESCALATE_TO but never opened the bot's chat

  beforeAll(async () => {
    t = await startTeamsApp(ctx, {
      env: {
        HANDOFF_REMIND_AFTER_MINUTES: '60',
        ESCALATE_AFTER_REMINDERS: '2',
        CLAIMED_QUIET_MINUTES: '120',
        ESCALATE_TO: `${morgan.aadObjectId},${absent.aadObjectId}`,
      },
      staff: [
        { user: sam, role: 'coordinator' },
        { user: morgan, role: 'coordinator' },
        { user: absent, role: 'coordinator', installed: false },
      ],
    });
  });
  afterAll(() => t.close());

  const escalations = () => t.connector.texts(morgan.chatId).filter((m) => m.startsWith('Escalated to you'));

  it('after two reminders nobody acted on, the manager is told once, with the card to claim from', async () => {
    const phone = '+447700900331';
    await text(t, phone, 'talk to someone');
    await t.app.worker.runOnce();
    const handoff = await ctx.db.handoff.findFirstOrThrow({ where: { person: { phone } } });

    t.clock.advance(61 * MINUTE);
    await t.app.worker.runOnce();
    expect(t.connector.texts(sam.chatId).filter((m) => m.startsWith('Reminder'))).toHaveLength(1);
    expect(escalations()).toHaveLength(0);

    t.clock.advance(61 * MINUTE);
    await t.app.worker.runOnce();
    expect(escalations()).toHaveLength(1);
    expect(escalations()[0]).toMatch(/nobody has claimed Someone after 2 reminders/);
    expect(cardVerbs(t.connector.cards(morgan.chatId).at(-1)?.card ?? {})).toContain('handoff.claim');

    t.clock.advance(61 * MINUTE);
    await t.app.worker.runOnce();
    expect(escalations()).toHaveLength(1); // once
    expect(await ctx.db.auditEvent.count({ where: { action: 'handoff.escalated', subjectId: handoff.id } })).toBe(1);
  });

  it('claimed, then nothing sent to the person for two working hours: the owner is nudged, once', async () => {
    const handoff = await ctx.db.handoff.findFirstOrThrow({ where: { person: { phone: '+447700900331' } } });
    await tap(t, t.connector, sam, 'handoff.claim', { handoffId: handoff.id });
    const nudges = () => t.connector.texts(sam.chatId).filter((m) => m.startsWith('You claimed'));

    t.clock.advance(61 * MINUTE);
    await t.app.worker.runOnce();
    expect(nudges()).toHaveLength(0);
    t.clock.advance(61 * MINUTE);
    await t.app.worker.runOnce();
    expect(nudges()).toHaveLength(1);
    expect(nudges()[0]).toMatch(/nothing has gone to them from you for 2 hours/);
    expect(t.connector.texts(morgan.chatId).filter((m) => m.startsWith('You claimed'))).toHaveLength(0);

    // Sam writes to the person: the quiet spell starts again, and no second nudge comes an hour later.
    await say(t, t.connector, sam, 'Hello, this is Sam from the team. How are you doing today?');
    t.clock.advance(61 * MINUTE);
    await t.app.worker.runOnce();
    expect(nudges()).toHaveLength(1);
  });
});
