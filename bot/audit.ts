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
