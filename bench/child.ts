// Runs one server under test in a child process (so its RSS is its own and it does not share the load generator's
// event loop): spawn, wait until it answers, sample its memory from /proc while load runs, stop it.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describeExit } from './exit-reason.js';

export interface ChildOptions {
  /** The entry, relative to the project root: built JavaScript (`dist/….js`) runs on plain node, TypeScript on tsx. */
  entry: string;
  env: Record<string, string>;
  /** stdout and stderr go here (the app's pino log). */
  logFile: string;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
}

export interface Child {
  pid: number;
  port: number;
  url: string;
  /** performance.now() when it was spawned. */
  spawnedAt: number;
  /** Largest VmRSS seen by `sample()` since the last `resetPeak()`, in MB. */
  peakRssMb: number;
  /** False once the process has exited. */
  alive(): boolean;
  /** Once it has exited: its exit code or signal and the last lines of its log; empty while it runs. */
  exitReason(): string;
  sample(): void;
  resetPeak(): void;
  /** VmHWM: the process's own high-water mark since it started, in MB. */
  highWaterMb(): number;
  /** CPU time the process has used so far (user + system, every thread), in ms. */
  cpuMs(): number;
  stop(): Promise<number | null>;
}

/** A port nothing listens on now (the kernel's choice), so the child can be told it up front. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** utime + stime of a process from /proc/<pid>/stat (fields 14 and 15, after the command's closing parenthesis),
 * in ms, at Linux's usual 100 clock ticks a second. */
function cpuTimeMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

export async function spawnChild(options: ChildOptions): Promise<Child> {
  const port = await freePort();
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = fs.openSync(options.logFile, 'a');
  const spawnedAt = performance.now();
  // `node --import tsx` rather than the tsx CLI: the CLI runs the script in a second process, whose RSS we want.
  const loader = options.entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const proc: ChildProcess = spawn(process.execPath, [...(options.nodeFlags ?? []), ...loader, options.entry], {
    env: { ...process.env, ...options.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  const pid = proc.pid;
  if (pid === undefined) throw new Error(`could not start ${options.entry}`);
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const reason = (): string => {
    if (proc.exitCode === null && proc.signalCode === null) return '';
    let log = '';
    try {
      log = fs.readFileSync(options.logFile, 'utf8');
    } catch {
      // No log file: the reason is the exit code alone.
    }
    return `${options.entry} ${describeExit(proc.exitCode, proc.signalCode, log)}`;
  };
  let peak = 0;
  const child: Child = {
    pid,
    port,
    url: `http://127.0.0.1:${port}`,
    spawnedAt,
    get peakRssMb() {
      return peak;
    },
    alive: () => proc.exitCode === null && proc.signalCode === null,
    exitReason: reason,
    sample() {
      peak = Math.max(peak, statusField(pid, 'VmRSS'));
    },
    resetPeak() {
      peak = 0;
    },
    highWaterMb: () => statusField(pid, 'VmHWM'),
    cpuMs: () => cpuTimeMs(pid),
    async stop() {
      if (proc.exitCode !== null) return proc.exitCode;
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 15_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
  proc.once('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM' && signal !== 'SIGKILL') {
      process.stderr.write(`${reason()}\n  (whole log: ${options.logFile})\n`);
    }
  });
  return child;
}

/** Waits until the server has nearly stopped using CPU (under `share` of a core over 200 ms), at most `timeoutMs`;
 * returns how long it waited. A closed-loop run's load generator stops with requests still in flight, which the server
 * goes on working through: measured next, they would cost CPU and time in a window that does not count them. */
export async function settled(child: Child, share = 0.1, timeoutMs = 15_000): Promise<number> {
  const started = performance.now();
  const step = 200;
  let before = child.cpuMs();
  while (performance.now() - started < timeoutMs && child.alive()) {
    await new Promise((resolve) => setTimeout(resolve, step));
    const now = child.cpuMs();
    // /proc counts in 10 ms ticks: under 20 ms in 200 ms is at most a tenth of a core.
    if (now - before <= share * step) break;
    before = now;
  }
  return performance.now() - started;
}

/** Polls `probe` until it resolves true, every 10 ms, for at most `timeoutMs`; returns ms since the child spawned. */
export async function waitUntil(child: Child, probe: () => Promise<boolean>, timeoutMs = 60_000): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (!child.alive()) throw new Error(`server at ${child.url} stopped before it answered: ${child.exitReason()}`);
    if (await probe().catch(() => false)) return performance.now() - child.spawnedAt;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`server at ${child.url} did not answer within ${timeoutMs} ms`);
}
