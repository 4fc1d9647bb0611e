// What mentors read follows what the person agreed, over HTTP: someone who did not say mentors may read their own
// words about what is going on gets a referral without them, with the coordinator's short summary instead (or
// nothing); someone who said yes is shared in their own words. Both databases.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { describeEachDatabase } from '../../support/databases.js';
import { cardText, FakeConnector } from '../../support/fake-connector.js';
import { submit } from '../../support/teams.js';
import { meetTheTeam, theTeam } from './team.js';
import { addHandoff, JO_PROFILE } from './world.js';

const REFERRAL = 'Someone new would like a peer mentor';
const THEIR_WORDS = /hardly leave the house/;

describeEachDatabase('mentors read only what the person agreed to', (ctx) => {
  let t: TestApp;
  let connector: FakeConnector;
  const team = theTeam();
  const { alex, sharon } = team;
  let coordinator: Awaited<ReturnType<typeof meetTheTeam>>;

  beforeAll(async () => {
    await ctx.clear();
    connector = await new FakeConnector().start();
    t = await startTestApp(ctx);
    coordinator = await meetTheTeam(ctx, t, connector, team);
  });
  afterAll(async () => {
    await t.close();
    await connector.stop();
  });

  const share = async (profile: typeof JO_PROFILE, data: Record<string, string> = {}) => {
    const claimant = { ...coordinator, role: 'coordinator' as const };
    const { handoffId } = await addHandoff(ctx, claimant, profile);
    await submit(t, connector, alex, 'referral.share', { handoffId, ...data });
    await t.app.worker.runOnce();
    return cardText(connector.lastCard(sharon.chatId, REFERRAL).card);
  };

  it('a person who did not answer: their words stay with us, the coordinator’s summary goes instead', async () => {
    const { shareWords: _agreed, ...answers } = JO_PROFILE.answers;
    const card = await share({ ...JO_PROFILE, answers } as typeof JO_PROFILE, {
      summary: 'Finding it hard to get out since a diagnosis',
    });
    expect(card).not.toMatch(THEIR_WORDS);
    expect(card).toContain('Finding it hard to get out since a diagnosis');
    expect(card).toContain('Someone to talk to who gets it'); // the help they want is shared, as the consent says
  });

  it('a person who said no, and no summary: nothing about what is going on', async () => {
    const card = await share({ ...JO_PROFILE, answers: { ...JO_PROFILE.answers, shareWords: 'no' } });
    expect(card).not.toMatch(THEIR_WORDS);
    expect(card).not.toMatch(/What they are going through/);
  });

  it('a person who said yes: their own words, with contact details taken out', async () => {
    const card = await share(JO_PROFILE);
    expect(card).toMatch(THEIR_WORDS);
    expect(card).not.toContain('07700');
  });
});
