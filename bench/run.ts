// `npm run bench [-- --quick] [-- --profile]`: the product under load next to its floors (the same stack doing
// nothing), in one run so the ratios hold on a noisy machine. Every server runs in a child process; figures go to
// a table and to bench/results/<time>.json. See bench/README.md for what each figure means.
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { settled, spawnChild, waitUntil, type Child } from './child.js';
import { measureAlerts, type AlertRun } from './alert.js';
import { benchDataKey, freshDatabase, withDb, type BenchDatabase } from './databases.js';
import type { FakeCounts } from './fake-connector.js';
import { SmsJourneys, TeamsCoordinators, type Driver } from './journeys.js';
import { runLoad, type LoadResult } from './load.js';
import { runOpenLoop } from './open-loop.js';
import { summarise, type Window } from './profile.js';
import {
  judge,
  machine,
  render,
  save,
  type BenchReport,
  type FlatRun,
  type PathName,
  type PathRun,
  type SafetyRun,
  type SemanticRun,
} from './report.js';
import { seedConversations } from './seed.js';

const args = new Set(process.argv.slice(2));
// --only=sms,teams,floor-twiml,floor-durable,floor-cloudadapter,open,stored,safety,semantic,alert: a subset, e.g. to
// profile one path.
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (part: string): boolean => !only || only.includes(part);
const quick = args.has('--quick');
const profile = args.has('--profile');
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? (quick ? 2 : 10));
const WARMUP_SECONDS = quick ? 1 : 2;
const CONNECTIONS = [10, 50];
/** The open-loop runs' offered rate, turns/s: far above a county's need (issue #17). */
const OFFERED_RATE = 50;
/** Long enough for a p99 that is not simply the slowest turn: 300 turns in a quick run, 1,000 in a full one. */
const OPEN_SECONDS = Number(process.env['BENCH_OPEN_SECONDS'] ?? Math.max(SECONDS, quick ? 6 : 20));
const CLOSED_LOOP_PARTS = ['floor-twiml', 'floor-durable', 'sms', 'floor-cloudadapter', 'teams'];
const STORED = Number(process.env['BENCH_STORED'] ?? (quick ? 10_000 : 100_000));
const FLAT_CONNECTIONS = 10;
const FLAT_ROUNDS = quick ? 1 : 2;
const FLAT_SECONDS = quick ? SECONDS : Math.max(2, Math.round(SECONDS / FLAT_ROUNDS));
const serverUrl = process.env['BENCH_DATABASE_URL'] || undefined;
const databaseLabel = serverUrl ? 'PostgreSQL' : 'SQLite';

const TOKEN = 'bench-auth-token-0123456789';
const SID = 'AC' + 'b'.repeat(32);
const FROM = '+441234567890';
const PUBLIC_URL = 'https://bench.peer-connect.invalid';
const TENANT = '00000000-0000-4000-8000-00000000beef';
const COORDINATORS = Array.from(
  { length: 100 },
  (_, i) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
);
const COORDINATOR_TEXTS = ['help', 'list', 'hi'];

const takenAt = new Date().toISOString();
const resultsDir = path.resolve('bench/results');
const runDir = path.join(resultsDir, 'runs', takenAt.replace(/[:.]/g, '-'));
const problems: string[] = [];
/** When each run's measured load ran, from its spawn: profiles are read for that window only. */
const loadWindows = new Map<string, Window>();
let phoneCursor = 700_900_000;

const say = (line: string) => process.stdout.write(`${line}\n`);

// Servers run as production runs them: the built JavaScript on plain node with `npm start`'s node flags (heap
// sizing, see README "Running it"); the floors are built and flagged alike so the ratios stay fair.
const appEntry = 'dist/bot/server.js';
const productionFlags = startFlags();

function startFlags(): string[] {
  const pkg: unknown = JSON.parse(fs.readFileSync('package.json', 'utf8'));
  const start: unknown =
    typeof pkg === 'object' && pkg !== null && 'scripts' in pkg && typeof pkg.scripts === 'object' && pkg.scripts
      ? Reflect.get(pkg.scripts, 'start')
      : undefined;
  if (typeof start !== 'string' || !start.startsWith('node ') || !start.endsWith(` ${appEntry}`)) {
    throw new Error(`package.json's start script is not \`node [flags] ${appEntry}\`: update bench/run.ts`);
  }
  return start.split(/\s+/).filter((word) => word.startsWith('--'));
}

function build(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', 'bench/floors'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

function smsDriver(): SmsJourneys {
  const firstPhone = phoneCursor;
  phoneCursor += 1_000_000;
  return new SmsJourneys({ authToken: TOKEN, publicUrl: PUBLIC_URL, accountSid: SID, to: FROM, firstPhone });
}

function teamsDriver(connectorUrl: string): TeamsCoordinators {
  return new TeamsCoordinators({
    connectorUrl,
    coordinators: COORDINATORS,
    tenantId: TENANT,
    texts: COORDINATOR_TEXTS,
  });
}

function appEnv(databaseUrl: string, fakesUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    DATA_KEY: benchDataKey,
    PUBLIC_URL,
    TWILIO_ACCOUNT_SID: SID,
    TWILIO_AUTH_TOKEN: TOKEN,
    TWILIO_FROM: FROM,
    TWILIO_API_URL: fakesUrl,
    // Teams authentication off, as in local testing: the fake connector cannot issue Microsoft tokens.
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] ?? 'info',
  };
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

interface Measure<T> {
  path: PathName;
  /** Names the log and profile files; path and concurrency unless given. */
  label?: string;
  entry: string;
  env: Record<string, string>;
  driver: Driver<T>;
  /** Closed loop: this many connections, each waiting for its answer. */
  connections: number;
  /** Open loop instead: requests started at this rate whatever the answers (open-loop.ts). */
  offeredPerSecond?: number;
  seconds?: number;
  /** Figures read after the load: journeys finished, replies posted, … */
  notes?: (load: LoadResult) => Promise<Record<string, number>>;
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
async function modelLoaded(child: Child, logFile: string, env: Record<string, string>): Promise<void> {
  const logsReady = ['info', 'debug', 'trace'].includes(env['LOG_LEVEL'] ?? 'info');
  if (logsReady && (env['SAFETY_SEMANTIC'] ?? process.env['SAFETY_SEMANTIC']) !== 'off') {
    await waitUntil(child, () => Promise.resolve(logSays(logFile, 'semantic safety layer ready')), 120_000);
  }
}

async function measure<T>(m: Measure<T>): Promise<PathRun> {
  const label = m.label ?? (m.offeredPerSecond ? `${m.path}-open${m.offeredPerSecond}` : `${m.path}-c${m.connections}`);
  const nodeFlags = [
    ...productionFlags,
    ...(profile && (m.path === 'sms' || m.path === 'teams')
      ? // One folder per run: node writes a profile per thread (worker threads included), and a fixed name would clash.
        ['--cpu-prof', `--cpu-prof-dir=${path.join(runDir, 'profiles', label)}`]
      : []),
  ];
  say(`  ${label}: starting ${m.entry}`);
  const logFile = path.join(runDir, `${label}.log`);
  const child: Child = await spawnChild({ entry: m.entry, env: m.env, logFile, nodeFlags });
  try {
    const coldStartMs = await waitUntil(child, () => probe(child.url, m.driver));
    if (m.entry === appEntry) await modelLoaded(child, logFile, m.env);
    const drive = (seconds: number, onTick?: () => void): Promise<LoadResult> =>
      m.offeredPerSecond
        ? runOpenLoop({ url: child.url, ratePerSecond: m.offeredPerSecond, seconds, driver: m.driver, onTick })
        : runLoad({ url: child.url, connections: m.connections, seconds, driver: m.driver, onTick });
    await drive(WARMUP_SECONDS);
    await settled(child);
    child.resetPeak();
    const fromMs = performance.now() - child.spawnedAt;
    const cpuBefore = child.cpuMs();
    const load = await drive(m.seconds ?? SECONDS, () => child.sample());
    // A server that died under load answers nothing more: say why rather than report the errors it left.
    if (!child.alive()) throw new Error(child.exitReason());
    child.sample();
    const cpuMs = child.cpuMs() - cpuBefore;
    loadWindows.set(label, { fromMs, toMs: performance.now() - child.spawnedAt });
    const lifetimePeakRssMb = child.highWaterMb();
    // Server CPU per answered request (every thread, the sentence model's included): on a shared machine it moves far
    // less than turns/s, which also count time spent waiting for the CPU.
    const cpuPerTurn = load.requests > 0 ? Math.round((cpuMs / load.requests) * 100) / 100 : 0;
    const notes = { ...(m.notes ? await m.notes(load) : {}), 'CPU ms/turn': cpuPerTurn };
    say(`  ${label}: ${Math.round(load.turnsPerSecond)} turns/s, p99 ${load.latencyMs.p99} ms`);
    return {
      path: m.path,
      // The bare floors touch no database; the durable one writes to the run's.
      database: m.path === 'floor-twiml' || m.path === 'floor-cloudadapter' ? '-' : databaseLabel,
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

async function fakeCounts(url: string): Promise<FakeCounts> {
  const res = await fetch(`${url}/counts`);
  return (await res.json()) as FakeCounts;
}

async function smsNotes(driver: SmsJourneys, db: BenchDatabase): Promise<Record<string, number>> {
  // The server has not stopped yet: its database is read here after the load, as any second reader would.
  const handoffs = await withDb(db.url, (client) => client.handoff.count());
  return { journeys: driver.stats.completed, stuck: driver.stats.stuck, handoffs };
}

async function teamsNotes(fakesUrl: string, before: FakeCounts, load: LoadResult): Promise<Record<string, number>> {
  const after = await fakeCounts(fakesUrl);
  return {
    posted: after.activities - before.activities,
    turns: load.requests,
    unfaked: after.unknown - before.unknown,
  };
}

async function runSafety(): Promise<SafetyRun | null> {
  say('safety classification (child process)');
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/children/safety.ts'], {
      timeout: 120_000,
    });
    return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as SafetyRun;
  } catch (err) {
    problems.push(`safety: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}

async function runSemantic(): Promise<SemanticRun | null> {
  say('all safety layers with the sentence model (child process)');
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/children/semantic.ts'], {
      timeout: 300_000,
    });
    return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as SemanticRun;
  } catch (err) {
    problems.push(`semantic: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}

async function attempt<T>(what: string, job: () => Promise<T>): Promise<T | undefined> {
  if (!wanted(what.split(' ')[0] ?? what)) return undefined;
  try {
    return await job();
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    problems.push(`${what}: ${reason}`);
    say(`  ${what} FAILED: ${reason}`);
    return undefined;
  }
}

/** How a run loads its server: closed loop at `connections`, or open loop at `offeredPerSecond`. */
interface Shape {
  connections: number;
  offeredPerSecond?: number;
  seconds?: number;
}

/** The durable floor on a fresh database of the run's kind (SQLite file or PostgreSQL). */
async function durableFloorRun(shape: Shape): Promise<PathRun> {
  const db = await freshDatabase(serverUrl);
  try {
    return await measure({
      path: 'floor-durable',
      entry: 'dist/bench/floors/durable-twiml.js',
      env: { TWILIO_AUTH_TOKEN: TOKEN, PUBLIC_URL, DATABASE_URL: db.url, DATA_KEY: benchDataKey },
      driver: smsDriver(),
      ...shape,
    });
  } finally {
    await db.drop();
  }
}

/** Mentees texting the real app on a fresh database; also the run's longest journey, as a template for seeding. */
async function smsRun(
  fakesUrl: string,
  shape: Shape,
  withTemplate = false,
): Promise<{ run: PathRun; snapshot: { snapshot: string; state: string } | undefined }> {
  const db = await freshDatabase(serverUrl);
  const driver = smsDriver();
  try {
    const run = await measure({
      path: 'sms',
      entry: appEntry,
      env: appEnv(db.url, fakesUrl),
      driver,
      ...shape,
      notes: () => smsNotes(driver, db),
    });
    return { run, snapshot: withTemplate ? await longestSnapshot(db.url) : undefined };
  } finally {
    await db.drop();
  }
}

/** Coordinators writing to the real app in Teams, 100 of them registered on a fresh database. */
async function teamsRun(fakesUrl: string, shape: Shape): Promise<PathRun> {
  const db = await freshDatabase(serverUrl);
  try {
    await withDb(db.url, (client) =>
      client.staff.createMany({
        data: COORDINATORS.map((aad, i) => ({ aadObjectId: aad, name: `Coordinator ${i + 1}`, role: 'coordinator' })),
      }),
    );
    const before = await fakeCounts(fakesUrl);
    return await measure({
      path: 'teams',
      entry: appEntry,
      env: appEnv(db.url, fakesUrl),
      driver: teamsDriver(fakesUrl),
      ...shape,
      notes: (load) => teamsNotes(fakesUrl, before, load),
    });
  } finally {
    await db.drop();
  }
}

async function main(): Promise<void> {
  say(
    `peer-connect benchmark (${quick ? 'quick' : 'full'}): ${SECONDS} s per run, ${databaseLabel}; logs in ${runDir}`,
  );
  build();
  const fakes = await spawnChild({
    entry: 'bench/children/fakes.ts',
    env: {},
    logFile: path.join(runDir, 'fakes.log'),
  });
  const runs: PathRun[] = [];
  let coldStartMs: number | null = null;
  let template: { snapshot: string; state: string } | undefined;
  let flat: FlatRun | null = null;
  let safety: SafetyRun | null = null;
  let semantic: SemanticRun | null = null;
  let alert: AlertRun | null = null;
  try {
    await waitUntil(fakes, async () => (await fetch(`${fakes.url}/counts`)).ok);
    if (wanted('safety')) safety = await runSafety();
    if (wanted('semantic')) semantic = await runSemantic();

    for (const connections of CONNECTIONS) {
      if (CLOSED_LOOP_PARTS.some(wanted)) say(`concurrency ${connections}`);
      const shape = { connections };
      const floorSms = await attempt(`floor-twiml c=${connections}`, () =>
        measure({
          path: 'floor-twiml',
          entry: 'dist/bench/floors/bare-twiml.js',
          env: { TWILIO_AUTH_TOKEN: TOKEN, PUBLIC_URL },
          driver: smsDriver(),
          connections,
        }),
      );
      const floorDurable = await attempt(`floor-durable c=${connections}`, () => durableFloorRun(shape));
      const sms = await attempt(`sms c=${connections}`, async () => {
        const { run, snapshot } = await smsRun(fakes.url, shape, template === undefined);
        template ??= snapshot;
        return run;
      });
      if (sms && coldStartMs === null) coldStartMs = sms.coldStartMs;
      const floorTeams = await attempt(`floor-cloudadapter c=${connections}`, async () => {
        const before = await fakeCounts(fakes.url);
        return measure({
          path: 'floor-cloudadapter',
          entry: 'dist/bench/floors/bare-cloudadapter.js',
          env: {},
          driver: teamsDriver(fakes.url),
          connections,
          notes: (load) => teamsNotes(fakes.url, before, load),
        });
      });
      const teams = await attempt(`teams c=${connections}`, () => teamsRun(fakes.url, shape));
      const ratio = (run: PathRun, floor: PathRun) => run.load.turnsPerSecond / floor.load.turnsPerSecond;
      if (sms && floorSms) sms.ratio = ratio(sms, floorSms);
      if (teams && floorTeams) teams.ratio = ratio(teams, floorTeams);
      // One durable write is the least any turn does, by text or in Teams: both paths are read against it.
      if (sms && floorDurable) sms.durableRatio = ratio(sms, floorDurable);
      if (teams && floorDurable) teams.durableRatio = ratio(teams, floorDurable);
      runs.push(...[floorSms, floorDurable, sms, floorTeams, teams].filter((r): r is PathRun => r !== undefined));
    }

    // Latency as people feel it: turns arriving at a fixed rate, whether or not the earlier ones were answered.
    const open = { connections: 0, offeredPerSecond: OFFERED_RATE, seconds: OPEN_SECONDS };
    if (wanted('open')) say(`open loop: ${OFFERED_RATE} turns/s offered`);
    const smsOpen = await attempt(`open sms ${OFFERED_RATE}/s`, async () => (await smsRun(fakes.url, open)).run);
    const teamsOpen = await attempt(`open teams ${OFFERED_RATE}/s`, () => teamsRun(fakes.url, open));
    if (smsOpen && coldStartMs === null) coldStartMs = smsOpen.coldStartMs;
    runs.push(...[smsOpen, teamsOpen].filter((r): r is PathRun => r !== undefined));

    if (wanted('alert')) say('urgent alert latency: nothing queued, then Twilio hanging on queued texts');
    alert = (await attempt('alert (latency)', () => alertRun(fakes.url))) ?? null;

    if (wanted('stored')) say(`stored people: empty database against ${STORED.toLocaleString('en-GB')}`);
    flat = (await attempt('stored (people)', () => flatRun(fakes.url, template))) ?? null;
  } finally {
    await fakes.stop();
  }

  const figures: Omit<BenchReport, 'targets'> = {
    takenAt,
    machine: machine(),
    mode: quick ? 'quick' : 'full',
    seconds: SECONDS,
    database: databaseLabel,
    safetyLayers: process.env['SAFETY_SEMANTIC'] === 'off' ? 'sentence model off' : 'all',
    runs,
    safety,
    semantic,
    flat,
    alert,
    coldStartMs,
    problems,
  };
  const report: BenchReport = { ...figures, targets: judge(figures) };
  say('');
  say(render(report));
  say(`\nfigures: ${save(report, resultsDir)}`);
  if (profile) summarise(path.join(runDir, 'profiles'), say, loadWindows);
}

function alertRun(fakesUrl: string): Promise<AlertRun> {
  return measureAlerts({
    fakesUrl,
    serverUrl,
    env: (databaseUrl) => appEnv(databaseUrl, fakesUrl),
    twilio: { authToken: TOKEN, publicUrl: PUBLIC_URL, accountSid: SID, to: FROM },
    tenantId: TENANT,
    coordinator: COORDINATORS[0] ?? '',
    logDir: runDir,
    samples: quick ? 3 : 10,
    ready: modelLoaded,
  });
}

/** Several runs as one: requests and errors added, latencies averaged weighted by requests (p99 and max: worst). */
function combine(loads: LoadResult[]): LoadResult {
  const requests = loads.reduce((n, l) => n + l.requests, 0);
  const seconds = loads.reduce((n, l) => n + l.seconds, 0);
  const weighted = (pick: (l: LoadResult) => number) =>
    loads.reduce((n, l) => n + pick(l) * l.requests, 0) / Math.max(1, requests);
  return {
    connections: loads[0]?.connections ?? 0,
    seconds,
    requests,
    turnsPerSecond: requests / seconds,
    latencyMs: {
      p50: weighted((l) => l.latencyMs.p50),
      p99: Math.max(...loads.map((l) => l.latencyMs.p99)),
      max: Math.max(...loads.map((l) => l.latencyMs.max)),
      mean: weighted((l) => l.latencyMs.mean),
    },
    errors: {
      non2xx: loads.reduce((n, l) => n + l.errors.non2xx, 0),
      socket: loads.reduce((n, l) => n + l.errors.socket, 0),
      timeouts: loads.reduce((n, l) => n + l.errors.timeouts, 0),
    },
    emptyReplies: loads.reduce((n, l) => n + l.emptyReplies, 0),
  };
}

/** The most advanced journey of a run, as a template for the stored conversations. */
async function longestSnapshot(url: string): Promise<{ snapshot: string; state: string } | undefined> {
  const row = await withDb(url, (db) =>
    db.conversation.findFirst({ orderBy: { version: 'desc' }, select: { snapshot: true, state: true } }),
  );
  return row ? { snapshot: JSON.stringify(row.snapshot), state: row.state } : undefined;
}

async function flatRun(fakesUrl: string, template: { snapshot: string; state: string } | undefined): Promise<FlatRun> {
  const empty = await freshDatabase(serverUrl);
  const seeded = await freshDatabase(serverUrl);
  try {
    await withDb(empty.url, async () => {});
    await withDb(seeded.url, async () => {});
    const seedMs = await seedConversations(seeded.url, seeded.provider, {
      conversations: STORED,
      messagesEach: 4,
      snapshot: template?.snapshot ?? '{"status":"active","value":"handedOff","context":{}}',
      state: template?.state ?? 'handedOff',
      firstPhone: 100_000_000,
      dataKey: benchDataKey,
    });
    say(`  seeded ${STORED.toLocaleString('en-GB')} conversations in ${(seedMs / 1000).toFixed(1)} s`);
    const on = (db: BenchDatabase, label: string) =>
      measure({
        path: 'sms',
        label,
        entry: appEntry,
        env: appEnv(db.url, fakesUrl),
        driver: smsDriver(),
        connections: FLAT_CONNECTIONS,
        seconds: FLAT_SECONDS,
      });
    // Empty, stored, empty, stored: the machine's load drifts over a run, and this spreads it over both.
    const emptyRuns: LoadResult[] = [];
    const seededRuns: LoadResult[] = [];
    for (let round = 1; round <= FLAT_ROUNDS; round++) {
      emptyRuns.push((await on(empty, `sms-empty-${round}`)).load);
      seededRuns.push((await on(seeded, `sms-stored-${round}`)).load);
    }
    const emptyLoad = combine(emptyRuns);
    const seededLoad = combine(seededRuns);
    return {
      conversations: STORED,
      seedMs,
      empty: emptyLoad,
      seeded: seededLoad,
      ratio: seededLoad.latencyMs.mean / emptyLoad.latencyMs.mean,
    };
  } finally {
    await empty.drop();
    await seeded.drop();
  }
}

await main();
