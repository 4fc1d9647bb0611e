// Turn latency with many people stored against an empty database: the same SMS load on both, alternated so the
// machine's drift falls on each alike, with the stored ones seeded from the run's own longest journey.
import { benchDataKey, freshDatabase, withDb, type BenchDatabase } from './databases.js';
import { appEnv } from './identities.js';
import type { LoadResult } from './load.js';
import { appEntry, measure } from './measure.js';
import type { JourneyTemplate } from './path-runs.js';
import type { FlatRun } from './report.js';
import { seedConversations } from './seed.js';
import type { Session } from './session.js';

export async function storedRun(
  session: Session,
  fakesUrl: string,
  template: JourneyTemplate | undefined,
): Promise<FlatRun> {
  const { options } = session;
  const empty = await freshDatabase(options.serverUrl);
  const seeded = await freshDatabase(options.serverUrl);
  try {
    await withDb(empty.url, async () => {});
    await withDb(seeded.url, async () => {});
    const seedMs = await seedConversations(seeded.url, seeded.provider, {
      conversations: options.stored,
      messagesEach: 4,
      snapshot: template?.snapshot ?? '{"status":"active","value":"handedOff","context":{}}',
      state: template?.state ?? 'handedOff',
      firstPhone: 100_000_000,
      dataKey: benchDataKey,
    });
    session.say(`  seeded ${options.stored.toLocaleString('en-GB')} conversations in ${(seedMs / 1000).toFixed(1)} s`);
    const on = (db: BenchDatabase, label: string) =>
      measure(session, {
        path: 'sms',
        label,
        entry: appEntry,
        env: appEnv(db.url, fakesUrl),
        driver: session.drivers.sms(),
        connections: options.flatConnections,
        seconds: options.flatSeconds,
      });
    // Empty, stored, empty, stored: the machine's load drifts over a run, and this spreads it over both.
    const emptyRuns: LoadResult[] = [];
    const seededRuns: LoadResult[] = [];
    for (let round = 1; round <= options.flatRounds; round++) {
      emptyRuns.push((await on(empty, `sms-empty-${round}`)).load);
      seededRuns.push((await on(seeded, `sms-stored-${round}`)).load);
    }
    const emptyLoad = combine(emptyRuns);
    const seededLoad = combine(seededRuns);
    return {
      conversations: options.stored,
      seedMs,
      empty: emptyLoad,
      seeded: seededLoad,
      ratio: seededLoad.latencyMs.mean / emptyLoad.latencyMs.mean,
    };
  } finally {
    await empty.drop();
    await seeded.drop();
  }
}

/** Several runs as one: requests and errors added, latencies averaged weighted by requests (p99 and max: worst). */
export function combine(loads: LoadResult[]): LoadResult {
  const requests = loads.reduce((n, l) => n + l.requests, 0);
  const seconds = loads.reduce((n, l) => n + l.seconds, 0);
  const weighted = (pick: (l: LoadResult) => number) =>
    loads.reduce((n, l) => n + pick(l) * l.requests, 0) / Math.max(1, requests);
  return {
    connections: loads[0]?.connections ?? 0,
    seconds,
    requests,
    turnsPerSecond: requests / seconds,
    latencyMs: {
      p50: weighted((l) => l.latencyMs.p50),
      p99: Math.max(...loads.map((l) => l.latencyMs.p99)),
      max: Math.max(...loads.map((l) => l.latencyMs.max)),
      mean: weighted((l) => l.latencyMs.mean),
    },
    errors: {
      non2xx: loads.reduce((n, l) => n + l.errors.non2xx, 0),
      socket: loads.reduce((n, l) => n + l.errors.socket, 0),
      timeouts: loads.reduce((n, l) => n + l.errors.timeouts, 0),
    },
    emptyReplies: loads.reduce((n, l) => n + l.emptyReplies, 0),
  };
}
