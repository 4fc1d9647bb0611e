// Proactive Teams messages, always through the outbox: notifications to every coordinator chat, messages to one
// member of staff, cards posted and later updated wherever they were posted. Implements the features' TeamsServices.
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import type { Op } from '../db/ops.js';
import { conversationIdOf } from '../staff/directory.js';
import type { JsonObject } from '../../shared/json.js';
import { enqueue } from '../work/outbox.js';
import { coordinatorTargets, notifyTargetOf, type NotifyTarget } from './channels.js';
import type { StaffCardSubject, StaffSend, TeamsServices } from './feature.js';
import type { CardSubject, TeamsPayload } from './sender.js';

type Item = { dedupeKey: string; text?: string; card?: JsonObject; handoffId?: string };

export class TeamsOutbox implements TeamsServices {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly wake: () => void,
  ) {}

  async notifyCoordinators(item: Item): Promise<void> {
    const targets = await coordinatorTargets(this.db);
    await this.commit(
      targets.map((t) => this.enqueueOp(t, `${item.dedupeKey}:${t.conversationId}`, contentOf(item), item.handoffId)),
    );
  }

  async sendToStaff(staffId: string, item: StaffSend): Promise<boolean> {
    const content = item.record ? { ...contentOf(item), post: item.record } : contentOf(item);
    const write = await this.toStaffOp(staffId, item.dedupeKey, content, item.record?.handoffId);
    if (!write) return false;
    await this.commit([write.op]);
    return true;
  }

  async refreshHandoffCards(handoffId: string): Promise<void> {
    await this.commit(await this.refreshOps('handoff', handoffId));
  }

  /** Post a subject's card (rendered at send time) to every coordinator chat; once per chat, however often asked.
   * A safety alert goes in the urgent lane, and asking again sends at once what is still waiting or was given up
   * (Teams was down for a while), to the chats that can be reached now. */
  async postCard(subject: CardSubject, id: string, opts: { round?: number; handoffId?: string } = {}): Promise<void> {
    const targets = await coordinatorTargets(this.db);
    const round = opts.round ?? 1;
    const subjectId = round > 1 ? `${id}#${round}` : id;
    const urgent = subject === 'safety';
    const key = (t: NotifyTarget) => `card:${subject}:${subjectId}:${t.conversationId}`;
    const ops: Op[] = targets.map((t) =>
      this.enqueueOp(
        t,
        key(t),
        {
          render: { subject, id, round, audience: t.audience },
          post: { subjectType: subject, subjectId, ...(opts.handoffId ? { handoffId: opts.handoffId } : {}) },
        },
        opts.handoffId,
        // A safety alert goes in the urgent lane: it never waits behind other texts and cards.
        urgent,
      ),
    );
    if (urgent && targets.length > 0) {
      const keys = targets.map(key);
      const now = this.clock.now();
      ops.push(
        this.db.outbox.updateMany({
          where: { dedupeKey: { in: keys }, status: 'pending' },
          data: { nextAttemptAt: now },
        }),
        this.db.outbox.updateMany({
          where: { dedupeKey: { in: keys }, status: 'dead' },
          data: { status: 'pending', attempts: 0, nextAttemptAt: now, lockedUntil: null },
        }),
      );
    }
    await this.commit(ops);
  }

  async postStaffCard(
    staffId: string,
    card: { subject: StaffCardSubject; id: string; dedupeKey: string; handoffId?: string },
  ): Promise<boolean> {
    const { subject, id, handoffId } = card;
    const write = await this.toStaffOp(
      staffId,
      card.dedupeKey,
      {
        renderFor: { subject, id, staffId },
        post: { subjectType: subject, subjectId: staffCardKey(id, staffId), ...(handoffId ? { handoffId } : {}) },
      },
      handoffId,
    );
    if (!write) return false;
    await this.commit([write.op]);
    return true;
  }

  async refreshStaffCardOps(subject: StaffCardSubject, id: string, change: string, staffId?: string): Promise<Op[]> {
    const posted = await this.db.postedCard.findMany({
      where: {
        subjectType: subject,
        subjectId: staffId ? staffCardKey(id, staffId) : { startsWith: staffCardKey(id, '') },
      },
      select: { subjectId: true },
    });
    const writes = await Promise.all(
      posted.map((p) => {
        const to = parseStaffCardKey(p.subjectId).staffId;
        return this.toStaffOp(to, `refresh:${subject}:${p.subjectId}:${change}`, {
          renderFor: { subject, id, staffId: to },
          update: { subjectType: subject, subjectId: p.subjectId },
        });
      }),
    );
    return writes.flatMap((w) => (w ? [w.op] : []));
  }

  /** The writes that re-render a subject's cards wherever they were posted (alerts: every round's card). */
  async refreshOps(subject: CardSubject, id: string): Promise<Op[]> {
    const posted = await this.db.postedCard.findMany({
      where:
        subject === 'handoff'
          ? { subjectType: subject, subjectId: id }
          : { subjectType: subject, subjectId: { startsWith: id } },
      select: { subjectId: true, conversationId: true },
    });
    if (posted.length === 0) return [];
    const channels = await this.db.staffChannel.findMany({
      where: { conversationId: { in: posted.map((p) => p.conversationId) }, removedAt: null },
    });
    const stamp = this.clock.now().getTime();
    return posted.flatMap((p) => {
      const channel = channels.find((c) => c.conversationId === p.conversationId);
      if (!channel) return [];
      const round = roundOf(p.subjectId);
      const target = notifyTargetOf(channel);
      return [
        this.enqueueOp(target, `refresh:${subject}:${p.subjectId}:${p.conversationId}:${stamp}`, {
          render: { subject, id, round, audience: target.audience },
          update: { subjectType: subject, subjectId: p.subjectId },
        }),
      ];
    });
  }

  /** The write that sends a text or card to one member of staff's 1:1 chat; null if we cannot reach them yet.
   * Wrapped in an object: an async function returning a Prisma query would run it (it is a thenable). */
  async toStaffOp(
    staffId: string,
    dedupeKey: string,
    content: Partial<TeamsPayload>,
    handoffId?: string,
  ): Promise<{ op: Op } | null> {
    const staff = await this.db.staff.findUnique({ where: { id: staffId }, select: { teamsRef: true } });
    const conversationId = conversationIdOf(staff?.teamsRef);
    if (!staff || !conversationId) return null;
    const target: NotifyTarget = { conversationId, reference: staff.teamsRef as JsonObject, audience: 'coordinator' };
    return { op: this.enqueueOp(target, dedupeKey, content, handoffId) };
  }

  /** The write that sends to a conversation we hold a reference for (a mentee on Teams, a staff chat). */
  enqueueOp(
    target: NotifyTarget,
    dedupeKey: string,
    content: Partial<TeamsPayload>,
    handoffId?: string,
    urgent = false,
  ): Op {
    const payload = { ...content, reference: target.reference } as unknown as JsonObject;
    return enqueue(
      this.db,
      { dedupeKey, channel: 'teams', target: target.conversationId, payload, handoffId, urgent },
      this.clock.now(),
    );
  }

  async commit(ops: Op[]): Promise<void> {
    if (ops.length === 0) return;
    await this.db.$transaction(ops);
    this.wake();
  }
}

/** A staff card's PostedCard key: the subject and whose chat it is in, so each is re-rendered for its own reader. */
export const staffCardKey = (id: string, staffId: string): string => `${id}#${staffId}`;

/** The subject and the member of staff a staff card's key names (an intro's key is a staff card key too). */
export function parseStaffCardKey(key: string): { id: string; staffId: string } {
  const [id = '', staffId = ''] = key.split('#');
  return { id, staffId };
}

/** A safety alert's cards are posted once per round, keyed `<event id>#<round>`. */
export function roundOf(key: string): number {
  return Number(key.split('#')[1] ?? '1');
}

function contentOf(item: { text?: string; card?: JsonObject }): Partial<TeamsPayload> {
  return item.card ? { card: item.card } : { text: item.text ?? '' };
}
