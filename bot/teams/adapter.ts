// The Bot Framework adapter, built once at start: Bot Framework authentication is on whenever MicrosoftAppId is set
// (a request without a valid token gets 401), and off only when it is unset, for local testing.
import { CloudAdapter, ConfigurationServiceClientCredentialFactory, type TurnContext } from 'botbuilder';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { OneAttemptAuthentication } from './one-attempt.js';

export interface BuiltAdapter {
  adapter: CloudAdapter;
  /** The bot's app id for proactive sends ('' when authentication is off). */
  appId: string;
  authEnabled: boolean;
}

export function createAdapter(
  config: Config,
  log: Logger,
  onError: (ctx: TurnContext, err: unknown) => Promise<void>,
): BuiltAdapter {
  const teams = config.teams;
  const settings = teams
    ? {
        MicrosoftAppId: teams.appId,
        MicrosoftAppPassword: teams.appPassword,
        MicrosoftAppType: teams.appType,
        MicrosoftAppTenantId: teams.tenantId,
      }
    : {};
  const credentials = new ConfigurationServiceClientCredentialFactory(settings);
  // One attempt per request, within SEND_TIMEOUT_MS: the outbox is the one retry policy (one-attempt.ts).
  const adapter = new CloudAdapter(new OneAttemptAuthentication(settings, credentials, config.sendTimeoutMs));
  adapter.onTurnError = async (ctx, err) => {
    log.error(
      { err, activityType: ctx.activity.type, conversation: ctx.activity.conversation?.id },
      'teams turn failed',
    );
    await onError(ctx, err);
  };
  return { adapter, appId: teams?.appId ?? '', authEnabled: Boolean(teams) };
}
