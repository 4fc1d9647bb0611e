// The benchmark's phases in the order they run: every path and floor at each concurrency (closed loop), the app at a
// fixed offered rate (open loop), the urgent alert's latency, and turn latency with many people stored.
import { measureAlerts, type AlertRun } from './alert.js';
import { COORDINATORS, FROM, PUBLIC_URL, SID, TENANT, TOKEN, appEnv } from './identities.js';
import { modelLoaded } from './measure.js';
import { CLOSED_LOOP_PARTS, wanted } from './options.js';
import {
  bareCloudAdapterRun,
  bareTwimlRun,
  durableFloorRun,
  smsRun,
  teamsRun,
  type JourneyTemplate,
} from './path-runs.js';
import type { FlatRun, PathRun } from './report.js';
import { attempt, type Session } from './session.js';
import { storedRun } from './stored.js';

export interface ClosedLoop {
  runs: PathRun[];
  /** The first SMS run's spawn to first answer; null if none ran. */
  coldStartMs: number | null;
  /** The first SMS run's longest journey. */
  template: JourneyTemplate | undefined;
}

const present = (r: PathRun | undefined): r is PathRun => r !== undefined;

/** Each path beside its floors at each concurrency, each read against them. */
export async function closedLoopPhase(session: Session, fakesUrl: string): Promise<ClosedLoop> {
  const result: ClosedLoop = { runs: [], coldStartMs: null, template: undefined };
  for (const connections of session.options.connections) {
    if (CLOSED_LOOP_PARTS.some((part) => wanted(session.options, part))) session.say(`concurrency ${connections}`);
    const shape = { connections };
    const floorSms = await attempt(session, `floor-twiml c=${connections}`, () => bareTwimlRun(session, shape));
    const floorDurable = await attempt(session, `floor-durable c=${connections}`, () =>
      durableFloorRun(session, shape),
    );
    const sms = await attempt(session, `sms c=${connections}`, async () => {
      const { run, snapshot } = await smsRun(session, fakesUrl, shape, result.template === undefined);
      result.template ??= snapshot;
      return run;
    });
    if (sms && result.coldStartMs === null) result.coldStartMs = sms.coldStartMs;
    const floorTeams = await attempt(session, `floor-cloudadapter c=${connections}`, () =>
      bareCloudAdapterRun(session, fakesUrl, shape),
    );
    const teams = await attempt(session, `teams c=${connections}`, () => teamsRun(session, fakesUrl, shape));
    const ratio = (run: PathRun, floor: PathRun) => run.load.turnsPerSecond / floor.load.turnsPerSecond;
    if (sms && floorSms) sms.ratio = ratio(sms, floorSms);
    if (teams && floorTeams) teams.ratio = ratio(teams, floorTeams);
    // One durable write is the least any turn does, by text or in Teams: both paths are read against it.
    if (sms && floorDurable) sms.durableRatio = ratio(sms, floorDurable);
    if (teams && floorDurable) teams.durableRatio = ratio(teams, floorDurable);
    result.runs.push(...[floorSms, floorDurable, sms, floorTeams, teams].filter(present));
  }
  return result;
}

/** Latency as people feel it: turns arriving at a fixed rate, whether or not the earlier ones were answered. */
export async function openLoopPhase(session: Session, fakesUrl: string): Promise<PathRun[]> {
  const rate = session.options.offeredRate;
  const open = { connections: 0, offeredPerSecond: rate, seconds: session.options.openSeconds };
  if (wanted(session.options, 'open')) session.say(`open loop: ${rate} turns/s offered`);
  const sms = await attempt(session, `open sms ${rate}/s`, async () => (await smsRun(session, fakesUrl, open)).run);
  const teams = await attempt(session, `open teams ${rate}/s`, () => teamsRun(session, fakesUrl, open));
  return [sms, teams].filter(present);
}

/** A crisis text to the urgent alert card, with nothing queued and with Twilio hanging. */
export async function alertPhase(session: Session, fakesUrl: string): Promise<AlertRun | null> {
  if (wanted(session.options, 'alert')) {
    session.say('urgent alert latency: nothing queued, then Twilio hanging on queued texts');
  }
  const run = () =>
    measureAlerts({
      fakesUrl,
      serverUrl: session.options.serverUrl,
      env: (databaseUrl) => appEnv(databaseUrl, fakesUrl),
      twilio: { authToken: TOKEN, publicUrl: PUBLIC_URL, accountSid: SID, to: FROM },
      tenantId: TENANT,
      coordinator: COORDINATORS[0] ?? '',
      logDir: session.runDir,
      samples: session.options.quick ? 3 : 10,
      ready: modelLoaded,
    });
  return (await attempt(session, 'alert (latency)', run)) ?? null;
}

/** The same SMS load on an empty database and on one with many people stored. */
export async function storedPhase(
  session: Session,
  fakesUrl: string,
  template: JourneyTemplate | undefined,
): Promise<FlatRun | null> {
  const stored = session.options.stored;
  if (wanted(session.options, 'stored'))
    session.say(`stored people: empty database against ${stored.toLocaleString('en-GB')}`);
  return (await attempt(session, 'stored (people)', () => storedRun(session, fakesUrl, template))) ?? null;
}
