// The points of the intake journey the service's figures count, read from one turn's step between top states: consent
// given, and the checks (age, area) passed. Pure: the bot counts what this names.
import type { IntakeTopState } from './topState.js';

export type Milestone = 'consented' | 'eligible';

const BEFORE_CONSENT: ReadonlySet<string> = new Set<IntakeTopState>(['welcome', 'consent']);
const AFTER_CONSENT: ReadonlySet<string> = new Set<IntakeTopState>(['eligibility', 'questions', 'review', 'waiting']);
const BEFORE_ELIGIBLE: ReadonlySet<string> = new Set<IntakeTopState>(['welcome', 'consent', 'eligibility']);
const AFTER_ELIGIBLE: ReadonlySet<string> = new Set<IntakeTopState>(['questions', 'review', 'waiting']);

/** What a turn from `previous` to `next` reached (a stored state is a plain string, so both are read as such). */
export function milestones(previous: string, next: string): Milestone[] {
  const out: Milestone[] = [];
  if (BEFORE_CONSENT.has(previous) && AFTER_CONSENT.has(next)) out.push('consented');
  if (BEFORE_ELIGIBLE.has(previous) && AFTER_ELIGIBLE.has(next)) out.push('eligible');
  return out;
}
