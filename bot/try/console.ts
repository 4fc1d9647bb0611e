// The try-it console at /try: one page where one person plays mentees (phones), a coordinator and a mentor (Teams
// chats) against the console's own copy of the service (sandbox.ts), with a clock to move ahead and a reset. It
// exports what server.ts installs; nothing here runs on import.
import crypto from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { isJsonObject, isObject } from '../../shared/json.js';
import type { Config } from '../config.js';
import { errors } from '../http/http-errors.js';
import type { Logger } from '../logger.js';
import type { SemanticLayer } from '../safety/semantic.js';
import { nextWithin } from '../schedule/hours.js';
import { optOutIntent } from '../sms/keywords.js';
import { smsSegments } from '../sms/segments.js';
import { refusal } from './access.js';
import { syncHandler, textOf } from './handler.js';
import { pageAssets, type PageAssets } from './assets.js';
import { ConsoleClock } from './console-clock.js';
import { Feed, type SeatId } from './feed.js';
import { LoopbackConnector } from './loopback-connector.js';
import { LoopbackTwilio } from './loopback-twilio.js';
import {
  consoleDatabaseFile,
  consoleTwilio,
  Sandbox,
  STAFF_SEATS,
  type BuildApp,
  type ConsoleTwilio,
  type StaffSeat,
} from './sandbox.js';
import { activityBase, BOT, postActivity, textFromPhone } from './seats.js';

export interface TryConsoleDeps {
  config: Config;
  log: Logger;
  build: BuildApp;
  semantic: SemanticLayer;
  /** The console's database file (default: data/try-console.db beside the real one). */
  file?: string;
  /** Where the console's clock starts (default: now). */
  startAt?: Date;
}

const MAX_PHONES = 9;
const MAX_TEXT = 1_600;
const CLOCK_STEPS: Record<string, number> = { hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000 };

export class TryConsole {
  readonly clock: ConsoleClock;
  readonly feed: Feed;
  private readonly twilioAccount: ConsoleTwilio = consoleTwilio();
  private readonly twilio: LoopbackTwilio;
  private readonly connector: LoopbackConnector;
  private readonly file: string;
  private phones: string[] = [];
  /** Phones that sent STOP (and not START since), as Twilio keeps them. */
  private readonly optedOut = new Set<string>();
  private sandbox: Promise<Sandbox> | null = null;
  private consoleUrl = '';
  private assets: Promise<PageAssets> | null = null;
  private closed = false;

  constructor(private readonly deps: TryConsoleDeps) {
    this.clock = new ConsoleClock(deps.startAt);
    this.feed = new Feed(() => this.clock.now());
    this.file = deps.file ?? consoleDatabaseFile(deps.config);
    this.twilio = new LoopbackTwilio(
      this.feed,
      () => this.twilioAccount,
      (number) => this.phones.includes(number),
      () => this.clock.now(),
    );
    this.connector = new LoopbackConnector(
      this.feed,
      (conversationId) => STAFF_SEATS.find((s) => s.chatId === conversationId)?.role ?? null,
    );
    this.resetPhones();
  }

  /** Where the console's page is, for the start-up line. */
  static address(config: Config, port: number): string {
    const host = ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(config.host) ? 'localhost' : config.host;
    return `http://${host}:${port}/try`;
  }

  /** The routes under /try, each refused to anyone but this machine's own clients unless TRY_CONSOLE=public. */
  install(server: Server): void {
    const access = this.deps.config.tryConsole === 'public' ? 'public' : 'loopback';
    const guard = (req: Request) => {
      const why = refusal({ remoteAddress: req.socket.remoteAddress, headers: req.headers }, access);
      if (why) {
        this.deps.log.warn({ reason: why }, 'try-it console refused a request');
        throw errors.forbidden(
          `The try-it console only answers a browser on this machine (${why}). Set TRY_CONSOLE=public to share it.`,
        );
      }
    };
    const page = (name: 'html' | 'js' | 'css', type: string) => async (req: Request, res: Response) => {
      guard(req);
      const assets = await (this.assets ??= pageAssets());
      res.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'content-security-policy':
          "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
      });
      res.end(assets[name]);
    };
    server.get('/try', page('html', 'text/html; charset=utf-8'));
    server.get('/try/console.js', page('js', 'text/javascript; charset=utf-8'));
    server.get('/try/console.css', page('css', 'text/css; charset=utf-8'));

    const api = (path: string, handler: (body: Record<string, unknown>) => Promise<object>) =>
      server.post(`/try/api/${path}`, async (req: Request, res: Response) => {
        guard(req);
        // JSON only: a form on another site cannot post here without the browser asking first.
        if (req.contentType() !== 'application/json') throw errors.unsupportedMediaType('expected JSON');
        const body: unknown = req.body;
        const fields = isObject(body) ? body : {};
        res.header('cache-control', 'no-store');
        res.send(200, await handler(fields));
      });
    server.get(
      '/try/api/feed',
      syncHandler((req, res) => {
        guard(req);
        const after = Number(textOf(req.query, 'after')) || 0;
        res.header('cache-control', 'no-store');
        res.send(200, this.state(after));
      }),
    );
    api('phone', (b) => this.text(field(b, 'phone'), field(b, 'text')));
    api('phones', () => Promise.resolve(this.addPhone()));
    api('teams/say', (b) => this.say(staffSeat(field(b, 'seat')), field(b, 'text')));
    api('teams/tap', (b) =>
      this.tap(staffSeat(field(b, 'seat')), {
        verb: field(b, 'verb'),
        data: b['data'],
        cardId: typeof b['cardId'] === 'string' ? b['cardId'] : undefined,
      }),
    );
    api('clock', (b) => this.jump(field(b, 'step')));
    api('reset', () => this.reset());

    this.twilio.install(server, guard);
    this.connector.install(server, guard);
  }

  /** Starts the console's copy of the service once the server listens at `serverUrl` (its loopback endpoints). */
  start(serverUrl: string): Promise<Sandbox> {
    this.consoleUrl = serverUrl.replace(/\/+$/, '');
    this.sandbox = this.openSandbox();
    return this.sandbox;
  }

  /** Closes the console's copy of the service (once it has started, if it was starting). */
  async close(): Promise<void> {
    this.closed = true;
    const sandbox = await this.sandbox?.catch(() => null);
    await sandbox?.close();
  }

  /** Whether close() has been called: a console closed while it started is not announced. */
  get isClosed(): boolean {
    return this.closed;
  }

  state(after: number) {
    return {
      generation: this.feed.generation,
      items: this.feed.after(after),
      now: this.clock.now().toISOString(),
      timeZone: this.deps.config.timeZone,
      phones: this.phones,
      seats: STAFF_SEATS.map(({ role, name }) => ({ role, name })),
    };
  }

  async text(phone: string, text: string): Promise<object> {
    if (!this.phones.includes(phone)) throw errors.badRequest('no such phone in the console');
    const body = text.slice(0, MAX_TEXT);
    if (body.trim() === '') throw errors.badRequest('write something to send');
    const sandbox = await this.ready();
    const seat: SeatId = `phone:${phone}`;
    this.feed.add({
      kind: 'text',
      seat,
      from: 'person',
      id: `in-${crypto.randomUUID()}`,
      text: body,
      segments: smsSegments(body),
    });
    const turn = await textFromPhone(sandbox, this.twilioAccount, phone, body);
    const twilioSays = this.twilioKeyword(phone, body);
    if (twilioSays) this.feed.add({ kind: 'note', seat, text: twilioSays });
    if (turn.status !== 200) {
      this.feed.add({ kind: 'note', seat, text: `The service answered ${turn.status}: the text was not taken.` });
    }
    turn.replies.forEach((reply) =>
      this.feed.add({
        kind: 'text',
        seat,
        from: 'bot',
        id: `reply-${crypto.randomUUID()}`,
        text: reply,
        segments: smsSegments(reply),
        via: 'reply',
      }),
    );
    return { status: turn.status, replies: turn.replies.length };
  }

  async say(seat: StaffSeat, text: string): Promise<object> {
    if (text.trim() === '') throw errors.badRequest('write something to send');
    const sandbox = await this.ready();
    this.feed.add({ kind: 'text', seat: seat.role, from: 'person', id: `in-${crypto.randomUUID()}`, text });
    const turn = await postActivity(sandbox.url, {
      ...activityBase(seat, this.serviceUrl(), this.clock),
      type: 'message',
      text: text.slice(0, MAX_TEXT),
      textFormat: 'plain',
    });
    return { status: turn.status };
  }

  async tap(seat: StaffSeat, tap: { verb: string; data: unknown; cardId: string | undefined }): Promise<object> {
    const sandbox = await this.ready();
    const data = isJsonObject(tap.data) ? tap.data : {};
    const turn = await postActivity(sandbox.url, {
      ...activityBase(seat, this.serviceUrl(), this.clock),
      ...(tap.cardId ? { replyToId: tap.cardId } : {}),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: tap.verb, data }, trigger: 'manual' },
    });
    // An invoke is answered in its HTTP response: a refreshed card (Teams replaces the tapped one) or a message.
    const answer = isJsonObject(turn.body) ? turn.body : {};
    const value = answer['value'];
    if (answer['type'] === 'application/vnd.microsoft.card.adaptive' && isJsonObject(value) && tap.cardId) {
      this.feed.add({ kind: 'update', seat: seat.role, id: tap.cardId, card: value });
    } else if (answer['type'] === 'application/vnd.microsoft.activity.message' && typeof value === 'string') {
      this.feed.add({ kind: 'note', seat: seat.role, text: value });
    } else if (turn.status >= 400) {
      this.feed.add({ kind: 'note', seat: seat.role, text: `The service answered ${turn.status}.` });
    }
    return { status: turn.status };
  }

  /** Twilio answers STOP and START itself, before the service sees them: the console says so where Twilio would
   * have answered (the service records both, and sends nothing between them). */
  private twilioKeyword(phone: string, body: string): string | null {
    const intent = optOutIntent(body, undefined);
    if (intent === 'stop') {
      this.optedOut.add(phone);
      return 'Twilio answers STOP itself: this phone gets no more texts from the service until it sends START.';
    }
    if (intent === 'start' && this.optedOut.delete(phone)) {
      return 'Twilio answers START itself: this phone can get texts from the service again.';
    }
    return null;
  }

  addPhone(): object {
    if (this.phones.length >= MAX_PHONES) throw errors.badRequest(`the console has room for ${MAX_PHONES} phones`);
    this.phones.push(phoneNumber(this.phones.length + 1));
    return { phones: this.phones };
  }

  /** Moves the console's clock ahead and wakes its worker, which runs whatever has come due. */
  async jump(step: string): Promise<object> {
    const sandbox = await this.ready();
    const now = this.clock.now();
    const { workingHours, workingDays, timeZone } = this.deps.config;
    const target =
      step === 'working-morning'
        ? nextWithin(
            new Date(now.getTime() + 60_000),
            timeZone,
            { from: workingHours.from, to: workingHours.from + 1 },
            workingDays,
          )
        : new Date(now.getTime() + (CLOCK_STEPS[step] ?? NaN));
    if (Number.isNaN(target.getTime())) throw errors.badRequest('step must be hour, day, week or working-morning');
    this.clock.jump(target.getTime() - now.getTime());
    sandbox.app.worker.wake();
    return { now: this.clock.now().toISOString() };
  }

  /** A clean database, an empty feed, the clock back where it started, one phone. */
  async reset(): Promise<object> {
    const old = this.sandbox;
    this.sandbox = (async () => {
      const sandbox = await old?.catch(() => null);
      await sandbox?.close();
      this.feed.clear();
      this.twilio.clear();
      this.clock.reset();
      this.resetPhones();
      this.optedOut.clear();
      return this.openSandbox();
    })();
    await this.sandbox;
    return { generation: this.feed.generation };
  }

  private async openSandbox(): Promise<Sandbox> {
    const sandbox = await Sandbox.open({
      config: this.deps.config,
      log: this.deps.log,
      build: this.deps.build,
      semantic: this.deps.semantic,
      clock: this.clock,
      file: this.file,
      twilio: this.twilioAccount,
      consoleUrl: this.consoleUrl,
    });
    // Staff open their chat with the bot, as they would in Teams, so it can post to them.
    for (const seat of STAFF_SEATS) {
      if (this.closed) break; // the server is stopping
      await postActivity(sandbox.url, {
        ...activityBase(seat, this.serviceUrl(), this.clock),
        type: 'conversationUpdate',
        membersAdded: [{ id: BOT.id }],
      }).then(() => undefined);
    }
    return sandbox;
  }

  private ready(): Promise<Sandbox> {
    if (!this.sandbox) throw errors.unavailable('the try-it console is still starting');
    return this.sandbox;
  }

  private serviceUrl(): string {
    return `${this.consoleUrl}/try/connector/`;
  }

  private resetPhones(): void {
    this.phones = [phoneNumber(1)];
  }
}

/** Numbers from Ofcom's range for drama: never a real person's. */
function phoneNumber(n: number): string {
  return `+4477009000${String(n).padStart(2, '0')}`;
}

function field(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string') throw errors.badRequest(`${name} is missing`);
  return value;
}

function staffSeat(role: string): StaffSeat {
  const seat = STAFF_SEATS.find((s) => s.role === role);
  if (!seat) throw errors.badRequest('seat must be coordinator or mentor');
  return seat;
}
