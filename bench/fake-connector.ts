// A local stand-in for the Bot Framework connector and Twilio's REST API, run in a child process of the benchmark so
// its work neither shares the server's event loop nor the load generator's. It answers at once and only counts.
import http from 'node:http';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface FakeCounts {
  /** Replies and proactive messages posted to a conversation. */
  activities: number;
  /** Conversations created (proactive 1:1 chats). */
  conversations: number;
  /** Activities updated in place (cards refreshed). */
  updates: number;
  /** Messages sent through Twilio's REST API. */
  sms: number;
  /** Requests nothing here recognises: a sign the app calls something the benchmark does not fake. */
  unknown: number;
}

const ACTIVITY = /^\/v3\/conversations\/[^/]+\/activities(\/[^/]+)?$/;
const CONVERSATIONS = /^\/v3\/conversations\/?$/;
const TWILIO_MESSAGES = /^\/2010-04-01\/Accounts\/AC[0-9a-f]{32}\/Messages\.json$/;

export function startFakes(port = 0): Promise<{ url: string; counts: FakeCounts; close(): Promise<void> }> {
  const counts: FakeCounts = { activities: 0, conversations: 0, updates: 0, sms: 0, unknown: 0 };
  const json = (res: http.ServerResponse, status: number, body: object) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
  };
  const server = http.createServer((req, res) => {
    // The body is not read for anything, but it must be drained before answering on a keep-alive socket.
    req.resume();
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      if (req.method === 'GET' && path === '/counts') return json(res, 200, counts);
      if (req.method === 'POST' && ACTIVITY.test(path)) {
        counts.activities++;
        return json(res, 200, { id: crypto.randomUUID() });
      }
      if (req.method === 'PUT' && ACTIVITY.test(path)) {
        counts.updates++;
        return json(res, 200, { id: path.split('/').pop() ?? '' });
      }
      if (req.method === 'POST' && CONVERSATIONS.test(path)) {
        counts.conversations++;
        return json(res, 200, { id: `a:bench-${crypto.randomUUID()}`, activityId: crypto.randomUUID() });
      }
      if (req.method === 'POST' && TWILIO_MESSAGES.test(path)) {
        counts.sms++;
        return json(res, 201, { sid: `SM${crypto.randomBytes(16).toString('hex')}`, status: 'queued' });
      }
      counts.unknown++;
      json(res, 404, { error: 'not faked by the benchmark', method: req.method, path });
    });
  });
  server.keepAliveTimeout = 30_000;
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve({
        url,
        counts,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
