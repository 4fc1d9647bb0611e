// The coordinators' feature: card verbs on handoffs and safety alerts, the `queue` and `help` commands, and plain
// messages relayed to the person they are talking with. Every action checks the role first: only coordinators.
import { CardFactory, MessageFactory } from 'botbuilder';
import {
  coordinatorMessages as say,
  CoordinatorVerbs,
  isFollowUp,
  isOutcome,
  reportCard,
  type Audience,
  type FollowUp,
} from '../../dialogs/coordinator/index.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import type { IntakeService } from '../intake/service.js';
import type { StaffDirectory } from '../staff/directory.js';
import { textAt, type JsonObject } from '../../shared/json.js';
import type { CardAction, CardActionResult, StaffMessage, TeamsFeature } from '../teams/feature.js';
import type { HandoffDesk } from './desk.js';
import { relayToPerson, type RelayDeps } from './relay.js';
import type { CardRenderer } from '../teams/sender.js';
import type { TeamsOutbox } from '../teams/services.js';
import { openChatFromAlert } from './open-chat.js';
import { queueReport } from './queue.js';
import { audit } from '../audit.js';
import { reportView } from '../figures.js';
import { acknowledgeAlert } from './acknowledge.js';

export interface CoordinatorDeps extends RelayDeps {
  config: Config;
  intake: IntakeService;
  desk: HandoffDesk;
  render: CardRenderer;
  directory: StaffDirectory;
}

export const audienceOf = (conversationType: string | undefined): Audience =>
  conversationType === 'personal' ? 'coordinator' : 'channel';

export function createCoordinatorFeature(deps: CoordinatorDeps): TeamsFeature {
  return {
    verbs: Object.values(CoordinatorVerbs),

    async onAction({ ctx, staff, verb, data }: CardAction): Promise<CardActionResult> {
      if (staff.role !== 'coordinator') return { message: say.coordinatorsOnly() };
      const audience = audienceOf(ctx.activity.conversation?.conversationType);
      const alertId = textAt(data, 'safetyEventId');
      if (verb === CoordinatorVerbs.acknowledge) {
        if (!alertId) return { message: say.notFound() };
        const message = await acknowledge(deps.db, deps.outbox, deps.clock, staff.id, alertId);
        await viewed(deps, staff.id, 'safety', alertId);
        return withCard(await deps.render('safety', alertId, audience, 1), message);
      }
      if (verb === CoordinatorVerbs.followUp) {
        if (!alertId) return { message: say.notFound() };
        const outcome = data['followUp'];
        if (!isFollowUp(outcome)) return { message: say.needsFollowUp() };
        const message = await recordFollowUp(deps.db, deps.outbox, deps.clock, staff.id, alertId, outcome);
        return withCard(await deps.render('safety', alertId, audience, 1), message);
      }
      if (verb === CoordinatorVerbs.openChat) {
        if (!alertId) return { message: say.notFound() };
        const message = await openChatFromAlert(deps, staff, alertId);
        await viewed(deps, staff.id, 'safety', alertId);
        return withCard(await deps.render('safety', alertId, audience, 1), message);
      }
      const handoffId = textAt(data, 'handoffId');
      if (!handoffId) return { message: say.notFound() };
      let result;
      if (verb === CoordinatorVerbs.close) {
        const outcome = data['outcome'];
        if (!isOutcome(outcome)) return { message: say.needsOutcome() };
        result = await deps.desk.act(staff, handoffId, { kind: 'close', outcome });
      } else {
        const kind =
          verb === CoordinatorVerbs.return
            ? 'return'
            : verb === CoordinatorVerbs.message
              ? 'message'
              : verb === CoordinatorVerbs.takeOver
                ? 'takeOver'
                : 'claim';
        result = await deps.desk.act(staff, handoffId, { kind });
        // Claiming from an urgent alert card also says "I have this" about the alert.
        if (kind === 'claim' && alertId && result.changed)
          await acknowledge(deps.db, deps.outbox, deps.clock, staff.id, alertId);
      }
      const card = alertId
        ? await deps.render('safety', alertId, audience, 1)
        : await deps.render('handoff', handoffId, audience, 1);
      if (card) await viewed(deps, staff.id, alertId ? 'safety' : 'handoff', alertId ?? handoffId);
      return withCard(card, result.message);
    },

    async onMessage({ ctx, staff, text }: StaffMessage): Promise<boolean> {
      if (staff.role !== 'coordinator') return false;
      const command = text
        .trim()
        .toLowerCase()
        .replace(/[.!?]+$/, '');
      if (command === 'queue' || command === 'open' || command === 'list' || command === 'alerts') {
        const { alerts, text } = await queueReport(deps.db, deps.clock.now(), deps.config.timeZone);
        await audit(deps.db, deps.clock.now(), `staff:${staff.id}`, 'view.queue', null, null, {
          alerts: alerts.length,
        });
        await ctx.sendActivity(text);
        // Each waiting urgent alert again as its card, with its buttons: acting on it is one tap from here.
        const audience = audienceOf(ctx.activity.conversation?.conversationType);
        for (const alert of alerts.slice(0, 5)) {
          const card = await deps.render('safety', alert.id, audience, alert.round);
          if (card) await ctx.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
        }
        return true;
      }
      if (command === 'report' || command === 'figures') {
        const now = deps.clock.now();
        const card = reportCard(await reportView(deps.db, now));
        await audit(deps.db, now, `staff:${staff.id}`, 'view.report', null, null, { via: 'teams' });
        await ctx.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
        return true;
      }
      if (command === 'help' || command === '?') {
        await ctx.sendActivity(say.coordinatorHelp());
        return true;
      }
      if (ctx.activity.conversation?.conversationType !== 'personal') {
        await ctx.sendActivity(say.relayNotInChannel());
        return true;
      }
      const entry = await deps.directory.byAad(staff.aadObjectId);
      if (!entry) return false;
      const outcome = await relayToPerson(deps, entry, text, ctx.activity.id ?? `${Date.now()}`);
      if (!outcome.sent) await ctx.sendActivity(outcome.reply);
      return true;
    },
  };
}

/** A card shown to a coordinator on request (the one they tapped, re-rendered): who saw whose details, when. */
async function viewed(deps: CoordinatorDeps, staffId: string, subject: 'handoff' | 'safety', id: string) {
  await audit(deps.db, deps.clock.now(), `staff:${staffId}`, `view.${subject}-card`, subject, id);
}

function withCard(card: JsonObject | null, message: string | null): CardActionResult {
  return { ...(card ? { card } : {}), ...(message ? { message } : {}) };
}

/** What happened when they followed the alert up: recorded (acknowledging it too, if nobody had), every copy updated. */
async function recordFollowUp(
  db: Db,
  outbox: TeamsOutbox,
  clock: Clock,
  staffId: string,
  id: string,
  outcome: FollowUp,
): Promise<string> {
  const now = clock.now();
  const event = await db.safetyEvent.findUnique({ where: { id }, select: { acknowledgedAt: true } });
  if (!event) return say.notFound();
  if (!event.acknowledgedAt) await acknowledgeAlert(db, now, staffId, id);
  await outbox.commit([
    audit(db, now, `staff:${staffId}`, 'safety.followup', 'safety', id, { outcome }),
    ...(await outbox.refreshOps('safety', id)),
  ]);
  return say.followUpSaved();
}

/** First acknowledgement wins; everyone's copy of the alert (every round) and the person's handoff card update. */
async function acknowledge(db: Db, outbox: TeamsOutbox, clock: Clock, staffId: string, id: string): Promise<string> {
  const now = clock.now();
  if (!(await acknowledgeAlert(db, now, staffId, id))) {
    const event = await db.safetyEvent.findUnique({ where: { id }, select: { acknowledgedById: true } });
    if (!event) return say.notFound();
    const by = event.acknowledgedById
      ? await db.staff.findUnique({ where: { id: event.acknowledgedById }, select: { name: true } })
      : null;
    return say.alreadyAcknowledged(by?.name ?? 'Another coordinator');
  }
  const event = await db.safetyEvent.findUnique({ where: { id }, select: { personId: true } });
  const handoff = event?.personId
    ? await db.handoff.findFirst({
        where: { personId: event.personId, status: { in: ['open', 'claimed'] } },
        select: { id: true },
      })
    : null;
  const ops = [
    ...(await outbox.refreshOps('safety', id)),
    ...(handoff ? await outbox.refreshOps('handoff', handoff.id) : []),
  ];
  await outbox.commit(ops);
  return say.acknowledged();
}
