// Bot Framework authentication: on whenever MicrosoftAppId is set. A request without a token, or with a bad one,
// gets 401 at once, with no network needed (the token is rejected before any key download).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import type { FakeConnector } from '../../support/fake-connector.js';
import { postActivity, startTeamsApp, teamsUser, type TeamsTestApp } from '../../support/teams.js';

describeEachDatabase('Teams authentication', (ctx) => {
  let t: TeamsTestApp;
  let connector: FakeConnector;
  const user = teamsUser('Someone');

  beforeAll(async () => {
    t = await startTeamsApp(ctx, {
      env: { MicrosoftAppId: '6f1c0a52-3a4b-4c7d-9e2f-0123456789ab', MicrosoftAppPassword: 'not-a-real-secret' },
    });
    connector = t.connector;
  });
  afterAll(() => t.close());

  const activity = () => ({
    type: 'message',
    id: 'm1',
    serviceUrl: connector.url,
    channelId: 'msteams',
    from: { id: `29:${user.aadObjectId}`, aadObjectId: user.aadObjectId },
    conversation: { id: user.chatId, conversationType: 'personal' },
    recipient: { id: '28:bot' },
    text: 'hello',
  });

  it.each<[string, Record<string, string>]>([
    ['no Authorization header', {}],
    ['a garbage bearer token', { authorization: 'Bearer garbage' }],
    ['an unsigned token (alg none)', { authorization: `Bearer ${unsignedJwt()}` }],
    ['a Basic header', { authorization: 'Basic dXNlcjpwYXNz' }],
  ])('%s gets 401 and the bot says nothing', async (_title, headers) => {
    const started = Date.now();
    const turn = await postActivity(t, connector, activity(), headers);
    expect(turn.status).toBe(401);
    expect(turn.replies).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(t.app.teams.authEnabled).toBe(true);
  });
});

function unsignedJwt(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ iss: 'https://api.botframework.com', aud: 'x', exp: 9_999_999_999 })}.`;
}
