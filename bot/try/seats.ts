// What each seat sends into the console's app, as the outside world would: a phone's text as Twilio's webhook, signed
// with the console account's token, to the real /api/sms route; a Teams message, card tap or install as the Teams
// service would post it to the real /api/messages route, naming the loopback connector as its serviceUrl.
import crypto from 'node:crypto';
import twilio from 'twilio';
import type { Clock } from '../clock.js';
import type { ConsoleTwilio, StaffSeat } from './sandbox.js';

export interface SmsTurn {
  status: number;
  /** The <Message> texts of the TwiML answer, in order. */
  replies: string[];
}

export async function textFromPhone(
  target: { url: string; publicUrl: string },
  account: ConsoleTwilio,
  from: string,
  body: string,
): Promise<SmsTurn> {
  const sid = `SM${crypto.randomBytes(16).toString('hex')}`;
  const fields: Record<string, string> = {
    ToCountry: 'GB',
    SmsMessageSid: sid,
    MessageSid: sid,
    NumMedia: '0',
    From: from,
    To: account.from,
    Body: body,
    AccountSid: account.accountSid,
    ApiVersion: '2010-04-01',
  };
  const signature = twilio.getExpectedTwilioSignature(account.authToken, `${target.publicUrl}/api/sms`, fields);
  const res = await fetch(`${target.url}/api/sms`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
    body: new URLSearchParams(fields).toString(),
  });
  const raw = await res.text();
  return { status: res.status, replies: [...raw.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((m) => unxml(m[1])) };
}

export const BOT = { id: '28:peer-connect-try', name: 'Peer Connect' };
const TENANT = 'try-console';

/** The parts every activity from `seat` in their 1:1 chat carries. */
export function activityBase(seat: StaffSeat, serviceUrl: string, clock: Clock) {
  return {
    id: `f:${crypto.randomUUID()}`,
    timestamp: clock.now().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: `29:${seat.aadObjectId}`, name: seat.name, aadObjectId: seat.aadObjectId },
    conversation: { id: seat.chatId, conversationType: 'personal', tenantId: TENANT },
    recipient: BOT,
    locale: 'en-GB',
    channelData: { tenant: { id: TENANT } },
  };
}

export interface TeamsTurn {
  status: number;
  /** The HTTP answer's body: for a card tap, the refreshed card or a message. */
  body: unknown;
}

export async function postActivity(url: string, activity: object): Promise<TeamsTurn> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const raw = await res.text();
  let body: unknown = null;
  try {
    body = raw ? JSON.parse(raw) : null;
  } catch {
    body = raw;
  }
  return { status: res.status, body };
}

function unxml(s: string | undefined): string {
  return (s ?? '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
