// Twilio keeps its own copy of every text (its message log). When a person is erased, the erasure queues the SIDs of
// their texts we stored (inbound and sent through the REST API) and their number: the replies given in a webhook's
// TwiML answer get their SIDs from Twilio only after the answer, and are never stored, so this job also lists Twilio's
// log to and from the number since they first wrote (the reply confirming the erasure included: the job waits a
// little for it) and deletes every copy found. One already gone counts as deleted; one Twilio cannot delete yet (still
// being delivered) is tried again later. Once done, the finished job keeps the SIDs alone, not the number.
import twilio from 'twilio';
import type { Db } from '../db/client.js';
import type { Logger } from '../logger.js';
import type { ClaimedJob } from '../work/jobs.js';
import type { JobHandlers } from '../work/worker.js';
import { JobKinds } from '../work/kinds.js';
import type { TwilioRest } from './twilio-client.js';

interface EraseCopies {
  sids: string[];
  phone: string | undefined;
  since: Date | undefined;
}

function read(job: ClaimedJob): EraseCopies {
  const { sids, phone, since } = job.payload;
  return {
    sids: Array.isArray(sids) ? sids.filter((s): s is string => typeof s === 'string') : [],
    phone: typeof phone === 'string' ? phone : undefined,
    since: typeof since === 'string' ? new Date(since) : undefined,
  };
}

/** Every SID in Twilio's log to or from the number since `since`: texts sent by any means, and the person's own. */
async function loggedSids(client: TwilioRest, phone: string, since: Date | undefined): Promise<string[]> {
  const after = since ? { dateSentAfter: since } : {};
  const [to, from] = await Promise.all([
    client.messages.list({ to: phone, ...after }),
    client.messages.list({ from: phone, ...after }),
  ]);
  return [...to, ...from].map((m) => m.sid);
}

export function smsEraseJobs(client: TwilioRest | null, db: Db, log: Logger): JobHandlers {
  return {
    [JobKinds.smsErase]: async (job) => {
      const { sids, phone, since } = read(job);
      if (!client) {
        log.warn(
          { count: sids.length },
          "SMS is off: cannot ask Twilio to delete its copies of an erased person's texts",
        );
        await db.job.update({ where: { id: job.id }, data: { payload: { sids } } });
        return;
      }
      const found = phone ? await loggedSids(client, phone, since) : [];
      const all = [...new Set([...sids, ...found])];
      let deleted = 0;
      for (const sid of all) {
        try {
          await client.messages(sid).remove();
          deleted++;
        } catch (err) {
          if (err instanceof twilio.RestException && err.status === 404) continue;
          throw new Error(`Twilio did not delete a message (${deleted} of ${all.length} done)`, { cause: err });
        }
      }
      // The number was needed only to find the copies.
      await db.job.update({ where: { id: job.id }, data: { payload: { sids: all } } });
      log.info(
        { deleted, asked: all.length, listed: found.length },
        "deleted Twilio's copies of an erased person's texts",
      );
    },
  };
}
