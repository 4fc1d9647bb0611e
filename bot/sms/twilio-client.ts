// Outbound SMS through Twilio's REST API, as an outbox sender. TWILIO_API_URL points it at a local fake in tests;
// the request itself is built by twilio-node, so what the fake sees is what Twilio would. One attempt per send, with
// a time limit: twilio-node's own retries are off, and the outbox retries (one retry policy for every send).
import twilio from 'twilio';
import type { Db } from '../db/client.js';
import {
  PermanentSendError,
  UncertainSendError,
  type ClaimedSend,
  type Sender,
  type SendResult,
} from '../work/outbox.js';
import { withTimeout } from '../util/timeout.js';
import { permanentProblem } from './error-codes.js';

export interface TwilioSettings {
  accountSid: string;
  authToken: string;
  from: string;
  apiUrl: string | undefined;
  statusCallbackUrl: string;
  timeoutMs: number;
}

type RequestOptions<TData> = Parameters<InstanceType<typeof twilio.RequestClient>['request']>[0] & { data?: TData };

/** Sends twilio-node's requests to another base URL (a local fake in tests); everything else stays twilio-node's. */
class RebasedRequestClient extends twilio.RequestClient {
  constructor(
    private readonly base: string,
    timeout: number,
  ) {
    super({ timeout, autoRetry: false });
  }
  override request<TData>(opts: RequestOptions<TData>) {
    const uri = opts.uri.replace(/^https:\/\/[^/]+/, this.base.replace(/\/+$/, ''));
    return super.request<TData>({ ...opts, uri });
  }
}

export type TwilioRest = ReturnType<typeof twilio>;

/** twilio-node's client, pointed at TWILIO_API_URL when set. */
export function twilioRest(settings: Pick<TwilioSettings, 'accountSid' | 'authToken' | 'apiUrl' | 'timeoutMs'>) {
  const httpClient = settings.apiUrl
    ? new RebasedRequestClient(settings.apiUrl, settings.timeoutMs)
    : new twilio.RequestClient({ timeout: settings.timeoutMs, autoRetry: false });
  return twilio(settings.accountSid, settings.authToken, { httpClient });
}

export function createTwilioSender(
  db: Db,
  settings: TwilioSettings,
  client: TwilioRest = twilioRest(settings),
): Sender {
  // twilio-node loads its REST modules on first use: load them now, not inside the first send's time limit.
  const messages = client.messages;
  const sender = settings.from.startsWith('MG') ? { messagingServiceSid: settings.from } : { from: settings.from };

  return {
    async send(item: ClaimedSend): Promise<SendResult> {
      const text = item.payload['text'];
      if (typeof text !== 'string' || text === '') throw new PermanentSendError('nothing to send', 'empty');
      // Checked at send time as well as when queued: a STOP may have arrived while this waited.
      const person = await db.person.findUnique({ where: { phone: item.target }, select: { optedOutAt: true } });
      if (person?.optedOutAt) throw new PermanentSendError('the person has opted out of texts', 'opted-out');
      try {
        // An earlier attempt timed out or was cut short by a restart: Twilio may have it already.
        if (item.uncertainSince) {
          const since = item.uncertainSince;
          const earlier = await withTimeout(settings.timeoutMs, 'Twilio', () =>
            findEarlier(messages, item.target, text, since),
          );
          if (earlier) return { providerId: earlier };
        }
        const message = await withTimeout(settings.timeoutMs, 'Twilio', () =>
          messages.create({
            ...sender,
            to: item.target,
            body: text,
            statusCallback: settings.statusCallbackUrl,
          }),
        );
        return { providerId: message.sid };
      } catch (err) {
        throw classify(err);
      }
    },
  };
}

/** Margin for the clocks of this server and Twilio's. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** The sid of a message Twilio already holds for this number with this text, created since the uncertain attempt. */
async function findEarlier(
  messages: ReturnType<typeof twilio>['messages'],
  to: string,
  body: string,
  since: Date,
): Promise<string | undefined> {
  const recent = await messages.list({ to, limit: 20 });
  const found = recent.find(
    (m) => m.body === body && m.dateCreated.getTime() >= since.getTime() - CLOCK_SKEW_MS && m.direction !== 'inbound',
  );
  return found?.sid;
}

function classify(err: unknown): Error {
  if (err instanceof twilio.RestException) {
    const permanent = permanentProblem(err.code);
    if (permanent) return new PermanentSendError(`Twilio refused the message (${err.code})`, permanent, { cause: err });
    if (err.status >= 400 && err.status < 500 && err.status !== 429) {
      return new PermanentSendError(`Twilio refused the message (HTTP ${err.status})`, `http-${err.status}`, {
        cause: err,
      });
    }
    return new Error(`Twilio answered HTTP ${err.status}`, { cause: err });
  }
  // No answer (a timeout, a dropped connection): Twilio may have taken the message, so the retry checks first.
  return new UncertainSendError('could not reach Twilio, or no answer', { cause: err });
}
