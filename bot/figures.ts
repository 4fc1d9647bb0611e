// Anonymous figures for the service's reports (`admin report`): daily counts and waits, written as things happen in
// the same transaction as what they count, never derived from personal rows, so erasure and retention leave them
// whole. A count is a day and a name; a wait is a day, a name and whole seconds. Nothing here says who.
import type { Db, DbTransaction } from './db/client.js';
import type { Op } from './db/ops.js';
import type { ReportView, WaitName } from '../dialogs/coordinator/report-card.js';

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
export type Wait = (typeof WAITS)[number] & WaitName;

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

/** The last three calendar months (UTC, this one included) for the coordinators' card, oldest first. */
export async function reportView(db: Db, now: Date): Promise<ReportView> {
  const starts = [2, 1, 0].map((back) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)));
  const months = await Promise.all(
    starts.map(async (start) => {
      const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
      const r = await readReport(db, start, end);
      return {
        start,
        contacts: r.counts.contact,
        handoffs: r.counts.handoff,
        matched: r.counts.matched,
        sessions: r.counts.session,
        urgent: r.counts['safety-urgent'],
      };
    }),
  );
  const all = await readReport(db, starts[0] ?? now, now);
  return { months, waits: WAITS.map((name) => ({ name, ...all.waits[name] })) };
}
