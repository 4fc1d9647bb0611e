// One Teams turn: who is writing (staff by AAD object id, or a prospective mentee), the safety net first, then the
// right handler: the mentee journey, a staff feature's command or card verb, or the coordinator relay.
import { TurnContext, type Activity } from 'botbuilder';
import { urgentReply } from '../../dialogs/crisis.js';
import { coordinatorMessages as say } from '../../dialogs/coordinator/index.js';
import { mentorHelpText } from '../../dialogs/mentor/replies.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import type { IntakeService } from '../intake/service.js';
import type { Logger } from '../logger.js';
import { recordSafetyEvent } from '../safety/net.js';
import type { StaffDirectory, StaffEntry } from '../staff/directory.js';
import type { JsonObject } from '../../shared/json.js';
import { enqueue } from '../work/outbox.js';
import { registerChannel, removeChannel } from './channels.js';
import { recordReplyIds } from './reply-ids.js';
import type { CardActionResult, TeamsFeature } from './feature.js';

export interface TurnDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  config: Config;
  intake: IntakeService;
  directory: StaffDirectory;
  wake: () => void;
  /** A coordinator's chat or channel was registered (it may be the first one that can be reached). */
  onCoordinatorChat?: () => Promise<void>;
  /** Whether any coordinator chat can be reached now: the crisis reply says honestly what happens next. */
  teamReachable?: () => Promise<boolean>;
}

/** How long we trust that a notification chat is registered before upserting it again. */
const CHANNEL_RECHECK_MS = 10 * 60_000;

export class TeamsTurns {
  private readonly byVerb = new Map<string, TeamsFeature>();
  private readonly features: TeamsFeature[] = [];
  private readonly knownChannels = new Map<string, number>();
  /** Set once the bot has routed the verbs (routes.ts): a feature registered later would never hear its taps. */
  private routed = false;

  constructor(private readonly deps: TurnDeps) {}

  register(feature: TeamsFeature): void {
    if (this.routed) throw new Error('register Teams features before the bot routes their card verbs');
    for (const verb of feature.verbs) {
      if (this.byVerb.has(verb)) throw new Error(`two Teams features claim the card verb "${verb}"`);
      this.byVerb.set(verb, feature);
    }
    this.features.push(feature);
  }

  /** Every card verb a feature declared, for teams-ai to route each to onExecute (and onSubmit). */
  verbs(): string[] {
    this.routed = true;
    return [...this.byVerb.keys()];
  }

  /** A plain message (card taps are routed by teams-ai before they get here). */
  async onMessage(ctx: TurnContext): Promise<void> {
    const activity = ctx.activity;
    const aad = userOf(activity);
    const staff = aad ? await this.deps.directory.byAad(aad) : null;
    // An id, never content: lets an operator register someone as staff (`admin staff add --aad …`).
    this.deps.log.debug({ aadObjectId: aad, staff: staff?.role ?? null }, 'teams message');
    if (!staff) return this.menteeMessage(ctx, aad);
    await this.remember(ctx, staff);
    const text = (activity.text ?? '').trim();
    if (await this.staffSafety(ctx, staff, text)) return;
    for (const feature of this.features) {
      if (await feature.onMessage?.({ ctx, staff, text })) return;
    }
    await ctx.sendActivity(staff.role === 'coordinator' ? say.coordinatorHelp() : mentorHelpText());
  }

  /** An Action.Execute tap on `verb`: the refreshed card for the tapper, or a short message. */
  async onExecute(ctx: TurnContext, verb: string, data: JsonObject): Promise<JsonObject | string> {
    const result = await this.action(ctx, verb, data);
    if (result.card && result.message) {
      try {
        await ctx.sendActivity(result.message);
      } catch (err) {
        // What was tapped is done (a claim is saved): the refreshed card still goes back in the answer, and the
        // note follows through the outbox once Teams takes messages again.
        this.deps.log.warn({ err, verb }, 'teams note after a card action failed: queued instead');
        await this.queueReplies(ctx.activity, [result.message], 0, false);
      }
    }
    return result.card ?? result.message ?? say.staffOnly();
  }

  /** An Action.Submit tap on `verb`, from a card posted before its buttons became Action.Execute: the same action,
   * its card replacing the tapped one and its message in the chat. */
  async onSubmit(ctx: TurnContext, verb: string, value: JsonObject): Promise<void> {
    const { verb: _verb, ...data } = value;
    const result = await this.action(ctx, verb, data);
    const tapped = ctx.activity.replyToId;
    if (result.card && tapped) {
      await ctx.updateActivity({ type: 'message', id: tapped, attachments: [adaptive(result.card)] });
    }
    if (result.message) await ctx.sendActivity(result.message);
  }

  /** A tap on a verb no feature declared (a card from an older version, or made up): refused. */
  refuse(ctx: TurnContext, verb: string): string {
    this.deps.log.info({ verb, type: ctx.activity.type }, 'card action refused: unknown verb');
    return say.staffOnly();
  }

  /** The bot was added to a personal chat or a team: store where coordinators want notifications. */
  async onMembersAdded(ctx: TurnContext): Promise<void> {
    const activity = ctx.activity;
    if (!activity.membersAdded?.some((m) => m.id === activity.recipient.id)) return;
    const aad = userOf(activity);
    const staff = aad ? await this.deps.directory.byAad(aad) : null;
    const personal = activity.conversation.conversationType === 'personal';
    if (!staff) {
      if (!personal) await ctx.sendActivity(say.channelNeedsCoordinator());
      return; // a mentee's journey starts with their first message
    }
    await this.remember(ctx, staff);
    if (staff.role === 'coordinator')
      await ctx.sendActivity(personal ? say.welcomeCoordinator(staff.name) : say.welcomeChannel());
    else if (personal) await ctx.sendActivity(mentorHelpText());
    else await ctx.sendActivity(say.channelNeedsCoordinator());
  }

  async onMembersRemoved(ctx: TurnContext): Promise<void> {
    const activity = ctx.activity;
    if (!activity.membersRemoved?.some((m) => m.id === activity.recipient.id)) return;
    await removeChannel(this.deps.db, activity.conversation.id, this.deps.clock.now());
    this.knownChannels.delete(activity.conversation.id);
  }

  private async action(ctx: TurnContext, verb: string, data: JsonObject): Promise<CardActionResult> {
    const aad = userOf(ctx.activity);
    const staff = aad ? await this.deps.directory.byAad(aad) : null;
    const feature = this.byVerb.get(verb);
    // Non-staff (mentees on Teams) can never trigger a staff verb, whatever card they got hold of.
    if (!staff || !feature) {
      this.deps.log.info({ verb, staff: Boolean(staff) }, 'card action refused');
      return { message: say.staffOnly() };
    }
    return feature.onAction({ ctx, staff, verb, data });
  }

  private async menteeMessage(ctx: TurnContext, aad: string | null): Promise<void> {
    const activity = ctx.activity;
    if (!aad || activity.conversation.conversationType !== 'personal') {
      await ctx.sendActivity(say.channelNeedsCoordinator());
      return;
    }
    const media = (activity.attachments ?? []).filter((a) => !a.contentType.startsWith('text/html')).length;
    const outcome = await this.deps.intake.receive({
      channel: 'teams',
      address: aad,
      providerId: `teams:${activity.id ?? ''}`,
      text: (activity.text ?? '').trim(),
      media,
      teamsRef: referenceOf(activity),
    });
    const sent: string[] = [];
    for (const [i, reply] of outcome.replies.entries()) {
      try {
        const posted = await ctx.sendActivity(reply);
        if (posted?.id) sent.push(posted.id);
      } catch (err) {
        // Teams did not take the reply (an outage, a timeout). The message is stored; its replies must still reach
        // the person, so the rest go through the outbox (a crisis reply in the urgent lane) rather than be lost.
        this.deps.log.warn({ err, replies: outcome.replies.length - i }, 'teams reply failed: queued instead');
        await this.queueReplies(activity, outcome.replies.slice(i), i, outcome.level === 'urgent');
        break;
      }
    }
    await recordReplyIds(this.deps.db, this.deps.log, activity.id, sent);
  }

  private async queueReplies(activity: Activity, replies: string[], from: number, urgent: boolean): Promise<void> {
    const { db, clock } = this.deps;
    const reference = referenceOf(activity);
    await db.$transaction(
      replies.map((text, j) =>
        enqueue(
          db,
          {
            dedupeKey: `reply:teams:${activity.id ?? ''}:${from + j}`,
            channel: 'teams',
            target: activity.conversation.id,
            payload: { text, reference },
            urgent,
          },
          clock.now(),
        ),
      ),
    );
    this.deps.wake();
  }

  /** Staff can be struggling too: an urgent message gets the crisis reply and alerts the coordinators. Returns
   * true when the turn ends there (a coordinator's words still go on: they may be meant for the person). */
  private async staffSafety(ctx: TurnContext, staff: StaffEntry, text: string): Promise<boolean> {
    const result = await this.deps.intake.safety.assess(text);
    if (result.level !== 'urgent') return false;
    const { db, clock, config } = this.deps;
    // A coordinator in a live relay is writing to the person ("if you feel like ending it tonight, call 999"): those
    // words are safety advice for them, not a crisis of the coordinator's own. (Read fresh: the directory caches.)
    if (staff.role === 'coordinator') {
      const relay = await db.staff.findUnique({ where: { id: staff.id }, select: { activeHandoffId: true } });
      if (relay?.activeHandoffId) return false;
    }
    const now = clock.now();
    const message = await db.message.upsert({
      where: { providerId: `teams:${ctx.activity.id ?? ''}` },
      create: {
        createdAt: now,
        staffId: staff.id,
        direction: 'in',
        channel: 'teams',
        providerId: `teams:${ctx.activity.id ?? ''}`,
        body: text,
      },
      update: {},
    });
    const recorded = recordSafetyEvent(db, {
      personId: null,
      staffId: staff.id,
      messageId: message.id,
      channel: 'teams',
      result,
      flowState: null,
      at: now,
    });
    await db.$transaction(recorded.ops);
    this.deps.wake();
    const reachable = (await this.deps.teamReachable?.()) ?? true;
    await ctx.sendActivity(
      urgentReply(config.dialog.crisisLines, 'teams', 0, { team: reachable ? 'alerting' : 'waiting', resume: false }),
    );
    return staff.role !== 'coordinator';
  }

  /** Keeps staff's chat references fresh, and registers coordinators' chats and channels for notifications. */
  private async remember(ctx: TurnContext, staff: StaffEntry): Promise<void> {
    const conversation = ctx.activity.conversation;
    const personal = conversation.conversationType === 'personal';
    const reference = referenceOf(ctx.activity);
    if (personal && staff.chatId !== conversation.id) {
      await this.deps.db.staff.update({ where: { id: staff.id }, data: { teamsRef: reference } });
      this.deps.directory.forget(staff.aadObjectId);
    }
    if (staff.role !== 'coordinator') return;
    const now = this.deps.clock.now().getTime();
    if ((this.knownChannels.get(conversation.id) ?? 0) > now) return;
    await registerChannel(this.deps.db, {
      conversationId: conversation.id,
      kind: personal ? 'personal' : 'channel',
      reference,
      addedById: staff.id,
    });
    this.knownChannels.set(conversation.id, now + CHANNEL_RECHECK_MS);
    try {
      await this.deps.onCoordinatorChat?.();
    } catch (err) {
      // The alerts waiting for this chat are still retried on their own schedule.
      this.deps.log.error({ err }, 'could not post the alerts waiting for a coordinator');
    }
  }
}

function userOf(activity: Activity): string | null {
  // Teams always sends the AAD object id; local tools may not, and then the channel user id stands in for it.
  return activity.from?.aadObjectId ?? activity.from?.id ?? null;
}

function referenceOf(activity: Activity): JsonObject {
  return JSON.parse(JSON.stringify(TurnContext.getConversationReference(activity))) as JsonObject;
}

function adaptive(card: JsonObject) {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: card };
}
