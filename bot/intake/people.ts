// Loading a person with what a turn needs in one query: the conversation and the handoff still open, if any.
import type { Channel } from '../../dialogs/settings.js';
import type { Db } from '../db/client.js';

export function loadPerson(db: Db, by: Channel | 'id', key: string) {
  const where = by === 'sms' ? { phone: key } : by === 'teams' ? { teamsUserId: key } : { id: key };
  return db.person.findUnique({
    where,
    include: {
      conversation: true,
      handoffs: {
        where: { status: { in: ['open', 'claimed'] } },
        orderBy: { createdAt: 'desc' },
        take: 1,
        select: { id: true, status: true, claimedById: true },
      },
    },
  });
}

export type LoadedPerson = NonNullable<Awaited<ReturnType<typeof loadPerson>>>;
