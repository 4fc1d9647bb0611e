// The Teams channel's front door: POST /api/messages through one CloudAdapter and a teams-ai Application, each turn
// handed to the turn router (turn.ts). The adapter is also what the outbox's Teams sender sends through.
// The Application module alone: the package's index also loads its AI planners, tokenizers and recognisers (~30 MB).
import { Application } from '@microsoft/teams-ai/lib/Application.js';
import { ActivityTypes, type Activity } from 'botbuilder';
// validateAndFixActivity is what CloudAdapter.process applies to a body (timestamps to Dates); not in the index.
import { validateAndFixActivity } from 'botbuilder/lib/activityValidator.js';
import type { Server } from 'restify';
import { turnFailedText } from '../../dialogs/coordinator/index.js';
import { isObject, type JsonObject } from '../../shared/json.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { errors } from '../http/http-errors.js';
import { activityProblem } from './activity-check.js';
import { createAdapter, type BuiltAdapter, type EdgeAdapter } from './adapter.js';
import { isPlausibleBearer } from './token-check.js';
import type { TeamsTurns } from './turn.js';

export interface TeamsBot {
  adapter: EdgeAdapter;
  /** Checks each request's Bot Framework token. */
  auth: BuiltAdapter['auth'];
  app: Application;
  /** The bot's app id for proactive sends; '' when authentication is off. */
  appId: string;
  /** Bot Framework authentication is on (MicrosoftAppId is set). */
  authEnabled: boolean;
}

export function createTeamsBot(config: Config, log: Logger, turns: TeamsTurns): TeamsBot {
  const { adapter, auth, appId, authEnabled } = createAdapter(config, log, async (ctx) => {
    if (ctx.activity.type === 'message') await ctx.sendActivity(turnFailedText());
    // A card tap gets its answer in the HTTP response (no connector call): say plainly that it may not have worked,
    // rather than leave Teams with an empty 501.
    if (ctx.activity.type === 'invoke') {
      const body = { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: turnFailedText() };
      await ctx.sendActivity({ type: 'invokeResponse', value: { status: 200, body } });
    }
  });
  // No typing indicator and no state storage: each would cost a round trip on every turn.
  const app = new Application({ startTypingTimer: false, removeRecipientMention: true, longRunningMessages: false });
  // Each card verb routed by teams-ai to the feature that declared it; teams-ai tries routes in the order added, so
  // these come before the catch-alls and the plain message route.
  for (const verb of turns.verbs()) {
    app.adaptiveCards.actionExecute<JsonObject>(verb, async (ctx, _state, data) =>
      invokeAnswer(await turns.onExecute(ctx, verb, data)),
    );
    // A card posted before its buttons were Action.Execute (mentors' cards were Action.Submit) still sends a message
    // whose `value` carries the verb: the same action answers it.
    app.adaptiveCards.actionSubmit<JsonObject>(verb, (ctx, _state, value) => turns.onSubmit(ctx, verb, value));
  }
  app.adaptiveCards.actionExecute(/.*/, (ctx) => Promise.resolve(turns.refuse(ctx, verbOf(ctx.activity))));
  app.adaptiveCards.actionSubmit(/.*/, async (ctx) => {
    await ctx.sendActivity(turns.refuse(ctx, verbOf(ctx.activity)));
  });
  app.activity(ActivityTypes.Message, (ctx) => turns.onMessage(ctx));
  app.conversationUpdate('membersAdded', (ctx) => turns.onMembersAdded(ctx));
  app.conversationUpdate('membersRemoved', (ctx) => turns.onMembersRemoved(ctx));
  return { adapter, auth, app, appId, authEnabled };
}

function invokeAnswer(answer: JsonObject | string) {
  return typeof answer === 'string' ? answer : { ...answer, type: 'AdaptiveCard' as const };
}

/** The verb of a tap teams-ai matched by pattern (an invoke's action, or a submitted message's value), for the log. */
function verbOf(activity: Activity): string {
  const value: unknown = activity.value;
  const action: unknown = isObject(value) ? value['action'] : undefined;
  const verb = isObject(action) ? action['verb'] : isObject(value) ? value['verb'] : undefined;
  return typeof verb === 'string' ? verb.slice(0, 60) : '';
}

/**
 * POST /api/messages, checked at the edge: 401 for a missing or implausible token (no network), 400 with the reason
 * for a body that is not an activity we can act on, then the token verified by botbuilder: 401 when it is refused,
 * 503 when Microsoft's keys cannot be fetched to check it (one log line). Only then does the turn run.
 */
export function installTeamsRoutes(server: Server, bot: TeamsBot, log: Logger): void {
  server.post('/api/messages', async (req, res) => {
    const authorization = req.headers.authorization ?? '';
    if (bot.authEnabled && !isPlausibleBearer(authorization)) throw errors.unauthorized('Unauthorized');
    const problem = activityProblem(req.body, req.headers['content-type'] ?? '');
    if (problem) throw errors.badRequest(problem);
    const activity = validateAndFixActivity(req.body as Activity);
    let auth;
    try {
      auth = await bot.auth.authenticateRequest(activity, authorization);
    } catch (err) {
      if (!keysUnreachable(err)) throw errors.unauthorized('Unauthorized');
      log.warn({ reason: oneLine(err) }, 'cannot verify a Teams request: Bot Framework keys unreachable');
      throw errors.unavailable('Cannot verify Bot Framework tokens right now; try again shortly');
    }
    const invoke = await bot.adapter.runTurn(auth, activity, async (ctx) => {
      await bot.app.run(ctx);
    });
    res.send(invoke?.status ?? 200, invoke?.body);
  });
}

/** botbuilder reports a key download it could not make as a network error, or as an AuthenticationError with a 5xx
 * status; a token it refused has a 4xx status. */
function keysUnreachable(err: unknown): boolean {
  const status: unknown = isObject(err) ? Reflect.get(err, 'statusCode') : undefined;
  if (typeof status === 'number') return status >= 500;
  return (
    err instanceof Error &&
    (err.name === 'FetchError' || /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT/.test(err.message))
  );
}

function oneLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]?.slice(0, 200) ?? '';
}
