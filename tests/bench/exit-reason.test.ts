// Why a server under test stopped, as the benchmark prints it: the exit and the last lines of its log, readable.
import { describe, expect, it } from 'vitest';
import { describeExit, lastLines, readableLine } from '../../bench/exit-reason.js';

const pino = (level: number, msg: string, err?: string) =>
  JSON.stringify({
    level,
    time: 1,
    pid: 7,
    msg,
    ...(err ? { err: { type: 'Error', message: err, stack: 'at x' } } : {}),
  });

describe('why a child server exited', () => {
  it.each([
    [pino(30, 'listening'), 'info listening'],
    [
      pino(60, 'cannot start', 'DATABASE_URL is not a file: or postgresql:// URL'),
      'fatal cannot start: DATABASE_URL is not a file: or postgresql:// URL',
    ],
    [pino(50, 'turn failed', ''), 'error turn failed'],
    ['node:internal/modules/run_main:123', 'node:internal/modules/run_main:123'],
    ['{"not":"pino"}', '{"not":"pino"}'],
  ])('reads %s as %s', (line, readable) => {
    expect(readableLine(line)).toBe(readable);
  });

  it('cuts a very long line', () => {
    const line = readableLine('x'.repeat(1_000));
    expect(line.length).toBeLessThan(400);
    expect(line.endsWith('…')).toBe(true);
  });

  it('keeps the last lines, skipping blank ones', () => {
    expect(lastLines('one\n\ntwo\nthree\n\n', 2)).toEqual(['two', 'three']);
  });

  it('says the exit code and what the log last said', () => {
    const log = [pino(30, 'starting'), pino(60, 'cannot migrate the database', 'disk full'), ''].join('\n');
    expect(describeExit(1, null, log, 1)).toBe(
      'exited with code 1; its last log lines:\n    fatal cannot migrate the database: disk full',
    );
  });

  it("skips an uncaught error's stack frames and node's footer", () => {
    const crash = [
      'file:///app/dist/bot/db/client.js:140',
      'DatabaseStartError: cannot read the database: DATA_KEY must be set for PostgreSQL',
      '    at encrypted (file:///app/dist/bot/db/client.js:140:11) {',
      '  [cause]: Error: DATA_KEY must be set for PostgreSQL',
      '      at resolveKeyring (file:///app/dist/bot/db/data-key.js:14:11)',
      '}',
      '',
      'Node.js v20.20.2',
    ].join('\n');
    expect(lastLines(crash, 2)).toEqual([
      'DatabaseStartError: cannot read the database: DATA_KEY must be set for PostgreSQL',
      '  [cause]: Error: DATA_KEY must be set for PostgreSQL',
    ]);
  });

  it('says the signal when there is no code, and an empty log as such', () => {
    expect(describeExit(null, 'SIGKILL', '')).toBe('was stopped by SIGKILL, with nothing in its log');
  });
});
