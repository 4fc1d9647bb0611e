// Sends Twilio-shaped, Twilio-signed webhooks to the app, as Twilio would: the signature is made with twilio-node's
// own getExpectedTwilioSignature over PUBLIC_URL + path and the form fields.
import crypto from 'node:crypto';
import twilio from 'twilio';
import { PUBLIC_URL, TWILIO_NUMBER, TWILIO_SID, TWILIO_TOKEN, type TestApp } from './app.js';

export interface SmsReply {
  status: number;
  /** The <Message> texts of the TwiML reply, in order. */
  replies: string[];
  raw: string;
}

export function messageSid(): string {
  return `SM${crypto.randomBytes(16).toString('hex')}`;
}

export function inboundFields(from: string, body: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ToCountry: 'GB',
    SmsMessageSid: extra['MessageSid'] ?? messageSid(),
    NumMedia: '0',
    From: from,
    To: TWILIO_NUMBER,
    Body: body,
    AccountSid: TWILIO_SID,
    ApiVersion: '2010-04-01',
    ...extra,
    MessageSid: extra['MessageSid'] ?? extra['SmsMessageSid'] ?? messageSid(),
  };
}

export interface PostOptions {
  path?: string;
  token?: string;
  signature?: string | null;
  rawBody?: string;
  contentType?: string;
}

/** POST a signed form to the app (the signature is computed unless given; null sends none). */
export async function postSigned(
  t: TestApp,
  fields: Record<string, string>,
  options: PostOptions = {},
): Promise<SmsReply> {
  const path = options.path ?? '/api/sms';
  const signature =
    options.signature === undefined
      ? twilio.getExpectedTwilioSignature(options.token ?? TWILIO_TOKEN, PUBLIC_URL + path, fields)
      : options.signature;
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/x-www-form-urlencoded',
  };
  if (signature !== null) headers['x-twilio-signature'] = signature;
  const res = await fetch(t.baseUrl + path, {
    method: 'POST',
    headers,
    body: options.rawBody ?? new URLSearchParams(fields).toString(),
  });
  const raw = await res.text();
  const replies = parseTwiml(raw);
  // What Twilio would log: the person's text, whatever the answer, and each reply in an accepted answer.
  if (path === '/api/sms' && fields['MessageSid'] && fields['From'] && options.rawBody === undefined) {
    t.twilio.logInbound(fields['MessageSid'], fields['From'], fields['To'] ?? TWILIO_NUMBER, fields['Body'] ?? '');
    if (res.status === 200) t.twilio.logReplies(fields['To'] ?? TWILIO_NUMBER, fields['From'], replies);
  }
  return { status: res.status, replies, raw };
}

/** A person texting the service. */
export function text(t: TestApp, from: string, body: string, extra: Record<string, string> = {}): Promise<SmsReply> {
  return postSigned(t, inboundFields(from, body, extra));
}

function parseTwiml(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)) out.push(unescapeXml(m[1] ?? ''));
  return out;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
