// One benchmark run's shared state: its options, where its figures and logs go, the lines it prints, what could not
// be measured, and when each measured load ran (profiles are read for that window only).
import path from 'node:path';
import { drivers, type Drivers } from './identities.js';
import { wanted, type BenchOptions } from './options.js';
import type { Window } from './profile.js';

export interface Session {
  options: BenchOptions;
  takenAt: string;
  resultsDir: string;
  /** Each server's log and any CPU profiles. */
  runDir: string;
  say: (line: string) => void;
  /** Runs that could not be measured, and why. */
  problems: string[];
  loadWindows: Map<string, Window>;
  drivers: Drivers;
}

export function startSession(options: BenchOptions): Session {
  const takenAt = new Date().toISOString();
  const resultsDir = path.resolve('bench/results');
  return {
    options,
    takenAt,
    resultsDir,
    runDir: path.join(resultsDir, 'runs', takenAt.replace(/[:.]/g, '-')),
    say: (line) => process.stdout.write(`${line}\n`),
    problems: [],
    loadWindows: new Map(),
    drivers: drivers(),
  };
}

/** Runs one measurement if `--only` wants it (its first word names the part); a failure is noted and the run goes
 * on. */
export async function attempt<T>(session: Session, what: string, job: () => Promise<T>): Promise<T | undefined> {
  if (!wanted(session.options, what.split(' ')[0] ?? what)) return undefined;
  try {
    return await job();
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    session.problems.push(`${what}: ${reason}`);
    session.say(`  ${what} FAILED: ${reason}`);
    return undefined;
  }
}
