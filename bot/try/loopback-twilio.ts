// The console's stand-in for Twilio's REST API, served by the server itself under /try/twilio: the console's app
// sends its texts here (TWILIO_API_URL), built by twilio-node exactly as for Twilio, and each lands in that phone.
// It answers the list and delete requests the outbox and erasure make, as Twilio would.
import crypto from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { errors } from '../http/http-errors.js';
import { smsSegments } from '../sms/segments.js';
import { syncHandler, textOf } from './handler.js';
import type { Feed } from './feed.js';
import type { ConsoleTwilio } from './sandbox.js';

interface SentText {
  sid: string;
  to: string;
  from: string;
  body: string;
  created: Date;
}

export class LoopbackTwilio {
  private sent: SentText[] = [];

  constructor(
    private readonly feed: Feed,
    private readonly account: () => ConsoleTwilio,
    private readonly isPhone: (number: string) => boolean,
    private readonly now: () => Date,
  ) {}

  clear(): void {
    this.sent = [];
  }

  install(server: Server, guard: (req: Request) => void): void {
    const base = '/try/twilio/2010-04-01/Accounts/:accountSid';
    server.post(
      `${base}/Messages.json`,
      syncHandler((req, res) => {
        guard(req);
        this.authorise(req);
        const form = formOf(req.body);
        const text: SentText = {
          sid: `SM${crypto.randomBytes(16).toString('hex')}`,
          to: form['To'] ?? '',
          from: form['From'] ?? form['MessagingServiceSid'] ?? '',
          body: form['Body'] ?? '',
          created: this.now(),
        };
        this.sent.push(text);
        if (this.isPhone(text.to)) {
          this.feed.add({
            kind: 'text',
            seat: `phone:${text.to}`,
            from: 'bot',
            id: text.sid,
            text: text.body,
            segments: smsSegments(text.body),
            via: 'outbox',
          });
        }
        answer(res, 201, { sid: text.sid, status: 'queued', to: text.to, from: text.from, body: text.body });
      }),
    );
    server.get(
      `${base}/Messages.json`,
      syncHandler((req, res) => {
        guard(req);
        this.authorise(req);
        const to = textOf(req.query, 'To');
        const messages = this.sent
          .filter((m) => to === '' || m.to === to)
          .reverse()
          .map((m) => ({
            sid: m.sid,
            account_sid: this.account().accountSid,
            to: m.to,
            from: m.from,
            body: m.body,
            status: 'delivered',
            direction: 'outbound-api',
            date_created: m.created.toUTCString(),
          }));
        answer(res, 200, { messages, next_page_uri: null, page: 0, page_size: 50, uri: req.url });
      }),
    );
    server.del(
      `${base}/Messages/:file`,
      syncHandler((req, res) => {
        guard(req);
        this.authorise(req);
        res.send(204);
      }),
    );
  }

  /** Only the console's own app knows the account's token. */
  private authorise(req: Request): void {
    const { accountSid, authToken } = this.account();
    const expected = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
    const given = req.headers.authorization ?? '';
    const same = given.length === expected.length && crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected));
    if (!same || textOf(req.params, 'accountSid') !== accountSid) throw errors.unauthorized('not the console account');
  }
}

function formOf(body: unknown): Record<string, string> {
  if (typeof body !== 'object' || body === null) return {};
  return Object.fromEntries(
    Object.entries(body).flatMap(([key, value]) => (typeof value === 'string' ? [[key, value]] : [])),
  );
}

function answer(res: Response, status: number, body: object): void {
  res.header('content-type', 'application/json');
  res.send(status, body);
}
