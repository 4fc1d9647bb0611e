// The SMS floors' one route: restify with its query and body parsers, twilio-node's signature check against
// TWILIO_AUTH_TOKEN and PUBLIC_URL as the app checks it, then whatever the floor keeps, and one TwiML reply.
import restify from 'restify';
import twilio from 'twilio';
import { serve } from './serve.js';

export interface SmsFloor {
  name: string;
  /** What the floor does with a signed message before it answers (the durable floor's insert); a throw is a 500. */
  keep?: (fields: Record<string, string>) => Promise<void>;
  /** Called on SIGTERM once the server has closed. */
  close?: () => Promise<void>;
}

export function smsFloor(floor: SmsFloor): void {
  const token = process.env['TWILIO_AUTH_TOKEN'] ?? '';
  const publicUrl = process.env['PUBLIC_URL'] ?? '';
  const server = restify.createServer({ name: floor.name, handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false }));

  server.post('/api/sms', async (req, res) => {
    const signature = req.header('x-twilio-signature');
    const params: unknown = req.body;
    const fields = typeof params === 'object' && params !== null ? (params as Record<string, string>) : {};
    if (!signature || !twilio.validateRequest(token, signature, publicUrl + (req.url ?? ''), fields)) {
      res.send(403);
      return;
    }
    try {
      await floor.keep?.(fields);
    } catch (err) {
      process.stderr.write(`${floor.name} insert failed: ${err instanceof Error ? err.message : String(err)}\n`);
      res.send(500);
      return;
    }
    const twiml = new twilio.twiml.MessagingResponse();
    twiml.message('Thanks for your message.');
    const xml = twiml.toString();
    res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8', 'content-length': Buffer.byteLength(xml) });
    res.end(xml);
  });

  serve(server, floor.close);
}
