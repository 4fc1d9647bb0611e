// `npm run manifest`: the package is filled from config, valid against the Teams schema offline, and holds the
// manifest and both icons at the sizes Teams wants.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPackage, fillManifest, LOCAL_BOT_ID, validateManifest } from '../../manifest/build.js';
import { readPixels, readPngInfo } from '../../manifest/png.js';

const APP_ID = '6f1c0a52-3a4b-4c7d-9e2f-0123456789ab';

describe('the Teams app package', () => {
  it('fills the bot id from MicrosoftAppId, validates, and zips manifest.json with the two icons', async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pc-manifest-'));
    const env = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret', PUBLIC_URL: 'https://bot.example.org' };
    const result = await buildPackage({ env, outDir });
    expect(result.warnings).toEqual([]);
    expect(result.manifest['id']).toBe(APP_ID);
    expect(result.manifest['bots']).toMatchObject([{ botId: APP_ID, scopes: ['personal', 'team'] }]);
    expect(result.manifest['validDomains']).toEqual(['bot.example.org']);
    const zip = fs.readFileSync(result.zipPath);
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    for (const name of ['manifest.json', 'color.png', 'outline.png'])
      expect(zip.includes(Buffer.from(name))).toBe(true);
    expect(JSON.stringify(result.manifest)).not.toContain('${{');
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
