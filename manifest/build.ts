// `npm run manifest`: fills manifest.json's placeholders from config (the bot id from MicrosoftAppId, the only
// Microsoft value it needs), checks it against the Teams manifest JSON schema shipped in @microsoft/app-manifest
// (offline) and the icons' sizes, and zips manifest.json with the two icons into manifest/build/. The publisher is
// the deployment's own (TEAMS_DEVELOPER_NAME and its pages); unset, a neutral placeholder is used, with a warning.
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
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who publishes the app, as Teams shows it in the app's details; placeholders name nobody. */
const PUBLISHER = [
  { variable: 'TEAMS_DEVELOPER_NAME', placeholder: 'peer-connect (publisher not set)', url: false },
  { variable: 'TEAMS_WEBSITE_URL', placeholder: 'https://example.org', url: true },
  { variable: 'TEAMS_PRIVACY_URL', placeholder: 'https://example.org/privacy', url: true },
  { variable: 'TEAMS_TERMS_URL', placeholder: 'https://example.org/terms', url: true },
] as const;

type PublisherVariable = (typeof PUBLISHER)[number]['variable'];

/** The publisher's name and pages from the environment; each unset one gets its placeholder and a warning. */
function publisherOf(env: NodeJS.ProcessEnv, warnings: string[]): Record<PublisherVariable, string> {
  const values = {} as Record<PublisherVariable, string>;
  const missing: string[] = [];
  for (const { variable, placeholder, url } of PUBLISHER) {
    const value = env[variable]?.trim() ?? '';
    if (value === '') missing.push(variable);
    else if (url && !/^https:\/\/[^\s/]+\S*$/i.test(value)) throw new Error(`${variable} must be an https:// address`);
    else if (!url && value.length > 32) throw new Error(`${variable} must be at most 32 characters (Teams' limit)`);
    values[variable] = value === '' ? placeholder : value;
  }
  if (missing.length > 0) {
    warnings.push(
      `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set: the package names a placeholder ` +
        "publisher. Teams shows these in the app's details: set them to your organisation's before uploading.",
    );
  }
  return values;
}

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
  const env = options.env ?? process.env;
  // The package needs the bot id only: the password and tenant belong to the server, not to this build.
  const { MicrosoftAppId: _id, MicrosoftAppPassword: _password, ...rest } = env;
  const config = loadConfig(rest);
  const warnings: string[] = [];
  const appId = env['MicrosoftAppId']?.trim() ?? '';
  if (appId !== '' && !GUID.test(appId)) {
    throw new Error(
      "MicrosoftAppId must be the bot's Microsoft App ID, a GUID like 6f1c0a52-3a4b-4c7d-9e2f-0123456789ab",
    );
  }
  const botId = appId || LOCAL_BOT_ID;
  if (appId === '') warnings.push(`MicrosoftAppId is not set: the package uses the placeholder bot id ${LOCAL_BOT_ID}`);
  const publisher = publisherOf(env, warnings);
  const pkg = JSON.parse(fs.readFileSync(path.join(HERE, '..', 'package.json'), 'utf8')) as { version: string };
  const manifest = fillManifest(fs.readFileSync(path.join(HERE, 'manifest.json'), 'utf8'), {
    TEAMS_APP_ID: env['TEAMS_APP_ID'] || botId,
    BOT_ID: botId,
    APP_VERSION: options.version ?? pkg.version,
    SERVICE_NAME: config.dialog.serviceName.slice(0, 30),
    DEVELOPER_NAME: publisher.TEAMS_DEVELOPER_NAME,
    WEBSITE_URL: publisher.TEAMS_WEBSITE_URL,
    PRIVACY_URL: publisher.TEAMS_PRIVACY_URL,
    TERMS_URL: publisher.TEAMS_TERMS_URL,
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
