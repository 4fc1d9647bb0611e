// A local stand-in for the Bot Framework connector (Teams' side of the bot): records every reply, proactive send
// and card update the app makes, answers with activity ids, and can be told to fail, so outbox retries are tested
// against real HTTP.
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  kind: 'send' | 'update';
  conversationId: string;
  /** For a reply: the activity it answers; for an update: the activity replaced. */
  activityId: string | undefined;
  /** The id the fake gave a sent activity (sends only). */
  id: string | undefined;
  activity: ConnectorActivity;
}

export interface ConnectorActivity {
  type?: string;
  text?: string;
  replyToId?: string;
  attachments?: { contentType: string; content: CardJson }[];
}

/** A card the bot sent, with the id of the activity that carried it (what an update replaces). */
export interface PostedCard {
  id: string;
  card: CardJson;
}

export type CardJson = { type?: string; body?: unknown[]; actions?: unknown[]; [key: string]: unknown };

type Failure = { status: number } | 'hang';

export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  attempts = 0;
  /** How long each send or update takes to be answered (a slow Teams). */
  delayMs = 0;
  url = '';
  private failures: Failure[] = [];
  private server: http.Server | undefined;
  private readonly hung: http.ServerResponse[] = [];

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** The next send or update requests fail, in order: an HTTP status or a hang. */
  failNext(...failures: Failure[]): void {
    this.failures.push(...failures);
  }

  /** Drops the connections of requests left hanging, as a load balancer would: a client that re-posts by itself on a
   * dropped connection shows up here as a second call. */
  dropHung(): void {
    for (const res of this.hung.splice(0)) res.socket?.destroy();
  }

  /** Calls made to one conversation. */
  in(conversationId: string): ConnectorCall[] {
    return this.calls.filter((c) => c.conversationId === conversationId);
  }

  /** Texts sent (not updates) to a conversation. */
  texts(conversationId: string): string[] {
    return this.in(conversationId).flatMap((c) => (c.kind === 'send' && c.activity.text ? [c.activity.text] : []));
  }

  /** Cards sent to a conversation (newest last), with the activity id each got. */
  cards(conversationId: string): PostedCard[] {
    return this.in(conversationId).flatMap((c) =>
      c.kind === 'send' && c.id ? cardsOf(c.activity).map((card) => ({ id: c.id ?? '', card })) : [],
    );
  }

  /** The newest card sent to a conversation that says `heading`, with its activity id; throws if there is none. */
  lastCard(conversationId: string, heading: string): PostedCard {
    const found = this.cards(conversationId)
      .filter((c) => cardText(c.card).includes(heading))
      .at(-1);
    if (!found) throw new Error(`no card saying "${heading}" in ${conversationId}`);
    return found;
  }

  /** The cards that replaced activity `activityId`, in order. */
  updatesOf(activityId: string): CardJson[] {
    return this.calls
      .filter((c) => c.kind === 'update' && c.activityId === activityId)
      .flatMap((c) => cardsOf(c.activity));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
    if (req.url?.startsWith('/v3/conversations') && !match && req.method === 'POST') {
      reply(res, 200, { id: `conv-${crypto.randomUUID()}` });
      return;
    }
    if (!match || (req.method !== 'POST' && req.method !== 'PUT')) {
      res.writeHead(404).end();
      return;
    }
    this.attempts++;
    const failure = this.failures.shift();
    if (failure === 'hang') {
      this.hung.push(res);
      return;
    }
    if (failure) {
      reply(res, failure.status, { error: { code: 'Fake', message: 'fake failure' } });
      return;
    }
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const activity = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as ConnectorActivity;
    const conversationId = decodeURIComponent(match[1] ?? '');
    const activityId = match[2] ? decodeURIComponent(match[2]) : undefined;
    const kind = req.method === 'PUT' ? 'update' : 'send';
    const id = kind === 'send' ? `act-${crypto.randomUUID()}` : activityId;
    this.calls.push({ kind, conversationId, activityId, id: kind === 'send' ? id : undefined, activity });
    reply(res, 200, { id });
  }
}

function reply(res: http.ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}

export function cardsOf(activity: ConnectorActivity): CardJson[] {
  return (activity.attachments ?? [])
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a) => a.content);
}

/** Every text in a card, joined: for asserting what a card says without walking its structure. */
export function cardText(card: CardJson): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'text' || key === 'title' || key === 'value') && typeof value === 'string') out.push(value);
      else walk(value);
    }
  };
  walk(card);
  return out.join('\n');
}

/** The verbs of a card's Action.Execute / Action.Submit buttons, including those inside Action.ShowCard. */
export function cardVerbs(card: CardJson): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (record['type'] === 'Action.Execute' && typeof record['verb'] === 'string') out.push(record['verb']);
    const data = record['data'];
    if (record['type'] === 'Action.Submit' && typeof data === 'object' && data !== null) {
      const verb = (data as Record<string, unknown>)['verb'];
      if (typeof verb === 'string') out.push(verb);
    }
    Object.values(record).forEach(walk);
  };
  walk(card);
  return out;
}
