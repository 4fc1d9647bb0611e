// The people of the HTTP-level mentor tests: Alex (a coordinator), Sharon and Priya (mentors), registered as staff,
// each having opened their chat with the bot once so proactive messages can reach them.
import type { TestApp } from '../../support/app.js';
import type { DatabaseContext } from '../../support/databases.js';
import type { FakeConnector } from '../../support/fake-connector.js';
import { say, teamsUser } from '../../support/teams.js';

export function theTeam() {
  return { alex: teamsUser('Alex Nelson'), sharon: teamsUser('Sharon Hill'), priya: teamsUser('Priya Shah') };
}

export type Team = ReturnType<typeof theTeam>;

/** Registers the team and opens each chat; returns Alex's staff row. */
export async function meetTheTeam(ctx: DatabaseContext, t: TestApp, connector: FakeConnector, team: Team) {
  const { alex, sharon, priya } = team;
  const [coordinator] = await Promise.all([
    ctx.db.staff.create({ data: { aadObjectId: alex.aadObjectId, name: alex.name, role: 'coordinator' } }),
    ctx.db.staff.create({ data: { aadObjectId: sharon.aadObjectId, name: sharon.name, role: 'mentor' } }),
    ctx.db.staff.create({ data: { aadObjectId: priya.aadObjectId, name: priya.name, role: 'mentor' } }),
  ]);
  for (const user of [alex, sharon, priya]) await say(t, connector, user, 'help');
  return coordinator;
}
