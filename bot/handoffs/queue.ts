// What `queue` shows (in Teams and `admin queue`): urgent safety alerts nobody has acknowledged first, then open
// and claimed handoffs, urgent and oldest first.
import {
  queueText,
  urgentAlertsText,
  type AcknowledgedAlertItem,
  type QueueItem,
  type UrgentAlertItem,
} from '../../dialogs/coordinator/index.js';
import type { Db } from '../db/client.js';
import { undeliveredAlerts } from './urgent.js';
import { loadAlertView, personOf } from './views.js';

const MAX_ALERTS = 20;

/** Unacknowledged urgent alerts, oldest first, with the round their latest card was posted in. */
export async function waitingAlerts(db: Db): Promise<(UrgentAlertItem & { round: number })[]> {
  const rows = await db.safetyEvent.findMany({
    where: { level: 'urgent', acknowledgedAt: null },
    orderBy: { createdAt: 'asc' },
    take: MAX_ALERTS,
    select: { id: true, alertCount: true },
  });
  const undelivered = new Set((await undeliveredAlerts(db)).map((a) => a.id));
  const items = await Promise.all(
    rows.map(async (row) => {
      const view = await loadAlertView(db, row.id, row.alertCount);
      if (!view) return [];
      return [
        {
          id: row.id,
          person: view.person,
          staffName: view.staffName,
          at: view.at,
          received: !undelivered.has(row.id),
          round: row.alertCount,
        },
      ];
    }),
  );
  return items.flat();
}

/** Urgent alerts acknowledged since `since`, latest acknowledgement first (at most `take`). */
export async function acknowledgedAlerts(db: Db, since: Date, take = MAX_ALERTS): Promise<AcknowledgedAlertItem[]> {
  const rows = await db.safetyEvent.findMany({
    where: { level: 'urgent', acknowledgedAt: { gte: since } },
    orderBy: { acknowledgedAt: 'desc' },
    take,
    select: { id: true, alertCount: true },
  });
  const views = await Promise.all(rows.map((row) => loadAlertView(db, row.id, row.alertCount)));
  return views.flatMap((view) =>
    view?.acknowledgedAt
      ? [
          {
            person: view.person,
            staffName: view.staffName,
            at: view.at,
            acknowledgedAt: view.acknowledgedAt,
            acknowledgedBy: view.acknowledgedBy ?? 'a coordinator',
          },
        ]
      : [],
  );
}

/** Open and claimed handoffs, urgent first, then oldest first. */
export async function openHandoffs(db: Db): Promise<QueueItem[]> {
  const rows = await db.handoff.findMany({
    where: { status: { in: ['open', 'claimed'] } },
    orderBy: [{ urgent: 'desc' }, { createdAt: 'asc' }],
    take: 50,
    include: { person: { select: { phone: true } }, claimedBy: { select: { name: true } } },
  });
  return rows.map((r) => ({
    person: personOf(r),
    createdAt: r.createdAt,
    status: r.status === 'claimed' ? ('claimed' as const) : ('open' as const),
    urgent: r.urgent,
    claimedBy: r.claimedBy?.name ?? null,
  }));
}

/** The whole queue as text: urgent alerts first (their cards go with them in Teams), then the handoffs. */
export async function queueReport(
  db: Db,
  now: Date,
  timeZone: string,
): Promise<{ alerts: (UrgentAlertItem & { round: number })[]; text: string }> {
  const [alerts, handoffs] = await Promise.all([waitingAlerts(db), openHandoffs(db)]);
  const text = [urgentAlertsText(alerts, now, timeZone), queueText(handoffs, now, timeZone)]
    .filter((part) => part !== '')
    .join('\n\n');
  return { alerts, text };
}
