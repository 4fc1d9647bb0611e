// The person's recent inbound messages, for reading a new message in context (flows/safety/context). Read from the
// messages the turns already store, each with the reasons of the urgent alert or concern note it raised when it came
// (its safety event), so a danger the learned layers found stands under the texts after it as the rules' does, and
// worries any layer found are gathered; and whether an urgent alert in the window still waits for someone (bot/intake
// acts on a danger standing by it). Erased bodies are left out.
import type { Earlier } from '../../flows/safety/index.js';
import { stringsOf } from '../../shared/json.js';
import type { Queries } from '../db/client.js';

export interface ContextWindow {
  /** At most this many earlier messages (0 = none). */
  messages: number;
  /** Sent within this many hours before now. */
  hours: number;
}

/** The person's urgent alerts in the window: none, waiting for someone to acknowledge one, or seen (a coordinator
 * acknowledged one or opened a chat from it). */
export type UrgentAlert = 'none' | 'waiting' | 'seen';

export interface Recent {
  /** The earlier inbound messages in the window, oldest first. */
  messages: Earlier[];
  urgentAlert: UrgentAlert;
}

export const NOTHING_RECENT: Recent = { messages: [], urgentAlert: 'none' };

/** The person's earlier inbound messages in the window and their urgent alerts in it: two queries. */
export async function recentInbound(db: Queries, personId: string, now: Date, window: ContextWindow): Promise<Recent> {
  if (window.messages <= 0) return NOTHING_RECENT;
  const since = new Date(now.getTime() - window.hours * 3_600_000);
  // One statement at a time: the caller may be inside a transaction, which has one connection.
  const rows = await db.message.findMany({
    where: { personId, direction: 'in', createdAt: { gte: since, lte: now } },
    orderBy: { createdAt: 'desc' },
    take: window.messages,
    select: { id: true, body: true },
  });
  // An alert comes with its message or after it (a late re-score), so none for a message in the window is older.
  const events = await db.safetyEvent.findMany({
    where: { personId, level: { in: ['urgent', 'concern'] }, createdAt: { gte: since } },
    select: { messageId: true, level: true, reasons: true, acknowledgedAt: true, createdAt: true },
  });
  const alerts = events.filter((e) => e.level === 'urgent');
  const alerted = new Map(alerts.map((a) => [a.messageId, stringsOf(a.reasons)] as const));
  const flagged = new Map(
    events.filter((e) => e.level === 'concern').map((e) => [e.messageId, stringsOf(e.reasons)] as const),
  );
  const messages = rows
    .filter((row): row is { id: string; body: string } => row.body !== null)
    .reverse()
    .map((row): Earlier => {
      const reasons = alerted.get(row.id);
      if (reasons) return { text: row.body, alerted: reasons };
      const worry = flagged.get(row.id);
      return worry ? { text: row.body, flagged: worry } : row.body;
    });
  const inWindow = alerts.filter((a) => a.createdAt <= now);
  const urgentAlert: UrgentAlert =
    inWindow.length === 0 ? 'none' : inWindow.some((a) => a.acknowledgedAt !== null) ? 'seen' : 'waiting';
  return { messages, urgentAlert };
}
