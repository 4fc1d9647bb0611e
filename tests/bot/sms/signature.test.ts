// A PUBLIC_URL that is not the address Twilio calls refuses every real text with 403. The operator is told what to
// check, once, at warn, the first time a signature is refused after a start; later refusals stay at info.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.js';
import { startTestApp, type TestApp } from '../../support/app.js';
import { inboundFields, postSigned } from '../../support/sms.js';

interface LogLine {
  level: number;
  msg: string;
  checkedUrl?: string;
  status?: number;
}

describeEachDatabase('a Twilio signature refused after a start', (ctx) => {
  let t: TestApp;
  let output = '';
  const lines = () =>
    output
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as LogLine);
  beforeAll(async () => {
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // Twilio signs https://peer-connect.example.org/api/sms (tests/support/sms.ts); this server thinks it is local.
    t = await startTestApp(ctx, {
      env: { LOG_LEVEL: 'info', PUBLIC_URL: 'http://localhost:3978' },
      logStream: stream,
    });
  });
  afterAll(() => t.close());

  it('logs a hint about PUBLIC_URL at warn the first time, and only the refusal after that', async () => {
    const first = await postSigned(t, inboundFields('+447700900501', 'hi'));
    expect(first.status).toBe(403);
    const warnings = lines().filter((l) => l.level === 40);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.msg).toMatch(/^Twilio signature refused \(403\)\. .*PUBLIC_URL is probably not the address/);
    expect(warnings[0]?.msg).toMatch(/TWILIO_AUTH_TOKEN/);
    expect(warnings[0]?.checkedUrl).toBe('http://localhost:3978/api/sms');

    for (const options of [{}, { signature: null }, { path: '/api/sms/status' }]) {
      expect((await postSigned(t, inboundFields('+447700900502', 'hi'), options)).status).toBe(403);
    }
    expect(lines().filter((l) => l.level === 40)).toHaveLength(1);
    expect(lines().filter((l) => l.msg === 'request refused' && l.status === 403)).toHaveLength(4);
    expect(output).not.toContain('447700900501');
  });
});
