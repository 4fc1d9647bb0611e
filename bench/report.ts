// The benchmark's figures: what one run measured, the targets they are held to, a printed table and the JSON file
// under bench/results/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AlertRun } from './alert.js';
import type { LoadResult } from './load.js';

export type PathName = 'sms' | 'teams' | 'floor-twiml' | 'floor-cloudadapter';

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
  /** Throughput over the same path's floor at the same concurrency. */
  ratio?: number;
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
  runs: PathRun[];
  safety: SafetyRun | null;
  semantic: SemanticRun | null;
  flat: FlatRun | null;
  /** Crisis text to urgent alert card (bench/alert.ts); absent before 2026-12-06. */
  alert?: AlertRun | null;
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

/** Checks the targets against one run's figures. */
export function judge(report: Omit<BenchReport, 'targets'>): Target[] {
  const targets: Target[] = [];
  const of = (p: PathName) => report.runs.filter((r) => r.path === p);
  const sms = of('sms');
  const teams = of('teams');
  const smsRatios = sms.filter((r) => r.ratio !== undefined);
  const teamsRatios = teams.filter((r) => r.ratio !== undefined);
  if (smsRatios.length > 0) {
    const worst = Math.min(...smsRatios.map((r) => r.ratio ?? 0));
    targets.push({
      name: `SMS throughput >= 0.2 x bare TwiML floor (${report.database})`,
      pass: worst >= 0.2,
      detail: smsRatios.map((r) => `c=${r.load.connections}: ${fmt(r.ratio ?? 0, 2)}`).join(', '),
    });
  }
  if (sms.length > 0) {
    const c50 = sms.find((r) => r.load.connections === 50);
    if (c50) {
      targets.push({
        name: 'SMS p99 < 30 ms at concurrency 50',
        pass: c50.load.latencyMs.p99 < 30,
        detail: `${fmt(c50.load.latencyMs.p99, 1)} ms`,
      });
    }
    const errors = sms.reduce((n, r) => n + errorCount(r.load), 0);
    targets.push({ name: 'SMS: no errors', pass: errors === 0, detail: `${errors} errors or empty replies` });
  }
  if (teamsRatios.length > 0) {
    const worst = Math.min(...teamsRatios.map((r) => r.ratio ?? 0));
    targets.push({
      name: 'Teams throughput >= 0.8 x bare CloudAdapter floor',
      pass: worst >= 0.8,
      detail: teamsRatios.map((r) => `c=${r.load.connections}: ${fmt(r.ratio ?? 0, 2)}`).join(', '),
    });
  }
  const app = [...sms, ...teams];
  if (app.length > 0) {
    const rss = Math.max(...app.map((r) => r.peakRssMb));
    // The server carries the safety net's sentence model (SAFETY_SEMANTIC, on by default): +100-190 MB.
    targets.push({
      name: 'RSS < 350 MB at load, sentence model loaded',
      pass: rss < 350,
      detail: `peak ${fmt(rss, 0)} MB`,
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
      name: `Turn latency with ${report.flat.conversations.toLocaleString('en-GB')} stored conversations within 20% of empty`,
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

export function render(report: BenchReport): string {
  const m = report.machine;
  const out: string[] = [
    `peer-connect benchmark, ${report.takenAt} (${report.mode}, ${report.seconds} s per run, ${report.database})`,
    `machine: ${m.cpus}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}`,
    '',
    table(
      ['path', 'c', 'turns/s', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'peak RSS MB', 'x floor', 'notes'],
      report.runs.map((r) => [
        r.path,
        String(r.load.connections),
        fmt(r.load.turnsPerSecond, 0),
        fmt(r.load.latencyMs.p50, 1),
        fmt(r.load.latencyMs.p99, 1),
        fmt(r.load.latencyMs.max, 1),
        String(errorCount(r.load)),
        fmt(r.peakRssMb, 0),
        r.ratio === undefined ? '' : fmt(r.ratio, 2),
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
        `${f.conversations.toLocaleString('en-GB')} stored conversations (seeded in ${fmt(f.seedMs / 1000, 1)} s) ` +
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
