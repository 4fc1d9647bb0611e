// What /api/messages does with requests that are not activities it can act on (authentication off, as in local
// testing): 400 with a short reason, at once, no internals, nothing said by the bot and nothing stored.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { startTeamsApp, teamsUser, type TeamsTestApp } from '../../support/teams.js';

describeEachDatabase('Teams: malformed activities at the edge', (ctx) => {
  let t: TeamsTestApp;
  const user = teamsUser('Someone');

  beforeAll(async () => {
    t = await startTeamsApp(ctx);
  });
  afterAll(() => t.close());

  const activity = (): Record<string, unknown> => ({
    type: 'message',
    id: 'm1',
    serviceUrl: t.connector.url,
    channelId: 'msteams',
    from: { id: `29:${user.aadObjectId}`, aadObjectId: user.aadObjectId },
    conversation: { id: user.chatId, conversationType: 'personal' },
    recipient: { id: '28:bot' },
    text: 'hello',
  });
  const without = (key: string) => {
    const a = activity();
    delete a[key];
    return a;
  };

  async function post(body: string, contentType = 'application/json') {
    const res = await fetch(`${t.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    });
    return { status: res.status, body: await res.text() };
  }

  it.each<[string, () => [string, string?]]>([
    ['a form-encoded body', () => ['type=message&text=hello', 'application/x-www-form-urlencoded']],
    ['an empty object', () => ['{}']],
    ['a JSON array', () => ['[1,2]']],
    ['no conversation', () => [JSON.stringify(without('conversation'))]],
    ['a conversation without an id', () => [JSON.stringify({ ...activity(), conversation: {} })]],
    ['no serviceUrl', () => [JSON.stringify(without('serviceUrl'))]],
    ['a serviceUrl that is not a URL', () => [JSON.stringify({ ...activity(), serviceUrl: 'not a url' })]],
    ['a serviceUrl that is not http(s)', () => [JSON.stringify({ ...activity(), serviceUrl: 'file:///etc/passwd' })]],
    ['no sender', () => [JSON.stringify(without('from'))]],
    ['no type', () => [JSON.stringify(without('type'))]],
  ])('%s gets 400 with a reason and no internals', async (_title, make) => {
    const [body, contentType] = make();
    const before = t.connector.attempts;
    const res = await post(body, contentType);
    expect(res.status).toBe(400);
    const answer = JSON.parse(res.body) as { code: string; message: string };
    expect(answer.code).toBe('BadRequest');
    expect(answer.message).toMatch(/activity|JSON/);
    expect(res.body).not.toMatch(/\bat \w+ \(|node_modules|TypeError|Cannot read/);
    expect(t.connector.attempts).toBe(before);
    expect(await ctx.db.message.count()).toBe(0);
  });

  it('a well-formed activity still gets its answer', async () => {
    const res = await post(JSON.stringify(activity()));
    expect(res.status).toBe(200);
    expect(t.connector.texts(user.chatId).length).toBeGreaterThan(0);
  });
});
