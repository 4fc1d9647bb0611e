// A text whose turn could not finish in the request (the database busy, another instance racing for the same
// conversation beyond its retries) is stored as a job before the webhook answers, never lost to a 5xx: Twilio does
// not retry one. The worker finishes the turn and sends its replies by the REST API, in the urgent lane (it may be a
// crisis). The turn is idempotent by MessageSid, so a turn that did finish is not run twice.
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import { textAt } from '../../shared/json.js';
import { scheduleJob } from '../work/jobs.js';
import { JobKinds } from '../work/kinds.js';
import { enqueue } from '../work/outbox.js';
import type { JobHandlers } from '../work/worker.js';
import type { IntakeService } from './service.js';

export interface DeferredText {
  phone: string;
  sid: string;
  text: string;
  media: number;
}

/** Stores a received text for the worker to finish. */
export async function deferText(db: Db, clock: Clock, text: DeferredText): Promise<void> {
  await scheduleJob(db, {
    kind: JobKinds.intakeDeferred,
    key: `inbound:sms:${text.sid}`,
    runAt: clock.now(),
    payload: { phone: text.phone, sid: text.sid, text: text.text, media: text.media },
  });
}

export function deferredJobs(deps: { db: Db; clock: Clock; intake: IntakeService; wake: () => void }): JobHandlers {
  return {
    [JobKinds.intakeDeferred]: async (job) => {
      const phone = textAt(job.payload, 'phone');
      const sid = textAt(job.payload, 'sid');
      if (!phone || !sid) return;
      const { media, text } = job.payload;
      const outcome = await deps.intake.receive({
        channel: 'sms',
        address: phone,
        providerId: `sms:${sid}`,
        text: typeof text === 'string' ? text : '',
        media: typeof media === 'number' ? media : 0,
      });
      const now = deps.clock.now();
      await deps.db.$transaction(
        outcome.replies.map((reply, i) =>
          enqueue(
            deps.db,
            {
              dedupeKey: `reply:${sid}:${i}`,
              channel: 'sms',
              target: phone,
              payload: { text: reply },
              urgent: outcome.level === 'urgent',
            },
            now,
          ),
        ),
      );
      if (outcome.replies.length > 0) deps.wake();
    },
  };
}
