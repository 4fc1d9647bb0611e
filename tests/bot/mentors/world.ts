// A small world for the mentor services: the real database, a manual clock, the real intake service and a worker with
// the mentors' jobs, and a fake TeamsServices that records what would have been sent to whom (cards rendered as the
// outbox would).
import { TestAdapter, TurnContext } from 'botbuilder';
import { vi } from 'vitest';
import { ManualClock } from '../../../bot/clock.js';
import { loadConfig } from '../../../bot/config.js';
import { IntakeService } from '../../../bot/intake/service.js';
import { createLogger } from '../../../bot/logger.js';
import type { MentorDeps } from '../../../bot/mentors/deps.js';
import { mentorJobs } from '../../../bot/mentors/jobs.js';
import { renderReferralCard } from '../../../bot/mentors/referral-cards.js';
import type { StaffMember } from '../../../bot/staff/member.js';
import type { TeamsFeature, TeamsServices } from '../../../bot/teams/feature.js';
import type { JsonObject } from '../../../shared/json.js';
import { Worker } from '../../../bot/work/worker.js';
import type { DatabaseContext } from '../../support/databases.js';

export interface Sent {
  to: string;
  dedupeKey: string;
  text?: string | undefined;
  card?: JsonObject | undefined;
}

export interface World {
  deps: MentorDeps & { intake: IntakeService };
  clock: ManualClock;
  worker: Worker;
  /** Every sendToStaff, in order. */
  sent: Sent[];
  /** Every notifyCoordinators, in order. */
  broadcast: Sent[];
  teams: { [K in keyof TeamsServices]: ReturnType<typeof vi.fn<TeamsServices[K]>> };
  to(staffId: string): Sent[];
}

export function makeWorld(ctx: DatabaseContext, env: Record<string, string> = {}): World {
  const config = loadConfig({ DATABASE_URL: ctx.url, PEER_MEETING: 'first tuesday 18:00', ...env });
  const clock = new ManualClock(new Date('2026-11-23T10:00:00Z'));
  const log = createLogger('silent');
  const worker = new Worker({ db: ctx.db, clock, log, intervalMs: 60_000 });
  const intake = new IntakeService({ db: ctx.db, clock, log, config, wake: () => undefined });
  const sent: Sent[] = [];
  const broadcast: Sent[] = [];
  const teams = {
    notifyCoordinators: vi.fn<TeamsServices['notifyCoordinators']>((item) => {
      broadcast.push({ to: 'coordinators', ...item });
      return Promise.resolve();
    }),
    sendToStaff: vi.fn<TeamsServices['sendToStaff']>((staffId, item) => {
      sent.push({ to: staffId, ...item });
      return Promise.resolve(true);
    }),
    refreshHandoffCards: vi.fn<TeamsServices['refreshHandoffCards']>(() => Promise.resolve()),
    // Rendered at once, as the outbox would when it sends: what the mentor would see.
    postStaffCard: vi.fn<TeamsServices['postStaffCard']>(async (staffId, item) => {
      const card = await renderReferralCard(ctx.db, item.id, staffId, 'post');
      if (card) sent.push({ to: staffId, dedupeKey: item.dedupeKey, card });
      return true;
    }),
    // Card updates go through the real outbox in the HTTP tests (tests/bot/mentors/card-updates.test.ts).
    refreshStaffCardOps: vi.fn<TeamsServices['refreshStaffCardOps']>(() => Promise.resolve([])),
  };
  const deps = { config, db: ctx.db, clock, log, intake, wake: () => worker.wake(), teams };
  worker.onJobs(mentorJobs(deps));
  return { deps, clock, worker, sent, broadcast, teams, to: (id) => sent.filter((s) => s.to === id) };
}

let counter = 0;

export async function addStaff(
  ctx: DatabaseContext,
  role: 'coordinator' | 'mentor',
  name: string,
  extra: { status?: string; capacity?: number } = {},
): Promise<StaffMember> {
  counter += 1;
  const row = await ctx.db.staff.create({
    data: { aadObjectId: `aad-${role}-${counter}-${Math.random().toString(36).slice(2)}`, name, role, ...extra },
  });
  return { id: row.id, aadObjectId: row.aadObjectId, name: row.name, role, status: row.status };
}

/** Re-reads a member of staff, as the Teams channel does on each turn. */
export async function reload(ctx: DatabaseContext, staff: StaffMember): Promise<StaffMember> {
  const row = await ctx.db.staff.findUniqueOrThrow({ where: { id: staff.id } });
  return { ...staff, status: row.status };
}

export const JO_PROFILE = {
  answers: {
    name: "I'm Jo Pennington",
    age: '34',
    area: 'Flat 2, 14 Priory Road, Taunton TA1 2AB',
    situation:
      'Since my diagnosis I hardly leave the house. Jo is my name, call me on 07700 900123 or jo.p@example.com',
    help: 'Someone to talk to who gets it',
    meeting: 'Phone first, then maybe a walk',
    times: 'Weekday mornings',
    access: 'I get anxious on buses',
    mentorWishes: 'Someone older than me',
    // Jo said mentors may read their own words about what is going on.
    shareWords: 'yes',
  },
  goals: ['Go into town on my own', 'Join a group'],
  skipped: [],
};

/** A person from the SMS journey, handed off and claimed by `coordinator` (or left open). */
export async function addHandoff(
  ctx: DatabaseContext,
  coordinator: StaffMember | null,
  profile: JsonObject = JO_PROFILE,
  phone = `+4477009${String(Math.floor(Math.random() * 100000)).padStart(5, '0')}`,
): Promise<{ handoffId: string; personId: string; phone: string }> {
  const person = await ctx.db.person.create({ data: { phone } });
  const handoff = await ctx.db.handoff.create({
    data: {
      personId: person.id,
      channel: 'sms',
      reason: 'completed',
      profile,
      ...(coordinator ? { status: 'claimed', claimedById: coordinator.id, claimedAt: new Date() } : {}),
    },
  });
  return { handoffId: handoff.id, personId: person.id, phone };
}

/** A card's button with this title, as its tap arrives: its Action.Execute verb with its data. */
export function button(card: JsonObject | undefined, title: string): JsonObject {
  const found = JSON.stringify(card ?? {}).includes(`"title":"${title}"`);
  if (!found) throw new Error(`no button "${title}" on the card`);
  const action = findActions(card ?? {}).find((a) => a['title'] === title);
  const data = action?.['data'];
  const verb = action?.['verb'];
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`button "${title}" has no data`);
  if (typeof verb !== 'string') throw new Error(`button "${title}" has no verb`);
  return { verb, ...data };
}

function findActions(node: unknown): JsonObject[] {
  if (Array.isArray(node)) return node.flatMap(findActions);
  if (!node || typeof node !== 'object') return [];
  const obj = node as JsonObject;
  const here = obj['type'] === 'Action.Execute' ? [obj] : [];
  return [...here, ...Object.values(obj).flatMap(findActions)];
}

/** The referral a card's button is about. */
export function referralIdOf(card: JsonObject | undefined, title: string): string {
  const id = button(card, title)['referralId'];
  if (typeof id !== 'string') throw new Error(`button "${title}" names no referral`);
  return id;
}

export const cardText = (card: JsonObject | undefined): string => JSON.stringify(card ?? {});

/** What a member of staff sees after tapping a button or saying something: the text and cards in reply. */
export interface Seen {
  texts: string[];
  cards: JsonObject[];
  handled: boolean;
}

export async function tap(feature: TeamsFeature, staff: StaffMember, data: JsonObject): Promise<Seen> {
  const verb = data['verb'];
  if (typeof verb !== 'string') throw new Error('the button has no verb');
  const result = await feature.onAction({ ctx: turn().ctx, staff, verb, data });
  return { texts: result.message ? [result.message] : [], cards: result.card ? [result.card] : [], handled: true };
}

export async function say(feature: TeamsFeature, staff: StaffMember, text: string): Promise<Seen> {
  const { ctx, seen } = turn();
  seen.handled = (await feature.onMessage?.({ ctx, staff, text })) ?? false;
  return seen;
}

function turn(): { ctx: TurnContext; seen: Seen } {
  const seen: Seen = { texts: [], cards: [], handled: false };
  const ctx = new TurnContext(new TestAdapter(), { type: 'message', text: '' });
  ctx.onSendActivities((_, activities) => {
    for (const a of activities) {
      if (a.text) seen.texts.push(a.text);
      for (const att of a.attachments ?? []) seen.cards.push(att.content as JsonObject);
    }
    return Promise.resolve(activities.map(() => ({ id: 'x' })));
  });
  return { ctx, seen };
}
