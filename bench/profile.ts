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
  const project = /\/main\/([^/]+)\//.exec(url);
  return project?.[1] ? `project: ${project[1]}/` : url.replace(/^file:\/\//, '');
}

function selfTimes(profile: CpuProfile): Map<number, number> {
  const byNode = new Map<number, number>();
  profile.samples.forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  return byNode;
}

function top(map: Map<string, number>, total: number, n: number): string[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
}

export function summariseFile(file: string, n = 20): string[] {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const times = selfTimes(profile);
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
  return [
    `${path.basename(file)}: ${(total / 1e6).toFixed(1)} s sampled`,
    ' self time by package:',
    ...top(byOwner, total, 15),
    ' self time by function:',
    ...top(byFunction, total, n),
  ];
}

export function summarise(target: string, print: (line: string) => void): void {
  if (!fs.existsSync(target)) return print(`no profiles in ${target}`);
  const files = fs.statSync(target).isDirectory()
    ? fs
        .readdirSync(target)
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => path.join(target, f))
    : [target];
  for (const file of files) for (const line of summariseFile(file)) print(line);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.dirname, 'profile.ts')) {
  for (const target of process.argv.slice(2)) summarise(target, (line) => process.stdout.write(`${line}\n`));
}
