// Shared reads and writes of the mentor feature: a referral with what the checks need, the audit line, the summary
// as stored, and the coordinator to tell about a referral.
import { audit as writeAudit } from '../audit.js';
import type { ReferralSummary } from '../../dialogs/mentor/views.js';
import type { Db } from '../db/client.js';
import type { TeamsServices } from '../teams/feature.js';
import type { JsonObject } from '../../shared/json.js';

export function loadReferral(db: Db, id: string) {
  return db.referral.findUnique({
    where: { id },
    include: {
      handoff: {
        select: {
          id: true,
          status: true,
          personId: true,
          channel: true,
          profile: true,
          claimedAt: true,
          claimedById: true,
          person: { select: { phone: true, optedOutAt: true, erasedAt: true } },
        },
      },
      matchedMentor: { select: { id: true, name: true } },
    },
  });
}

export type LoadedReferral = NonNullable<Awaited<ReturnType<typeof loadReferral>>>;

export function audit(
  db: Pick<Db, 'auditEvent'>,
  at: Date,
  staffId: string | null,
  action: string,
  subjectId: string,
  detail?: JsonObject,
) {
  return writeAudit(db, at, staffId ? `staff:${staffId}` : 'system', action, 'referral', subjectId, detail);
}

/** The stored summary; it was written by anonymise(), so its shape is ours. */
export function summaryOf(referral: { summary: unknown }): ReferralSummary {
  const s = referral.summary as Partial<ReferralSummary> | null;
  return {
    initials: s?.initials ?? null,
    age: s?.age ?? null,
    area: s?.area ?? null,
    situation: s?.situation ?? null,
    help: s?.help ?? null,
    goals: Array.isArray(s?.goals) ? s.goals : [],
  };
}

/** The coordinator who claimed the person hears about their referral; with nobody claiming, every coordinator does. */
export async function tellCoordinator(
  teams: TeamsServices,
  claimedById: string | null,
  item: { dedupeKey: string; text?: string; card?: JsonObject },
  handoffId: string,
): Promise<void> {
  if (claimedById && (await teams.sendToStaff(claimedById, item))) return;
  await teams.notifyCoordinators({ ...item, handoffId });
}
