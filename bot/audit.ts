// The audit trail: who did what, when. Never message bodies or contact details: ids and small facts only.
import type { Db } from './db/client.js';
import type { JsonObject } from './work/json.js';

export function audit(
  db: Db,
  at: Date,
  actor: string,
  action: string,
  subjectType: string | null,
  subjectId: string | null,
  detail?: JsonObject,
) {
  return db.auditEvent.create({ data: { at, actor, action, subjectType, subjectId, detail: detail ?? undefined } });
}
