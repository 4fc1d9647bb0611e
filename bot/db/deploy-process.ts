// Runs the start-up migration deploy in a short-lived child process (deploy-child.ts), so Prisma's WASM schema engine
// and its adapters (~60 MB) are freed with that process instead of staying resident in the server. A failure comes
// back as an Error with the child's message, code and nested errors, so it reads as if the deploy had run here.
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DeployReport, SentError } from './deploy-child.js';

const here = fileURLToPath(import.meta.url);
// Built (dist/…/deploy-process.js): the child is plain JavaScript too. From source (tsx, vitest): it needs tsx.
const fromSource = here.endsWith('.ts');
const childEntry = path.join(path.dirname(here), fromSource ? 'deploy-child.ts' : 'deploy-child.js');

function childExecArgv(): string[] {
  if (!fromSource) return [];
  return ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href];
}

function revive(sent: SentError): Error {
  const err = sent.errors ? new AggregateError(sent.errors.map(revive), sent.message) : new Error(sent.message);
  err.name = sent.name;
  if (sent.stack !== undefined) err.stack = sent.stack;
  if (sent.code !== undefined) Object.assign(err, { code: sent.code });
  return err;
}

function isReport(value: unknown): value is DeployReport {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';
}

/** Long enough for another instance's deploy to finish under PostgreSQL's advisory lock; a hang must not last for
 * ever with nothing said. */
const DEPLOY_TIMEOUT_MS = 120_000;

/** The line of a crashed child's stderr that says what went wrong (not the `file:///…:line` location above it). */
function reasonIn(stderr: string): string | undefined {
  const lines = stderr.split('\n').map((line) => line.trim());
  return lines.find((line) => /^\w*Error\b/.test(line)) ?? lines.find((line) => line !== '');
}

/** Applies the pending migrations of the database at `url` in a child process; returns their names. */
export function deployInChildProcess(url: string, opts: { timeoutMs?: number } = {}): Promise<string[]> {
  const timeoutMs = opts.timeoutMs ?? DEPLOY_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    const child = fork(childEntry, [url], {
      execArgv: childExecArgv(),
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'json',
    });
    let report: DeployReport | undefined;
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('message', (message) => {
      if (isReport(message)) report = message;
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`cannot start the migration process: ${err.message}`, { cause: err }));
    });
    // Settled on close, not on the message: SQLite's exclusive lock and PostgreSQL's advisory lock are gone by then,
    // and so is everything the child wrote to stderr.
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (report?.ok) resolve(report.applied);
      else if (report) reject(revive(report.error));
      else if (timedOut) {
        reject(
          new Error(
            `the migrations did not finish within ${Math.round(timeoutMs / 1000)} s (is another process holding the database?)`,
          ),
        );
      } else {
        reject(
          new Error(
            `the migration process stopped without a result: ${reasonIn(stderr) ?? `exit ${code ?? signal ?? '?'}`}`,
          ),
        );
      }
    });
  });
}
