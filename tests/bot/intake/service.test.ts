// One person's turn, read and saved through Prisma on each database, as two server instances would run it: a turn
// whose conversation moved on after its first read (made before its transaction, for the safety net) is read again
// inside its transaction and answered from what is there now; the same message id arriving at both is saved once
// and answered the same.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ManualClock } from '../../../bot/clock.js';
import { loadConfig } from '../../../bot/config.js';
import type * as People from '../../../bot/intake/people.js';
import { IntakeService, type InboundText } from '../../../bot/intake/service.js';
import { createLogger } from '../../../bot/logger.js';
import { describeEachDatabase } from '../../support/databases.js';

// Runs once, right after a turn has read the person: lets another instance's turn land in between.
const between = vi.hoisted(() => ({ afterRead: undefined as (() => Promise<unknown>) | undefined, reads: 0 }));

vi.mock('../../../bot/intake/people.js', async (importOriginal) => {
  const real = await importOriginal<typeof People>();
  return {
    ...real,
    loadPerson: async (...args: Parameters<typeof real.loadPerson>) => {
      const person = await real.loadPerson(...args);
      between.reads += 1;
      const hook = between.afterRead;
      between.afterRead = undefined;
      if (hook) await hook();
      return person;
    },
  };
});

describeEachDatabase('an intake turn through Prisma', (ctx) => {
  let first: IntakeService;
  let second: IntakeService;
  const phone = '+447700900501';
  let sid = 0;
  const sms = (text: string, providerId = `sms:SM-turn-${++sid}`): InboundText => ({
    channel: 'sms',
    address: phone,
    providerId,
    text,
    media: 0,
  });

  beforeEach(async () => {
    await ctx.clear();
    const config = loadConfig({ DATABASE_URL: ctx.url });
    const clock = new ManualClock(new Date('2026-11-23T10:00:00Z'));
    const log = createLogger('silent');
    // Two instances on one database: each has its own per-number queue; the database keeps them apart.
    first = new IntakeService({ db: ctx.db, clock, log, config, wake: () => undefined });
    second = new IntakeService({ db: ctx.db, clock, log, config, wake: () => undefined });
  });

  afterEach(() => {
    between.afterRead = undefined;
  });

  const conversation = () =>
    ctx.db.conversation.findFirstOrThrow({ where: { person: { phone } }, select: { version: true, snapshot: true } });

  it('a turn read before another instance saved is answered from the newer conversation', async () => {
    await first.receive(sms('hi'));
    // The other instance's "yes" (consent) lands after this turn has read the person and before it saves.
    between.afterRead = () => second.receive(sms('yes'));
    between.reads = 0;
    const outcome = await first.receive(sms('34'));

    // This turn's read before its transaction, the other turn's two, this turn's read inside its transaction: no retry.
    expect(between.reads).toBe(4);
    const saved = await conversation();
    expect(saved.version).toBe(2);
    // Answered as the age question that followed the consent, not as a reply to the consent question it first read.
    expect(JSON.stringify(saved.snapshot)).toContain('"age":"34"');
    const messages = await ctx.db.message.findMany({ where: { person: { phone } }, orderBy: { createdAt: 'asc' } });
    expect(messages.map((m) => m.body).sort()).toEqual(['34', 'hi', 'yes']);
    const mine = messages.find((m) => m.body === '34');
    expect(mine?.replies).toEqual(outcome.replies);
  });

  it('the same message id at two instances at once is saved once, and both get the same reply', async () => {
    await first.receive(sms('hi'));
    const retried = sms('yes', 'sms:SM-retried');
    let other: Awaited<ReturnType<IntakeService['receive']>> | undefined;
    between.afterRead = async () => {
      other = await second.receive(retried);
    };
    const outcome = await first.receive(retried);

    expect(other?.duplicate).toBe(false);
    expect(outcome.duplicate).toBe(true);
    expect(outcome.replies).toEqual(other?.replies);
    expect(await ctx.db.message.count({ where: { providerId: 'sms:SM-retried' } })).toBe(1);
    expect((await conversation()).version).toBe(1);
  });
});
