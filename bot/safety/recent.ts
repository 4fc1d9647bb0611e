// The person's recent inbound messages, for reading a new message in context (flows/safety/context). Read from the
// messages the turns already store, each with the reasons of the urgent alert it raised when it came (its safety
// event), so a danger the learned layers found stands under the texts after it as the rules' does. Erased bodies are
// left out.
import type { Earlier } from '../../flows/safety/index.js';
import type { Queries } from '../db/client.js';

export interface ContextWindow {
  /** At most this many earlier messages (0 = none). */
  messages: number;
  /** Sent within this many hours before now. */
  hours: number;
}

/** The person's earlier inbound messages in the window, oldest first. */
export async function recentInbound(
  db: Queries,
  personId: string,
  now: Date,
  window: ContextWindow,
): Promise<Earlier[]> {
  if (window.messages <= 0) return [];
  const rows = await db.message.findMany({
    where: {
      personId,
      direction: 'in',
      createdAt: { gte: new Date(now.getTime() - window.hours * 3_600_000), lte: now },
    },
    orderBy: { createdAt: 'desc' },
    take: window.messages,
    select: { id: true, body: true },
  });
  const kept = rows.filter((row): row is { id: string; body: string } => row.body !== null).reverse();
  if (kept.length === 0) return [];
  const alerts = await db.safetyEvent.findMany({
    where: { personId, messageId: { in: kept.map((row) => row.id) }, level: 'urgent' },
    select: { messageId: true, reasons: true },
  });
  const alerted = new Map(alerts.map((a) => [a.messageId, asReasons(a.reasons)] as const));
  return kept.map((row) => {
    const reasons = alerted.get(row.id);
    return reasons ? { text: row.body, alerted: reasons } : row.body;
  });
}

function asReasons(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
