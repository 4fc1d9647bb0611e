// TwiML replies: zero or more <Message> elements, built by twilio-node so escaping is its job, not ours.
import twilio from 'twilio';
import type { Response } from 'restify';

export function sendTwiml(res: Response, replies: readonly string[]): void {
  const twiml = new twilio.twiml.MessagingResponse();
  for (const text of replies) twiml.message(text);
  const xml = twiml.toString();
  res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8', 'content-length': Buffer.byteLength(xml) });
  res.end(xml);
}
