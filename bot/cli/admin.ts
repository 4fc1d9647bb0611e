// `npm run -s admin -- …`: staff and data administration against DATABASE_URL (migrated on open). Exit 0 on
// success; otherwise one line on stderr saying why, and exit 1.
import fs from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { parseDatabaseUrl, type SqliteTarget } from '../../prisma/tools/urls.js';
import { migrationNamesIn, migrationsDirOf } from '../../prisma/tools/schemas.js';
import { backupSqlite, restoreSqlite } from '../db/backup.js';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { keyFileFor, keyIdsAtHand, type KeySource } from '../db/data-key.js';
import { rotateDataKey } from '../db/rotate-key.js';
import { openDatabase, type OpenDatabase } from '../db/client.js';
import { oneLineReason } from '../db/errors.js';
import { acknowledgedAlertsText, urgentAlertsText } from '../../dialogs/coordinator/index.js';
import { acknowledgedAlerts, queueReport, waitingAlerts } from '../handoffs/queue.js';
import { erasePersonByPhone } from '../intake/erase.js';
import { exportAsText, exportPerson } from '../intake/export.js';
import { audit, readAudit } from '../audit.js';
import { auditCsv, auditTable } from './audit-table.js';
import { reportCsv, reportTable } from './report-table.js';
import { readReport } from '../figures.js';
import { addStaff, listStaff, removeStaff } from '../staff/registry.js';
import { isE164 } from '../util/phone.js';
import { formatStaffTable } from './staff-table.js';

/** How far back `alerts` lists acknowledged alerts, below the waiting ones. */
const ACKNOWLEDGED_DAYS = 30;

/** A failure the operator can fix: printed as one line, no stack. */
class AdminError extends Error {}

export interface AdminIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  now?: () => Date;
}

function capacity(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 20) throw new InvalidArgumentError('must be a whole number from 0 to 20');
  return n;
}

function role(value: string): 'coordinator' | 'mentor' {
  if (value !== 'coordinator' && value !== 'mentor') throw new InvalidArgumentError('must be coordinator or mentor');
  return value;
}

function date(value: string): Date {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new InvalidArgumentError('must be a date such as 2026-11-01');
  return d;
}

function aad(value: string): string {
  const v = value.trim();
  if (!/^[\w:.@-]{3,100}$/.test(v)) throw new InvalidArgumentError('must be an AAD object id (a GUID)');
  return v;
}

type WithOpen = <T>(job: (opened: OpenDatabase) => Promise<T>) => Promise<T>;

function program(io: AdminIo, withOpen: WithOpen): Command {
  const withDb = <T>(job: (db: OpenDatabase['db']) => Promise<T>): Promise<T> => withOpen((o) => job(o.db));
  const now = io.now ?? (() => new Date());
  const root = new Command('admin')
    .description('peer-connect administration: staff who use the Teams bot, and erasing a person on request')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .showHelpAfterError(false)
    .addHelpText(
      'after',
      [
        '',
        'All commands:',
        '  staff add --role coordinator|mentor --aad <id> --name "<name>" [--capacity N]',
        '  staff list',
        '  staff remove --aad <id>',
        '  erase --phone <E.164>',
        '  export --phone <E.164> [--text]   everything held about a person (JSON, or plain text)',
        '  audit [--person <E.164>] [--staff <aad>] [--since <date>] [--csv]',
        '  rotate-key [--new-key <key>]   re-encrypt personal data with a new data key (stop the server first)',
        '  queue    urgent safety alerts nobody has acknowledged, then open handoffs',
        '  alerts   urgent safety alerts nobody has acknowledged, then those acknowledged lately',
        '  backup <file>    a consistent copy of the SQLite database, taken while the server runs (PostgreSQL: pg_dump)',
        '  restore <file>   put a backup in place of the SQLite database (stop the server first)',
        '',
        'They act on the database named by DATABASE_URL (default: SQLite under ./data/).',
      ].join('\n'),
    );

  const staff = root.command('staff').description('register, list and remove coordinators and mentors').exitOverride();
  staff
    .command('add')
    .description('register (or update) a member of staff by their Microsoft Entra (AAD) object id')
    .requiredOption('--role <role>', 'coordinator or mentor', role)
    .requiredOption('--aad <id>', 'their AAD object id', aad)
    .requiredOption('--name <name>', 'their display name, as colleagues know them')
    .option('--capacity <n>', 'mentors: how many mentees they can take (default 2)', capacity)
    .exitOverride()
    .action(async (opts: { role: 'coordinator' | 'mentor'; aad: string; name: string; capacity?: number }) => {
      const name = opts.name.trim();
      if (name === '') throw new AdminError('--name must not be empty');
      if (opts.capacity !== undefined && opts.role !== 'mentor') throw new AdminError('--capacity is for mentors only');
      const row = await withDb((db) =>
        addStaff(db, { aadObjectId: opts.aad, name, role: opts.role, capacity: opts.capacity }, now()),
      );
      io.out(`added ${row.role} ${row.name} (${row.aadObjectId})`);
    });
  staff
    .command('list')
    .description('list active staff')
    .exitOverride()
    .action(async () => {
      const rows = await withDb((db) => listStaff(db));
      io.out(formatStaffTable(rows));
    });
  staff
    .command('remove')
    .description('remove a member of staff (their past actions stay on record)')
    .requiredOption('--aad <id>', 'their AAD object id', aad)
    .exitOverride()
    .action(async (opts: { aad: string }) => {
      const removed = await withDb((db) => removeStaff(db, opts.aad, now()));
      if (!removed) throw new AdminError(`no active member of staff has AAD id ${opts.aad}`);
      io.out(`removed ${opts.aad}`);
    });

  root
    .command('erase')
    .description("erase a person's data on request (an opt-out is kept, so they are never texted again)")
    .requiredOption('--phone <E.164>', 'their phone number, e.g. +447700900123')
    .exitOverride()
    .action(async (opts: { phone: string }) => {
      if (!isE164(opts.phone)) throw new AdminError('--phone must be an E.164 number such as +447700900123');
      const erased = await withDb((db) => erasePersonByPhone(db, opts.phone, now(), 'admin'));
      if (!erased) throw new AdminError(`nobody with phone ${opts.phone} to erase`);
      io.out(`erased ${opts.phone}`);
    });
  root
    .command('export')
    .description('everything held about a person, for a subject access request (JSON; --text for plain text)')
    .requiredOption('--phone <E.164>', 'their phone number, e.g. +447700900123')
    .option('--text', 'plain text instead of JSON')
    .exitOverride()
    .action(async (opts: { phone: string; text?: boolean }) => {
      if (!isE164(opts.phone)) throw new AdminError('--phone must be an E.164 number such as +447700900123');
      const data = await withDb(async (db) => {
        const found = await exportPerson(db, opts.phone, now());
        if (found) {
          const person = await db.person.findUnique({ where: { phone: opts.phone }, select: { id: true } });
          await audit(db, now(), 'admin', 'person.exported', 'person', person?.id ?? null, {
            format: opts.text ? 'text' : 'json',
          });
        }
        return found;
      });
      if (!data) throw new AdminError(`we hold nothing about ${opts.phone}`);
      io.out(opts.text ? exportAsText(data) : JSON.stringify(data, null, 2));
    });

  root
    .command('audit')
    .description('the audit trail: who did what, when (views and exports included), oldest first')
    .option('--person <E.164>', 'only lines about this person')
    .option('--staff <aad>', 'only lines by this member of staff', aad)
    .option('--since <date>', 'only lines from this date or time on (e.g. 2026-11-01)', date)
    .option('--csv', 'comma-separated, for a spreadsheet')
    .exitOverride()
    .action(async (opts: { person?: string; staff?: string; since?: Date; csv?: boolean }) => {
      if (opts.person !== undefined && !isE164(opts.person))
        throw new AdminError('--person must be an E.164 number such as +447700900123');
      const lines = await withDb(async (db) => {
        const person = opts.person
          ? await db.person.findUnique({ where: { phone: opts.person }, select: { id: true } })
          : null;
        if (opts.person && !person) throw new AdminError(`we hold nothing about ${opts.person}`);
        const staff = opts.staff
          ? await db.staff.findUnique({ where: { aadObjectId: opts.staff }, select: { id: true } })
          : null;
        if (opts.staff && !staff) throw new AdminError(`no member of staff has AAD id ${opts.staff}`);
        return readAudit(db, {
          ...(person ? { personId: person.id } : {}),
          ...(staff ? { staffId: staff.id } : {}),
          ...(opts.since ? { since: opts.since } : {}),
        });
      });
      io.out(opts.csv ? auditCsv(lines) : auditTable(lines));
    });

  root
    .command('report')
    .description("the service's anonymous figures for a period: people, handoffs, matches, sessions, safety, waits")
    .requiredOption('--from <date>', 'the first day (e.g. 2026-10-01)', date)
    .requiredOption('--to <date>', 'the last day, included (e.g. 2026-12-31)', date)
    .option('--csv', 'comma-separated, for a spreadsheet')
    .exitOverride()
    .action(async (opts: { from: Date; to: Date; csv?: boolean }) => {
      if (opts.to < opts.from) throw new AdminError('--to must not be before --from');
      const report = await withDb(async (db) => {
        await audit(db, now(), 'admin', 'view.report', null, null, { via: 'admin' });
        return readReport(db, opts.from, opts.to);
      });
      io.out(opts.csv ? reportCsv(report) : reportTable(report));
    });

  root
    .command('rotate-key')
    .description('re-encrypt all personal data with a new data key (stop the server first)')
    .option('--new-key <key>', 'with DATA_KEY: the new key (64 hex digits or base64); default: a new random key')
    .exitOverride()
    .action(async (opts: { newKey?: string }) => {
      const result = await withOpen((opened) => rotateDataKey(opened, opts.newKey, now()));
      io.out(
        `rotated the data key (${result.from} -> ${result.to}): ${result.rows} rows re-encrypted. ` +
          (result.keyFile
            ? `${result.keyFile} now starts with the new key; keep the older lines (the oldest makes the phone index).`
            : `Before starting the server again set DATA_KEY=${result.newKey} and put the old keys first in ` +
              `DATA_KEY_PREVIOUS (keep the oldest: it makes the phone index).`),
      );
    });

  root
    .command('queue')
    .description('urgent safety alerts nobody has acknowledged first, then open and claimed handoffs')
    .exitOverride()
    .action(async () => {
      const { text } = await withDb(async (db) => {
        await audit(db, now(), 'admin', 'view.queue', null, null, { via: 'admin' });
        return queueReport(db, now(), loadConfig(io.env).timeZone);
      });
      io.out(plainText(text));
    });

  root
    .command('alerts')
    .description(
      `urgent safety alerts nobody has acknowledged (oldest first), then those acknowledged in the last ${ACKNOWLEDGED_DAYS} days`,
    )
    .exitOverride()
    .action(async () => {
      const at = now();
      const since = new Date(at.getTime() - ACKNOWLEDGED_DAYS * 86_400_000);
      const [waiting, acknowledged] = await withDb(async (db) => {
        await audit(db, at, 'admin', 'view.alerts', null, null, { via: 'admin' });
        return Promise.all([waitingAlerts(db), acknowledgedAlerts(db, since)]);
      });
      const timeZone = loadConfig(io.env).timeZone;
      const parts = [
        urgentAlertsText(waiting, at, timeZone) || 'No urgent safety alert is waiting for a coordinator.',
        acknowledgedAlertsText(acknowledged, ACKNOWLEDGED_DAYS, timeZone) ||
          `None acknowledged in the last ${ACKNOWLEDGED_DAYS} days.`,
      ];
      io.out(plainText(parts.join('\n\n')));
    });

  root
    .command('backup')
    .description('a consistent copy of the SQLite database, taken while the server runs (on PostgreSQL: pg_dump)')
    .argument('<file>', 'where to write the backup (a new file)')
    .exitOverride()
    .action(async (file: string) => {
      const config = loadConfig(io.env);
      const target = sqliteTarget(
        config,
        'back it up with pg_dump, e.g. pg_dump --format=custom --file=<file> "$DATABASE_URL"; personal data in the ' +
          'dump stays encrypted and DATA_KEY is not in it',
      );
      if (!fs.existsSync(target.file)) throw new AdminError(`there is no database at ${target.file} to back up`);
      const result = await withDb(async (db) => {
        const made = backupSqlite(target.file, file);
        await audit(db, now(), 'admin', 'database.backup', null, null, { file: path.basename(made.file) });
        return made;
      });
      io.out(
        `backed up ${target.file} to ${result.file} (${kilobytes(result.bytes)}, ${result.people} people, ` +
          `mode 0600). Personal data in it stays encrypted; the data key is not in it: keep ` +
          `${config.dataKey.current ? 'DATA_KEY' : keyFileFor(target.file)} safe and apart from the backup, ` +
          'or the backup cannot be read.',
      );
    });

  root
    .command('restore')
    .description('put a backup in place of the SQLite database, keeping the one it replaces (stop the server first)')
    .argument('<file>', 'a backup made by `admin backup`')
    .exitOverride()
    .action(async (file: string) => {
      const config = loadConfig(io.env);
      const target = sqliteTarget(
        config,
        'restore a pg_dump backup with pg_restore (stop every instance first); the same DATA_KEY must be set',
      );
      const at = now();
      const result = restoreSqlite({
        databaseFile: target.file,
        backupFile: file,
        keyIds: keyIdsAtHand(keySourceOf(config, io), target.file),
        knownMigrations: new Set(migrationNamesIn(migrationsDirOf('sqlite'))),
        stamp: at.toISOString().replace(/[:.]/g, '-'),
      });
      // Opening migrates a backup from an older version and proves the key reads it; the restore is audited in it.
      await withDb((db) =>
        audit(db, at, 'admin', 'database.restored', null, null, {
          file: path.basename(file),
          ...(result.kept ? { kept: path.basename(result.kept) } : {}),
        }),
      );
      io.out(
        `restored ${target.file} from ${path.resolve(file)} (${result.people} people). ` +
          (result.kept
            ? `The database it replaced is kept at ${result.kept}: delete it once all is well. `
            : 'There was no database before. ') +
          'Start the server again.',
      );
    });
  return root;
}

/** The SQLite database backup and restore work on; on PostgreSQL they refuse, saying what to use there instead. */
function sqliteTarget(config: Config, onPostgres: string): SqliteTarget {
  const target = parseDatabaseUrl(config.databaseUrl);
  if (target.provider !== 'sqlite') throw new AdminError(`the database is PostgreSQL (${target.label}): ${onPostgres}`);
  return target;
}

const kilobytes = (bytes: number): string => `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** The data key, found as the server finds it (DATA_KEY, else the key file beside a SQLite database). */
function keySourceOf(config: Config, io: AdminIo): KeySource {
  return {
    dataKey: config.dataKey.current,
    previousKeys: config.dataKey.previous,
    onCreated: (file) =>
      io.err(`admin: created the data key at ${file} (mode 0600); back it up apart from the database`),
  };
}

/** Teams' bold markers mean nothing in a terminal. */
const plainText = (text: string): string => text.replace(/\*\*/g, '');

/** Runs one admin command; returns the exit code. */
export async function runAdmin(argv: string[], io: AdminIo): Promise<number> {
  let opened: OpenDatabase | undefined;
  const withOpen = async <T>(job: (o: OpenDatabase) => Promise<T>): Promise<T> => {
    if (!opened)
      opened = await openDatabase(loadConfig(io.env).databaseUrl, { key: keySourceOf(loadConfig(io.env), io) });
    return job(opened);
  };
  try {
    const cli = program(io, withOpen);
    if (argv.length === 0) {
      io.out(cli.helpInformation().trimEnd());
      return 0;
    }
    await cli.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version print themselves and exit 0; usage errors were already printed by commander.
      return err.exitCode === 0 ? 0 : 1;
    }
    if (err instanceof ConfigError) io.err(`admin: ${err.message.replace(/\n\s*/g, ' ')}`);
    else io.err(`admin: ${oneLineReason(err)}`);
    return 1;
  } finally {
    await opened?.close();
  }
}

if (process.argv[1]?.endsWith('admin.ts')) {
  runAdmin(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
  }).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`admin: ${oneLineReason(err)}\n`);
      process.exit(1);
    },
  );
}
