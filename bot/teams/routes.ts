// The Teams channel: POST /api/messages through one CloudAdapter and a teams-ai Application, the coordinator and
// mentor features behind the TeamsFeature seam, the outbox's Teams sender, and the handoff and safety jobs.
// The Application module alone: the package's index also loads its AI planners, tokenizers and recognisers (~30 MB).
import { Application } from '@microsoft/teams-ai/lib/Application.js';
import { ActivityTypes, type CloudAdapter } from 'botbuilder';
import type { Server } from 'restify';
import { alertCard, handoffCard, turnFailedText } from '../../dialogs/coordinator/index.js';
import { handoffReferralSection } from '../mentors/handoff-card.js';
import { renderReferralCard, withdrawReferrals } from '../mentors/referral-cards.js';
import { createMentorFeature } from '../mentors/feature.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import type { IntakeService } from '../intake/service.js';
import type { Logger } from '../logger.js';
import { StaffDirectory } from '../staff/directory.js';
import type { JsonObject } from '../../shared/json.js';
import type { Worker } from '../work/worker.js';
import { createAdapter } from './adapter.js';
import { cardWhenGone } from '../handoffs/erased-cards.js';
import { installHandoffJobs } from '../handoffs/alerts.js';
import { removeChannel } from './channels.js';
import { createCoordinatorFeature } from '../handoffs/feature.js';
import type { FeatureDeps, TeamsFeature, TeamsServices } from './feature.js';
import { HandoffDesk } from '../handoffs/desk.js';
import { createTeamsSender, type CardRenderer, type StaffCardRenderer } from './sender.js';
import { TeamsOutbox } from './services.js';
import { isPlausibleBearer } from './token-check.js';
import { TeamsTurns } from './turn.js';
import { loadAlertView, loadHandoffView } from '../handoffs/views.js';

export interface TeamsDeps {
  config: Config;
  db: Db;
  clock: Clock;
  log: Logger;
  intake: IntakeService;
  worker: Worker;
}

export interface TeamsChannel {
  adapter: CloudAdapter;
  app: Application;
  /** Proactive sends through the outbox (what features use). */
  services: TeamsServices;
  /** The bot's app id for proactive sends; '' when authentication is off. */
  appId: string;
  /** Bot Framework authentication is on (MicrosoftAppId is set). */
  authEnabled: boolean;
  features: readonly TeamsFeature[];
  directory: StaffDirectory;
}

export function installTeams(server: Server, deps: TeamsDeps): TeamsChannel {
  const { config, db, clock, log, intake, worker } = deps;
  const settings = { timeZone: config.timeZone };
  const outbox = new TeamsOutbox(db, clock, () => worker.wake());
  const directory = new StaffDirectory(db, clock);
  const { adapter, appId, authEnabled } = createAdapter(config, log, async (ctx) => {
    if (ctx.activity.type === 'message') await ctx.sendActivity(turnFailedText());
  });

  const render: CardRenderer = async (subject, id, audience, round) => {
    if (subject === 'handoff') {
      const view = await loadHandoffView(db, id);
      if (!view) return null;
      return handoffCard(view, audience, settings, await handoffReferralSection(db, view));
    }
    const view = await loadAlertView(db, id, round);
    return view ? alertCard(view, audience, settings) : null;
  };
  // Mentors' referral cards are the only cards rendered for one member of staff.
  const renderForStaff: StaffCardRenderer = (_subject, id, staffId, purpose) =>
    renderReferralCard(db, id, staffId, purpose);
  worker.useSender(
    'teams',
    createTeamsSender({ adapter, appId, db, render, renderForStaff, cardWhenGone, now: () => clock.now() }),
  );
  worker.onDeadLetter(async (send, _reason, code) => {
    if (send.channel === 'teams' && (code === 'teams-403' || code === 'teams-404')) {
      await removeChannel(db, send.target, clock.now()); // the bot was removed from that chat or channel
    }
    // A text that can never be delivered shows on the person's handoff (as a code; the card words it).
    if (send.channel === 'sms' && send.handoffId) {
      await db.handoff.updateMany({ where: { id: send.handoffId }, data: { deliveryIssue: code ?? 'failed' } });
      await outbox.refreshHandoffCards(send.handoffId);
    }
  });
  installHandoffJobs(worker, { db, clock, log, config, outbox });

  const featureDeps: FeatureDeps = { config, db, clock, log, intake, worker, teams: outbox };
  const desk = new HandoffDesk({
    db,
    clock,
    log,
    intake,
    outbox,
    onEnded: (handoffId, by) => withdrawReferrals(featureDeps, handoffId, by.id),
  });
  const turns = new TeamsTurns({ db, clock, log, config, intake, directory, wake: () => worker.wake() });
  // Mentors' commands first: they pass on anything that is not theirs, and a coordinator's words may be for a person.
  const features: TeamsFeature[] = [
    createMentorFeature(featureDeps),
    createCoordinatorFeature({ db, clock, log, config, outbox, desk, render, directory }),
  ];
  features.forEach((f) => turns.register(f));

  // No typing indicator and no state storage: each would cost a round trip on every turn.
  const app = new Application({ startTypingTimer: false, removeRecipientMention: true, longRunningMessages: false });
  app.activity(ActivityTypes.Message, (ctx) => turns.onMessage(ctx));
  app.adaptiveCards.actionExecute<JsonObject>(/.*/, async (ctx, _state, data) => {
    const answer = await turns.onExecute(ctx, data);
    return typeof answer === 'string' ? answer : { ...answer, type: 'AdaptiveCard' as const };
  });
  app.conversationUpdate('membersAdded', (ctx) => turns.onMembersAdded(ctx));
  app.conversationUpdate('membersRemoved', (ctx) => turns.onMembersRemoved(ctx));

  server.post('/api/messages', async (req, res) => {
    if (authEnabled && !isPlausibleBearer(req.headers.authorization)) {
      res.send(401, { error: 'Unauthorized' });
      return;
    }
    await adapter.process(req, res, async (ctx) => {
      await app.run(ctx);
    });
  });
  return { adapter, app, services: outbox, appId, authEnabled, features, directory };
}
