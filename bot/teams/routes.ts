// The Teams channel's front door: POST /api/messages through one CloudAdapter and a teams-ai Application, each turn
// handed to the turn router (turn.ts). The adapter is also what the outbox's Teams sender sends through.
// The Application module alone: the package's index also loads its AI planners, tokenizers and recognisers (~30 MB).
import { Application } from '@microsoft/teams-ai/lib/Application.js';
import { ActivityTypes, type CloudAdapter } from 'botbuilder';
import type { Server } from 'restify';
import { turnFailedText } from '../../dialogs/coordinator/index.js';
import type { JsonObject } from '../../shared/json.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createAdapter } from './adapter.js';
import { isPlausibleBearer } from './token-check.js';
import type { TeamsTurns } from './turn.js';

export interface TeamsBot {
  adapter: CloudAdapter;
  app: Application;
  /** The bot's app id for proactive sends; '' when authentication is off. */
  appId: string;
  /** Bot Framework authentication is on (MicrosoftAppId is set). */
  authEnabled: boolean;
}

export function createTeamsBot(config: Config, log: Logger, turns: TeamsTurns): TeamsBot {
  const { adapter, appId, authEnabled } = createAdapter(config, log, async (ctx) => {
    if (ctx.activity.type === 'message') await ctx.sendActivity(turnFailedText());
  });
  // No typing indicator and no state storage: each would cost a round trip on every turn.
  const app = new Application({ startTypingTimer: false, removeRecipientMention: true, longRunningMessages: false });
  app.activity(ActivityTypes.Message, (ctx) => turns.onMessage(ctx));
  app.adaptiveCards.actionExecute<JsonObject>(/.*/, async (ctx, _state, data) => {
    const answer = await turns.onExecute(ctx, data);
    return typeof answer === 'string' ? answer : { ...answer, type: 'AdaptiveCard' as const };
  });
  app.conversationUpdate('membersAdded', (ctx) => turns.onMembersAdded(ctx));
  app.conversationUpdate('membersRemoved', (ctx) => turns.onMembersRemoved(ctx));
  return { adapter, app, appId, authEnabled };
}

export function installTeamsRoutes(server: Server, bot: TeamsBot): void {
  server.post('/api/messages', async (req, res) => {
    if (bot.authEnabled && !isPlausibleBearer(req.headers.authorization)) {
      res.send(401, { error: 'Unauthorized' });
      return;
    }
    await bot.adapter.process(req, res, async (ctx) => {
      await bot.app.run(ctx);
    });
  });
}
