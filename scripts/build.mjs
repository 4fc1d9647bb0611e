// prestart: transpiles the runtime TypeScript (and the generated Prisma clients) file by file into dist/, so
// production runs plain `node dist/bot/server.js` without tsx's loader thread and caches. Also copies what that code
// reads beside itself: the safety model's weights, the schema files and migrations.
// usage: node scripts/build.mjs [--outdir=DIR] [extra folders, e.g. bench/floors]
// DIR (default dist) must lie inside the project, so that the built code still finds node_modules.
import console from 'node:console';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outdir = path.resolve(root, args.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist');
const extraFolders = args.filter((a) => !a.startsWith('--'));
// The folder is emptied first: it must be a folder of its own inside the project, never the project or a source.
const relativeOut = path.relative(root, outdir);
if (relativeOut === '' || relativeOut.startsWith('..') || path.isAbsolute(relativeOut)) {
  console.error(`build: --outdir must be a folder inside the project, not ${outdir}`);
  process.exit(1);
}
const sourceFolders = ['shared', 'bot', 'dialogs', 'flows', 'prisma/tools', 'prisma/generated', ...extraFolders];
// Read at run time relative to the code (import.meta.url): copied to the same place under dist/.
const assets = [
  'flows/safety/model/weights.json',
  'flows/safety/model/semantic-weights.json',
  'prisma/models.prisma',
  'prisma/schema.sqlite.prisma',
  'prisma/schema.postgresql.prisma',
  'prisma/migrations-sqlite',
  'prisma/migrations-postgresql',
];

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

const started = Date.now();
if (sourceFolders.some((folder) => relativeOut === folder || folder.startsWith(`${relativeOut}/`))) {
  console.error(`build: --outdir must not be a source folder (${relativeOut})`);
  process.exit(1);
}
try {
  const entryPoints = sourceFolders.flatMap(typescriptFiles);
  // A clean folder each time: a migration or module deleted from the source must not live on in dist/.
  fs.rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir,
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
  for (const asset of assets) {
    fs.cpSync(path.join(root, asset), path.join(outdir, asset), { recursive: true });
  }
  console.log(`Built ${entryPoints.length} modules into ${path.relative(root, outdir)}/ in ${Date.now() - started} ms`);
} catch (err) {
  console.error(`build failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
