// A local stand-in for the Bot Framework connector and Twilio's REST API, run in a child process of the benchmark so
// its work neither shares the server's event loop nor the load generator's. It answers at once and only counts,
// except that Twilio can be told to hang (POST /control/twilio/hang, until /control/twilio/answer) and the time the
// latest urgent alert card arrived is kept, for the alert latency run (bench/alert.ts).
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
  /** Urgent alert cards posted, and when the latest arrived (Date.now(); 0 before the first). */
  urgentCards: number;
  lastUrgentAt: number;
  /** Twilio sends being held open now (while Twilio hangs). */
  hung: number;
}

/** What the fakes running at `url` have counted so far. */
export async function fakeCounts(url: string): Promise<FakeCounts> {
  return (await fetch(`${url}/counts`)).json() as Promise<FakeCounts>;
}

/** The coordinators' alert card's heading (dialogs/coordinator/alert-card.ts). */
const URGENT_CARD = /URGENT[^"]{0,60}may be at risk/;

const ACTIVITY = /^\/v3\/conversations\/[^/]+\/activities(\/[^/]+)?$/;
const CONVERSATIONS = /^\/v3\/conversations\/?$/;
const TWILIO_MESSAGES = /^\/2010-04-01\/Accounts\/AC[0-9a-f]{32}\/Messages\.json$/;

export function startFakes(port = 0): Promise<{ url: string; counts: FakeCounts; close(): Promise<void> }> {
  const counts: FakeCounts = {
    activities: 0,
    conversations: 0,
    updates: 0,
    sms: 0,
    unknown: 0,
    urgentCards: 0,
    lastUrgentAt: 0,
    hung: 0,
  };
  let twilioHangs = false;
  const held = new Set<() => void>();
  const json = (res: http.ServerResponse, status: number, body: object) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
  };
  const twilioAnswer = (res: http.ServerResponse) => {
    counts.sms++;
    json(res, 201, { sid: `SM${crypto.randomBytes(16).toString('hex')}`, status: 'queued' });
  };
  const server = http.createServer((req, res) => {
    // Read only to spot alert cards, but always drained before answering on a keep-alive socket.
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      if (req.method === 'GET' && path === '/counts') return json(res, 200, counts);
      if (req.method === 'POST' && path === '/control/twilio/hang') {
        twilioHangs = true;
        return json(res, 200, {});
      }
      if (req.method === 'POST' && path === '/control/twilio/answer') {
        twilioHangs = false;
        for (const release of held) release();
        held.clear();
        return json(res, 200, {});
      }
      if (req.method === 'POST' && ACTIVITY.test(path)) {
        counts.activities++;
        if (URGENT_CARD.test(Buffer.concat(chunks).toString('utf8'))) {
          counts.urgentCards++;
          counts.lastUrgentAt = Date.now();
        }
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
        if (!twilioHangs) return twilioAnswer(res);
        // Held until Twilio answers again, or until the app gives up on it (its send timeout closes the socket).
        counts.hung++;
        const release = () => {
          counts.hung--;
          if (!res.writableEnded && !res.destroyed) twilioAnswer(res);
        };
        held.add(release);
        res.on('close', () => {
          if (held.delete(release)) counts.hung--;
        });
        return;
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
