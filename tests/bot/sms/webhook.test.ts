// The SMS webhook as Twilio calls it: signatures, bad and odd input, retries and races. Every request is signed with
// twilio-node's own helper against PUBLIC_URL + path; validation is never switched off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { startTestApp, TWILIO_TOKEN, type TestApp } from '../../support/app.js';
import { inboundFields, messageSid, postSigned, text } from '../../support/sms.js';

let n = 0;
/** A fresh UK mobile number per test, so tests in one file do not share a conversation. */
const newPhone = () => `+4477009${String(++n).padStart(5, '0')}`;

describeEachDatabase('POST /api/sms', (ctx) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(ctx);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('signatures', () => {
    it('answers a signed message with TwiML', async () => {
      const res = await text(t, newPhone(), 'hi');
      expect(res.status).toBe(200);
      expect(res.raw).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><Response>/);
      expect(res.replies.length).toBeGreaterThan(0);
    });

    it('refuses a request with no signature (403) and stores nothing', async () => {
      const phone = newPhone();
      const res = await postSigned(t, inboundFields(phone, 'hi'), { signature: null });
      expect(res.status).toBe(403);
      expect(await ctx.db.person.count({ where: { phone } })).toBe(0);
    });

    it('refuses a signature made with another token (403)', async () => {
      const res = await postSigned(t, inboundFields(newPhone(), 'hi'), { token: 'not-' + TWILIO_TOKEN });
      expect(res.status).toBe(403);
    });

    it('refuses a body changed after signing (403)', async () => {
      const fields = inboundFields(newPhone(), 'hi');
      const res = await postSigned(t, fields, {
        rawBody: new URLSearchParams({ ...fields, Body: 'something else' }).toString(),
      });
      expect(res.status).toBe(403);
    });

    it('refuses a signature for another URL (403)', async () => {
      const res = await postSigned(t, inboundFields(newPhone(), 'hi'), { path: '/api/sms', signature: 'c2lnbmVk' });
      expect(res.status).toBe(403);
    });
  });

  describe('bad input gets a clear answer', () => {
    it('415 for a body that is not a form', async () => {
      const res = await postSigned(t, inboundFields(newPhone(), 'hi'), {
        contentType: 'application/json',
        rawBody: '{"Body":"hi"}',
      });
      expect(res.status).toBe(415);
      expect(res.raw).toMatch(/x-www-form-urlencoded/);
    });

    it('400 naming the field when From is not a phone number', async () => {
      const res = await postSigned(t, inboundFields('not-a-number', 'hi'));
      expect(res.status).toBe(400);
      expect(res.raw).toMatch(/From/);
    });

    it('400 naming the field when MessageSid is missing', async () => {
      const fields = inboundFields(newPhone(), 'hi');
      const { MessageSid: _m, SmsMessageSid: _s, ...rest } = fields;
      const res = await postSigned(t, rest);
      expect(res.status).toBe(400);
      expect(res.raw).toMatch(/MessageSid/);
    });

    it('413 for a body over the limit, and the server carries on', async () => {
      const res = await postSigned(t, inboundFields(newPhone(), 'x'.repeat(200_000)));
      expect(res.status).toBe(413);
      expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
      expect((await text(t, newPhone(), 'hi')).status).toBe(200);
    });

    it('a clear 4xx for malformed percent-encoding, and the server carries on', async () => {
      const fields = inboundFields(newPhone(), 'hi');
      const raw = new URLSearchParams(fields).toString().replace('Body=hi', 'Body=%E0%A4%A');
      const res = await postSigned(t, fields, { rawBody: raw });
      expect([400, 403]).toContain(res.status);
      expect((await text(t, newPhone(), 'hi')).status).toBe(200);
    });

    it('ignores unknown extra fields', async () => {
      const res = await text(t, newPhone(), 'hi', { SomethingNew: 'value', FromCity: 'TAUNTON' });
      expect(res.status).toBe(200);
      expect(res.replies.length).toBeGreaterThan(0);
    });

    it('welcomes an empty message and a picture with no text', async () => {
      expect((await text(t, newPhone(), '')).replies.join(' ')).toMatch(/Mindline/);
      const mms = await text(t, newPhone(), '', {
        NumMedia: '1',
        MediaContentType0: 'image/jpeg',
        MessageSid: `MM${'b'.repeat(32)}`,
      });
      expect(mms.status).toBe(200);
      expect(mms.replies.join(' ')).toMatch(/Mindline/);
    });

    it.each([
      ['a 1,600-character message', 'I would like to feel less alone. '.repeat(48).slice(0, 1600)],
      ['emoji', 'hi 👋🏽 thanks 🙏'],
      ['right-to-left text', 'مرحبا، أريد المساعدة'],
      ['SQL-looking text', '\'); DROP TABLE "Person"; --'],
      ['HTML-looking text', '<script>alert(1)</script> & <b>hi</b>'],
    ])('stores %s exactly as sent and answers', async (_what, body) => {
      const phone = newPhone();
      const sid = messageSid();
      const res = await text(t, phone, body, { MessageSid: sid });
      expect(res.status).toBe(200);
      expect(res.raw).toMatch(/<Response>/);
      const stored = await ctx.db.message.findUnique({ where: { providerId: `sms:${sid}` } });
      expect(stored?.body).toBe(body);
      expect(await ctx.db.person.count()).toBeGreaterThan(0);
    });
  });

  describe('retries and races', () => {
    it('a retried MessageSid gets the same reply and changes nothing', async () => {
      const phone = newPhone();
      const sid = messageSid();
      const first = await text(t, phone, 'hi', { MessageSid: sid });
      const before = await ctx.db.conversation.findFirst({ where: { person: { phone } } });
      const again = await text(t, phone, 'hi', { MessageSid: sid });
      const after = await ctx.db.conversation.findFirst({ where: { person: { phone } } });
      expect(again.replies).toEqual(first.replies);
      expect(after?.version).toBe(before?.version);
      expect(await ctx.db.message.count({ where: { providerId: `sms:${sid}` } })).toBe(1);
    });

    it('two messages from one number at once are handled one after the other', async () => {
      const phone = newPhone();
      await text(t, phone, 'hi');
      const [a, b] = await Promise.all([text(t, phone, 'yes'), text(t, phone, 'skip')]);
      expect(a.status).toBe(200);
      expect(b.status).toBe(200);
      const conversation = await ctx.db.conversation.findFirst({ where: { person: { phone } } });
      expect(conversation?.version).toBe(2);
      expect(await ctx.db.message.count({ where: { person: { phone }, direction: 'in' } })).toBe(3);
    });

    it('the same retry arriving twice at once is applied once', async () => {
      const phone = newPhone();
      const sid = messageSid();
      const [a, b] = await Promise.all([
        text(t, phone, 'hi', { MessageSid: sid }),
        text(t, phone, 'hi', { MessageSid: sid }),
      ]);
      expect(a.replies).toEqual(b.replies);
      expect(await ctx.db.message.count({ where: { providerId: `sms:${sid}` } })).toBe(1);
      expect((await ctx.db.conversation.findFirst({ where: { person: { phone } } }))?.version).toBe(0);
    });
  });

  describe('STOP and START', () => {
    it('STOP is recorded, answered with nothing, and silences every later reply until START', async () => {
      const phone = newPhone();
      await text(t, phone, 'hi');
      const stop = await text(t, phone, 'STOP');
      expect(stop.status).toBe(200);
      expect(stop.replies).toEqual([]);
      expect((await ctx.db.person.findUnique({ where: { phone } }))?.optedOutAt).not.toBeNull();

      const after = await text(t, phone, 'what is this?');
      expect(after.replies).toEqual([]);
      expect(t.twilio.sent).toEqual([]);

      const start = await text(t, phone, 'START');
      expect(start.replies).toEqual([]);
      expect((await ctx.db.person.findUnique({ where: { phone } }))?.optedOutAt).toBeNull();
      expect((await text(t, phone, 'help')).replies.length).toBeGreaterThan(0);
    });

    it("Twilio's Advanced Opt-Out type is believed over the words", async () => {
      const phone = newPhone();
      await text(t, phone, 'hi');
      const res = await text(t, phone, 'please stop texting me', { OptOutType: 'STOP' });
      expect(res.replies).toEqual([]);
      expect((await ctx.db.person.findUnique({ where: { phone } }))?.optedOutAt).not.toBeNull();
    });

    it('"yes" from someone who has not opted out is an answer, not START', async () => {
      const phone = newPhone();
      await text(t, phone, 'hi');
      const res = await text(t, phone, 'yes');
      expect(res.replies.length).toBeGreaterThan(0);
    });
  });
});

describeEachDatabase('POST /api/sms without Twilio configured', (ctx) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(ctx, { withoutSms: true });
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 503 saying SMS is not configured', async () => {
    const res = await postSigned(t, inboundFields('+447700900001', 'hi'));
    expect(res.status).toBe(503);
    expect(res.raw).toMatch(/SMS is not configured/);
  });
});
