// GET /healthz says whether the database answers, as load balancers and the contract expect (whether safety alerts
// can reach a coordinator: tests/bot/teams/alert-delivery.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../bot/db/client.js';
import { databases, describeEachDatabase, TEST_DATA_KEY } from '../../support/databases.js';
import { startTestApp, type TestApp } from '../../support/app.js';

describeEachDatabase('GET /healthz', (ctx) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(ctx);
  });
  afterAll(async () => {
    await t.close();
  });

  it('is 200 with the database named when the database answers, degraded while no coordinator can be reached', async () => {
    const res = await fetch(`${t.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; database: string; reasons: string[] };
    expect(body).toMatchObject({ status: 'degraded', database: ctx.provider });
    expect(body.reasons.join('\n')).toMatch(/no coordinator can be reached/);
  });

  it('is 404 with a JSON reason for a route that does not exist', async () => {
    const res = await fetch(`${t.baseUrl}/nowhere`);
    expect(res.status).toBe(404);
    expect(await res.json()).toHaveProperty('message');
  });
});

const postgresql = databases.find((d) => d.name === 'postgresql');

describe.skipIf(postgresql?.skipped !== null)('GET /healthz when the database goes away [postgresql]', () => {
  it('is 503, and says so without details', async () => {
    if (!postgresql) return;
    const url = await postgresql.makeUrl();
    const opened = await openDatabase(url, { key: { dataKey: TEST_DATA_KEY } });
    const ctx = { provider: 'postgresql' as const, url, db: opened.db, clear: () => Promise.resolve() };
    const t = await startTestApp(ctx);
    try {
      expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
      await postgresql.drop(url); // WITH (FORCE): the app's connections are cut and the database is gone
      const res = await fetch(`${t.baseUrl}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'unavailable' });
    } finally {
      await t.close();
      await opened.close().catch(() => undefined);
    }
  });
});
