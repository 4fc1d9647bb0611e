// The common turn on embedded SQLite skips Prisma: it must read the same person Prisma reads, write the same rows, keep
// the version check, and stand aside while a Prisma transaction holds the connection.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sqliteNow } from '../../../bot/db/sqlite-direct.js';
import { emptyEffects } from '../../../bot/intake/effects.js';
import { isPlainTurn, loadPersonDirect, savePlainTurn, StaleConversation } from '../../../bot/intake/direct-turn.js';
import { loadPerson } from '../../../bot/intake/people.js';
import { startTestApp, type TestApp } from '../../support/app.js';
import { describeEachDatabase } from '../../support/databases.js';
import { text } from '../../support/sms.js';

describeEachDatabase('the direct SQLite turn', (ctx) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(ctx);
  });
  afterAll(async () => {
    await t.close();
  });

  const sqliteOnly = it.runIf(ctx.provider === 'sqlite');

  it('is used on SQLite only', () => {
    expect(sqliteNow(ctx.db) !== undefined).toBe(ctx.provider === 'sqlite');
  });

  sqliteOnly(
    'reads exactly the person and conversation Prisma reads, and Prisma reads back what it wrote',
    async () => {
      const phone = '+447700900501';
      await text(t, phone, 'hi');
      await text(t, phone, 'yes');
      const handle = sqliteNow(ctx.db);
      if (!handle) throw new Error('no direct connection on SQLite');
      const viaPrisma = await loadPerson(ctx.db, 'sms', phone);
      expect(viaPrisma?.conversation?.version).toBe(1);
      expect(loadPersonDirect(handle, 'sms', phone)).toEqual(viaPrisma);
      expect(loadPersonDirect(handle, 'sms', '+447700900599')).toBeNull();

      const messages = await ctx.db.message.findMany({ where: { person: { phone } }, orderBy: { createdAt: 'asc' } });
      expect(messages.map((m) => [m.direction, m.channel, m.body, m.status])).toEqual([
        ['in', 'sms', 'hi', 'received'],
        ['in', 'sms', 'yes', 'received'],
      ]);
      expect(Array.isArray(messages[0]?.replies) && messages[0].replies.length).toBeGreaterThan(0);
    },
  );

  sqliteOnly(
    'keeps the version check: a turn read before another was saved is refused and leaves nothing behind',
    async () => {
      const phone = '+447700900502';
      await text(t, phone, 'hi');
      const handle = sqliteNow(ctx.db);
      if (!handle) throw new Error('no direct connection on SQLite');
      const before = loadPersonDirect(handle, 'sms', phone);
      await text(t, phone, 'yes'); // moves the conversation on
      const stale = () =>
        savePlainTurn(handle, {
          person: before,
          personId: before?.id ?? '',
          channel: 'sms',
          address: phone,
          teamsRef: undefined,
          messageId: crypto.randomUUID(),
          providerId: 'sms:stale-turn',
          text: 'yes',
          replies: [],
          turn: { snapshot: {}, state: 'welcome', version: 1 },
          now: new Date(),
        });
      expect(stale).toThrow(StaleConversation);
      expect(await ctx.db.message.count({ where: { providerId: 'sms:stale-turn' } })).toBe(0);
      expect(handle.inTransaction).toBe(false);
    },
  );

  sqliteOnly('stands aside while a Prisma transaction holds the connection, and the turn still completes', async () => {
    const phone = '+447700900503';
    let turn: Promise<unknown> | undefined;
    await ctx.db.$transaction(async (tx) => {
      await tx.auditEvent.count();
      expect(sqliteNow(ctx.db)).toBeUndefined();
      // A webhook arriving now waits for the connection through Prisma rather than joining this transaction.
      turn = text(t, phone, 'hi');
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    await turn;
    expect(sqliteNow(ctx.db)).toBeDefined();
    expect(await ctx.db.message.count({ where: { person: { phone } } })).toBe(1);
  });

  sqliteOnly(
    'is the way a plain text goes, and the Prisma path writes the same text forms for the same columns',
    async () => {
      const handle = sqliteNow(ctx.db);
      if (!handle) throw new Error('no direct connection on SQLite');
      const phone = '+447700900504';
      // Only the direct path opens its transactions with BEGIN IMMEDIATE (Prisma's adapter prepares a plain BEGIN).
      const exec = handle.exec.bind(handle);
      const seen: string[] = [];
      Object.assign(handle, { exec: (sql: string) => (seen.push(sql), exec(sql)) });
      try {
        await text(t, phone, 'hi'); // a plain turn: direct
        expect(seen).toContain('BEGIN IMMEDIATE');
        seen.length = 0;
        await text(t, phone, 'talk to a person'); // a handoff: through Prisma
        expect(seen).not.toContain('BEGIN IMMEDIATE');
      } finally {
        Object.assign(handle, { exec });
      }
      const rows = await ctx.db.$queryRawUnsafe<Array<Record<string, unknown>>>(
        `SELECT CAST(m.createdAt AS TEXT) AS createdAt, CAST(m.replies AS TEXT) AS replies, m.status,
       CAST(c.updatedAt AS TEXT) AS updatedAt FROM "Message" m
       JOIN "Person" p ON p.id = m.personId JOIN "Conversation" c ON c.personId = p.id
       WHERE p.phone = ? ORDER BY m.createdAt`,
        phone,
      );
      expect(rows).toHaveLength(2);
      const [direct, viaPrisma] = rows;
      const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/;
      for (const row of [direct, viaPrisma]) {
        expect(String(row?.['createdAt'])).toMatch(iso);
        expect(String(row?.['updatedAt'])).toMatch(iso);
        expect(row?.['status']).toBe('received');
        expect(Array.isArray(JSON.parse(String(row?.['replies'])))).toBe(true);
      }
    },
  );

  it('only takes turns that write nothing but the message and the snapshot', () => {
    expect(isPlainTurn(emptyEffects(), false)).toBe(true);
    expect(isPlainTurn(emptyEffects(), true)).toBe(false);
    expect(isPlainTurn({ ...emptyEffects(), reminder: 'cancel' }, false)).toBe(false);
    expect(isPlainTurn({ ...emptyEffects(), relays: ['hello'] }, false)).toBe(false);
    expect(isPlainTurn({ ...emptyEffects(), forget: 'declined' }, false)).toBe(false);
    expect(isPlainTurn({ ...emptyEffects(), reminder: 'schedule' }, false)).toBe(false);
    const profile = { answers: {}, goals: [], skipped: [] };
    expect(isPlainTurn({ ...emptyEffects(), handoff: { reason: 'asked', profile } }, false)).toBe(false);
  });
});
