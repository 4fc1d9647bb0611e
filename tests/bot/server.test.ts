// `npm start` as an operator meets it: a real process that migrates, listens, answers /healthz and stops cleanly on
// SIGTERM; and the clear one-line refusals for a bad environment.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databases, TEST_DATA_KEY } from '../support/databases.js';

const root = path.resolve(import.meta.dirname, '../..');
// node with tsx's loader, not the tsx command: the command relays a signal only if the server reports it within 30 ms,
// and otherwise kills it (exit 143), which a busy shared machine can miss. The server gets SIGTERM itself this way.
const tsx = [process.execPath, '--import', 'tsx'] as const;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts bot/server.ts (or `command`); `whenListening` runs once it logs that it listens, then the process gets
 * SIGTERM.
 */
function runServer(
  env: Record<string, string>,
  whenListening?: (url: string) => Promise<void>,
  command: [string, ...string[]] = [...tsx, 'bot/server.ts'],
  stopOnStderr?: RegExp,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const [file, ...args] = command;
    const child = spawn(file, args, {
      cwd: root,
      // The try-it console (a second copy of the app) has its own tests (tests/bot/try/start.test.ts): off here, so
      // these starts stay quick.
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', TRY_CONSOLE: 'off', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let seen = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const m = /listening on (http:\/\/[^"\s]+)/.exec(stdout);
      if (m?.[1] && !seen) {
        seen = true;
        (whenListening ? whenListening(m[1]) : Promise.resolve()).catch(reject).finally(() => child.kill('SIGTERM'));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stopOnStderr?.test(stderr)) child.kill('SIGTERM');
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pc-server-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('npm start', () => {
  it('creates and migrates SQLite, says what is on and off, serves /healthz, and stops on SIGTERM', async () => {
    const file = path.join(tmp, 'fresh', 'data', 'pc.db');
    let health: unknown;
    const run = await runServer({ DATABASE_URL: `file:${file}`, PORT: '0', HOST: '127.0.0.1' }, async (url) => {
      const res = await fetch(`${url}/healthz`);
      expect(res.status).toBe(200);
      health = await res.json();
    });
    expect(run.code).toBe(0);
    // A fresh install has no coordinator yet: alerts could not reach anyone, and the service says so.
    expect(health).toMatchObject({ status: 'degraded', database: 'sqlite' });
    expect(run.stdout).toMatch(/SAFETY ALERTS AT RISK: no coordinator can be reached/);
    expect(fs.existsSync(file)).toBe(true);
    expect(run.stdout).toMatch(/SQLite at /);
    expect(run.stdout).toMatch(/SMS channel: off/);
    expect(run.stdout).toMatch(/AUTHENTICATION OFF/);
    expect(run.stdout).toMatch(/stopped/);
    // JSON unless told otherwise: one object a line, for machines.
    for (const line of run.stdout.split('\n').filter(Boolean)) expect(() => JSON.parse(line) as unknown).not.toThrow();
  });

  it('warns that Teams authentication is off whatever LOG_LEVEL says', async () => {
    const file = path.join(tmp, 'quiet', 'pc.db');
    const env = { DATABASE_URL: `file:${file}`, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error' };
    // Nothing is logged at this level, so "listening" never shows: the process is stopped once the warning has.
    const run = await runServer(env, undefined, undefined, /AUTHENTICATION OFF/);
    expect(run.stderr).toMatch(/AUTHENTICATION OFF/);
    expect(run.stdout).not.toMatch(/listening/);
  });

  it('runs as built JavaScript with the node flags of `npm start` (its prestart build, then plain node)', async () => {
    // Built inside the project, as dist/ is, so that the built code finds node_modules; dist/ itself is left alone.
    const outdir = path.join(root, 'node_modules', '.cache', 'peer-connect', `server-test-${process.pid}`);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['prestart']).toBe('node scripts/build.mjs');
    const [node, ...args] = (pkg.scripts['start'] ?? '').split(/\s+/);
    expect(node).toBe('node');
    expect(args.at(-1)).toBe('dist/bot/server.js');
    const flags = args.slice(0, -1);
    try {
      execFileSync(process.execPath, ['scripts/build.mjs', `--outdir=${outdir}`], { cwd: root, stdio: 'pipe' });
      const file = path.join(tmp, 'built', 'pc.db');
      const env = { DATABASE_URL: `file:${file}`, PORT: '0', HOST: '127.0.0.1' };
      const run = await runServer(
        env,
        async (url) => {
          const res = await fetch(`${url}/healthz`);
          expect(await res.json()).toMatchObject({ status: 'degraded', database: 'sqlite' });
        },
        [process.execPath, ...flags, path.join(outdir, 'bot', 'server.js')],
      );
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/database ready, migrations applied/);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });

  const pg = databases.find((d) => d.name === 'postgresql');
  it.skipIf(pg?.skipped !== null)('runs the same code on PostgreSQL', async () => {
    if (!pg) return;
    const url = await pg.makeUrl();
    try {
      const run = await runServer(
        { DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1', DATA_KEY: TEST_DATA_KEY },
        async (base) => {
          const res = await fetch(`${base}/healthz`);
          expect(await res.json()).toMatchObject({ status: 'degraded', database: 'postgresql' });
        },
      );
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/PostgreSQL at 127\.0\.0\.1:5432\/pc_test_/);
    } finally {
      await pg.drop(url);
    }
  });

  it('writes one readable line per event with LOG_FORMAT=pretty', async () => {
    const file = path.join(tmp, 'pretty', 'pc.db');
    const base = { DATABASE_URL: `file:${file}`, PORT: '0', HOST: '127.0.0.1' };
    const pretty = await runServer({ ...base, LOG_FORMAT: 'pretty' });
    expect(pretty.code).toBe(0);
    const lines = pretty.stdout.split('\n').filter(Boolean);
    expect(
      lines.some((l) => /^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\] INFO: listening on http:\/\/127\.0\.0\.1:\d+/.test(l)),
    ).toBe(true);
    expect(lines.some((l) => /WARN: !!! Teams channel: AUTHENTICATION OFF/.test(l))).toBe(true);
    expect(lines.filter((l) => l.startsWith('{'))).toEqual([]);
  });

  it('says in one line that the port is taken, and stops without a stack', async () => {
    const other = net.createServer();
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const { port } = other.address() as net.AddressInfo;
    try {
      const file = path.join(tmp, 'busy', 'pc.db');
      const run = await runServer({ DATABASE_URL: `file:${file}`, PORT: String(port), HOST: '127.0.0.1' });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `peer-connect cannot start: port ${port} is already in use on 127.0.0.1 (is peer-connect already running?): ` +
          'stop the other program or set PORT to a free port\n',
      );
      expect(run.stdout).not.toMatch(/listening on|Unhandled/);
    } finally {
      other.close();
    }
  });

  it.each([
    ['192.0.2.1', /^peer-connect cannot start: HOST 192\.0\.2\.1 is not an address of this machine: use 0\.0\.0\.0/],
    ['no-such-host.invalid', /^peer-connect cannot start: HOST no-such-host\.invalid is not a host name or address/],
  ])('says in one line that HOST %s will not do', async (host, reason) => {
    const file = path.join(tmp, `host-${host}`, 'pc.db');
    const run = await runServer({ DATABASE_URL: `file:${file}`, PORT: '0', HOST: host });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(reason);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT: /],
    [{ DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432' }, /DATABASE_URL: names no database: add one at the end/],
    [
      { TWILIO_ACCOUNT_SID: 'AC123', TWILIO_AUTH_TOKEN: 'secret', TWILIO_FROM: '+447700900123' },
      /^peer-connect cannot start\. Invalid configuration:\n {2}TWILIO_ACCOUNT_SID: must be the Account SID from the Twilio console: AC and 32 hex digits\n$/,
    ],
    [{ DATABASE_URL: 'mysql://localhost/x' }, /DATABASE_URL: must start with file:/],
    [{ DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/nowhere' }, /cannot (reach|migrate) the database/],
    [{ DATABASE_URL: `file:${path.join(root, 'package.json', 'db.sqlite')}` }, /folder/],
  ])('refuses %o with one clear line and a non-zero exit', async (env, reason) => {
    const run = await runServer({ PORT: '0', HOST: '127.0.0.1', ...env });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(reason);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack dump
  });
});
