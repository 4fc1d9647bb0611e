// `npm start` with no channels: the server says where the try-it console is, serves it to this machine only, and
// puts its practice data in a file of its own; TRY_CONSOLE=off leaves no trace of it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
// node with tsx's loader, not the tsx command: the command relays a signal only if the server reports it within 30 ms,
// and otherwise kills it (exit 143), which a busy shared machine can miss. The server gets SIGTERM itself this way.
const tsx = [process.execPath, '--import', 'tsx'] as const;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pc-try-start-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A start migrates two databases (the real one and the console's) in child processes: slow on a busy machine. */
const START_LIMIT_MS = 60_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs bot/server.ts until `ready` matches its output, calls `whenReady`, then stops it with SIGTERM. */
function runServer(env: Record<string, string>, ready: RegExp, whenReady: (port: string) => Promise<void>) {
  return new Promise<Run>((resolve, reject) => {
    const child = spawn(tsx[0], [...tsx.slice(1), 'bot/server.ts'], {
      cwd: root,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', SAFETY_SEMANTIC: 'off', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let seen = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), START_LIMIT_MS - 5_000);
    const check = () => {
      const m = ready.exec(stdout + stderr);
      if (!m || seen) return;
      seen = true;
      // The port from the line that matched ("Try it: …:PORT/try"), or from "listening on …:PORT".
      const port = m[1] ?? /listening on http:\/\/[^:]+:(\d+)/.exec(stdout)?.[1] ?? '';
      whenReady(port)
        .catch(reject)
        .finally(() => child.kill('SIGTERM'));
    };
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      check();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      check();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('npm start and the try-it console', () => {
  it(
    'prints "Try it: http://localhost:PORT/try", serves it to this machine and keeps its data apart',
    async () => {
      const file = path.join(tmp, 'on', 'peer-connect.db');
      const run = await runServer(
        { DATABASE_URL: `file:${file}`, PORT: '0', HOST: '127.0.0.1' },
        /Try it: http:\/\/localhost:(\d+)\/try\n/,
        async (port) => {
          const page = await fetch(`http://127.0.0.1:${port}/try`);
          expect(page.status).toBe(200);
          const proxied = await fetch(`http://127.0.0.1:${port}/try`, {
            headers: { 'x-forwarded-for': '198.51.100.7' },
          });
          expect(proxied.status).toBe(403);
        },
      );
      expect(run.code).toBe(0);
      // The plain line on stderr (stdout stays JSON), and the same in the log.
      expect(run.stderr).toMatch(/^Try it: http:\/\/localhost:\d+\/try$/m);
      expect(run.stdout).toMatch(/"msg":"Try it: http:\/\/localhost:\d+\/try"/);
      expect(fs.existsSync(path.join(tmp, 'on', 'try-console.db'))).toBe(true);
    },
    START_LIMIT_MS,
  );

  it(
    'TRY_CONSOLE=off: no line, no /try, no console database',
    async () => {
      const file = path.join(tmp, 'off', 'peer-connect.db');
      const run = await runServer(
        { DATABASE_URL: `file:${file}`, PORT: '0', HOST: '127.0.0.1', TRY_CONSOLE: 'off' },
        /listening on/,
        async (port) => {
          expect((await fetch(`http://127.0.0.1:${port}/try`)).status).toBe(404);
        },
      );
      expect(run.code).toBe(0);
      expect(run.stdout + run.stderr).not.toMatch(/Try it/);
      expect(fs.existsSync(path.join(tmp, 'off', 'try-console.db'))).toBe(false);
    },
    START_LIMIT_MS,
  );
});
