// The load generator: autocannon, with every request built by a driver (a different signed webhook or activity each
// time) and every response handed back to it, at a fixed number of connections for a fixed time.
import autocannon from 'autocannon';
import type { Driver } from './journeys.js';
import { latencyOf, type Latency } from './latency.js';

export interface LoadOptions<T> {
  url: string;
  connections: number;
  seconds: number;
  driver: Driver<T>;
  /** Called every 200 ms while the load runs (to sample the server's memory). */
  onTick?: () => void;
}

export interface LoadResult {
  /** Closed loop: connections, each sending its next request once the last is answered. 0 for an open-loop run. */
  connections: number;
  /** Open loop (open-loop.ts): requests started per second on a fixed schedule, answered or not. */
  offeredPerSecond?: number;
  seconds: number;
  requests: number;
  turnsPerSecond: number;
  latencyMs: Latency;
  /** Non-2xx answers, socket errors and timeouts. */
  errors: { non2xx: number; socket: number; timeouts: number };
  /** 2xx answers without a reply in them (SMS: no <Message>). */
  emptyReplies: number;
}

/** Runs one bounded load; rejects if autocannon cannot start. */
export async function runLoad<T>(options: LoadOptions<T>): Promise<LoadResult> {
  const { driver } = options;
  const emptyBefore = driver.empty;
  // autocannon hands each request's context object to its response: that is how a response finds its sender.
  const senders = new WeakMap<object, T>();
  const ticker = options.onTick ? setInterval(options.onTick, 200) : undefined;
  // autocannon's own histogram keeps whole milliseconds; the floors answer in well under one, so keep every time.
  const times: number[] = [];
  try {
    let instance: autocannon.Instance | undefined;
    const done = new Promise<autocannon.Result>((resolve, reject) => {
      instance = autocannon(
        {
          url: options.url,
          connections: options.connections,
          duration: options.seconds,
          timeout: 10,
          requests: [
            {
              method: 'POST',
              setupRequest: (request, context) => {
                const next = driver.next();
                senders.set(context, next.who);
                return { ...request, path: next.path, headers: next.headers, body: next.body };
              },
              onResponse: (status, body, context) => {
                const who = senders.get(context);
                if (who !== undefined) driver.answered(who, status, body);
              },
            },
          ],
        },
        (err: Error | null, result: autocannon.Result) => (err ? reject(err) : resolve(result)),
      );
    });
    instance?.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
    const result = await done;
    const seconds = options.seconds;
    return {
      connections: options.connections,
      seconds,
      requests: result.requests.total,
      turnsPerSecond: result.requests.total / seconds,
      latencyMs: latencyOf(times),
      errors: { non2xx: result.non2xx, socket: result.errors, timeouts: result.timeouts },
      emptyReplies: driver.empty - emptyBefore,
    };
  } finally {
    if (ticker) clearInterval(ticker);
  }
}
