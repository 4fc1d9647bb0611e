// `npm run manifest`: fills manifest.json's placeholders from config (the bot id from MicrosoftAppId), checks it
// against the Teams manifest JSON schema shipped in @microsoft/app-manifest (offline) and the icons' sizes, and
// zips manifest.json with the two icons into manifest/build/.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import yazl from 'yazl';
import { loadConfig } from '../bot/config.js';
import { readPngInfo } from './png.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
/** Used when MicrosoftAppId is unset: good enough for Agents Playground, not for a real tenant. */
export const LOCAL_BOT_ID = '00000000-0000-0000-0000-000000000000';

export interface BuildOptions {
  env?: NodeJS.ProcessEnv;
  outDir?: string;
  version?: string;
}

export interface BuildResult {
  zipPath: string;
  manifest: Record<string, unknown>;
  warnings: string[];
}

export function fillManifest(template: string, values: Record<string, string>): Record<string, unknown> {
  const filled = template.replace(/\$\{\{([A-Z_]+)\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`manifest.json has an unknown placeholder ${whole}`);
    return JSON.stringify(value).slice(1, -1);
  });
  return JSON.parse(filled) as Record<string, unknown>;
}

/** The schema's complaints, one line each; empty when the manifest is valid. */
export function validateManifest(manifest: Record<string, unknown>): string[] {
  const version = String(manifest['manifestVersion']);
  const file = require.resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`,
  );
  const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  // The Teams schemas declare draft-04 but use nothing draft-04-only; Ajv reads them as its default draft.
  delete schema['$schema'];
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S*$/i);
  const validate = ajv.compile(schema);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

function checkIcon(file: string, size: number, needsAlpha: boolean): void {
  const info = readPngInfo(fs.readFileSync(file));
  if (info.width !== size || info.height !== size) {
    throw new Error(`${path.basename(file)} must be ${size}×${size}, not ${info.width}×${info.height}`);
  }
  if (needsAlpha && info.colorType !== 6) throw new Error(`${path.basename(file)} must have a transparent background`);
}

export async function buildPackage(options: BuildOptions = {}): Promise<BuildResult> {
  const config = loadConfig(options.env ?? process.env);
  const warnings: string[] = [];
  const botId = config.teams?.appId ?? LOCAL_BOT_ID;
  if (!config.teams)
    warnings.push(`MicrosoftAppId is not set: the package uses the placeholder bot id ${LOCAL_BOT_ID}`);
  const env = options.env ?? process.env;
  const pkg = JSON.parse(fs.readFileSync(path.join(HERE, '..', 'package.json'), 'utf8')) as { version: string };
  const manifest = fillManifest(fs.readFileSync(path.join(HERE, 'manifest.json'), 'utf8'), {
    TEAMS_APP_ID: env['TEAMS_APP_ID'] || botId,
    BOT_ID: botId,
    APP_VERSION: options.version ?? pkg.version,
    SERVICE_NAME: config.dialog.serviceName.slice(0, 30),
    // The organisation that publishes the app: each deployment sets its own (Rethink's pages are only the example).
    DEVELOPER_NAME: env['TEAMS_DEVELOPER_NAME'] || 'Rethink Mental Illness',
    WEBSITE_URL: env['TEAMS_WEBSITE_URL'] || 'https://www.rethink.org',
    PRIVACY_URL: env['TEAMS_PRIVACY_URL'] || 'https://www.rethink.org/privacy-policy',
    TERMS_URL: env['TEAMS_TERMS_URL'] || 'https://www.rethink.org/terms-and-conditions',
  });
  const host = new URL(config.publicUrl).hostname;
  if (host !== 'localhost' && host !== '127.0.0.1') manifest['validDomains'] = [host];
  const problems = validateManifest(manifest);
  if (problems.length > 0)
    throw new Error(`manifest.json does not match the Teams schema:\n  ${problems.join('\n  ')}`);
  checkIcon(path.join(HERE, 'color.png'), 192, false);
  checkIcon(path.join(HERE, 'outline.png'), 32, true);

  const outDir = options.outDir ?? path.join(HERE, 'build');
  fs.mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, 'peer-connect.zip');
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), 'manifest.json');
  zip.addFile(path.join(HERE, 'color.png'), 'color.png');
  zip.addFile(path.join(HERE, 'outline.png'), 'outline.png');
  zip.end();
  await new Promise<void>((resolve, reject) => {
    zip.outputStream.pipe(fs.createWriteStream(zipPath)).on('close', resolve).on('error', reject);
  });
  return { zipPath, manifest, warnings };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildPackage().then(
    (result) => {
      for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
      process.stdout.write(`Teams app package: ${path.relative(process.cwd(), result.zipPath)}\n`);
    },
    (err: unknown) => {
      process.stderr.write(`manifest: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
