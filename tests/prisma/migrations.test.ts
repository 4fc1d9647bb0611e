// The offline migration tools on real databases: deploy, the "newer version" refusal, and the committed drift state.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../bot/db/client.js';
import { DatabaseStartError } from '../../bot/db/errors.js';
import { checkDrift, deployMigrations, readMigrations } from '../../prisma/tools/migrations.js';
import { migrationsDirOf, staleSchemas } from '../../prisma/tools/schemas.js';
import { databases, keyEnvOf, noticeSkipped } from '../support/databases.js';

const futureMigration = '29990101000000_from_the_future';
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

describe('committed state', () => {
  it('has schema files up to date with models.prisma', () => {
    expect(staleSchemas()).toEqual([]);
  });

  it('has the same migration folders for both providers, init first', () => {
    const names = (dir: string) => readMigrations(dir).migrationDirectories.map((migration) => migration.path);
    const sqlite = names(migrationsDirOf('sqlite'));
    expect(sqlite[0]).toMatch(/^\d{14}_init$/);
    expect(names(migrationsDirOf('postgresql'))).toEqual(sqlite);
  });
});

for (const database of databases) {
  noticeSkipped(database);
  describe.skipIf(database.skipped !== null)(`migrations [${database.name}]`, () => {
    const urls: string[] = [];
    const freshUrl = async (): Promise<string> => {
      const url = await database.makeUrl();
      urls.push(url);
      return url;
    };
    afterEach(async () => {
      await Promise.all(urls.splice(0).map((url) => database.drop(url)));
    });

    it('creates the tables on a fresh database, then has nothing left to do', async () => {
      const url = await freshUrl();
      const started = performance.now();
      const applied = await deployMigrations(url);
      const elapsed = performance.now() - started;
      expect(applied).toEqual(readMigrations(migrationsDirOf(database.name)).migrationDirectories.map((m) => m.path));
      expect(elapsed).toBeLessThan(5000);

      expect(await deployMigrations(url)).toEqual([]);
      const opened = await openDatabase(url, { migrate: false, key: { dataKey: keyEnvOf(database.name)['DATA_KEY'] } });
      try {
        expect(await opened.db.person.count()).toBe(0);
        expect(await opened.db.outbox.count()).toBe(0);
      } finally {
        await opened.close();
      }
    });

    it('refuses a database migrated by a newer version', async () => {
      const url = await freshUrl();
      await deployMigrations(url);
      const opened = await openDatabase(url, { migrate: false, key: { dataKey: keyEnvOf(database.name)['DATA_KEY'] } });
      try {
        await opened.db.$executeRawUnsafe(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ('future', 'f00d', '${futureMigration}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)`,
        );
      } finally {
        await opened.close();
      }
      await expect(deployMigrations(url)).rejects.toThrow(
        `database was migrated by a newer version of peer-connect: ${futureMigration}`,
      );
      const refused = openDatabase(url, { key: { dataKey: keyEnvOf(database.name)['DATA_KEY'] } });
      await expect(refused).rejects.toBeInstanceOf(DatabaseStartError);
      await expect(refused).rejects.toThrow(/newer version of peer-connect: 29990101000000_from_the_future \(refusing/);
    });

    it('finds no drift between the schema and the committed migrations', async () => {
      const report = await checkDrift(database.name);
      expect(report.detail).toBe('');
      expect(report.drift).toBe(false);
    });
  });
}

// The db:* commands end to end, on a copy of prisma/ so that the real models and migrations stay untouched.
describe.skipIf(!process.env['TEST_DATABASE_URL'])('db:migrate and db:drift on a changed model', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pc-cli-test-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [tsxCli, path.join(root, 'prisma/tools/cli.ts'), ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: `file:${path.join(root, 'data/cli.db')}` },
    });

  it('reports drift until a migration is created for both providers', () => {
    fs.cpSync(path.join(repo, 'prisma'), path.join(root, 'prisma'), {
      recursive: true,
      filter: (source) => !source.includes(`${path.sep}generated`),
    });
    fs.copyFileSync(path.join(repo, 'package.json'), path.join(root, 'package.json'));
    fs.symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'));

    fs.appendFileSync(path.join(root, 'prisma/models.prisma'), '\nmodel Probe {\n  id String @id\n}\n');
    const stale = cli('drift');
    expect(stale.status).toBe(2);
    expect(stale.stderr).toContain('sqlite: DRIFT');
    expect(stale.stderr).toContain('out of date with prisma/models.prisma');

    const created = cli('dev', 'add_probe');
    expect(created.stderr).toBe('');
    expect(created.stdout).toMatch(/sqlite: created \d{14}_add_probe\npostgresql: created \d{14}_add_probe/);
    for (const provider of ['sqlite', 'postgresql']) {
      const dir = path.join(root, `prisma/migrations-${provider}`);
      const folder = fs.readdirSync(dir).find((name) => name.endsWith('_add_probe')) ?? '';
      expect(fs.readFileSync(path.join(dir, folder, 'migration.sql'), 'utf8')).toContain('CREATE TABLE "Probe"');
    }
    expect(cli('drift').status).toBe(0);
    // Every committed migration, then the new one last.
    expect(cli('deploy').stdout).toMatch(/applied \d{14}_init, (\d{14}_\w+, )*\d{14}_add_probe/);
  }, 120_000); // five CLI processes, two of them on PostgreSQL with shadow databases
});
