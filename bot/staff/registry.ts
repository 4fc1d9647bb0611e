// Registering and removing staff (the admin CLI's `staff` commands). Removal keeps the row, marked removed, so
// past claims and check-ins still say who did them; adding the same AAD id again brings it back.
import type { Db } from '../db/client.js';
import type { StaffRole } from './member.js';
import { audit } from '../audit.js';

export interface NewStaff {
  aadObjectId: string;
  name: string;
  role: StaffRole;
  capacity?: number | undefined;
}

export async function addStaff(db: Db, staff: NewStaff, now: Date) {
  const capacity = staff.capacity ?? 2;
  const row = await db.staff.upsert({
    where: { aadObjectId: staff.aadObjectId },
    create: { aadObjectId: staff.aadObjectId, name: staff.name, role: staff.role, capacity, createdAt: now },
    update: { name: staff.name, role: staff.role, capacity, status: 'active', breakUntil: null },
  });
  await audit(db, now, 'system', 'staff.added', 'staff', row.id, { role: staff.role });
  return row;
}

/** Active staff by role, then name (sorted here: names are encrypted at rest, so the database cannot order them). */
export async function listStaff(db: Db) {
  const rows = await db.staff.findMany({ where: { status: { not: 'removed' } }, orderBy: { role: 'asc' } });
  return rows.sort((a, b) => a.role.localeCompare(b.role) || a.name.localeCompare(b.name));
}

/** Marks the member removed and ends anything that would keep sending to them. False if there was nobody. */
export async function removeStaff(db: Db, aadObjectId: string, now: Date): Promise<boolean> {
  const row = await db.staff.findUnique({ where: { aadObjectId } });
  if (!row || row.status === 'removed') return false;
  await db.$transaction([
    db.staff.update({ where: { id: row.id }, data: { status: 'removed', activeHandoffId: null } }),
    db.staffChannel.updateMany({
      where: { addedById: row.id, kind: 'personal', removedAt: null },
      data: { removedAt: now },
    }),
    audit(db, now, 'system', 'staff.removed', 'staff', row.id),
  ]);
  return true;
}
