// One person's turns run one at a time across instances, serialised in the database (bot/db/turn-lock.ts): two
// instances on one database, five people sending 30 signed texts each all at once, split between the instances.
// Every text is stored once and answered in its own request (no 5xx, none left for the worker), no turn is refused
// by the version check and run again, and each person's replies are exactly those of the same texts sent one at a
// time: every text was answered from where the one before left the conversation, and each person was handed to the
// team once.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { describeEachDatabase } from '../../support/databases.js';
import { messageSid, text } from '../../support/sms.js';

const TEXTS = 30;
const PEOPLE = 5;
// The same word every time walks the whole journey, one step a text: the welcome, consent, each question, the
// review, the handoff, then messages passed to the team. The conversation's place alone decides each reply.
const WORDS = 'yes';

/** Log lines as objects, for counting the turns run again. */
function logLines(): { stream: PassThrough; lines: () => { msg?: string }[] } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  const lines = () =>
    text
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg?: string });
  return { stream, lines };
}

describeEachDatabase('turns serialised in the database', (ctx) => {
  let first: TestApp;
  let second: TestApp;
  const logs = logLines();
  beforeAll(async () => {
    await ctx.clear();
    const options = { env: { LOG_LEVEL: 'debug' }, logStream: logs.stream };
    first = await startTestApp(ctx, options);
    second = await startTestApp(ctx, options);
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  it('two instances, five people sending 30 texts each at once: none lost, doubled, failed or out of turn', async () => {
    // What one person's 30 texts get when sent one after the other.
    const alone: string[][] = [];
    for (let i = 0; i < TEXTS; i++) alone.push((await text(first, '+447700900799', WORDS)).replies);

    const people = Array.from({ length: PEOPLE }, (_, n) => `+4477009008${String(n).padStart(2, '0')}`);
    const sent = people.flatMap((phone) => Array.from({ length: TEXTS }, (_, i) => ({ phone, sid: messageSid(), i })));
    const results = await Promise.all(
      sent.map(({ phone, sid, i }) => text(i % 2 === 0 ? first : second, phone, WORDS, { MessageSid: sid })),
    );

    expect(results.filter((r) => r.status !== 200).map((r) => r.status)).toEqual([]);
    const stored = await ctx.db.message.findMany({
      where: { direction: 'in', providerId: { in: sent.map((s) => `sms:${s.sid}`) } },
      select: { providerId: true },
    });
    expect(new Set(stored.map((m) => m.providerId)).size).toBe(sent.length);
    expect(stored).toHaveLength(sent.length);
    // Each answered in its own request: nothing was put aside for the worker to finish.
    expect(await ctx.db.job.count({ where: { kind: 'intake.deferred' } })).toBe(0);
    const again = logs.lines().filter((l) => l.msg?.startsWith('conversation changed under us'));
    expect(again).toHaveLength(0);

    const sorted = (replies: string[][]) => replies.map((r) => JSON.stringify(r)).sort();
    for (const phone of people) {
      const theirs = results.filter((_, n) => sent[n]?.phone === phone).map((r) => r.replies);
      expect(sorted(theirs)).toEqual(sorted(alone));
      const conversation = await ctx.db.conversation.findFirstOrThrow({ where: { person: { phone } } });
      expect(conversation.version).toBe(TEXTS - 1);
      expect(await ctx.db.handoff.count({ where: { person: { phone } } })).toBe(1);
    }
  });
});
