// db:migrate | db:deploy | db:drift: the offline replacements for `prisma migrate dev|deploy|diff`.
// usage: tsx prisma/tools/cli.ts dev <name> | deploy | drift
import { checkDrift, createMigration, deployMigrations, migrationServerUrl } from './migrations.js';
import { providers } from './schemas.js';
import { parseDatabaseUrl, unnamedDatabaseReason } from './urls.js';

const defaultDatabaseUrl = 'file:./data/peer-connect.db';

function oneLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? 'unknown error';
}

// Names the server and where its URL came from, so that a failing CI job says what to set.
function serverLabel(): string {
  const target = parseDatabaseUrl(migrationServerUrl());
  const label = target.provider === 'postgresql' ? target.label : target.file;
  const from = ['MIGRATE_POSTGRES_URL', 'TEST_DATABASE_URL'].find((name) => process.env[name] !== undefined);
  return from ? `${label} from ${from}` : `${label}, the default; set TEST_DATABASE_URL`;
}

async function dev(name: string | undefined): Promise<number> {
  if (!name) {
    console.error('usage: npm run db:migrate -- <name>');
    return 1;
  }
  for (const { provider, folder } of await createMigration(name)) {
    console.log(folder === null ? `${provider}: already in sync, no migration` : `${provider}: created ${folder}`);
  }
  return 0;
}

async function deploy(): Promise<number> {
  const url = process.env['DATABASE_URL'] ?? defaultDatabaseUrl;
  const target = parseDatabaseUrl(url);
  const unnamed = unnamedDatabaseReason(target);
  if (unnamed) throw new Error(unnamed);
  const where = target.provider === 'sqlite' ? target.file : target.label;
  const applied = await deployMigrations(url).catch((err: unknown) => {
    throw new Error(`cannot migrate the database at ${where}: ${oneLine(err)}`, { cause: err });
  });
  console.log(applied.length > 0 ? `${where}: applied ${applied.join(', ')}` : `${where}: up to date`);
  return 0;
}

async function drift(): Promise<number> {
  let code = 0;
  for (const provider of providers) {
    try {
      const report = await checkDrift(provider);
      if (report.drift) {
        console.error(
          `${provider}: DRIFT, schema and migrations disagree (npm run db:migrate -- <name>)\n${report.detail}`,
        );
        code = 2;
      } else {
        console.log(`${provider}: no drift`);
      }
    } catch (err) {
      const where = provider === 'postgresql' ? ` (it needs a PostgreSQL server: ${serverLabel()})` : '';
      console.error(`${provider}: drift check failed${where}: ${oneLine(err)}`);
      code = Math.max(code, 1);
    }
  }
  return code;
}

const [command, arg] = process.argv.slice(2);
let code = 1;
try {
  if (command === 'dev') code = await dev(arg);
  else if (command === 'deploy') code = await deploy();
  else if (command === 'drift') code = await drift();
  else console.error('usage: tsx prisma/tools/cli.ts dev <name> | deploy | drift');
} catch (err) {
  console.error(`error: ${oneLine(err)}`);
  code = 1;
}
// The engine leaves a timer behind on PostgreSQL that would hold the process open for ~10 s.
process.exit(code);
