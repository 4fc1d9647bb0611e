// Twilio keeps its own copy of every text (its message log). When a person is erased, the erasure queues the SIDs of
// their texts we stored (inbound and sent); this job deletes each copy through Twilio's REST API. One already gone
// counts as deleted; one Twilio cannot delete yet (still being delivered) is tried again later.
import twilio from 'twilio';
import type { Logger } from '../logger.js';
import type { JobHandlers } from '../work/worker.js';
import { JobKinds } from '../work/kinds.js';
import type { TwilioRest } from './twilio-client.js';

export function smsEraseJobs(client: TwilioRest | null, log: Logger): JobHandlers {
  return {
    [JobKinds.smsErase]: async (job) => {
      const sids = Array.isArray(job.payload['sids'])
        ? job.payload['sids'].filter((s): s is string => typeof s === 'string')
        : [];
      if (!client) {
        log.warn(
          { count: sids.length },
          "SMS is off: cannot ask Twilio to delete its copies of an erased person's texts",
        );
        return;
      }
      let deleted = 0;
      for (const sid of sids) {
        try {
          await client.messages(sid).remove();
          deleted++;
        } catch (err) {
          if (err instanceof twilio.RestException && err.status === 404) continue;
          throw new Error(`Twilio did not delete a message (${deleted} of ${sids.length} done)`, { cause: err });
        }
      }
      log.info({ deleted, asked: sids.length }, "deleted Twilio's copies of an erased person's texts");
    },
  };
}
