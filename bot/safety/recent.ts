// The person's recent inbound messages, for reading a new message in context (flows/safety/context). Read from the
// messages the turns already store; erased bodies are left out.
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
): Promise<string[]> {
  if (window.messages <= 0) return [];
  const rows = await db.message.findMany({
    where: {
      personId,
      direction: 'in',
      createdAt: { gte: new Date(now.getTime() - window.hours * 3_600_000), lte: now },
    },
    orderBy: { createdAt: 'desc' },
    take: window.messages,
    select: { body: true },
  });
  return rows.flatMap((row) => (row.body === null ? [] : [row.body])).reverse();
}
