// The benchmark's options: what the command line and the BENCH_* variables set, and that a word it does not know stops
// it (a typo would otherwise start a full run of several minutes).
import { describe, expect, it } from 'vitest';
import { parseOptions, wanted, type BenchOptions } from '../../bench/options.js';

function options(argv: string[], env: NodeJS.ProcessEnv = {}): BenchOptions {
  const parsed = parseOptions(argv, env);
  if (!('options' in parsed)) throw new Error(`not options: ${JSON.stringify(parsed)}`);
  return parsed.options;
}

describe('the benchmark options', () => {
  it('runs everything in full by default, on SQLite', () => {
    const o = options([]);
    expect([o.quick, o.profile, o.only, o.seconds, o.openSeconds, o.stored]).toEqual([
      false,
      false,
      undefined,
      10,
      20,
      100_000,
    ]);
    expect([o.flatRounds, o.flatSeconds, o.databaseLabel]).toEqual([2, 5, 'SQLite']);
    expect(wanted(o, 'alert')).toBe(true);
  });

  it('shortens every run with --quick', () => {
    const o = options(['--quick', '--profile']);
    expect([o.seconds, o.warmupSeconds, o.openSeconds, o.stored, o.flatRounds, o.flatSeconds]).toEqual([
      2, 1, 6, 10_000, 1, 2,
    ]);
    expect(o.profile).toBe(true);
  });

  it('takes its lengths, stored people and database from BENCH_* variables', () => {
    const o = options(['--quick'], {
      BENCH_SECONDS: '4',
      BENCH_OPEN_SECONDS: '3',
      BENCH_STORED: '500',
      BENCH_DATABASE_URL: 'postgresql://127.0.0.1:5432/postgres',
    });
    expect([o.seconds, o.openSeconds, o.stored, o.databaseLabel]).toEqual([4, 3, 500, 'PostgreSQL']);
    expect(o.serverUrl).toBe('postgresql://127.0.0.1:5432/postgres');
  });

  it('runs only the parts --only names', () => {
    const o = options(['--only=sms,open']);
    expect(['sms', 'open', 'teams', 'stored'].map((part) => wanted(o, part))).toEqual([true, true, false, false]);
  });

  it('answers --help with the usage and runs nothing', () => {
    const parsed = parseOptions(['--quick', '--help'], {});
    expect('help' in parsed && parsed.help).toMatch(/^usage: npm run bench/);
  });

  it.each([['--quik'], ['--only=sms,tems'], ['quick']])('refuses %s', (arg) => {
    const parsed = parseOptions([arg], {});
    expect('wrong' in parsed && parsed.wrong).toMatch(/^bench: .*\nusage:/);
  });
});
