// `npm run bench [-- --quick] [-- --profile] [-- --only=…] [-- --help]`: the product under load next to its floors
// (the same stack doing nothing, or the least a turn must do), in one run so the ratios hold on a noisy machine. Every
// server runs in a child process; figures go to a table and to bench/results/<time>.json. See bench/README.md.
// This file only composes: read the options, start the fakes, run the phases, report.
import path from 'node:path';
import type { AlertRun } from './alert.js';
import { spawnChild, waitUntil } from './child.js';
import { safetyRun, semanticRun } from './classifier-runs.js';
import { build } from './measure.js';
import { parseOptions, wanted } from './options.js';
import { alertPhase, closedLoopPhase, openLoopPhase, storedPhase } from './phases.js';
import { summarise } from './profile.js';
import {
  judge,
  machine,
  render,
  save,
  type BenchReport,
  type FlatRun,
  type PathRun,
  type SafetyRun,
  type SemanticRun,
} from './report.js';
import { startSession } from './session.js';

const parsed = parseOptions(process.argv.slice(2), process.env);
if ('help' in parsed) {
  process.stdout.write(`${parsed.help}\n`);
  process.exit(0);
}
if ('wrong' in parsed) {
  process.stderr.write(`${parsed.wrong}\n`);
  process.exit(2);
}
const { options } = parsed;
const session = startSession(options);
const { say } = session;

say(
  `peer-connect benchmark (${options.quick ? 'quick' : 'full'}): ${options.seconds} s per run, ` +
    `${options.databaseLabel}; logs in ${session.runDir}`,
);
build();
const fakes = await spawnChild({
  entry: 'bench/children/fakes.ts',
  env: {},
  logFile: path.join(session.runDir, 'fakes.log'),
});
const runs: PathRun[] = [];
let coldStartMs: number | null = null;
let flat: FlatRun | null = null;
let safety: SafetyRun | null = null;
let semantic: SemanticRun | null = null;
let alert: AlertRun | null = null;
try {
  await waitUntil(fakes, async () => (await fetch(`${fakes.url}/counts`)).ok);
  if (wanted(options, 'safety')) safety = await safetyRun(session);
  if (wanted(options, 'semantic')) semantic = await semanticRun(session);
  const closed = await closedLoopPhase(session, fakes.url);
  const open = await openLoopPhase(session, fakes.url);
  runs.push(...closed.runs, ...open);
  coldStartMs = closed.coldStartMs ?? open.find((r) => r.path === 'sms')?.coldStartMs ?? null;
  alert = await alertPhase(session, fakes.url);
  flat = await storedPhase(session, fakes.url, closed.template);
} finally {
  await fakes.stop();
}

const figures: Omit<BenchReport, 'targets'> = {
  takenAt: session.takenAt,
  machine: machine(),
  mode: options.quick ? 'quick' : 'full',
  seconds: options.seconds,
  database: options.databaseLabel,
  safetyLayers: process.env['SAFETY_SEMANTIC'] === 'off' ? 'sentence model off' : 'all',
  runs,
  safety,
  semantic,
  flat,
  alert,
  coldStartMs,
  problems: session.problems,
};
const report: BenchReport = { ...figures, targets: judge(figures) };
say('');
say(render(report));
say(`\nfigures: ${save(report, session.resultsDir)}`);
if (options.profile) summarise(path.join(session.runDir, 'profiles'), say, session.loadWindows);
