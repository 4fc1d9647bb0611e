// Posts Teams-shaped activities to the app as the Teams service would (auth off): a message in a personal chat, an
// Action.Execute tap (invoke) or Action.Submit tap on a card, and installs in a personal chat or a team channel.
// Replies come back through the fake connector, which these helpers read for you. `startTeamsApp` starts both.
import crypto from 'node:crypto';
import { addStaff } from '../../bot/staff/registry.js';
import type { StaffRole } from '../../bot/staff/member.js';
import { startTestApp, type TestApp, type TestAppOptions } from './app.js';
import type { DatabaseContext } from './databases.js';
import { cardsOf, FakeConnector, type CardJson, type PostedCard } from './fake-connector.js';

export const BOT = { id: '28:peer-connect-bot', name: 'Peer Connect' };
export const TENANT = 'tenant-0000';

export interface TeamsUser {
  aadObjectId: string;
  name: string;
  /** Their 1:1 chat with the bot. */
  chatId: string;
}

export interface TeamChannel {
  teamId: string;
  /** The channel's conversation id. */
  conversationId: string;
}

export function teamsUser(name: string, aadObjectId: string = crypto.randomUUID()): TeamsUser {
  return { aadObjectId, name, chatId: `a:personal-${aadObjectId}` };
}

export function teamChannel(name = 'coordinators'): TeamChannel {
  const id = crypto.randomBytes(6).toString('hex');
  return { teamId: `19:team-${name}-${id}@thread.tacv2`, conversationId: `19:channel-${name}-${id}@thread.tacv2` };
}

export interface TurnResult {
  status: number;
  /** Texts the bot replied with in this turn. */
  replies: string[];
  /** Cards the bot replied with in this turn. */
  cards: CardJson[];
  /** For an invoke: the HTTP body (the invoke response). */
  body: unknown;
}

type Where = { channel?: TeamChannel };

export interface TeamsTestApp extends TestApp {
  /** The fake Bot Framework connector: what the bot sends, proactively or in reply, arrives here. */
  connector: FakeConnector;
}

export interface TeamsTestAppOptions extends TestAppOptions {
  /** Staff to register, each having opened their chat with the bot unless `installed` is false. */
  staff?: { user: TeamsUser; role: StaffRole; name?: string; installed?: boolean }[];
  /** A connector already running (the app restarts against it): `close` leaves it running. */
  connector?: FakeConnector;
}

/** The real app (startTestApp) with a fake Bot Framework connector, and its staff; `close` stops both. */
export async function startTeamsApp(ctx: DatabaseContext, options: TeamsTestAppOptions = {}): Promise<TeamsTestApp> {
  const connector = options.connector ?? (await new FakeConnector().start());
  const t = await startTestApp(ctx, options);
  for (const { user, role, name = user.name, installed = true } of options.staff ?? []) {
    await addStaff(ctx.db, { aadObjectId: user.aadObjectId, name, role }, t.clock.now());
    if (installed) await install(t, connector, user);
  }
  return {
    ...t,
    connector,
    async close() {
      await t.close();
      if (!options.connector) await connector.stop();
    },
  };
}

function base(t: TestApp, connector: FakeConnector, user: TeamsUser, where: Where = {}) {
  const conversation = where.channel
    ? { id: where.channel.conversationId, conversationType: 'channel', isGroup: true, tenantId: TENANT }
    : { id: user.chatId, conversationType: 'personal', tenantId: TENANT };
  return {
    id: `f:${crypto.randomUUID()}`,
    timestamp: t.clock.now().toISOString(),
    serviceUrl: connector.url,
    channelId: 'msteams',
    from: { id: `29:${user.aadObjectId}`, name: user.name, aadObjectId: user.aadObjectId },
    conversation,
    recipient: BOT,
    locale: 'en-GB',
    channelData: {
      tenant: { id: TENANT },
      ...(where.channel ? { team: { id: where.channel.teamId }, channel: { id: where.channel.conversationId } } : {}),
    },
  };
}

/** POST any activity; returns what the bot replied in this turn. */
export async function postActivity(
  t: TestApp,
  connector: FakeConnector,
  activity: { conversation: { id: string } } & Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<TurnResult> {
  const before = connector.calls.length;
  const res = await fetch(`${t.baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
  const raw = await res.text();
  const calls = connector.calls
    .slice(before)
    .filter((c) => c.conversationId === activity.conversation.id && c.kind === 'send');
  return {
    status: res.status,
    replies: calls.flatMap((c) => (c.activity.text ? [c.activity.text] : [])),
    cards: calls.flatMap((c) => cardsOf(c.activity)),
    body: raw ? safeJson(raw) : null,
  };
}

/** `user` writes `text` to the bot (their 1:1 chat, or @mentioning it in a channel). */
export function say(
  t: TestApp,
  connector: FakeConnector,
  user: TeamsUser,
  text: string,
  where: Where = {},
): Promise<TurnResult> {
  const mention = where.channel ? `<at>${BOT.name}</at> ` : '';
  return postActivity(t, connector, {
    ...base(t, connector, user, where),
    type: 'message',
    text: `${mention}${text}`,
    textFormat: 'plain',
    ...(where.channel
      ? { entities: [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: { id: BOT.id, name: BOT.name } }] }
      : {}),
  });
}

/** `user` taps an Action.Execute button with `verb` and `data` on the card posted as `cardActivityId`. */
export function tap(
  t: TestApp,
  connector: FakeConnector,
  user: TeamsUser,
  verb: string,
  data: Record<string, string>,
  where: Where & { cardActivityId?: string } = {},
): Promise<TurnResult> {
  return postActivity(t, connector, {
    ...base(t, connector, user, where),
    type: 'invoke',
    name: 'adaptiveCard/action',
    ...(where.cardActivityId ? { replyToId: where.cardActivityId } : {}),
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  });
}

/** The button called `title` on a card (an Action.Execute, in its body or its actions): its verb and data. */
export function buttonOf(card: CardJson, title: string): { verb: string; data: Record<string, string> } {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (record['title'] === title && record['type'] === 'Action.Execute') found.push(record);
    Object.values(record).forEach(walk);
  };
  walk(card);
  const [action] = found;
  const data = action?.['data'];
  if (!action || typeof action['verb'] !== 'string' || typeof data !== 'object' || data === null)
    throw new Error(`no button "${title}"`);
  return { verb: action['verb'], data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, String(v)])) };
}

/** `user` taps the button called `title` on a card posted to them, as Teams sends it, with `inputs` filled in. */
export function tapButton(
  t: TestApp,
  connector: FakeConnector,
  user: TeamsUser,
  posted: PostedCard,
  title: string,
  inputs: Record<string, string> = {},
  where: Where = {},
): Promise<TurnResult> {
  const { verb, data } = buttonOf(posted.card, title);
  return tap(t, connector, user, verb, { ...data, ...inputs }, { ...where, cardActivityId: posted.id });
}

/** What the tapper reads after a tap: messages sent to the chat, then the tap's own answer if it was a message. */
export function messagesOf(result: TurnResult): string[] {
  const answer = invokeMessage(result);
  return [...result.replies, ...(answer === null ? [] : [answer])];
}

/** `user` taps an Action.Submit button (a message whose value carries the verb): cards posted before every button
 * was an Action.Execute still send these. */
export function submit(
  t: TestApp,
  connector: FakeConnector,
  user: TeamsUser,
  verb: string,
  data: Record<string, string>,
  where: Where & { cardActivityId?: string } = {},
): Promise<TurnResult> {
  return postActivity(t, connector, {
    ...base(t, connector, user, where),
    type: 'message',
    ...(where.cardActivityId ? { replyToId: where.cardActivityId } : {}),
    value: { verb, ...data },
  });
}

/** `user` installs the app in their personal scope, or adds it to a team channel. */
export function install(t: TestApp, connector: FakeConnector, user: TeamsUser, where: Where = {}): Promise<TurnResult> {
  return postActivity(t, connector, {
    ...base(t, connector, user, where),
    type: 'conversationUpdate',
    membersAdded: [{ id: BOT.id }],
    ...(where.channel
      ? { channelData: { tenant: { id: TENANT }, team: { id: where.channel.teamId }, eventType: 'teamMemberAdded' } }
      : {}),
  });
}

/** The invoke response's card, from a tap's body. */
export function invokeCard(result: TurnResult): CardJson | null {
  const body = result.body as { value?: unknown; type?: string } | null;
  return body && body.type === 'application/vnd.microsoft.card.adaptive' && typeof body.value === 'object'
    ? (body.value as CardJson)
    : null;
}

/** The invoke response's message, from a tap's body. */
export function invokeMessage(result: TurnResult): string | null {
  const body = result.body as { value?: unknown; type?: string } | null;
  return body && body.type === 'application/vnd.microsoft.activity.message' && typeof body.value === 'string'
    ? body.value
    : null;
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
