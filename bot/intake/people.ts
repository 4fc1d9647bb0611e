// Loading a person with what a turn needs: their conversation. (The open handoff is looked up only by the turns that
// relay a message to it: most turns never need it.)
import type { Channel } from '../../shared/channel.js';
import type { Queries } from '../db/client.js';

export function loadPerson(db: Queries, by: Channel | 'id', key: string) {
  const where = by === 'sms' ? { phone: key } : by === 'teams' ? { teamsUserId: key } : { id: key };
  return db.person.findUnique({
    where,
    include: { conversation: true },
  });
}

export type LoadedPerson = NonNullable<Awaited<ReturnType<typeof loadPerson>>>;

/** The handoff a relayed message belongs to: the person's newest one still open or claimed. */
export async function openHandoffId(db: Queries, personId: string): Promise<string | undefined> {
  const handoff = await db.handoff.findFirst({
    where: { personId, status: { in: ['open', 'claimed'] } },
    orderBy: { createdAt: 'desc' },
    select: { id: true },
  });
  return handoff?.id;
}
