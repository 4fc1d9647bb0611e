// postinstall: generates the Prisma client for each provider into prisma/generated/{sqlite,postgresql} (git-ignored)
// from the committed schema files. Offline: the CLI is told its schema engine is "present" (generate never runs it).
import { spawn } from 'node:child_process';
import console from 'node:console';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
const providers = ['sqlite', 'postgresql'];

function generate(provider) {
  const schema = path.join('prisma', `schema.${provider}.prisma`);
  if (!fs.existsSync(path.join(root, schema))) {
    return Promise.reject(new Error(`${schema} is missing (run \`npx tsx prisma/tools/schemas.ts\`)`));
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, 'generate', '--schema', schema], {
      cwd: root,
      env: {
        ...process.env,
        PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
        CHECKPOINT_DISABLE: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(provider);
      else reject(new Error(`prisma generate for ${provider} failed (exit ${code}):\n${output.trim()}`));
    });
  });
}

const started = Date.now();
try {
  // Two CLI processes side by side: each spends most of its time starting up, so this halves the wait.
  await Promise.all(providers.map(generate));
  console.log(`Generated Prisma clients (${providers.join(', ')}) in ${Date.now() - started} ms`);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
