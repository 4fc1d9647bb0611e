// A subject access request: everything held about one person, found by their phone number, as JSON and as plain
// text. Their own records only: messages, the conversation (answers so far), handoffs with what was shared with
// mentors and mentors' check-in notes about them, safety flags, texts waiting to go to them, and the audit lines about
// them. Staff appear by role, never by name (their names are not the person's data).
import { subjectsOf } from '../audit.js';
import type { Db } from '../db/client.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../../shared/json.js';

export interface PersonExport {
  exportedAt: string;
  person: JsonObject;
  conversation: JsonObject | null;
  messages: JsonObject[];
  handoffs: JsonObject[];
  safetyFlags: JsonObject[];
  waitingToSend: JsonObject[];
  audit: JsonObject[];
}

const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);
const json = (v: unknown): JsonValue => (v === undefined ? null : (JSON.parse(JSON.stringify(v)) as JsonValue));

/** Everything held about the person with this phone number; null if we hold nothing. */
export async function exportPerson(db: Db, phone: string, now: Date): Promise<PersonExport | null> {
  const person = await db.person.findUnique({ where: { phone } });
  if (!person) return null;
  const [conversation, messages, handoffs, safety, waiting] = await Promise.all([
    db.conversation.findUnique({ where: { personId: person.id } }),
    db.message.findMany({ where: { personId: person.id }, orderBy: { createdAt: 'asc' } }),
    db.handoff.findMany({
      where: { personId: person.id },
      orderBy: { createdAt: 'asc' },
      include: { referrals: { include: { checkIns: { orderBy: { session: 'asc' } } } } },
    }),
    db.safetyEvent.findMany({ where: { personId: person.id }, orderBy: { createdAt: 'asc' } }),
    db.outbox.findMany({
      where: { target: phone, status: { in: ['pending', 'sending'] } },
      orderBy: { createdAt: 'asc' },
    }),
  ]);
  const audit = await db.auditEvent.findMany({
    where: {
      OR: [
        { actor: `person:${person.id}` },
        { subjectType: 'person', subjectId: person.id },
        ...(await subjectsOf(db, person.id)),
      ],
    },
    orderBy: { at: 'asc' },
  });
  return {
    exportedAt: now.toISOString(),
    person: {
      phone: person.phone,
      firstContact: iso(person.createdAt),
      teamsUser: person.teamsUserId,
      optedOutOfTexts: iso(person.optedOutAt),
    },
    conversation: conversation
      ? {
          channel: conversation.channel,
          stage: conversation.state,
          lastMessage: iso(conversation.lastInboundAt),
          answersSoFar: json(profileOf(conversation.snapshot)),
        }
      : null,
    messages: messages.map((m) => ({
      at: iso(m.createdAt),
      direction: m.direction === 'in' ? 'from you' : m.staffId ? 'to you, from a coordinator' : 'to you',
      channel: m.channel,
      text: m.body,
      status: m.status,
    })),
    handoffs: handoffs.map((h) => ({
      at: iso(h.createdAt),
      why: h.reason,
      status: h.status,
      outcome: h.outcome,
      urgent: h.urgent,
      whatYouToldUs: json(h.profile),
      claimedByACoordinator: h.claimedById !== null || h.claimedAt !== null,
      sharedWithMentors: h.referrals.map((r) => ({
        at: iso(r.createdAt),
        whatMentorsSaw: json(r.summary),
        status: r.status,
        matched: iso(r.matchedAt),
        mentorCheckIns: r.checkIns.map((c) => ({
          session: c.session,
          date: iso(c.sessionDate),
          how: c.mode,
          notes: c.summary,
          concern: c.concern,
          next: iso(c.nextSessionDate),
        })),
      })),
    })),
    safetyFlags: safety.map((s) => ({ at: iso(s.createdAt), level: s.level, reasons: json(s.reasons) })),
    waitingToSend: waiting.map((o) => ({
      queued: iso(o.createdAt),
      text: json(isJsonObject(o.payload) ? o.payload['text'] : null),
    })),
    audit: audit.map((a) => ({
      at: iso(a.at),
      by: a.actor.startsWith('staff:') ? 'a member of staff' : a.actor.startsWith('person:') ? 'you' : a.actor,
      action: a.action,
    })),
  };
}

function profileOf(snapshot: unknown): unknown {
  if (typeof snapshot !== 'object' || snapshot === null) return null;
  const context: unknown = Reflect.get(snapshot, 'context');
  return typeof context === 'object' && context !== null ? Reflect.get(context, 'profile') : null;
}

/** The same, as plain text for a letter or an email: one section per kind of record. */
export function exportAsText(data: PersonExport): string {
  const phone = typeof data.person['phone'] === 'string' ? data.person['phone'] : 'you';
  const lines: string[] = [`Everything we hold about ${phone}, as of ${data.exportedAt}`, ''];
  const section = (title: string, rows: readonly JsonValue[]) => {
    lines.push(`== ${title} (${rows.length}) ==`);
    for (const row of rows) lines.push(...flatten(row, ''));
    lines.push('');
  };
  section('About you', [data.person]);
  section('Your conversation with the bot', data.conversation ? [data.conversation] : []);
  section('Messages', data.messages);
  section('Passed to our coordinators', data.handoffs);
  section('Safety flags', data.safetyFlags);
  section('Texts waiting to be sent to you', data.waitingToSend);
  section('What was done with your record', data.audit);
  return lines.join('\n').trimEnd();
}

function flatten(value: JsonValue, indent: string): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => flatten(v, indent));
  if (value === null || typeof value !== 'object') return [`${indent}${String(value)}`];
  const out: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (v === null || (Array.isArray(v) && v.length === 0)) continue;
    if (typeof v === 'object') out.push(`${indent}${key}:`, ...flatten(v, `${indent}  `));
    else out.push(`${indent}${key}: ${String(v)}`);
  }
  if (indent === '') out.push('--');
  return out;
}
