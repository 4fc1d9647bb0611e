// The Bot Framework adapter, built once at start: Bot Framework authentication is on whenever MicrosoftAppId is set
// (a request without a valid token gets 401), and off only when it is unset, for local testing.
import {
  CallerIdConstants,
  CloudAdapter,
  ConfigurationServiceClientCredentialFactory,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { OneAttemptAuthentication } from './one-attempt.js';

type AuthenticateRequestResult = Awaited<ReturnType<OneAttemptAuthentication['authenticateRequest']>>;

/** botbuilder's CloudAdapter, with its turn runnable on a request we have checked and authenticated ourselves. */
export class EdgeAdapter extends CloudAdapter {
  runTurn(
    auth: AuthenticateRequestResult,
    activity: Activity,
    logic: (ctx: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }
}

export interface BuiltAdapter {
  adapter: EdgeAdapter;
  /** Checks a request's Bot Framework token (lets everything through when authentication is off). */
  auth: OneAttemptAuthentication;
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
        ...(teams.openIdMetadataUrl ? publicCloudWith(teams.openIdMetadataUrl) : {}),
      }
    : {};
  const credentials = new ConfigurationServiceClientCredentialFactory(settings);
  // One attempt per request, within SEND_TIMEOUT_MS: the outbox is the one retry policy (one-attempt.ts).
  const auth = new OneAttemptAuthentication(settings, credentials, config.sendTimeoutMs);
  const adapter = new EdgeAdapter(auth);
  adapter.onTurnError = async (ctx, err) => {
    log.error(
      { err, activityType: ctx.activity.type, conversation: ctx.activity.conversation?.id },
      'teams turn failed',
    );
    await onError(ctx, err);
  };
  return { adapter, auth, appId: teams?.appId ?? '', authEnabled: Boolean(teams) };
}

/** botbuilder takes any one endpoint setting to mean all are given: the public cloud's, with the keys' address moved
 * (the values botbuilder uses when none is set, from botframework-connector's AuthenticationConstants). */
function publicCloudWith(openIdMetadataUrl: string) {
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
    OAuthUrl: 'https://api.botframework.com',
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl:
      'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}
