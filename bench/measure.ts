// Measures one server under one load: spawn it as production runs it, wait until it answers (and has its sentence
// model), warm it up, let it settle, then drive the measured load while sampling its memory and CPU.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { settled, spawnChild, waitUntil, type Child } from './child.js';
import type { Driver } from './journeys.js';
import { runLoad, type LoadResult } from './load.js';
import { runOpenLoop } from './open-loop.js';
import type { PathName, PathRun } from './report.js';
import type { Session } from './session.js';

// Servers run as production runs them: the built JavaScript on plain node with `npm start`'s node flags (heap
// sizing, see README "Running it"); the floors are built and flagged alike so the ratios stay fair.
export const appEntry = 'dist/bot/server.js';
const productionFlags = startFlags();

function startFlags(): string[] {
  const pkg: unknown = JSON.parse(fs.readFileSync('package.json', 'utf8'));
  const start: unknown =
    typeof pkg === 'object' && pkg !== null && 'scripts' in pkg && typeof pkg.scripts === 'object' && pkg.scripts
      ? Reflect.get(pkg.scripts, 'start')
      : undefined;
  if (typeof start !== 'string' || !start.startsWith('node ') || !start.endsWith(` ${appEntry}`)) {
    throw new Error(`package.json's start script is not \`node [flags] ${appEntry}\`: update bench/measure.ts`);
  }
  return start.split(/\s+/).filter((word) => word.startsWith('--'));
}

/** Builds the app and the floors into dist/ (nothing to do when it is current). */
export function build(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', 'bench/floors'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** One request through the driver, as the first a server answers; false (and the sender handed back) on failure. */
async function probe<T>(url: string, driver: Driver<T>): Promise<boolean> {
  const req = driver.next();
  try {
    const res = await fetch(url + req.path, { method: 'POST', headers: req.headers, body: req.body });
    const text = await res.text();
    driver.answered(req.who, res.status, text);
    return res.ok;
  } catch {
    driver.answered(req.who, 0, '');
    return false;
  }
}

function logSays(file: string, text: string): boolean {
  try {
    return fs.readFileSync(file, 'utf8').includes(text);
  } catch {
    return false;
  }
}

/** The app answers before its sentence model has loaded (turns go on without it meanwhile): measure it loaded, as it
 * runs for all but its first seconds, so neither the loading nor turns without the model count. (The line is logged
 * at info: with a quieter BENCH_LOG_LEVEL there is nothing to wait for.) */
export async function modelLoaded(child: Child, logFile: string, env: Record<string, string>): Promise<void> {
  const logsReady = ['info', 'debug', 'trace'].includes(env['LOG_LEVEL'] ?? 'info');
  if (logsReady && (env['SAFETY_SEMANTIC'] ?? process.env['SAFETY_SEMANTIC']) !== 'off') {
    await waitUntil(child, () => Promise.resolve(logSays(logFile, 'semantic safety layer ready')), 120_000);
  }
}

/** How a run loads its server: closed loop at `connections`, or open loop at `offeredPerSecond`. */
export interface Shape {
  /** Closed loop: this many connections, each waiting for its answer. */
  connections: number;
  /** Open loop instead: requests started at this rate whatever the answers (open-loop.ts). */
  offeredPerSecond?: number;
  seconds?: number;
}

export interface Measure<T> extends Shape {
  path: PathName;
  /** Names the log and profile files; path and concurrency unless given. */
  label?: string;
  entry: string;
  env: Record<string, string>;
  driver: Driver<T>;
  /** Figures read after the load: journeys finished, replies posted, … */
  notes?: (load: LoadResult) => Promise<Record<string, number>>;
}

export async function measure<T>(session: Session, m: Measure<T>): Promise<PathRun> {
  const { options, say } = session;
  const label = m.label ?? (m.offeredPerSecond ? `${m.path}-open${m.offeredPerSecond}` : `${m.path}-c${m.connections}`);
  const nodeFlags = [
    ...productionFlags,
    ...(options.profile && (m.path === 'sms' || m.path === 'teams')
      ? // One folder per run: node writes a profile per thread (worker threads included), and a fixed name would clash.
        ['--cpu-prof', `--cpu-prof-dir=${path.join(session.runDir, 'profiles', label)}`]
      : []),
  ];
  say(`  ${label}: starting ${m.entry}`);
  const logFile = path.join(session.runDir, `${label}.log`);
  const child: Child = await spawnChild({ entry: m.entry, env: m.env, logFile, nodeFlags });
  try {
    const coldStartMs = await waitUntil(child, () => probe(child.url, m.driver));
    if (m.entry === appEntry) await modelLoaded(child, logFile, m.env);
    const drive = (seconds: number, onTick?: () => void): Promise<LoadResult> =>
      m.offeredPerSecond
        ? runOpenLoop({ url: child.url, ratePerSecond: m.offeredPerSecond, seconds, driver: m.driver, onTick })
        : runLoad({ url: child.url, connections: m.connections, seconds, driver: m.driver, onTick });
    await drive(options.warmupSeconds);
    await settled(child);
    child.resetPeak();
    const fromMs = performance.now() - child.spawnedAt;
    const cpuBefore = child.cpuMs();
    const load = await drive(m.seconds ?? options.seconds, () => child.sample());
    // A server that died under load answers nothing more: say why rather than report the errors it left.
    if (!child.alive()) throw new Error(child.exitReason());
    child.sample();
    const cpuMs = child.cpuMs() - cpuBefore;
    session.loadWindows.set(label, { fromMs, toMs: performance.now() - child.spawnedAt });
    const lifetimePeakRssMb = child.highWaterMb();
    // Server CPU per answered request (every thread, the sentence model's included): on a shared machine it moves far
    // less than turns/s, which also count time spent waiting for the CPU.
    const cpuPerTurn = load.requests > 0 ? Math.round((cpuMs / load.requests) * 100) / 100 : 0;
    const notes = { ...(m.notes ? await m.notes(load) : {}), 'CPU ms/turn': cpuPerTurn };
    say(`  ${label}: ${Math.round(load.turnsPerSecond)} turns/s, p99 ${load.latencyMs.p99} ms`);
    return {
      path: m.path,
      // The bare floors touch no database; the durable one writes to the run's.
      database: m.path === 'floor-twiml' || m.path === 'floor-cloudadapter' ? '-' : options.databaseLabel,
      load,
      peakRssMb: child.peakRssMb,
      lifetimePeakRssMb,
      coldStartMs,
      notes,
    };
  } finally {
    await child.stop();
  }
}
