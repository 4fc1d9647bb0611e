// The open-loop load generator: requests start on a fixed schedule (a fixed offered rate), whether or not the earlier
// ones have been answered, as people text whenever they text. Each request's latency runs from when it was due, not
// from when it could be sent, so a server that falls behind is charged for the queue it builds (autocannon's rate
// limit runs per connection and would wait for it instead: coordinated omission).
import http from 'node:http';
import type { Driver } from './journeys.js';
import { latencyOf } from './latency.js';
import type { LoadResult } from './load.js';

export interface OpenLoopOptions<T> {
  url: string;
  /** Requests started per second. */
  ratePerSecond: number;
  seconds: number;
  driver: Driver<T>;
  /** Called every 200 ms while the load runs (to sample the server's memory). */
  onTick?: () => void;
  /** A request unanswered after this is a timeout. */
  timeoutMs?: number;
}

/** When request `i` of a run at `ratePerSecond` is due, ms after the run's start. */
export function dueAt(i: number, ratePerSecond: number): number {
  return (i * 1000) / ratePerSecond;
}

/** How many requests a run of `seconds` at `ratePerSecond` starts. */
export function scheduled(seconds: number, ratePerSecond: number): number {
  return Math.floor(seconds * ratePerSecond);
}

type Outcome = { kind: 'answered'; status: number; body: string } | { kind: 'socket' } | { kind: 'timeout' };

function send(agent: http.Agent, url: URL, body: string, headers: Record<string, string>, timeoutMs: number) {
  return new Promise<Outcome>((resolve) => {
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ kind: 'answered', status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', () => resolve({ kind: 'socket' }));
      },
    );
    req.setTimeout(timeoutMs, () => {
      resolve({ kind: 'timeout' });
      req.destroy();
    });
    req.on('error', () => resolve({ kind: 'socket' }));
    req.end(body);
  });
}

/** Runs one open-loop load, then waits for the requests still in flight (at most the timeout). */
export async function runOpenLoop<T>(options: OpenLoopOptions<T>): Promise<LoadResult> {
  const { driver, ratePerSecond, seconds } = options;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const emptyBefore = driver.empty;
  // As many sockets as requests in flight: a slow answer must not hold the next request back.
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const ticker = options.onTick ? setInterval(options.onTick, 200) : undefined;
  const total = scheduled(seconds, ratePerSecond);
  const times: number[] = [];
  const errors = { non2xx: 0, socket: 0, timeouts: 0 };
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  try {
    for (let i = 0; i < total; i++) {
      const due = start + dueAt(i, ratePerSecond);
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const next = driver.next();
      inFlight.push(
        send(agent, new URL(next.path, options.url), next.body, next.headers, timeoutMs).then((outcome) => {
          if (outcome.kind === 'answered') {
            times.push(performance.now() - due);
            if (outcome.status < 200 || outcome.status > 299) errors.non2xx++;
            driver.answered(next.who, outcome.status, outcome.body);
          } else {
            if (outcome.kind === 'socket') errors.socket++;
            else errors.timeouts++;
            driver.answered(next.who, 0, '');
          }
        }),
      );
    }
    await Promise.all(inFlight);
  } finally {
    if (ticker) clearInterval(ticker);
    agent.destroy();
  }
  return {
    connections: 0,
    offeredPerSecond: ratePerSecond,
    seconds,
    requests: times.length,
    turnsPerSecond: times.length / seconds,
    latencyMs: latencyOf(times),
    errors,
    emptyReplies: driver.empty - emptyBefore,
  };
}
