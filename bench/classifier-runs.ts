// The safety net timed on its own, each in a child process of its own so the app's servers do not share its CPU: the
// rules alone (children/safety.ts) and every layer with the sentence model (children/semantic.ts).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { SafetyRun, SemanticRun } from './report.js';
import type { Session } from './session.js';

export function safetyRun(session: Session): Promise<SafetyRun | null> {
  session.say('safety classification (child process)');
  return childFigures<SafetyRun>(session, 'safety', 120_000);
}

export function semanticRun(session: Session): Promise<SemanticRun | null> {
  session.say('all safety layers with the sentence model (child process)');
  return childFigures<SemanticRun>(session, 'semantic', 300_000);
}

/** Runs bench/children/<name>.ts and reads its figures from the last line it prints; null (and a problem noted) if it
 * fails. */
async function childFigures<T>(session: Session, name: string, timeout: number): Promise<T | null> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', `bench/children/${name}.ts`], {
      timeout,
    });
    return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as T;
  } catch (err) {
    session.problems.push(`${name}: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}
