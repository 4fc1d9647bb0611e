// Anonymous figures for the service's reports (`admin report`): daily counts and waits, written as things happen in
// the same transaction as what they count, never derived from personal rows, so erasure and retention leave them
// whole. A count is a day and a name; a wait is a day, a name and whole seconds. Nothing here says who.
import type { Db, DbTransaction } from './db/client.js';
import type { Op } from './db/ops.js';
import { readableWait, type ReportView } from '../dialogs/coordinator/report-card.js';

/** The app's client or one inside an interactive transaction: either can write the figures. */
type Writer = Pick<Db, 'dailyCount' | 'durationSample'> | Pick<DbTransaction, 'dailyCount' | 'durationSample'>;

/** What is counted, in the order a report lists it. */
export const COUNTS = [
  'contact',
  'consented',
  'eligible',
  'handoff',
  'claimed',
  'matched',
  'session',
  'closed',
  'closed-matched',
  'closed-stepped-up',
  'closed-not-eligible',
  'closed-no-reply',
  'closed-withdrew',
  'review-continue',
  'review-close',
  'review-step-up',
  'safety-urgent',
  'safety-concern',
  'alert-acknowledged',
  'erased',
] as const;
export type Count = (typeof COUNTS)[number];

/** The waits a report gives the median and 90th percentile of. */
export const WAITS = ['contact-to-handoff', 'handoff-to-claim', 'claim-to-match', 'alert-to-acknowledgement'] as const;
export type Wait = (typeof WAITS)[number];

/** The count for a closed handoff's outcome, or for a mentoring review's decision ("closed-withdrew",
 * "review-continue"); null for anything not on the list. */
export function countFor(prefix: 'closed' | 'review', value: string | null | undefined): Count | null {
  const name = `${prefix}-${value ?? ''}`;
  return (COUNTS as readonly string[]).includes(name) ? (name as Count) : null;
}

/** The UTC day of a moment, as the figures are kept. */
export const dayOf = (at: Date): string => at.toISOString().slice(0, 10);

/** One more of `name` today. */
export function countOp(db: Writer, at: Date, name: Count): Op {
  const day = dayOf(at);
  return db.dailyCount.upsert({
    where: { day_name: { day, name } },
    create: { day, name, count: 1 },
    update: { count: { increment: 1 } },
  });
}

/** A wait that ends now, from `since`. */
export function waitOp(db: Writer, at: Date, name: Wait, since: Date): Op {
  const seconds = Math.max(0, Math.round((at.getTime() - since.getTime()) / 1000));
  return db.durationSample.create({ data: { day: dayOf(at), name, seconds } });
}

const BEFORE_CONSENT = new Set(['welcome', 'consent']);
const AFTER_CONSENT = new Set(['eligibility', 'questions', 'review', 'waiting']);
const BEFORE_ELIGIBLE = new Set(['welcome', 'consent', 'eligibility']);
const AFTER_ELIGIBLE = new Set(['questions', 'review', 'waiting']);

/** What a step of the intake journey counts for: consent given, or the checks passed. */
export function journeyCounts(previous: string, next: string): Count[] {
  const out: Count[] = [];
  if (BEFORE_CONSENT.has(previous) && AFTER_CONSENT.has(next)) out.push('consented');
  if (BEFORE_ELIGIBLE.has(previous) && AFTER_ELIGIBLE.has(next)) out.push('eligible');
  return out;
}

/** An urgent alert acknowledged now (the first acknowledgement only): counted, with its wait since it was raised. */
export async function acknowledgedFigures(db: Db, at: Date, safetyEventId: string): Promise<void> {
  const event = await db.safetyEvent.findUnique({
    where: { id: safetyEventId },
    select: { level: true, createdAt: true },
  });
  if (event?.level !== 'urgent') return;
  await db.$transaction([
    countOp(db, at, 'alert-acknowledged'),
    waitOp(db, at, 'alert-to-acknowledgement', event.createdAt),
  ]);
}

/** A period's figures: each count's total, and each wait's number, median and 90th percentile in seconds. */
export interface Report {
  from: string;
  to: string;
  counts: Record<Count, number>;
  waits: Record<Wait, { n: number; median: number | null; p90: number | null }>;
}

/** The nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? null;
}

/** The figures for the days from `from` to `to`, both included (UTC days). */
export async function readReport(db: Db, from: Date, to: Date): Promise<Report> {
  const days = { gte: dayOf(from), lte: dayOf(to) };
  const [rows, samples] = await Promise.all([
    db.dailyCount.findMany({ where: { day: days }, select: { name: true, count: true } }),
    db.durationSample.findMany({ where: { day: days }, select: { name: true, seconds: true } }),
  ]);
  const counts = Object.fromEntries(COUNTS.map((c) => [c, 0])) as Record<Count, number>;
  for (const row of rows) if (row.name in counts) counts[row.name as Count] += row.count;
  const waits = Object.fromEntries(
    WAITS.map((w) => {
      const sorted = samples
        .filter((s) => s.name === w)
        .map((s) => s.seconds)
        .sort((a, b) => a - b);
      return [w, { n: sorted.length, median: percentile(sorted, 50), p90: percentile(sorted, 90) }];
    }),
  ) as Report['waits'];
  return { from: days.gte, to: days.lte, counts, waits };
}

const WAIT_LABELS: Record<Wait, string> = {
  'contact-to-handoff': 'First message to handoff',
  'handoff-to-claim': 'Handoff to a coordinator',
  'claim-to-match': 'Coordinator to a mentor',
  'alert-to-acknowledgement': 'Urgent alert to someone acknowledging it',
};

/** The last three calendar months (UTC, this one included) for the coordinators' card, oldest first. */
export async function reportView(db: Db, now: Date): Promise<ReportView> {
  const starts = [2, 1, 0].map((back) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)));
  const months = await Promise.all(
    starts.map(async (start) => {
      const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
      const r = await readReport(db, start, end);
      return {
        label: start.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
        contacts: r.counts.contact,
        handoffs: r.counts.handoff,
        matched: r.counts.matched,
        sessions: r.counts.session,
        urgent: r.counts['safety-urgent'],
      };
    }),
  );
  const all = await readReport(db, starts[0] ?? now, now);
  const waits = WAITS.map((w) => ({
    label: WAIT_LABELS[w],
    n: all.waits[w].n,
    median: readableWait(all.waits[w].median),
    p90: readableWait(all.waits[w].p90),
  }));
  return { months, waits };
}
