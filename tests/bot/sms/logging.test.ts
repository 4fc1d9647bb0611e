// Logs are for operators: a whole journey at debug level leaves no message text and no phone number in them.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { startTestApp, type TestApp } from '../../support/app.js';
import { text } from '../../support/sms.js';

describeEachDatabase('logging', (ctx) => {
  let t: TestApp;
  let lines = '';
  beforeAll(async () => {
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => (lines += chunk.toString()));
    t = await startTestApp(ctx, { env: { LOG_LEVEL: 'trace' }, logStream: stream });
  });
  afterAll(async () => {
    await t.close();
  });

  it('holds no message text or phone numbers, even at trace level', async () => {
    const phone = '+447700900777';
    const words = ['hi', 'yes', 'yes', 'Glastonbury', 'Zebedee Quill', 'I want to end my life', 'STOP'];
    for (const body of words) await text(t, phone, body);
    await text(t, 'not-a-phone', 'Quixotic secret'); // refused with 400: the reason is logged, the body is not
    await t.app.worker.runOnce();
    expect(lines).toMatch(/sms turn/);
    expect(lines).not.toContain('447700900777');
    for (const secret of ['Glastonbury', 'Zebedee', 'end my life', 'Quixotic']) expect(lines).not.toContain(secret);
  });
});
