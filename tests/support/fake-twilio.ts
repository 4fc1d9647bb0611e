// A local stand-in for Twilio's REST API (the only part of Twilio outside this machine): records every message
// the app sends (and every message it asks Twilio to delete) and can be told to fail, so outbox retries are tested
// against real HTTP. Like Twilio, it also logs the texts people send and the replies given in a webhook's TwiML answer
// (the SMS test helpers tell it of them), and lists its log filtered by To, From and DateSent>.
import http from 'node:http';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface SentSms {
  sid: string;
  accountSid: string;
  to: string;
  from: string | undefined;
  messagingServiceSid: string | undefined;
  body: string;
  statusCallback: string | undefined;
  dateCreated: Date;
}

/** A text in Twilio's log that did not go through the REST API: a person's, or a reply in a webhook's answer. */
export interface LoggedSms {
  sid: string;
  to: string;
  from: string;
  body: string;
  direction: 'inbound' | 'outbound-reply';
  dateCreated: Date;
}

/** An HTTP error, a hang, or 'take-and-hang': the message is taken (and will be listed) but no answer comes. */
type Failure = { status: number; code?: number } | 'hang' | 'take-and-hang';

export class FakeTwilio {
  readonly sent: SentSms[] = [];
  /** SIDs the app asked Twilio to delete from its message log. */
  readonly deleted: string[] = [];
  /** Texts people sent and replies given in TwiML answers, as Twilio logs them. */
  readonly logged: LoggedSms[] = [];
  /** Every request to send, including the ones told to fail. */
  attempts = 0;
  /** Requests to list messages. */
  lists = 0;
  /** Twilio's clock (the app's test clock, so that "created since" means the same to both). */
  now: () => Date = () => new Date();
  private failures: Failure[] = [];
  private server: http.Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** The next requests fail, in order: an HTTP status (with an optional Twilio error code) or a hang. */
  failNext(...failures: Failure[]): void {
    this.failures.push(...failures);
  }

  /** A person's text reached Twilio (logged once per SID, whatever the webhook answered). */
  logInbound(sid: string, from: string, to: string, body: string): void {
    if (this.logged.some((m) => m.sid === sid)) return;
    this.logged.push({ sid, from, to, body, direction: 'inbound', dateCreated: this.now() });
  }

  /** Twilio sent the <Message> replies of a webhook's answer, each a message with its own SID. */
  logReplies(from: string, to: string, bodies: readonly string[]): void {
    for (const body of bodies) {
      this.logged.push({ sid: newSid(), from, to, body, direction: 'outbound-reply', dateCreated: this.now() });
    }
  }

  /** Every SID in the log to or from this number: REST sends, replies in answers and the person's own texts. */
  sidsOf(phone: string): string[] {
    return [...this.sent, ...this.logged].filter((m) => m.to === phone || m.from === phone).map((m) => m.sid);
  }

  to(phone: string): string[] {
    return this.sent.filter((m) => m.to === phone).map((m) => m.body);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const removal = /^\/2010-04-01\/Accounts\/AC[0-9a-f]{32}\/Messages\/((?:SM|MM)[0-9a-zA-Z]+)\.json$/.exec(
      req.url ?? '',
    );
    if (req.method === 'DELETE' && removal) {
      this.deleted.push(removal[1] ?? '');
      res.statusCode = 204;
      res.end();
      return;
    }
    const [path = '', query = ''] = (req.url ?? '').split('?');
    const match = /^\/2010-04-01\/Accounts\/(AC[0-9a-f]{32})\/Messages\.json$/.exec(path);
    if (req.method === 'GET' && match) {
      this.lists++;
      const params = new URLSearchParams(query);
      const to = params.get('To');
      const from = params.get('From');
      const after = params.get('DateSent>');
      const messages = [
        ...this.sent.map((m) => ({ ...m, from: m.from ?? '', direction: 'outbound-api' })),
        ...this.logged,
      ]
        .filter((m) => (!to || m.to === to) && (!from || m.from === from))
        .filter((m) => !after || m.dateCreated.getTime() >= new Date(after).getTime())
        .sort((a, b) => b.dateCreated.getTime() - a.dateCreated.getTime())
        .map((m) => ({
          sid: m.sid,
          account_sid: match[1],
          to: m.to,
          from: m.from,
          body: m.body,
          status: m.direction === 'inbound' ? 'received' : 'sent',
          direction: m.direction,
          date_created: m.dateCreated.toUTCString(),
          date_sent: m.dateCreated.toUTCString(),
        }));
      reply(res, 200, { messages, next_page_uri: null, page: 0, page_size: 50, uri: req.url });
      return;
    }
    if (req.method !== 'POST' || !match) {
      reply(res, 404, { status: 404, message: 'not found' });
      return;
    }
    this.attempts++;
    const failure = this.failures.shift();
    if (failure === 'hang') return; // the client's timeout must deal with it
    if (failure && failure !== 'take-and-hang') {
      reply(res, failure.status, { status: failure.status, code: failure.code ?? 20500, message: 'fake failure' });
      return;
    }
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const sms: SentSms = {
      sid: newSid(),
      accountSid: match[1] ?? '',
      to: form.get('To') ?? '',
      from: form.get('From') ?? undefined,
      messagingServiceSid: form.get('MessagingServiceSid') ?? undefined,
      body: form.get('Body') ?? '',
      statusCallback: form.get('StatusCallback') ?? undefined,
      dateCreated: this.now(),
    };
    this.sent.push(sms);
    if (failure === 'take-and-hang') return;
    reply(res, 201, {
      sid: sms.sid,
      status: 'queued',
      to: sms.to,
      from: sms.from,
      body: sms.body,
      account_sid: sms.accountSid,
    });
  }
}

const newSid = (): string => `SM${crypto.randomBytes(16).toString('hex')}`;

function reply(res: http.ServerResponse, status: number, body: object): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}
