// Bot Framework authentication: on whenever MicrosoftAppId is set. A request without a token, or with a bad one,
// gets 401 at once, with no network needed (the token is rejected before any key download). A signed-looking token
// is checked against the published keys (a local stand-in for Microsoft's here): 401 when it does not verify, 503
// with one log line when the keys cannot be fetched, never a 500 or a stack trace.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import type { FakeConnector } from '../../support/fake-connector.js';
import { postActivity, startTeamsApp, teamsUser, type TeamsTestApp } from '../../support/teams.js';

describeEachDatabase('Teams authentication', (ctx) => {
  let t: TeamsTestApp;
  let connector: FakeConnector;
  const user = teamsUser('Someone');

  let keys: FakeKeys;
  let logs = '';

  beforeAll(async () => {
    keys = await FakeKeys.start();
    const logStream = new PassThrough();
    logStream.on('data', (chunk: Buffer) => (logs += chunk.toString()));
    t = await startTeamsApp(ctx, {
      env: {
        MicrosoftAppId: '6f1c0a52-3a4b-4c7d-9e2f-0123456789ab',
        MicrosoftAppPassword: 'not-a-real-secret',
        ToBotFromChannelOpenIdMetadataUrl: `${keys.url}/.well-known/openid-configuration`,
        LOG_LEVEL: 'warn',
      },
      logStream,
    });
    connector = t.connector;
  });
  afterAll(async () => {
    await t.close();
    await keys.stop();
  });

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

  it.each(['error', 'drop'] as const)(
    'a forged RS256 token gets 503 and one log line while the keys cannot be fetched (%s; none cached yet)',
    async (mode) => {
      keys.mode = mode;
      logs = '';
      const turn = await postActivity(t, connector, activity(), { authorization: `Bearer ${forgedJwt()}` });
      expect(turn.status).toBe(503);
      expect(JSON.stringify(turn.body)).not.toMatch(/\bat \w+ \(|node_modules/);
      expect(turn.replies).toEqual([]);
      const lines = logs.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/keys unreachable/);
    },
  );

  it('a forged RS256 token gets 401 once the published keys can be fetched and do not verify it', async () => {
    keys.mode = 'up';
    const turn = await postActivity(t, connector, activity(), { authorization: `Bearer ${forgedJwt()}` });
    expect(turn.status).toBe(401);
    expect(turn.replies).toEqual([]);
    expect(keys.requests).toBeGreaterThan(0);
  });

  it('a malformed activity with a signed-looking token gets 400 before any key is fetched', async () => {
    const before = keys.requests;
    const turn = await postActivity(
      t,
      connector,
      { ...activity(), serviceUrl: 'nowhere' },
      {
        authorization: `Bearer ${forgedJwt()}`,
      },
    );
    expect(turn.status).toBe(400);
    expect(keys.requests).toBe(before);
  });
});

/** Publishes an OpenID configuration and an empty key set, or fails as `mode` says. */
class FakeKeys {
  /** 'error': answer 500; 'drop': drop the connection; 'up': publish an empty key set. */
  mode: 'error' | 'drop' | 'up' = 'up';
  requests = 0;
  url = '';
  private constructor(private readonly server: http.Server) {}

  static async start(): Promise<FakeKeys> {
    const server = http.createServer();
    const keys = new FakeKeys(server);
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      keys.requests++;
      res.setHeader('content-type', 'application/json');
      if (keys.mode === 'drop') req.socket.destroy();
      else if (keys.mode === 'error') {
        res.statusCode = 500;
        res.end('{}');
      } else if (req.url?.startsWith('/.well-known/')) res.end(JSON.stringify({ jwks_uri: `${keys.url}/keys` }));
      else res.end(JSON.stringify({ keys: [] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    keys.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return keys;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/** Looks like a Bot Framework token (RS256, a key id, Microsoft's issuer) but was signed by nobody's key. */
function forgedJwt(kid = 'forged-key'): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = {
    iss: 'https://api.botframework.com',
    aud: '6f1c0a52-3a4b-4c7d-9e2f-0123456789ab',
    exp: 9_999_999_999,
  };
  return `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part(claims)}.${Buffer.from('not a signature').toString('base64url')}`;
}

function unsignedJwt(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ iss: 'https://api.botframework.com', aud: 'x', exp: 9_999_999_999 })}.`;
}
