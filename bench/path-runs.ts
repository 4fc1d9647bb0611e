// One run of each path under test, each on its own fresh database where it needs one: the bare floors, the durable
// floor, mentees texting the app, coordinators writing to it in Teams.
import { freshDatabase, withDb, benchDataKey, type BenchDatabase } from './databases.js';
import { fakeCounts, type FakeCounts } from './fake-connector.js';
import { COORDINATORS, PUBLIC_URL, TOKEN, appEnv } from './identities.js';
import type { SmsJourneys } from './journeys.js';
import type { LoadResult } from './load.js';
import { appEntry, measure, type Shape } from './measure.js';
import type { PathRun } from './report.js';
import type { Session } from './session.js';

/** A finished journey's snapshot and top state, copied into every stored conversation. */
export interface JourneyTemplate {
  snapshot: string;
  state: string;
}

/** The SMS stack (restify, signature check, TwiML) doing nothing else. */
export function bareTwimlRun(session: Session, shape: Shape): Promise<PathRun> {
  return measure(session, {
    path: 'floor-twiml',
    entry: 'dist/bench/floors/bare-twiml.js',
    env: { TWILIO_AUTH_TOKEN: TOKEN, PUBLIC_URL },
    driver: session.drivers.sms(),
    ...shape,
  });
}

/** The durable floor on a fresh database of the run's kind (SQLite file or PostgreSQL). */
export async function durableFloorRun(session: Session, shape: Shape): Promise<PathRun> {
  const db = await freshDatabase(session.options.serverUrl);
  try {
    return await measure(session, {
      path: 'floor-durable',
      entry: 'dist/bench/floors/durable-twiml.js',
      env: { TWILIO_AUTH_TOKEN: TOKEN, PUBLIC_URL, DATABASE_URL: db.url, DATA_KEY: benchDataKey },
      driver: session.drivers.sms(),
      ...shape,
    });
  } finally {
    await db.drop();
  }
}

/** Mentees texting the real app on a fresh database; also the run's longest journey, as a template for seeding. */
export async function smsRun(
  session: Session,
  fakesUrl: string,
  shape: Shape,
  withTemplate = false,
): Promise<{ run: PathRun; snapshot: JourneyTemplate | undefined }> {
  const db = await freshDatabase(session.options.serverUrl);
  const driver = session.drivers.sms();
  try {
    const run = await measure(session, {
      path: 'sms',
      entry: appEntry,
      env: appEnv(db.url, fakesUrl),
      driver,
      ...shape,
      notes: () => smsNotes(driver, db),
    });
    return { run, snapshot: withTemplate ? await longestSnapshot(db.url) : undefined };
  } finally {
    await db.drop();
  }
}

/** The Teams stack (restify, CloudAdapter) echoing each message to the fake connector. */
export async function bareCloudAdapterRun(session: Session, fakesUrl: string, shape: Shape): Promise<PathRun> {
  const before = await fakeCounts(fakesUrl);
  return measure(session, {
    path: 'floor-cloudadapter',
    entry: 'dist/bench/floors/bare-cloudadapter.js',
    env: {},
    driver: session.drivers.teams(fakesUrl),
    ...shape,
    notes: (load) => teamsNotes(fakesUrl, before, load),
  });
}

/** Coordinators writing to the real app in Teams, 100 of them registered on a fresh database. */
export async function teamsRun(session: Session, fakesUrl: string, shape: Shape): Promise<PathRun> {
  const db = await freshDatabase(session.options.serverUrl);
  try {
    await withDb(db.url, (client) =>
      client.staff.createMany({
        data: COORDINATORS.map((aad, i) => ({ aadObjectId: aad, name: `Coordinator ${i + 1}`, role: 'coordinator' })),
      }),
    );
    const before = await fakeCounts(fakesUrl);
    return await measure(session, {
      path: 'teams',
      entry: appEntry,
      env: appEnv(db.url, fakesUrl),
      driver: session.drivers.teams(fakesUrl),
      ...shape,
      notes: (load) => teamsNotes(fakesUrl, before, load),
    });
  } finally {
    await db.drop();
  }
}

async function smsNotes(driver: SmsJourneys, db: BenchDatabase): Promise<Record<string, number>> {
  // The server has not stopped yet: its database is read here after the load, as any second reader would.
  const handoffs = await withDb(db.url, (client) => client.handoff.count());
  return { journeys: driver.stats.completed, stuck: driver.stats.stuck, handoffs };
}

async function teamsNotes(fakesUrl: string, before: FakeCounts, load: LoadResult): Promise<Record<string, number>> {
  const after = await fakeCounts(fakesUrl);
  return {
    posted: after.activities - before.activities,
    turns: load.requests,
    unfaked: after.unknown - before.unknown,
  };
}

/** The most advanced journey of a run, as a template for the stored conversations. */
async function longestSnapshot(url: string): Promise<JourneyTemplate | undefined> {
  const row = await withDb(url, (db) =>
    db.conversation.findFirst({ orderBy: { version: 'desc' }, select: { snapshot: true, state: true } }),
  );
  return row ? { snapshot: JSON.stringify(row.snapshot), state: row.state } : undefined;
}
