// The audit trail: who did what, when. Never message bodies or contact details: ids and small facts only.
import type { Db } from './db/client.js';
import type { JsonObject } from '../shared/json.js';

/** The write that records one audit line; lazy, so it joins the caller's transaction (a client or a `tx`). */
export function audit(
  db: Pick<Db, 'auditEvent'>,
  at: Date,
  actor: string,
  action: string,
  subjectType: string | null,
  subjectId: string | null,
  detail?: JsonObject,
) {
  return db.auditEvent.create({ data: { at, actor, action, subjectType, subjectId, detail: detail ?? undefined } });
}

export interface AuditFilter {
  /** Lines about this person (by id): what they did, and what was done with their record and handoffs. */
  personId?: string;
  /** Lines by this member of staff (by id). */
  staffId?: string;
  since?: Date;
}

export interface AuditLine {
  at: Date;
  actor: string;
  action: string;
  subject: string | null;
  detail: string | null;
}

/** The audit trail, oldest first, with staff named (their names are on the staff register anyway). */
export async function readAudit(db: Db, filter: AuditFilter, limit = 10_000): Promise<AuditLine[]> {
  const subjects = filter.personId ? await subjectsOf(db, filter.personId) : [];
  const rows = await db.auditEvent.findMany({
    where: {
      ...(filter.since ? { at: { gte: filter.since } } : {}),
      ...(filter.staffId ? { actor: `staff:${filter.staffId}` } : {}),
      ...(filter.personId
        ? {
            OR: [
              { actor: `person:${filter.personId}` },
              { subjectType: 'person', subjectId: filter.personId },
              ...subjects,
            ],
          }
        : {}),
    },
    orderBy: { at: 'asc' },
    take: limit,
  });
  const staffIds = [...new Set(rows.flatMap((r) => (r.actor.startsWith('staff:') ? [r.actor.slice(6)] : [])))];
  const staff = staffIds.length
    ? await db.staff.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true, role: true } })
    : [];
  const name = (actor: string) => {
    const s = actor.startsWith('staff:') ? staff.find((x) => x.id === actor.slice(6)) : undefined;
    return s ? `${s.name} (${s.role})` : actor;
  };
  return rows.map((r) => ({
    at: r.at,
    actor: name(r.actor),
    action: r.action,
    subject: r.subjectType ? `${r.subjectType}${r.subjectId ? `:${r.subjectId}` : ''}` : null,
    detail: r.detail === null ? null : JSON.stringify(r.detail),
  }));
}

/** The audit subjects that are about a person: their handoffs, the referrals made from them, their safety flags. */
export async function subjectsOf(
  db: Db,
  personId: string,
): Promise<{ subjectType: string; subjectId: { in: string[] } }[]> {
  const [handoffs, referrals, safety] = await Promise.all([
    db.handoff.findMany({ where: { personId }, select: { id: true } }),
    db.referral.findMany({ where: { handoff: { personId } }, select: { id: true } }),
    db.safetyEvent.findMany({ where: { personId }, select: { id: true } }),
  ]);
  return (
    [
      ['handoff', handoffs],
      ['referral', referrals],
      ['safety', safety],
    ] as const
  ).flatMap(([subjectType, rows]) =>
    rows.length > 0 ? [{ subjectType, subjectId: { in: rows.map((r) => r.id) } }] : [],
  );
}
