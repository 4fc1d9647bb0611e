// GET /healthz: 200 when the database answers, 503 otherwise (as the contract says).
import type { Server } from 'restify';
import type { Db } from '../db/client.js';

export function installHealth(server: Server, db: Db, info: { database: string; version: string }): void {
  server.get('/healthz', async (_req, res) => {
    try {
      await db.$queryRawUnsafe('SELECT 1');
      res.send(200, { status: 'ok', database: info.database, version: info.version });
    } catch {
      res.send(503, { status: 'unavailable', database: info.database, reason: 'the database does not answer' });
    }
  });
}
