// GET /healthz says whether the database answers, as load balancers and the contract expect.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { startTestApp, type TestApp } from '../../support/app.js';

describeEachDatabase('GET /healthz', (ctx) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(ctx);
  });
  afterAll(async () => {
    await t.close();
  });

  it('is 200 with the database named when the database answers', async () => {
    const res = await fetch(`${t.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: ctx.provider });
  });

  it('is 404 with a JSON reason for a route that does not exist', async () => {
    const res = await fetch(`${t.baseUrl}/nowhere`);
    expect(res.status).toBe(404);
    expect(await res.json()).toHaveProperty('message');
  });
});
