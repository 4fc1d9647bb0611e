// Where the time went: reads V8 .cpuprofile files (from `npm run bench -- --profile`, or any `node --cpu-prof`)
// and prints self time by package and by function. Also a CLI: `tsx bench/profile.ts <file-or-folder>`.
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** node_modules/<package> (scoped too), the project folder (bot/, flows/…), or node's own internals. */
function owner(url: string): string {
  if (url === '') return '(native / idle / gc)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m?.[1]) return m[1];
  if (url.startsWith('node:')) return 'node internals';
  const project = /\/main\/(?:dist\/)?([^/]+)\//.exec(url);
  return project?.[1] ? `project: ${project[1]}/` : url.replace(/^file:\/\//, '');
}

/** Milliseconds since the process started: only samples inside it count (the load, not the start-up). */
export interface Window {
  fromMs: number;
  toMs: number;
}

function selfTimes(profile: CpuProfile, window: Window | undefined): Map<number, number> {
  const byNode = new Map<number, number>();
  let clock = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    clock += delta;
    if (window && (clock < window.fromMs * 1000 || clock > window.toMs * 1000)) return;
    byNode.set(id, (byNode.get(id) ?? 0) + delta);
  });
  return byNode;
}

function top(map: Map<string, number>, total: number, n: number): string[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
}

export function summariseFile(file: string, window?: Window, n = 25): string[] {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const times = selfTimes(profile, window);
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const [id, us] of times) {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) continue;
    total += us;
    const who = frame.functionName === '(idle)' ? '(idle)' : owner(frame.url);
    byOwner.set(who, (byOwner.get(who) ?? 0) + us);
    const fn = `${frame.functionName || '(anonymous)'} ${path.basename(frame.url)}:${frame.lineNumber + 1} [${who}]`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  }
  const span = window ? ` between ${(window.fromMs / 1000).toFixed(1)} and ${(window.toMs / 1000).toFixed(1)} s` : '';
  return [
    `${path.basename(file)}: ${(total / 1e6).toFixed(1)} s sampled${span}`,
    ' self time by package:',
    ...top(byOwner, total, 15),
    ' self time by function:',
    ...top(byFunction, total, n),
  ];
}

/** The busiest profile in a folder (the main thread; the others are loader threads, idle after start-up). */
function busiest(files: string[]): string | undefined {
  let best: { file: string; busy: number } | undefined;
  for (const file of files) {
    const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
    const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
    const busy = profile.samples.reduce((sum, id, i) => sum + (idle.has(id) ? 0 : (profile.timeDeltas[i] ?? 0)), 0);
    if (!best || busy > best.busy) best = { file, busy };
  }
  return best?.file;
}

/** A .cpuprofile, or a folder of them, or a folder of such folders (one per benchmark run). */
/** `windows` maps a run's folder name (e.g. sms-c50) to the part of its life the load ran in. */
export function summarise(target: string, print: (line: string) => void, windows = new Map<string, Window>()): void {
  if (!fs.existsSync(target)) return print(`no profiles in ${target}`);
  if (!fs.statSync(target).isDirectory()) {
    for (const line of summariseFile(target)) print(line);
    return;
  }
  const entries = fs.readdirSync(target).map((f) => path.join(target, f));
  const file = busiest(entries.filter((f) => f.endsWith('.cpuprofile')));
  const window = windows.get(path.basename(target));
  if (file) for (const line of [`${path.basename(target)}:`, ...summariseFile(file, window)]) print(line);
  for (const dir of entries.filter((f) => fs.statSync(f).isDirectory())) summarise(dir, print, windows);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.dirname, 'profile.ts')) {
  for (const target of process.argv.slice(2)) summarise(target, (line) => process.stdout.write(`${line}\n`));
}
