// Keeps a Message row for every SMS the outbox sent, keyed by Twilio's SID so delivery reports can find it.
import type { Db } from '../db/client.js';
import type { ClaimedSend } from '../work/outbox.js';

export async function recordSmsSent(db: Db, send: ClaimedSend, sid: string | undefined, now: Date): Promise<void> {
  if (send.channel !== 'sms' || !sid) return;
  const person = await db.person.findUnique({ where: { phone: send.target }, select: { id: true } });
  const body = typeof send.payload['text'] === 'string' ? send.payload['text'] : null;
  await db.message.upsert({
    where: { providerId: `sms:${sid}` },
    create: {
      createdAt: now,
      providerId: `sms:${sid}`,
      direction: 'out',
      channel: 'sms',
      personId: person?.id ?? null,
      handoffId: send.handoffId,
      body,
      status: 'sent',
    },
    update: { personId: person?.id ?? null, handoffId: send.handoffId, body },
  });
}
