// Escalation: a handoff nobody claims is re-posted to every coordinator, and after ESCALATE_AFTER_REMINDERS reminders
// goes to the managers named in ESCALATE_TO too, once, in their own chat with its card.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { cardVerbs } from '../../support/fake-connector.js';
import { text } from '../../support/sms.js';
import { startTeamsApp, tap, teamsUser, type TeamsTestApp } from '../../support/teams.js';

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
    await tap(t, t.connector, sam, 'handoff.claim', { handoffId: handoff.id });
  });
});
