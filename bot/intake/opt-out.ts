// STOP and START by SMS. Twilio has already answered the person; we record it so that nothing more is sent on any
// path until START, and a retried webhook records it once.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import { cancelJob } from '../work/jobs.js';
import { audit } from '../audit.js';

export class OptOuts {
  constructor(private readonly deps: { db: Db; clock: Clock }) {}

  /** Call for STOP, and for START only when the number is opted out ("yes" is also an answer in the journey). */
  async record(phone: string, providerId: string, intent: 'stop' | 'start'): Promise<void> {
    const { db, clock } = this.deps;
    const now = clock.now();
    const person = await db.person.findUnique({ where: { phone }, select: { id: true, optedOutAt: true } });
    const personId = person?.id ?? randomUUID();
    try {
      await db.$transaction([
        db.person.upsert({
          where: { phone },
          create: { id: personId, phone, createdAt: now, optedOutAt: intent === 'stop' ? now : null },
          update: { optedOutAt: intent === 'stop' ? now : null },
        }),
        db.message.create({
          data: {
            createdAt: now,
            personId,
            direction: 'in',
            channel: 'sms',
            providerId,
            body: intent.toUpperCase(),
            replies: [],
          },
        }),
        ...(intent === 'stop'
          ? [
              cancelJob(db, `reminder:${personId}`),
              db.outbox.deleteMany({ where: { target: phone, status: 'pending' } }),
            ]
          : []),
        audit(db, now, `person:${personId}`, intent === 'stop' ? 'sms.opted-out' : 'sms.opted-in', 'person', personId),
      ]);
    } catch (err) {
      if (!isUniqueViolation(err)) throw err; // a retried webhook: already recorded
    }
  }

  async isOptedOut(phone: string): Promise<boolean> {
    const person = await this.deps.db.person.findUnique({ where: { phone }, select: { optedOutAt: true } });
    return Boolean(person?.optedOutAt);
  }
}
