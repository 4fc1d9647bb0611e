// GET /healthz: 200 `ok` when the database answers and alerts can reach a coordinator; 200 `degraded` with the
// reasons when they are at risk (no coordinator reachable, an urgent alert undelivered or waiting unacknowledged);
// 503 when the database does not answer (as the contract says).
import type { Server } from 'restify';
import type { Db } from '../db/client.js';

/** Why the service is degraded right now (empty: it is not); given by the composition root. */
export type HealthRisks = () => Promise<string[]>;

export function installHealth(
  server: Server,
  db: Db,
  info: { database: string; version: string },
  risks: HealthRisks = () => Promise.resolve([]),
): void {
  server.get('/healthz', async (_req, res) => {
    try {
      await db.$queryRawUnsafe('SELECT 1');
    } catch {
      res.send(503, { status: 'unavailable', database: info.database, reason: 'the database does not answer' });
      return;
    }
    let reasons: string[];
    try {
      reasons = await risks();
    } catch {
      reasons = ['could not check whether safety alerts can reach a coordinator'];
    }
    res.send(200, {
      status: reasons.length > 0 ? 'degraded' : 'ok',
      database: info.database,
      version: info.version,
      ...(reasons.length > 0 ? { reasons } : {}),
    });
  });
}
