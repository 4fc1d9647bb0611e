// The try-it console over HTTP, as its page uses it: the main app (no channels) with the console on, its own copy of
// the service on a SQLite file of its own. Texts go through the real signed /api/sms route, Teams messages through
// the real /api/messages route, and what the bot sends (TwiML, the outbox, the connector) shows in the seats.
import fs from 'node:fs';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../bot/config.js';
import { describeOnSqlite, startConsoleApp, type ConsoleTestApp } from '../../support/try-console.js';

interface Item {
  seq: number;
  seat: string;
  kind: string;
  from?: string;
  text?: string;
  card?: unknown;
  via?: string;
  segments?: { count: number; encoding: string };
}
interface State {
  generation: number;
  items: Item[];
  now: string;
  phones: string[];
}

describe('TRY_CONSOLE', () => {
  it.each<[Record<string, string>, string]>([
    [{}, 'loopback'],
    [{ TRY_CONSOLE: 'off' }, 'off'],
    [{ TRY_CONSOLE: 'public' }, 'public'],
    [{ MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret' }, 'off'],
    [{ MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret', TRY_CONSOLE: 'on' }, 'loopback'],
  ])('%j: %s', (env, expected) => {
    expect(loadConfig(env).tryConsole).toBe(expected);
  });

  it('refuses anything else with a line naming it', () => {
    expect(() => loadConfig({ TRY_CONSOLE: 'yes' })).toThrow(/TRY_CONSOLE: must be on, off or public/);
  });
});

describeOnSqlite('the try-it console', (ctx) => {
  let t: ConsoleTestApp;
  beforeAll(async () => {
    t = await startConsoleApp(ctx);
  });
  afterAll(() => t.close());

  const api = async (path: string, body: object = {}) => {
    const res = await fetch(`${t.baseUrl}/try/api/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as Record<string, unknown>;
  };
  const state = async (): Promise<State> => (await (await fetch(`${t.baseUrl}/try/api/feed?after=0`)).json()) as State;
  /** Waits (up to 15 s, for a busy machine) for the seat's items to satisfy `check` (the worker sends the outbox on
   * its own). */
  const waitFor = async (seat: string, check: (items: Item[]) => boolean): Promise<Item[]> => {
    for (const deadline = Date.now() + 15_000; Date.now() < deadline;) {
      const items = (await state()).items.filter((item) => item.seat === seat);
      if (check(items)) return items;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${seat} never showed what was expected: ${JSON.stringify((await state()).items)}`);
  };

  it('serves the page, its bundled script with the adaptivecards renderer, and its styles', async () => {
    const page = await fetch(`${t.baseUrl}/try`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('Try Peer Connect');
    const script = await (await fetch(`${t.baseUrl}/try/console.js`)).text();
    expect(script).toContain('Action.Execute');
    expect(script).not.toMatch(/from\s*["']adaptivecards["']/);
    expect((await fetch(`${t.baseUrl}/try/console.css`)).status).toBe(200);
  });

  it('refuses a request passed on by a proxy, a Host that is not this machine, and a form post', async () => {
    const proxied = await fetch(`${t.baseUrl}/try`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(proxied.status).toBe(403);
    expect(await proxied.text()).toMatch(/only answers a browser on this machine/);
    // fetch will not set Host: node:http will, as a browser does for a name rebound to 127.0.0.1.
    const rebound = await new Promise<number>((resolve, reject) => {
      const req = http.get(`${t.baseUrl}/try/api/feed`, { headers: { host: 'attacker.example:3978' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
    });
    expect(rebound).toBe(403);
    const form = await fetch(`${t.baseUrl}/try/api/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'x=1',
    });
    expect(form.status).toBe(415);
  });

  it('staff have opened their chats: Sam and Jo are greeted', async () => {
    await waitFor('coordinator', (items) => items.some((i) => /Hi Sam/.test(i.text ?? '')));
    await waitFor('mentor', (items) => items.some((i) => /check in/.test(i.text ?? '')));
  });

  it("a mentee's text goes through the signed webhook, into the console's own database, with its SMS segments", async () => {
    const [phone] = (await state()).phones;
    await api('phone', { phone, text: 'hi' });
    const items = await waitFor(`phone:${phone}`, (list) => list.some((i) => i.from === 'bot'));
    expect(items[0]).toMatchObject({ from: 'person', text: 'hi', segments: { count: 1, encoding: 'GSM-7' } });
    const welcome = items.find((i) => i.from === 'bot');
    expect(welcome?.text).toMatch(/peer support/);
    expect(welcome).toMatchObject({ via: 'reply', segments: { encoding: 'GSM-7' } });
    expect(welcome?.segments?.count).toBeGreaterThan(1);
    // The real database holds nobody; the console's file does.
    expect(await ctx.db.person.count()).toBe(0);
    expect(fs.existsSync(t.file)).toBe(true);
  });

  it('a crisis text gets the crisis reply at once, and Sam an urgent card through the connector', async () => {
    const { phones } = (await api('phones')) as { phones: string[] };
    const phone = phones.at(-1) ?? '';
    expect(phones).toHaveLength(2);
    await api('phone', { phone, text: 'i want to kill myself tonight' });
    const items = await waitFor(`phone:${phone}`, (list) => list.some((i) => i.from === 'bot'));
    expect(items.find((i) => i.from === 'bot')?.text).toMatch(/Samaritans/);
    const coordinator = await waitFor('coordinator', (list) =>
      list.some((i) => i.kind === 'card' && /URGENT/.test(JSON.stringify(i.card))),
    );
    expect(coordinator.some((i) => i.kind === 'card')).toBe(true);
  });

  it('STOP and START take the real path, and the console says where Twilio answers them itself', async () => {
    const { phones } = (await api('phones')) as { phones: string[] };
    const phone = phones.at(-1) ?? '';
    const seat = `phone:${phone}`;
    await api('phone', { phone, text: 'hi' });
    await api('phone', { phone, text: 'STOP' });
    const stopped = await waitFor(seat, (list) => list.some((i) => i.kind === 'note'));
    expect(stopped.at(-1)?.kind).toBe('note');
    expect(stopped.at(-1)?.text).toMatch(/Twilio answers STOP itself/);
    // The service answered STOP with nothing (empty TwiML), and recorded it.
    const stop = stopped.findIndex((i) => i.text === 'STOP');
    expect(stopped.slice(stop).filter((i) => i.from === 'bot')).toEqual([]);
    // "yes" is one of Twilio's START words: after STOP it starts texts again, and the service records that too.
    await api('phone', { phone, text: 'yes' });
    const started = await waitFor(seat, (list) => list.filter((i) => i.kind === 'note').length === 2);
    expect(started.at(-1)?.text).toMatch(/Twilio answers START itself/);
    await api('phone', { phone, text: 'hello' });
    await waitFor(seat, (list) => list.at(-1)?.from === 'bot');
  });

  it('Sam types in Teams and the bot answers in the chat', async () => {
    await api('teams/say', { seat: 'coordinator', text: 'queue' });
    await waitFor('coordinator', (items) => items.some((i) => i.from === 'person' && i.text === 'queue'));
    const after = await waitFor('coordinator', (items) => items.at(-1)?.from === 'bot');
    expect(after.at(-1)?.kind).toMatch(/text|card/);
  });

  it('moves its clock ahead, by the step asked', async () => {
    const before = Date.parse((await state()).now);
    const { now } = (await api('clock', { step: 'day' })) as { now: string };
    expect(Date.parse(now) - before).toBeGreaterThanOrEqual(86_400_000);
    expect(Date.parse(now) - before).toBeLessThan(86_400_000 + 5_000);
  });

  it("the clock's jump lets the production scheduler send what came due: a paused mentee's reminder", async () => {
    const { phones } = (await api('phones')) as { phones: string[] };
    const phone = phones.at(-1) ?? '';
    const seat = `phone:${phone}`;
    const lastReply = async (text: string) => {
      const before = (await state()).items.filter((i) => i.seat === seat).length;
      await api('phone', { phone, text });
      const items = await waitFor(seat, (list) => list.length > before + 1);
      return items.at(-1)?.text ?? '';
    };
    expect(await lastReply('hi')).toMatch(/YES or NO/);
    expect(await lastReply('yes')).toMatch(/18 or over/);
    expect(await lastReply('later')).toMatch(/reminder/i);
    expect(await lastReply('yes')).toMatch(/remind/i);
    const sentLater = (items: Item[]) => items.filter((i) => i.via === 'outbox');
    expect(sentLater((await state()).items.filter((i) => i.seat === seat))).toEqual([]);
    await api('clock', { step: 'week' });
    const items = await waitFor(seat, (list) => sentLater(list).length > 0);
    expect(sentLater(items)).toHaveLength(1);
    expect(sentLater(items)[0]).toMatchObject({ from: 'bot', segments: { encoding: 'GSM-7' } });
  });

  it("jumps to the next working morning: 9am on the next working day, in the service's time zone", async () => {
    await api('reset');
    // The console starts on Monday 7 December 2026 at 10:00 in London: the next working morning is Tuesday's.
    // The console's clock runs on in real time: give it a second.
    const near = (at: unknown, expected: string) => {
      const late = Date.parse(String(at)) - Date.parse(expected);
      expect(late).toBeGreaterThanOrEqual(0);
      expect(late).toBeLessThan(1_000);
    };
    near((await api('clock', { step: 'working-morning' }))['now'], '2026-12-08T09:00:00Z');
    const friday = await api('clock', { step: 'day' }).then(() => api('clock', { step: 'day' }));
    expect(Date.parse(friday['now'] as string)).toBeGreaterThan(Date.parse('2026-12-10T09:00:00Z'));
    await api('clock', { step: 'day' });
    // Friday 11 December 09:00-ish, then over the weekend to Monday 14 December at 9am.
    near((await api('clock', { step: 'working-morning' }))['now'], '2026-12-14T09:00:00Z');
  });

  it('starts again: an empty feed, one phone, a fresh database, the clock back at its start', async () => {
    const before = await state();
    await api('reset');
    const after = await state();
    expect(after.generation).toBe(before.generation + 1);
    expect(after.phones).toHaveLength(1);
    expect(after.items.every((i) => i.seat !== `phone:${after.phones[0]}`)).toBe(true);
    expect(Date.parse(after.now)).toBeLessThan(Date.parse(before.now));
    // Staff are greeted again in the new database, and a text starts a new journey.
    await waitFor('coordinator', (items) => items.some((i) => /Hi Sam/.test(i.text ?? '')));
    await api('phone', { phone: after.phones[0], text: 'hi' });
    const items = await waitFor(`phone:${after.phones[0]}`, (list) => list.some((i) => i.from === 'bot'));
    expect(items.find((i) => i.from === 'bot')?.text).toMatch(/peer support/);
  });

  it('an unclaimed handoff: as the hours pass, reminders to Sam, then the escalation (Sam stands in for the managers)', async () => {
    // Just after "starts again": Monday 10:00, a fresh database, and this phone has said "hi".
    const [phone] = (await state()).phones;
    await api('phone', { phone, text: 'yes' });
    await api('phone', { phone, text: 'talk to someone' });
    await waitFor('coordinator', (items) => items.some((i) => i.kind === 'card'));
    const says = (pattern: RegExp) => (items: Item[]) => items.some((i) => pattern.test(i.text ?? ''));
    expect((await state()).items.some((i) => /Reminder: nobody has claimed/.test(i.text ?? ''))).toBe(false);
    await api('clock', { step: 'hour' });
    await api('clock', { step: 'hour' });
    await waitFor('coordinator', says(/Reminder: nobody has claimed .* waited 2 hours/));
    await api('clock', { step: 'hour' });
    await api('clock', { step: 'hour' });
    await waitFor('coordinator', says(/Escalated to you: nobody has claimed/));
  });
});
