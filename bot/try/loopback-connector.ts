// The console's stand-in for the Bot Framework connector, served by the server itself under /try/connector: the
// console's Teams activities name it as their serviceUrl, so the bot's replies, proactive posts and card updates come
// here through botbuilder's own client, and each lands in the coordinator's or the mentor's chat.
import crypto from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { isJsonObject, type JsonObject } from '../../shared/json.js';
import { syncHandler, textOf } from './handler.js';
import type { Feed, SeatId } from './feed.js';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

export class LoopbackConnector {
  constructor(
    private readonly feed: Feed,
    private readonly seatOf: (conversationId: string) => SeatId | null,
  ) {}

  install(server: Server, guard: (req: Request) => void): void {
    const conversation = '/try/connector/v3/conversations/:conversationId/activities';
    const post = (req: Request, res: Response) => {
      guard(req);
      const id = `act-${crypto.randomUUID()}`;
      this.record(req, id, 'send');
      answer(res, { id });
    };
    server.post(conversation, syncHandler(post));
    server.post(`${conversation}/:activityId`, syncHandler(post));
    server.put(
      `${conversation}/:activityId`,
      syncHandler((req, res) => {
        guard(req);
        const id = param(req, 'activityId');
        this.record(req, id, 'update');
        answer(res, { id });
      }),
    );
    // A new conversation (only asked for people the console has no chat with): it exists, and nobody sees it.
    server.post(
      '/try/connector/v3/conversations',
      syncHandler((req, res) => {
        guard(req);
        answer(res, { id: `a:try-${crypto.randomUUID()}` });
      }),
    );
  }

  private record(req: Request, id: string, kind: 'send' | 'update'): void {
    const seat = this.seatOf(param(req, 'conversationId'));
    const activity: unknown = req.body;
    if (!seat || !isJsonObject(activity) || activity['type'] !== 'message') return;
    const cards = cardsOf(activity);
    if (kind === 'update') {
      for (const card of cards) this.feed.add({ kind: 'update', seat, id, card });
      return;
    }
    const text = activity['text'];
    if (typeof text === 'string' && text.trim() !== '') this.feed.add({ kind: 'text', seat, from: 'bot', id, text });
    cards.forEach((card, i) =>
      this.feed.add({ kind: 'card', seat, from: 'bot', id: i === 0 ? id : `${id}-${i}`, card }),
    );
  }
}

export function cardsOf(activity: JsonObject): JsonObject[] {
  const attachments = activity['attachments'];
  if (!Array.isArray(attachments)) return [];
  return attachments.flatMap((a) =>
    isJsonObject(a) && a['contentType'] === ADAPTIVE && isJsonObject(a['content']) ? [a['content']] : [],
  );
}

function param(req: Request, name: string): string {
  return textOf(req.params, name);
}

function answer(res: Response, body: object): void {
  res.header('content-type', 'application/json');
  res.send(200, body);
}
