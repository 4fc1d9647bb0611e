// Bot Framework authentication whose connector clients try each request once, within the send time limit. The
// Azure pipeline under botbuilder retries by itself (up to 4 tries, and a request abandoned on a timeout is posted
// again when its connection drops): with the outbox retrying too, a card could reach a chat twice. So the outbox is
// the one retry policy for proactive sends, and an in-turn reply that fails is reported, never silently re-posted.
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';

type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;

interface PipelineRequest {
  timeout: number;
}
interface Pipeline {
  removePolicy(options: { name?: string; phase?: string }): unknown;
  addPolicy(policy: {
    name: string;
    sendRequest(request: PipelineRequest, next: (request: PipelineRequest) => Promise<unknown>): Promise<unknown>;
  }): void;
}

export class OneAttemptAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    settings: ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[0],
    credentials: ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[1],
    private readonly timeoutMs: number,
  ) {
    super(settings, credentials);
  }

  /** Proactive sends (the outbox). */
  override createConnectorFactory(
    ...args: Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>
  ): ConnectorFactory {
    return this.wrap(super.createConnectorFactory(...args));
  }

  /** Replies within a turn: an authenticated request carries a connector factory of its own. */
  override async authenticateRequest(
    ...args: Parameters<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
  ): ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']> {
    const result = await super.authenticateRequest(...args);
    return result.connectorFactory ? { ...result, connectorFactory: this.wrap(result.connectorFactory) } : result;
  }

  private wrap(inner: ConnectorFactory): ConnectorFactory {
    return {
      create: async (serviceUrl, audience) => oneAttempt(await inner.create(serviceUrl, audience), this.timeoutMs),
    };
  }
}

/** Takes the retry policy out of a connector client's pipeline and puts a time limit on every request. */
export function oneAttempt(client: ConnectorClient, timeoutMs: number): ConnectorClient {
  const pipeline = pipelineOf(client);
  pipeline.removePolicy({ phase: 'Retry' });
  pipeline.removePolicy({ name: 'defaultRetryPolicy' });
  pipeline.addPolicy({
    name: 'peerConnectSendTimeout',
    sendRequest: (request, next) => {
      request.timeout = timeoutMs;
      return next(request);
    },
  });
  return client;
}

function pipelineOf(client: ConnectorClient): Pipeline {
  // The core-client ServiceClient inside botbuilder's compat layer; private in its types, so read it by name.
  const inner: unknown = Reflect.get(client, 'client');
  const pipeline: unknown = typeof inner === 'object' && inner !== null ? Reflect.get(inner, 'pipeline') : undefined;
  if (
    typeof pipeline !== 'object' ||
    pipeline === null ||
    typeof Reflect.get(pipeline, 'removePolicy') !== 'function' ||
    typeof Reflect.get(pipeline, 'addPolicy') !== 'function'
  ) {
    throw new Error('the Bot Framework connector client has no request pipeline to configure (botbuilder changed)');
  }
  return pipeline as Pipeline;
}
