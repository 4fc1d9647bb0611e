// The open-loop load generator starts requests on its schedule whatever the answers (a closed loop would wait), and
// times each from when it was due. A local server that answers nothing until every request has arrived shows it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Driver, NextRequest } from '../../bench/journeys.js';
import { latencyOf } from '../../bench/latency.js';
import { dueAt, runOpenLoop, scheduled } from '../../bench/open-loop.js';

class Counter implements Driver<number> {
  empty = 0;
  sent = 0;
  readonly answers: [number, number, string][] = [];
  next(): NextRequest<number> {
    const who = this.sent++;
    return { path: '/turn', body: `n=${who}`, headers: { 'content-type': 'text/plain' }, who };
  }
  answered(who: number, status: number, body: string): void {
    this.answers.push([who, status, body]);
  }
}

let server: http.Server | undefined;
afterEach(() => server?.close());

/** Holds every response until `count` requests are in, then answers them all with their own body. */
async function holdUntil(count: number): Promise<string> {
  const held: [http.IncomingMessage, http.ServerResponse, string][] = [];
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      held.push([req, res, body]);
      if (held.length === count) for (const [, r, b] of held) r.end(b);
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server?.address() as AddressInfo).port}`;
}

describe('the open-loop load', () => {
  it('schedules requests evenly at the offered rate', () => {
    expect(scheduled(2, 50)).toBe(100);
    expect([0, 1, 50].map((i) => dueAt(i, 50))).toEqual([0, 20, 1000]);
  });

  it('sends every scheduled request without waiting for earlier answers', async () => {
    const url = await holdUntil(5);
    const driver = new Counter();
    const result = await runOpenLoop({ url, ratePerSecond: 50, seconds: 0.1, driver, timeoutMs: 20_000 });
    expect(driver.sent).toBe(5);
    expect(result.requests).toBe(5);
    expect(result.offeredPerSecond).toBe(50);
    expect(result.errors).toEqual({ non2xx: 0, socket: 0, timeouts: 0 });
    expect(driver.answers.map(([who, status, body]) => [status, body === `n=${who}`])).toEqual(
      Array.from({ length: 5 }, () => [200, true]),
    );
    // The first request waited for the fifth to be due (80 ms later): its latency counts that wait.
    expect(result.latencyMs.max).toBeGreaterThanOrEqual(80);
  });

  it('counts a server that never answers as timeouts', async () => {
    const url = await holdUntil(1_000);
    const driver = new Counter();
    const result = await runOpenLoop({ url, ratePerSecond: 100, seconds: 0.03, driver, timeoutMs: 200 });
    expect(result.errors.timeouts).toBe(3);
    expect(result.requests).toBe(0);
    expect(driver.answers.map(([, status]) => status)).toEqual([0, 0, 0]);
  });
});

describe('latency percentiles', () => {
  it('are nearest-rank over every time', () => {
    const times = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(latencyOf(times)).toEqual({ p50: 51, p99: 100, max: 100, mean: 50.5 });
    expect(latencyOf([])).toEqual({ p50: 0, p99: 0, max: 0, mean: 0 });
  });
});
