// `npm run manifest`: the package is filled from config, valid against the Teams schema offline, and holds the
// manifest and both icons at the sizes Teams wants.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildPackage, fillManifest, LOCAL_BOT_ID, validateManifest } from '../../manifest/build.js';
import { readPixels, readPngInfo } from '../../manifest/png.js';

const APP_ID = '6f1c0a52-3a4b-4c7d-9e2f-0123456789ab';
const root = path.resolve(import.meta.dirname, '../..');
const PUBLISHER = {
  TEAMS_DEVELOPER_NAME: 'Somerset Peer Support',
  TEAMS_WEBSITE_URL: 'https://peers.example.org',
  TEAMS_PRIVACY_URL: 'https://peers.example.org/privacy',
  TEAMS_TERMS_URL: 'https://peers.example.org/terms',
};

/** One file out of a zip, found through the central directory (as Teams reads it). */
function readZipEntry(zip: Buffer, name: string): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const [method, size, nameLength] = [
      zip.readUInt16LE(at + 10),
      zip.readUInt32LE(at + 20),
      zip.readUInt16LE(at + 28),
    ];
    const local = zip.readUInt32LE(at + 42);
    if (zip.subarray(at + 46, at + 46 + nameLength).toString() === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 8 ? zlib.inflateRawSync(data) : data;
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  throw new Error(`${name} is not in the zip`);
}

describe('the Teams app package', () => {
  it('fills the bot id from MicrosoftAppId, validates, and zips manifest.json with the two icons', async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pc-manifest-'));
    const env = {
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'secret',
      PUBLIC_URL: 'https://bot.example.org',
      ...PUBLISHER,
    };
    const result = await buildPackage({ env, outDir });
    expect(result.warnings).toEqual([]);
    expect(result.manifest['id']).toBe(APP_ID);
    expect(result.manifest['developer']).toEqual({
      name: 'Somerset Peer Support',
      websiteUrl: 'https://peers.example.org',
      privacyUrl: 'https://peers.example.org/privacy',
      termsOfUseUrl: 'https://peers.example.org/terms',
    });
    expect(result.manifest['bots']).toMatchObject([{ botId: APP_ID, scopes: ['personal', 'team'] }]);
    expect(result.manifest['validDomains']).toEqual(['bot.example.org']);
    const zip = fs.readFileSync(result.zipPath);
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    for (const name of ['manifest.json', 'color.png', 'outline.png'])
      expect(zip.includes(Buffer.from(name))).toBe(true);
    expect(JSON.stringify(result.manifest)).not.toContain('${{');
  });

  it('`npm run manifest` builds with only the bot id: no password, and a placeholder publisher named as such', () => {
    const zip = path.join(root, 'manifest', 'build', 'peer-connect.zip');
    fs.rmSync(zip, { force: true });
    const env = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', MicrosoftAppId: APP_ID };
    const run = execFileSync(path.join(root, 'node_modules/.bin/tsx'), ['manifest/build.ts'], {
      cwd: root,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(run).toBe('Teams app package: manifest/build/peer-connect.zip\n');
    const manifest = readZipEntry(fs.readFileSync(zip), 'manifest.json').toString();
    expect(JSON.parse(manifest)).toMatchObject({
      id: APP_ID,
      bots: [{ botId: APP_ID }],
      developer: { name: 'peer-connect (publisher not set)' },
    });
    expect(manifest).not.toMatch(/rethink/i);
  });

  it('names nobody as publisher when none is set, and says so', async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pc-manifest-'));
    const result = await buildPackage({ env: { MicrosoftAppId: APP_ID }, outDir });
    expect(result.manifest['developer']).toEqual({
      name: 'peer-connect (publisher not set)',
      websiteUrl: 'https://example.org',
      privacyUrl: 'https://example.org/privacy',
      termsOfUseUrl: 'https://example.org/terms',
    });
    expect(result.warnings).toEqual([
      'TEAMS_DEVELOPER_NAME, TEAMS_WEBSITE_URL, TEAMS_PRIVACY_URL, TEAMS_TERMS_URL are not set: the package names a ' +
        "placeholder publisher. Teams shows these in the app's details: set them to your organisation's before uploading.",
    ]);
    expect(JSON.stringify(result.manifest)).not.toMatch(/rethink/i);
    const partly = await buildPackage({ env: { MicrosoftAppId: APP_ID, ...PUBLISHER, TEAMS_TERMS_URL: '' }, outDir });
    expect(partly.warnings).toEqual([expect.stringMatching(/^TEAMS_TERMS_URL is not set: /)]);
  });

  it.each([
    [{ MicrosoftAppId: 'my-bot' }, /^MicrosoftAppId must be the bot's Microsoft App ID, a GUID/],
    [
      { MicrosoftAppId: APP_ID, ...PUBLISHER, TEAMS_PRIVACY_URL: 'http://peers.example.org/privacy' },
      /^TEAMS_PRIVACY_URL must be an https:\/\/ address$/,
    ],
    [
      { MicrosoftAppId: APP_ID, ...PUBLISHER, TEAMS_DEVELOPER_NAME: 'x'.repeat(33) },
      /^TEAMS_DEVELOPER_NAME must be at most 32/,
    ],
  ])('refuses %o with one line naming the variable', async (env, reason) => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pc-manifest-'));
    await expect(buildPackage({ env, outDir })).rejects.toThrow(reason);
  });

  it('still builds for local testing without credentials, with a warning', async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pc-manifest-'));
    const result = await buildPackage({ env: {}, outDir });
    expect(result.manifest['id']).toBe(LOCAL_BOT_ID);
    expect(result.warnings.join('\n')).toMatch(/MicrosoftAppId is not set/);
  });

  it('rejects a manifest the Teams schema does not accept', () => {
    const template = fs.readFileSync(path.join(import.meta.dirname, '../../manifest/manifest.json'), 'utf8');
    const good = fillManifest(template, {
      TEAMS_APP_ID: APP_ID,
      BOT_ID: APP_ID,
      APP_VERSION: '1.0.0',
      SERVICE_NAME: 'Peer Connections',
      DEVELOPER_NAME: 'A Somerset charity',
      WEBSITE_URL: 'https://charity.example.org',
      PRIVACY_URL: 'https://charity.example.org/privacy',
      TERMS_URL: 'https://charity.example.org/terms',
    });
    expect(validateManifest(good)).toEqual([]);
    expect(validateManifest({ ...good, developer: { name: 'x', websiteUrl: 'not a url' } })).not.toEqual([]);
    expect(validateManifest({ ...good, id: 'not-a-guid' }).join('\n')).toMatch(/\/id/);
    const { bots: _bots, ...rest } = good;
    expect(validateManifest({ ...rest, bots: [{ botId: APP_ID, scopes: ['everywhere'] }] })).not.toEqual([]);
    expect(() => fillManifest('{"id": "${{NOPE}}"}', {})).toThrow(/unknown placeholder/);
  });

  it('has a 192×192 colour icon and a 32×32 outline icon that is white on transparent', () => {
    const color = fs.readFileSync(path.join(import.meta.dirname, '../../manifest/color.png'));
    expect(readPngInfo(color)).toMatchObject({ width: 192, height: 192 });
    const outline = readPixels(fs.readFileSync(path.join(import.meta.dirname, '../../manifest/outline.png')));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const alphas = new Set<number>();
    for (let i = 0; i < outline.rgba.length; i += 4) {
      const [r, g, b, a] = [outline.rgba[i], outline.rgba[i + 1], outline.rgba[i + 2], outline.rgba[i + 3]];
      alphas.add(a ?? 0);
      if (a !== 0) expect([r, g, b]).toEqual([255, 255, 255]);
    }
    expect(alphas).toEqual(new Set([0, 255]));
  });
});
