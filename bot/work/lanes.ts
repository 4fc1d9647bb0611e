// The worker's lanes. Each lane claims its own share of the due work and runs on its own loop, so a provider that
// hangs holds up only its own lane. Urgent work (safety alerts and the sends they make, crisis replies) has a lane of
// its own: it never waits behind texts or cards, whatever Twilio or Teams is doing.
import type { JobFilter } from './jobs.js';
import { JobKinds } from './kinds.js';
import type { SendFilter } from './outbox.js';

export interface Lane {
  name: 'urgent' | 'jobs' | 'rescore' | 'sms' | 'teams';
  /** The jobs this lane runs, one after another (job handlers only write to the database). */
  jobs?: JobFilter;
  /** The sends this lane makes. */
  sends?: SendFilter;
  /** Sends claimed at a time. They go out at once, except that sends to one conversation go one after another, so a
   * person's messages keep their order. Small, so that claimed sends never outlive their lease behind a hung one. */
  batch: number;
}

/** Jobs that raise safety alerts: they run in the urgent lane. */
export const URGENT_JOB_KINDS: readonly string[] = [JobKinds.safetyAlert, JobKinds.safetyPage];

/** Messages scored again by the semantic layer: each waits for the sentence model, so they have a lane of their own
 * and a backlog of them never holds up handoffs or reminders. */
const RESCORE_JOB_KINDS: readonly string[] = [JobKinds.safetyRescore];

export const LANES: readonly Lane[] = [
  { name: 'urgent', jobs: { only: URGENT_JOB_KINDS }, sends: { urgent: true }, batch: 5 },
  { name: 'jobs', jobs: { except: [...URGENT_JOB_KINDS, ...RESCORE_JOB_KINDS] }, batch: 0 },
  { name: 'rescore', jobs: { only: RESCORE_JOB_KINDS }, batch: 0 },
  { name: 'sms', sends: { urgent: false, channel: 'sms' }, batch: 5 },
  { name: 'teams', sends: { urgent: false, channel: 'teams' }, batch: 5 },
];

/** How many jobs a lane claims at a time. */
export const JOB_BATCH = 10;
