// The benchmark's options, read once from the command line (`--quick`, `--profile`, `--only=…`, `--help`) and the
// BENCH_* variables into one value every phase is given. A word it does not know stops it before anything starts.

/** The parts `--only=` can pick: each path's closed-loop runs, and the runs apart from them. */
export const PARTS = [
  'sms',
  'teams',
  'floor-twiml',
  'floor-durable',
  'floor-cloudadapter',
  'open',
  'stored',
  'safety',
  'semantic',
  'alert',
] as const;

/** The closed-loop parts, in the order each concurrency runs them. */
export const CLOSED_LOOP_PARTS = ['floor-twiml', 'floor-durable', 'sms', 'floor-cloudadapter', 'teams'];

export const USAGE = [
  'usage: npm run bench [-- --quick] [-- --profile] [-- --only=PART,…] [-- --help]',
  '  --quick     2 s per run (6 s open loop), 10,000 stored people; about 4 minutes',
  '  --profile   also writes V8 CPU profiles of the app and prints where the time went',
  `  --only=…    a subset: ${PARTS.join(', ')}`,
  '  --help      this, and nothing run',
  'Variables: BENCH_DATABASE_URL (a PostgreSQL server; SQLite files otherwise), BENCH_SECONDS, BENCH_OPEN_SECONDS,',
  'BENCH_STORED, BENCH_LOG_LEVEL. See bench/README.md.',
].join('\n');

export interface BenchOptions {
  quick: boolean;
  profile: boolean;
  /** The parts to run (`--only=`); undefined for all of them. */
  only: string[] | undefined;
  /** Each closed-loop run, s. */
  seconds: number;
  /** Load before each measured run, not counted, s. */
  warmupSeconds: number;
  /** The closed-loop concurrencies. */
  connections: number[];
  /** The open-loop runs' offered rate, turns/s: far above a county's need (issue #17). */
  offeredRate: number;
  /** Each open-loop run, s: long enough for a p99 that is not simply the slowest turn (300 turns quick, 1,000 full). */
  openSeconds: number;
  /** People stored for the flat-latency run. */
  stored: number;
  flatConnections: number;
  /** Empty, stored, empty, stored, …: how many of each. */
  flatRounds: number;
  flatSeconds: number;
  /** The PostgreSQL server to make each run's database on; undefined for SQLite files. */
  serverUrl: string | undefined;
  databaseLabel: 'PostgreSQL' | 'SQLite';
}

export type Parsed = { help: string } | { wrong: string } | { options: BenchOptions };

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): Parsed {
  let only: string[] | undefined;
  const flags = new Set<string>();
  for (const arg of argv) {
    if (arg.startsWith('--only=')) only = arg.slice('--only='.length).split(',');
    else if (['--quick', '--profile', '--help', '-h'].includes(arg)) flags.add(arg);
    else return { wrong: `bench: ${arg} is not an option\n${USAGE}` };
  }
  if (flags.has('--help') || flags.has('-h')) return { help: USAGE };
  const unknown = only?.filter((part) => !(PARTS as readonly string[]).includes(part)) ?? [];
  if (unknown.length > 0) return { wrong: `bench: --only does not know ${unknown.join(', ')}\n${USAGE}` };
  const quick = flags.has('--quick');
  const seconds = Number(env['BENCH_SECONDS'] ?? (quick ? 2 : 10));
  const flatRounds = quick ? 1 : 2;
  const serverUrl = env['BENCH_DATABASE_URL'] || undefined;
  return {
    options: {
      quick,
      profile: flags.has('--profile'),
      only,
      seconds,
      warmupSeconds: quick ? 1 : 2,
      connections: [10, 50],
      offeredRate: 50,
      openSeconds: Number(env['BENCH_OPEN_SECONDS'] ?? Math.max(seconds, quick ? 6 : 20)),
      stored: Number(env['BENCH_STORED'] ?? (quick ? 10_000 : 100_000)),
      flatConnections: 10,
      flatRounds,
      flatSeconds: quick ? seconds : Math.max(2, Math.round(seconds / flatRounds)),
      serverUrl,
      databaseLabel: serverUrl ? 'PostgreSQL' : 'SQLite',
    },
  };
}

/** Whether `--only` (if given) asks for this part. */
export const wanted = (options: BenchOptions, part: string): boolean => !options.only || options.only.includes(part);
