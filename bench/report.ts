// The benchmark's figures: what one run measured, the targets they are held to, a printed table and the JSON file
// under bench/results/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AlertRun } from './alert.js';
import type { LoadResult } from './load.js';

export type PathName = 'sms' | 'teams' | 'floor-twiml' | 'floor-durable' | 'floor-cloudadapter';

export interface PathRun {
  path: PathName;
  database: string;
  load: LoadResult;
  /** Largest RSS sampled while the load ran, MB. */
  peakRssMb: number;
  /** VmHWM at the end: the process's peak over its whole life, start-up included, MB. */
  lifetimePeakRssMb: number;
  /** Spawn to first answered request, ms. */
  coldStartMs: number;
  /** Throughput over the same path's bare floor at the same concurrency. */
  ratio?: number;
  /** Throughput over the durable floor (one insert a turn, same database) at the same concurrency; absent before
   * 2026-12-06. */
  durableRatio?: number;
  /** What the run did besides answering: journeys finished, replies posted to the connector, … */
  notes: Record<string, number>;
}

export interface FlatRun {
  conversations: number;
  seedMs: number;
  empty: LoadResult;
  seeded: LoadResult;
  /** Seeded mean latency over empty mean latency. */
  ratio: number;
}

/** Every layer of the safety net together, the sentence model included (bench/children/semantic.ts). */
export interface SemanticRun {
  loadMs: number;
  rssLoadedMb: number;
  rssAfterMb: number;
  results: Record<
    string,
    {
      runs: number;
      p50: number;
      p99: number;
      max: number;
      /** The messages the sentence model read (the others could not be changed by it and skip it); absent before
       * 2026-12-05 22:30 UTC, when every message went to it. */
      model?: { runs: number; p50: number; p99: number; max: number };
    }
  >;
}

export interface SafetyRun {
  runs: number;
  chars: number;
  p50: number;
  p99: number;
  max: number;
}

export interface Target {
  name: string;
  pass: boolean;
  detail: string;
}

export interface BenchReport {
  takenAt: string;
  machine: { cpus: string; cores: number; memoryGb: number; node: string; platform: string };
  mode: 'full' | 'quick';
  seconds: number;
  database: string;
  /** Whether the app ran with every safety layer (the default) or with SAFETY_SEMANTIC=off; absent before
   * 2026-12-06 (every layer unless said otherwise). */
  safetyLayers?: 'all' | 'sentence model off';
  runs: PathRun[];
  safety: SafetyRun | null;
  semantic: SemanticRun | null;
  flat: FlatRun | null;
  /** Crisis text to urgent alert card (bench/alert.ts); absent before 2026-12-06. */
  alert?: AlertRun | null;
  /** Spawn to the first answered SMS on a fresh, unmigrated database, ms. */
  coldStartMs: number | null;
  /** Runs that could not be measured, and why. */
  problems: string[];
  targets: Target[];
}

export function machine(): BenchReport['machine'] {
  const cpus = os.cpus();
  return {
    cpus: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

const errorCount = (l: LoadResult): number => l.errors.non2xx + l.errors.socket + l.errors.timeouts + l.emptyReplies;

/** The open-loop target's latency limit and rate (issue #17): p99 under 100 ms at 50 turns/s offered. */
export const OPEN_LOOP_P99_MS = 100;
/** Short-message turns a second the app must answer at saturation (50 connections) on this 2-core machine. */
export const SATURATION_TURNS_PER_SECOND = 100;
export const COLD_START_MS = 3_000;

/** Checks the targets against one run's figures. (The SMS >= 0.2 x bare TwiML floor target was withdrawn
 * by issue #17: that floor writes nothing, so the ratio measured the database, not the app. Two older closed-loop
 * targets the issue does not name are printed for information instead: see `closedLoopFigures`.) */
export function judge(report: Omit<BenchReport, 'targets'>): Target[] {
  const targets: Target[] = [];
  const db = report.database;
  const closed = (p: PathName) => report.runs.filter((r) => r.path === p && r.load.offeredPerSecond === undefined);
  const open = (p: PathName) => report.runs.filter((r) => r.path === p && r.load.offeredPerSecond !== undefined);
  const sms = closed('sms');
  const layersOff = report.safetyLayers === 'sentence model off';
  for (const [name, runs] of [
    ['SMS', open('sms')],
    ['Teams', open('teams')],
  ] as const) {
    for (const r of runs) {
      const errors = errorCount(r.load);
      const rate = r.load.offeredPerSecond ?? 0;
      targets.push({
        name: `${name} p99 < ${OPEN_LOOP_P99_MS} ms at ${rate} turns/s offered, every safety layer on, no errors (${db})`,
        pass: r.load.latencyMs.p99 < OPEN_LOOP_P99_MS && errors === 0 && !layersOff,
        detail:
          `p50 ${fmt(r.load.latencyMs.p50, 1)} ms, p99 ${fmt(r.load.latencyMs.p99, 1)} ms, ${errors} errors, ` +
          `${fmt(r.load.turnsPerSecond, 1)} answered/s` +
          (layersOff ? ' (SAFETY_SEMANTIC=off: not the conditions of the target)' : ''),
      });
    }
  }
  const saturated = sms.find((r) => r.load.connections === 50);
  if (saturated) {
    targets.push({
      name: `SMS >= ${SATURATION_TURNS_PER_SECOND} turns/s at saturation (50 connections) (${db})`,
      pass: saturated.load.turnsPerSecond >= SATURATION_TURNS_PER_SECOND && !layersOff,
      detail:
        `${fmt(saturated.load.turnsPerSecond, 0)} turns/s` +
        (layersOff ? ' (SAFETY_SEMANTIC=off: not the conditions of the target)' : ''),
    });
  }
  const app = [...report.runs.filter((r) => r.path === 'sms' || r.path === 'teams')];
  if (app.length > 0) {
    const errors = app.reduce((n, r) => n + errorCount(r.load), 0);
    targets.push({
      name: `SMS and Teams: no errors (${db})`,
      pass: errors === 0,
      detail: `${errors} errors or empty replies`,
    });
  }
  if (app.length > 0) {
    const rss = Math.max(...app.map((r) => r.peakRssMb));
    // The server carries the safety net's sentence model (SAFETY_SEMANTIC, on by default): +100-190 MB.
    targets.push({
      name: 'RSS < 350 MB at load, sentence model loaded',
      pass: rss < 350,
      detail: `peak ${fmt(rss, 0)} MB`,
    });
  }
  if (report.coldStartMs !== null) {
    targets.push({
      name: `Cold start < ${fmt(COLD_START_MS / 1000, 0)} s (spawn to the first answered SMS, fresh database)`,
      pass: report.coldStartMs < COLD_START_MS,
      detail: `${fmt(report.coldStartMs, 0)} ms`,
    });
  }
  if (report.safety) {
    targets.push({
      name: 'Safety classification p99 < 1 ms (1,600 characters)',
      pass: report.safety.p99 < 1,
      detail: `${fmt(report.safety.p99, 3)} ms`,
    });
  }
  if (report.semantic) {
    for (const [chars, limit] of [
      ['160', 30],
      ['1600', 150],
    ] as const) {
      const r = report.semantic.results[chars];
      if (r) {
        targets.push({
          name: `All safety layers p99 < ${limit} ms (${chars} characters)`,
          pass: r.p99 < limit,
          detail: `${fmt(r.p99, 1)} ms`,
        });
      }
    }
  }
  if (report.flat) {
    targets.push({
      name: `Turn latency with ${report.flat.conversations.toLocaleString('en-GB')} stored people within 20% of empty`,
      pass: report.flat.ratio <= 1.2,
      detail: `mean ${fmt(report.flat.seeded.latencyMs.mean, 2)} vs ${fmt(report.flat.empty.latencyMs.mean, 2)} ms (x${fmt(report.flat.ratio, 2)})`,
    });
  }
  if (report.alert && report.alert.hungMs.length > 0) {
    const worst = Math.max(...report.alert.hungMs);
    targets.push({
      name: `Urgent alert card < 1 s after the crisis text, Twilio hanging on ${report.alert.queued} queued texts`,
      pass: worst < 1000,
      detail: `worst of ${report.alert.hungMs.length}: ${fmt(worst, 0)} ms`,
    });
  }
  return targets;
}

/** Figures that were closed-loop targets before issue #17 re-based them (SMS p99 under 30 ms at concurrency 50, Teams
 * at 0.8 x its bare floor or more): still printed, for comparison with older runs, but judged against nothing. */
export function closedLoopFigures(report: BenchReport): string[] {
  const closed = (p: PathName) => report.runs.filter((r) => r.path === p && r.load.offeredPerSecond === undefined);
  const lines: string[] = [];
  const saturated = closed('sms').find((r) => r.load.connections === 50);
  if (saturated) {
    lines.push(`SMS p99 at concurrency 50: ${fmt(saturated.load.latencyMs.p99, 1)} ms (a target of < 30 ms before)`);
  }
  const teamsRatios = closed('teams').filter((r) => r.ratio !== undefined);
  if (teamsRatios.length > 0) {
    lines.push(
      'Teams throughput x bare CloudAdapter floor: ' +
        teamsRatios.map((r) => `c=${r.load.connections}: ${fmt(r.ratio ?? 0, 2)}`).join(', ') +
        ' (a target of >= 0.8 before)',
    );
  }
  return lines;
}

/** Median and worst of a few figures, as 'median / worst'. */
function medianWorst(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  return `${fmt(median, 0)} / ${fmt(sorted.at(-1) ?? 0, 0)} ms`;
}

function fmt(n: number, digits: number): string {
  return n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** `c=50` for a closed-loop run, `50/s open` for an open-loop one. */
export function loadShape(load: LoadResult): string {
  return load.offeredPerSecond === undefined ? `c=${load.connections}` : `${load.offeredPerSecond}/s open`;
}

export function render(report: BenchReport): string {
  const m = report.machine;
  const out: string[] = [
    `peer-connect benchmark, ${report.takenAt} (${report.mode}, ${report.seconds} s per run, ${report.database}, ` +
      `safety layers: ${report.safetyLayers ?? 'all'})`,
    `machine: ${m.cpus}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}`,
    '',
    table(
      [
        'path',
        'load',
        'turns/s',
        'p50 ms',
        'p99 ms',
        'max ms',
        'errors',
        'peak RSS MB',
        'x floor',
        'x durable',
        'notes',
      ],
      report.runs.map((r) => [
        r.path,
        loadShape(r.load),
        fmt(r.load.turnsPerSecond, 0),
        fmt(r.load.latencyMs.p50, 1),
        fmt(r.load.latencyMs.p99, 1),
        fmt(r.load.latencyMs.max, 1),
        String(errorCount(r.load)),
        fmt(r.peakRssMb, 0),
        r.ratio === undefined ? '' : fmt(r.ratio, 2),
        r.durableRatio === undefined ? '' : fmt(r.durableRatio, 2),
        Object.entries(r.notes)
          .map(([k, v]) => `${k} ${v}`)
          .join(', '),
      ]),
    ),
    '',
  ];
  if (report.coldStartMs !== null)
    out.push(`cold start to first answered SMS (fresh database): ${fmt(report.coldStartMs, 0)} ms`);
  if (report.safety) {
    const s = report.safety;
    out.push(
      `safety classification, ${s.chars} chars, ${s.runs} runs: p50 ${fmt(s.p50, 3)} ms, p99 ${fmt(s.p99, 3)} ms, max ${fmt(s.max, 3)} ms`,
    );
  }
  if (report.semantic) {
    const s = report.semantic;
    for (const [chars, r] of Object.entries(s.results)) {
      const m = r.model;
      const read = m
        ? `; the ${m.runs} the model read: p50 ${fmt(m.p50, 1)} ms, p99 ${fmt(m.p99, 1)} ms, max ${fmt(m.max, 1)} ms`
        : '';
      out.push(
        `all safety layers (sentence model included), ${chars} chars, ${r.runs} runs: p50 ${fmt(r.p50, 1)} ms, p99 ${fmt(r.p99, 1)} ms, max ${fmt(r.max, 1)} ms${read}`,
      );
    }
    out.push(
      `sentence model: loaded in ${fmt(s.loadMs, 0)} ms; RSS of a process holding it ${fmt(s.rssLoadedMb, 0)} MB loaded, ${fmt(s.rssAfterMb, 0)} MB after the runs`,
    );
  }
  if (report.flat) {
    const f = report.flat;
    out.push(
      `SMS turn, c=${f.empty.connections}: empty database mean ${fmt(f.empty.latencyMs.mean, 2)} ms p99 ${fmt(f.empty.latencyMs.p99, 1)} ms, ` +
        `${f.conversations.toLocaleString('en-GB')} stored people (seeded in ${fmt(f.seedMs / 1000, 1)} s) ` +
        `mean ${fmt(f.seeded.latencyMs.mean, 2)} ms p99 ${fmt(f.seeded.latencyMs.p99, 1)} ms`,
    );
  }
  if (report.alert) {
    const a = report.alert;
    out.push(
      `urgent alert card after a crisis text (median / worst): nothing queued ${medianWorst(a.idleMs)} (${a.idleMs.length} texts), ` +
        `Twilio hanging on ${a.queued} queued texts (${a.hung} sends held) ${medianWorst(a.hungMs)} (${a.hungMs.length} texts)`,
    );
  }
  const information = closedLoopFigures(report);
  if (information.length > 0) {
    out.push('', 'for information (closed loop, not targets since issue #17):');
    for (const line of information) out.push(`  ${line}`);
  }
  out.push('', 'targets:');
  for (const t of report.targets) out.push(`  ${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.detail}`);
  for (const p of report.problems) out.push(`  FAIL  not measured: ${p}`);
  return out.join('\n');
}

export function save(report: BenchReport, dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${report.takenAt.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  return file;
}
