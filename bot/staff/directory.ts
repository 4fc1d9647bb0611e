// Who is staff: one indexed lookup by AAD object id, remembered briefly so a busy Teams turn costs no extra round
// trip. Changes made by the admin CLI (another process) show within the cache's lifetime.
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import { isStaffRole, type StaffMember } from './member.js';

export interface StaffEntry extends StaffMember {
  activeHandoffId: string | null;
  /** The conversation id of their 1:1 chat with the bot, if we have stored it. */
  chatId: string | null;
}

export class StaffDirectory {
  private readonly cache = new Map<string, { entry: StaffEntry | null; until: number }>();

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly ttlMs = 10_000,
  ) {}

  /** Active staff with this AAD object id, or null (removed staff and everyone else are not staff). */
  async byAad(aadObjectId: string): Promise<StaffEntry | null> {
    const now = this.clock.now().getTime();
    const hit = this.cache.get(aadObjectId);
    if (hit && hit.until > now) return hit.entry;
    const row = await this.db.staff.findUnique({ where: { aadObjectId } });
    const entry = row && row.status !== 'removed' ? toEntry(row) : null;
    if (this.cache.size > 5_000) this.cache.clear(); // bounded: mentees' ids are cached too
    this.cache.set(aadObjectId, { entry, until: now + this.ttlMs });
    return entry;
  }

  /** Drop what we remember after this process changed a staff row. */
  forget(aadObjectId: string): void {
    this.cache.delete(aadObjectId);
  }
}

function toEntry(row: {
  id: string;
  aadObjectId: string;
  name: string;
  role: string;
  status: string;
  activeHandoffId: string | null;
  teamsRef: unknown;
}): StaffEntry | null {
  if (!isStaffRole(row.role)) return null;
  return {
    id: row.id,
    aadObjectId: row.aadObjectId,
    name: row.name,
    role: row.role,
    status: row.status,
    activeHandoffId: row.activeHandoffId,
    chatId: conversationIdOf(row.teamsRef),
  };
}

export function conversationIdOf(ref: unknown): string | null {
  if (typeof ref !== 'object' || ref === null) return null;
  const conversation: unknown = Reflect.get(ref, 'conversation');
  if (typeof conversation !== 'object' || conversation === null) return null;
  const id: unknown = Reflect.get(conversation, 'id');
  return typeof id === 'string' ? id : null;
}
