// Shutting down as an operator (or a platform) does it, to a real server process: SIGTERM with a backlog of cards
// stops taking new work, finishes what is in flight and exits 0 well within the grace period; and a log pipe that
// nobody reads any more cannot keep the process from exiting.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../bot/db/client.js';
import { enqueue } from '../../bot/work/outbox.js';
import { FakeConnector } from '../support/fake-connector.js';

const root = path.resolve(import.meta.dirname, '../..');
// node with tsx's loader, not the tsx command: the command relays a signal only if the server reports it within 30 ms,
// and otherwise kills it (exit 143), which a busy shared machine can miss. The server gets SIGTERM itself this way.
const tsx = [process.execPath, '--import', 'tsx'] as const;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pc-shutdown-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

type Server = ChildProcessByStdio<null, Readable, Readable>;

/** Starts bot/server.ts; resolves with the process and its URL once it listens. */
function start(name: string, env: Record<string, string>): Promise<{ child: Server; url: string; dbUrl: string }> {
  const dbUrl = `file:${path.join(tmp, name, 'pc.db')}`;
  const child = spawn(tsx[0], [...tsx.slice(1), 'bot/server.ts'], {
    cwd: root,
    // The try-it console has its own shutdown test (tests/bot/try/start.test.ts).
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '',
      DATABASE_URL: dbUrl,
      TRY_CONSOLE: 'off',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: a hung server is killed with tsx's child, leaving no orphan
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/[^"\s]+)/.exec(out);
      if (m?.[1]) {
        child.stdout.off('data', onData);
        resolve({ child, url: m[1], dbUrl });
      }
    };
    child.stdout.on('data', onData);
    child.on('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
  });
}

/** SIGTERM, then the exit code and how long it took; a process still there after `limitMs` is killed (null). */
function terminate(child: Server, limitMs: number): Promise<{ code: number | null; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const kill = setTimeout(() => process.kill(-(child.pid ?? 0), 'SIGKILL'), limitMs);
    child.once('exit', (code) => {
      clearTimeout(kill);
      resolve({ code, ms: Date.now() - started });
    });
    child.kill('SIGTERM');
  });
}

async function until(check: () => boolean, limitMs: number): Promise<void> {
  const end = Date.now() + limitMs;
  while (!check() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 25));
}

const base = { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' };

describe('shutdown', () => {
  let connector: FakeConnector;
  beforeAll(async () => {
    connector = await new FakeConnector().start();
  });
  afterAll(() => connector.stop());

  it('SIGTERM with 120 cards queued finishes the sends in flight, takes no more and exits 0', async () => {
    connector.delayMs = 150; // a slow Teams: the whole backlog would take far longer than the grace period
    const { child, dbUrl } = await start('backlog', {
      ...base,
      WORKER_INTERVAL_MS: '100',
      SHUTDOWN_GRACE_MS: '8000',
      SEND_TIMEOUT_MS: '3000',
    });
    const database = await openDatabase(dbUrl);
    try {
      const now = new Date();
      // One write for the whole backlog: the running server's worker shares the SQLite file, and 120 separate
      // writes each waiting for its lock could time out on a busy machine.
      const backlog = Array.from({ length: 120 }, (_, n) => {
        const conversation = { id: `a:chat-${n}` };
        const reference = { conversation, serviceUrl: connector.url, channelId: 'msteams', bot: { id: '28:bot' } };
        const payload = { text: 'News', reference };
        return enqueue(
          database.db,
          { dedupeKey: `backlog-${n}`, channel: 'teams', target: conversation.id, payload },
          now,
        );
      });
      await database.db.$transaction(backlog);
      await until(() => connector.attempts >= 3, 15_000);
      expect(connector.attempts).toBeGreaterThanOrEqual(3);

      const { code, ms } = await terminate(child, 20_000);
      expect(code).toBe(0); // the forced exit (code 1) never came
      expect(ms).toBeLessThan(8_000);
      const sent = await database.db.outbox.count({ where: { status: 'sent' } });
      expect(await database.db.outbox.count({ where: { status: 'sending' } })).toBe(0); // nothing left mid-send
      expect(sent).toBeLessThan(120); // it stopped claiming
      expect(connector.calls).toHaveLength(sent); // each finished send was recorded, none twice
    } finally {
      connector.delayMs = 0;
      await database.close();
    }
  });

  it('SIGTERM exits 0 when nobody reads its log any more', async () => {
    const { child, url } = await start('stuck-log', base);
    child.stdout.pause(); // the log's reader stops reading: the pipe fills up
    for (let n = 0; n < 600; n++) {
      // Each refused request writes a log line.
      await fetch(`${url}/api/sms`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'x=1',
      });
    }
    const { code } = await terminate(child, 15_000);
    expect(code).toBe(0);
  });
});
