// The outbox's Teams sender: a proactive message, card or card update through the adapter. Cards named by subject
// are rendered at send time, so a card posted late or retried shows the handoff as it is now, and the posted
// activity id is kept so the card can be updated everywhere later.
import {
  CardFactory,
  MessageFactory,
  type CloudAdapter,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';
import type { Audience } from '../../dialogs/coordinator/index.js';
import type { Db } from '../db/client.js';
import { isForeignKeyViolation } from '../db/errors.js';
import { isObject, type JsonObject } from '../../shared/json.js';
import type { StaffCardSubject } from './feature.js';
import { withTimeout } from '../util/timeout.js';
import {
  OutcomeUnknownError,
  PermanentSendError,
  type ClaimedSend,
  type Sender,
  type SendResult,
} from '../work/outbox.js';

export type CardSubject = 'handoff' | 'safety';

/** What a Teams outbox item carries (stored as JSON). */
export interface TeamsPayload {
  reference: JsonObject;
  text?: string;
  card?: JsonObject;
  /** Render this subject's card at send time, for this audience. */
  render?: { subject: CardSubject; id: string; round?: number; audience: Audience };
  /** Render this subject's card at send time for one member of staff (a card in their own chat). */
  renderFor?: { subject: StaffCardSubject; id: string; staffId: string };
  /** Record the posted card under this key (PostedCard) so it can be updated later. */
  post?: { subjectType: CardSubject | StaffCardSubject | 'intro'; subjectId: string; handoffId?: string };
  /** Update the card posted under this key in the target conversation instead of posting. `activityId`: the posted
   * activity itself, for an update queued as its record is deleted (the person was erased). */
  update?: {
    subjectType: CardSubject | StaffCardSubject | 'intro' | 'message';
    subjectId: string;
    activityId?: string;
  };
}

export type CardRenderer = (
  subject: CardSubject,
  id: string,
  audience: Audience,
  round: number,
) => Promise<JsonObject | null>;

/** A staff card as it stands now, for that member of staff; null when there is nothing to show them (for a new
 * post: nothing worth posting any more). */
export type StaffCardRenderer = (
  subject: StaffCardSubject,
  id: string,
  staffId: string,
  purpose: 'post' | 'update',
) => Promise<JsonObject | null>;

export interface TeamsSenderDeps {
  adapter: CloudAdapter;
  appId: string;
  db: Db;
  render: CardRenderer;
  renderForStaff: StaffCardRenderer;
  /** What a just-posted card becomes when what it showed was erased meanwhile (handoffs/erased-cards.ts). */
  cardWhenGone: (post: { subjectType: string; subjectId: string }) => JsonObject | null;
  now: () => Date;
  timeoutMs?: number;
}

export function createTeamsSender(deps: TeamsSenderDeps): Sender {
  return {
    async send(item: ClaimedSend): Promise<SendResult> {
      const payload = item.payload as unknown as TeamsPayload;
      if (!isObject(payload.reference)) throw new PermanentSendError('no conversation reference', 'no-reference');
      const card = await cardOf(deps, payload);
      // The subject is gone (erased), or a staff card has nothing left worth posting.
      if ((payload.render || payload.renderFor) && !card) return {};
      // A post cut short by a restart whose id was recorded: brought up to date in place.
      let update: { id: string } | undefined = await afterInterruption(deps, item, payload, card !== null);
      if (!update && payload.update?.activityId) {
        update = { id: payload.update.activityId };
      } else if (!update && payload.update) {
        const { subjectType, subjectId } = payload.update;
        const posted = await deps.db.postedCard.findUnique({
          where: { subjectType_subjectId_conversationId: { subjectType, subjectId, conversationId: item.target } },
          select: { activityId: true },
        });
        // Not posted yet: the post itself renders the card as it is now, so there is nothing to update.
        if (!posted?.activityId) return {};
        update = { id: posted.activityId };
      }
      const activityId = await withTimeout(deps.timeoutMs ?? 8_000, 'Teams', () =>
        proactive(deps, payload.reference as Partial<ConversationReference>, async (ctx) => {
          const activity = card
            ? MessageFactory.attachment(CardFactory.adaptiveCard(card))
            : MessageFactory.text(payload.text ?? '');
          if (update) {
            await ctx.updateActivity({ ...activity, id: update.id });
            return update.id;
          }
          const sent = await ctx.sendActivity(activity);
          return sent?.id;
        }),
      );
      if (payload.post && activityId) {
        const key = { ...payload.post, conversationId: item.target };
        try {
          await deps.db.postedCard.upsert({
            where: {
              subjectType_subjectId_conversationId: {
                subjectType: key.subjectType,
                subjectId: key.subjectId,
                conversationId: key.conversationId,
              },
            },
            create: { ...key, handoffId: key.handoffId ?? null, activityId, createdAt: deps.now() },
            update: { activityId },
          });
        } catch (err) {
          if (!isForeignKeyViolation(err)) throw err;
          // The person was erased while this card was on its way: nobody could replace it later, so replace it now.
          await replaceOrphan(deps, payload, activityId);
        }
      }
      return { providerId: activityId ? `teams:${activityId}` : undefined };
    },
  };
}

/**
 * A post whose earlier attempt was cut short by a restart may be in the chat already. Its recorded id, if the post
 * got that far, lets it be updated in place. A card with no record is not posted again (it would show twice; the
 * send is marked unknown). A text is sent again: a repeated line is a lesser harm than a lost one.
 */
async function afterInterruption(
  deps: TeamsSenderDeps,
  item: ClaimedSend,
  payload: TeamsPayload,
  isCard: boolean,
): Promise<{ id: string } | undefined> {
  if (!item.interrupted || payload.update) return undefined;
  if (payload.post) {
    const { subjectType, subjectId } = payload.post;
    const posted = await deps.db.postedCard.findUnique({
      where: { subjectType_subjectId_conversationId: { subjectType, subjectId, conversationId: item.target } },
      select: { activityId: true },
    });
    if (posted?.activityId) return { id: posted.activityId };
  }
  if (isCard) throw new OutcomeUnknownError('a restart cut this card short and there is no record of it: not reposted');
  return undefined;
}

async function replaceOrphan(deps: TeamsSenderDeps, payload: TeamsPayload, activityId: string): Promise<void> {
  const { render, post } = payload;
  const card = render
    ? await deps.render(render.subject, render.id, render.audience, render.round ?? 1)
    : post
      ? deps.cardWhenGone(post)
      : null;
  if (!card) return;
  await withTimeout(deps.timeoutMs ?? 8_000, 'Teams', () =>
    proactive(deps, payload.reference as Partial<ConversationReference>, async (ctx) => {
      await ctx.updateActivity({ ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), id: activityId });
      return activityId;
    }),
  );
}

function cardOf(deps: TeamsSenderDeps, payload: TeamsPayload): Promise<JsonObject | null> {
  const { render, renderFor } = payload;
  if (render) return deps.render(render.subject, render.id, render.audience, render.round ?? 1);
  if (renderFor) {
    const purpose = payload.update ? 'update' : 'post';
    return deps.renderForStaff(renderFor.subject, renderFor.id, renderFor.staffId, purpose);
  }
  return Promise.resolve(payload.card ?? null);
}

async function proactive(
  deps: TeamsSenderDeps,
  reference: Partial<ConversationReference>,
  logic: (ctx: TurnContext) => Promise<string | undefined>,
): Promise<string | undefined> {
  let result: string | undefined;
  let failure: unknown;
  try {
    // The adapter hands errors thrown inside the turn to onTurnError and returns normally: catch them here, so
    // the outbox sees a failed send as failed and retries it.
    await deps.adapter.continueConversationAsync(deps.appId, reference, async (ctx) => {
      try {
        result = await logic(ctx);
      } catch (err) {
        failure = err;
      }
    });
  } catch (err) {
    failure = err;
  }
  if (failure !== undefined) throw classify(failure);
  return result;
}

/** 403: the bot was removed or blocked; 404: the conversation is gone. Trying again cannot help either. */
function classify(err: unknown): Error {
  const status: unknown = isObject(err) ? (Reflect.get(err, 'statusCode') ?? Reflect.get(err, 'status')) : undefined;
  if (status === 403 || status === 404 || status === 400) {
    return new PermanentSendError(`Teams refused the message (HTTP ${status})`, `teams-${status}`, { cause: err });
  }
  return new Error(`could not reach Teams${typeof status === 'number' ? ` (HTTP ${status})` : ''}`, { cause: err });
}
