// prestart: transpiles the runtime TypeScript (and the generated Prisma clients) file by file into dist/, so
// production runs plain `node dist/bot/server.js` without tsx's loader thread and caches. Also copies what that code
// reads beside itself: the safety model's weights, the schema files and migrations.
// Once and atomically: nothing is done while dist/ was built from the same sources (a hash of their contents, kept in
// dist/.build-stamp.json); otherwise one build at a time (dist.lock) is made in a folder of its own and renamed into
// place, so that two starts from one folder, or a start beside a running server, never see a half-built dist/.
// usage: node scripts/build.mjs [--outdir=DIR] [--force] [extra folders, e.g. bench/floors]
// DIR (default dist) must lie inside the project, so that the built code still finds node_modules.
import console from 'node:console';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outdir = path.resolve(root, args.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist');
const force = args.includes('--force');
const extraFolders = args.filter((a) => !a.startsWith('--'));
// The folder is replaced whole: it must be a folder of its own inside the project, never the project or a source.
const relativeOut = path.relative(root, outdir);
if (relativeOut === '' || relativeOut.startsWith('..') || path.isAbsolute(relativeOut)) {
  console.error(`build: --outdir must be a folder inside the project, not ${outdir}`);
  process.exit(1);
}
const baseFolders = ['shared', 'bot', 'dialogs', 'flows', 'prisma/tools', 'prisma/generated'];
// Read at run time relative to the code (import.meta.url): copied to the same place under dist/.
const assets = [
  'flows/safety/model/weights.json',
  'flows/safety/model/semantic-weights.json',
  'flows/safety/model/context-weights.json',
  'flows/safety/model/standing-weights.json',
  'flows/safety/model/concern-weights.json',
  'prisma/models.prisma',
  'prisma/schema.sqlite.prisma',
  'prisma/schema.postgresql.prisma',
  'prisma/migrations-sqlite',
  'prisma/migrations-postgresql',
  'bot/try/page/index.html',
  'bot/try/page/console.css',
];
// The try-it console's page script: bundled with adaptivecards for the browser (bot/try/assets.ts bundles the same
// entry, with the same settings, when the server runs from source).
const pageEntry = 'bot/try/page/console.js';
const stampName = '.build-stamp.json';
const lockFile = `${outdir}.lock`;
/** A lock older than this is a build that died without cleaning up (a build takes about a second). */
const STALE_LOCK_MS = 5 * 60_000;

function typescriptFiles(folder) {
  const dir = path.join(root, folder);
  if (!fs.existsSync(dir)) {
    throw new Error(`${folder} is missing${folder.startsWith('prisma/generated') ? ' (run npm install)' : ''}`);
  }
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function filesUnder(item) {
  const full = path.join(root, item);
  if (!fs.statSync(full).isDirectory()) return [full];
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** A hash of everything a build of `folders` is made from: sources, assets, this script and esbuild's version. */
function fingerprint(folders) {
  const files = [
    ...folders.flatMap(typescriptFiles),
    ...assets.flatMap(filesUnder),
    path.join(root, pageEntry),
    path.join(root, 'node_modules/adaptivecards/package.json'),
    fileURLToPath(import.meta.url),
    path.join(root, 'node_modules/esbuild/package.json'),
  ].sort();
  const hash = crypto.createHash('sha256');
  for (const file of files) {
    hash.update(`${path.relative(root, file)}\0`);
    hash.update(fs.readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Whether `outdir` holds a build of at least `folders`, made from the sources as they are now. */
function isCurrent(folders) {
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(path.join(outdir, stampName), 'utf8'));
  } catch {
    return false;
  }
  if (!Array.isArray(stamp.folders) || !folders.every((f) => stamp.folders.includes(f))) return false;
  try {
    return stamp.fingerprint === fingerprint(stamp.folders);
  } catch {
    return false; // a folder it was built with is gone
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** Takes dist.lock (waiting while another live build holds it); returns a function that lets it go. */
async function lock() {
  const deadline = Date.now() + 2 * STALE_LOCK_MS;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, `${process.pid}\n`, { flag: 'wx' });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
    let holder = NaN;
    let age = 0;
    try {
      holder = Number(fs.readFileSync(lockFile, 'utf8').trim());
      age = Date.now() - fs.statSync(lockFile).mtimeMs;
    } catch {
      continue; // let go of just now: try again
    }
    if (!Number.isInteger(holder) || !isAlive(holder) || age > STALE_LOCK_MS) {
      fs.rmSync(lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`another build (process ${holder}) holds ${lockFile}`);
    await sleep(100);
  }
}

const started = Date.now();
const sourceFolders = [...baseFolders, ...extraFolders];
if (sourceFolders.some((folder) => relativeOut === folder || folder.startsWith(`${relativeOut}/`))) {
  console.error(`build: --outdir must not be a source folder (${relativeOut})`);
  process.exit(1);
}
const building = `${outdir}.building-${process.pid}`;
const old = `${outdir}.old-${process.pid}`;
let unlock = () => {};
try {
  if (!force && isCurrent(sourceFolders)) {
    console.log(`${relativeOut}/ is up to date (built from these sources): nothing to build`);
    process.exit(0);
  }
  fs.mkdirSync(path.dirname(outdir), { recursive: true });
  unlock = await lock();
  // Another start may have built it while this one waited for the lock.
  if (!force && isCurrent(sourceFolders)) {
    console.log(`${relativeOut}/ was just built by another start: nothing to build`);
  } else {
    const sum = fingerprint(sourceFolders);
    const entryPoints = sourceFolders.flatMap(typescriptFiles);
    fs.rmSync(building, { recursive: true, force: true });
    await esbuild.build({
      entryPoints,
      outdir: building,
      outbase: root,
      format: 'esm',
      platform: 'node',
      target: 'node20.19',
      // No bundling: each module keeps its relative `.js` imports, packages load from node_modules as under tsx.
      bundle: false,
      // Maps on disk only: node reads them just under --enable-source-maps (measured: about 10 MB more RSS then).
      sourcemap: 'linked',
      logLevel: 'warning',
    });
    await esbuild.build({
      // The same settings as the console bundles with when run from source (bot/try/assets.ts).
      ...JSON.parse(fs.readFileSync(path.join(root, 'bot/try/page/bundle.json'), 'utf8')),
      entryPoints: [path.join(root, pageEntry)],
      outfile: path.join(building, pageEntry),
    });
    for (const asset of assets) {
      fs.cpSync(path.join(root, asset), path.join(building, asset), { recursive: true });
    }
    fs.writeFileSync(
      path.join(building, stampName),
      `${JSON.stringify({ fingerprint: sum, folders: sourceFolders })}\n`,
    );
    // A clean folder each time (a migration or module deleted from the source must not live on), swapped in by two
    // renames: the old build is moved aside, never emptied in place.
    if (fs.existsSync(outdir)) fs.renameSync(outdir, old);
    fs.renameSync(building, outdir);
    fs.rmSync(old, { recursive: true, force: true });
    console.log(`Built ${entryPoints.length} modules into ${relativeOut}/ in ${Date.now() - started} ms`);
  }
} catch (err) {
  fs.rmSync(building, { recursive: true, force: true });
  if (!fs.existsSync(outdir) && fs.existsSync(old)) fs.renameSync(old, outdir);
  console.error(`build failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  unlock();
}
