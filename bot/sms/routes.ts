// The SMS channel's HTTP side: Twilio's inbound webhook and its delivery-status callback (CONTRACT.md).
import type { Server } from 'restify';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import { deferText } from '../intake/deferred.js';
import { errors } from '../http/http-errors.js';
import type { IntakeService } from '../intake/service.js';
import type { OptOuts } from '../intake/opt-out.js';
import { isE164 } from '../util/phone.js';
import { optOutIntent } from './keywords.js';
import { signatureChecker, type FormFields } from './signature.js';
import { recordDeliveryStatus } from './status.js';
import { sendTwiml } from './twiml.js';
import type { Db } from '../db/client.js';
import type { Logger } from '../logger.js';

export interface SmsDeps {
  config: Config;
  db: Db;
  clock: Clock;
  log: Logger;
  intake: IntakeService;
  optOuts: OptOuts;
}

const MESSAGE_SID = /^(SM|MM)[0-9a-fA-F]{32}$/;
/** Longer than Twilio ever sends (1,600 characters); anything past this is cut rather than refused. */
const MAX_TEXT = 4_000;

export function installSmsRoutes(server: Server, deps: SmsDeps): void {
  const { config } = deps;
  const verifiedForm = config.twilio
    ? signatureChecker(config.twilio.authToken, config.publicUrl, deps.log)
    : () => {
        throw errors.unavailable('SMS is not configured on this server');
      };

  server.post('/api/sms', async (req, res) => {
    const twilio = config.twilio;
    if (!twilio) throw errors.unavailable('SMS is not configured on this server');
    requireForm(req.contentType());
    const form = verifiedForm(req);
    const inbound = parseInbound(form);

    const intent = optOutIntent(inbound.text, form['OptOutType']);
    if (intent === 'stop' || (intent === 'start' && (await deps.optOuts.isOptedOut(inbound.from)))) {
      await deps.optOuts.record(inbound.from, `sms:${inbound.sid}`, intent);
      deps.log.info({ intent }, 'sms opt-out keyword recorded');
      return sendTwiml(res, []);
    }
    let outcome;
    try {
      outcome = await deps.intake.receive({
        channel: 'sms',
        address: inbound.from,
        providerId: `sms:${inbound.sid}`,
        text: inbound.text,
        media: inbound.media,
      });
    } catch (err) {
      // Twilio does not retry a 5xx: a text that reached us is stored for the worker to finish, never lost.
      const deferred = { phone: inbound.from, sid: inbound.sid, text: inbound.text, media: inbound.media };
      await deferText(deps.db, deps.clock, deferred).catch(() => {
        throw err;
      });
      deps.log.warn({ err }, 'sms turn could not finish in the request: the worker will finish it');
      return sendTwiml(res, []);
    }
    // `safety`, not `level`: pino's own `level` key must stay the log level.
    deps.log.info({ safety: outcome.level, duplicate: outcome.duplicate, replies: outcome.replies.length }, 'sms turn');
    sendTwiml(res, outcome.replies);
  });

  server.post('/api/sms/status', async (req, res) => {
    const twilio = config.twilio;
    if (!twilio) throw errors.unavailable('SMS is not configured on this server');
    requireForm(req.contentType());
    const form = verifiedForm(req);
    const sid = form['MessageSid'] ?? form['SmsSid'];
    const status = form['MessageStatus'] ?? form['SmsStatus'];
    if (!sid || !MESSAGE_SID.test(sid)) throw errors.badRequest('MessageSid is missing or not a Twilio message SID');
    if (!status || !/^[a-z_-]{2,20}$/.test(status)) throw errors.badRequest('MessageStatus is missing or malformed');
    await recordDeliveryStatus(deps.db, sid, status, form['ErrorCode'], deps.log);
    res.send(204);
  });
}

function requireForm(contentType: string): void {
  if (contentType !== 'application/x-www-form-urlencoded') {
    throw errors.unsupportedMediaType('expected application/x-www-form-urlencoded, as Twilio sends');
  }
}

function parseInbound(form: FormFields): { sid: string; from: string; text: string; media: number } {
  const sid = form['MessageSid'] ?? form['SmsMessageSid'];
  if (!sid || !MESSAGE_SID.test(sid)) throw errors.badRequest('MessageSid is missing or not a Twilio message SID');
  const from = form['From'];
  if (!from || !isE164(from)) throw errors.badRequest('From is missing or not an E.164 phone number');
  const media = Number.parseInt(form['NumMedia'] ?? '0', 10);
  // Strip control characters other than line breaks; keep every script, emoji and right-to-left text as sent.
  // eslint-disable-next-line no-control-regex
  const text = (form['Body'] ?? '').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').slice(0, MAX_TEXT);
  return { sid, from, text, media: Number.isFinite(media) && media > 0 ? Math.min(media, 10) : 0 };
}
