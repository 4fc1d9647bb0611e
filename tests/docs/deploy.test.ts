// docs/deploy.md is followed to the letter by people with no developer on hand: its systemd unit runs what
// `npm start` runs, every admin command and variable it names exists, and every link into it lands on a heading.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAdmin } from '../../bot/cli/admin.js';

const root = path.resolve(import.meta.dirname, '../..');
const guide = fs.readFileSync(path.join(root, 'docs/deploy.md'), 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

/** GitHub's anchor for a heading. */
const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s/g, '-');
const anchors = new Set([...guide.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1] ?? '')));

describe('docs/deploy.md', () => {
  it('runs the built server under systemd with the same command and flags as npm start, building first', () => {
    const start = /^ExecStart=(\S+) (.+)$/m.exec(guide);
    expect(start?.[1]).toBe('/usr/bin/node');
    expect(`node ${start?.[2] ?? ''}`).toBe(pkg.scripts['start']);
    const pre = /^ExecStartPre=(\S+) (.+)$/m.exec(guide);
    expect(`node ${pre?.[2] ?? ''}`).toBe(pkg.scripts['prestart']);
  });

  it('names only admin commands the CLI has', async () => {
    const help: string[] = [];
    expect(await runAdmin(['--help'], { out: (l) => help.push(l), err: () => {}, env: {} })).toBe(0);
    const listed = help.join('\n');
    const commands = [...guide.matchAll(/npm run -s admin -- ([a-z-]+(?: (?:add|list|remove))?)/g)].map((m) => m[1]);
    expect(commands).toEqual(expect.arrayContaining(['backup', 'restore', 'queue', 'alerts', 'staff add']));
    for (const command of commands) expect(listed).toMatch(new RegExp(`^ {2}${command}\\b`, 'm'));
  });

  it('names only variables that .env.example documents', () => {
    const example = fs.readFileSync(path.join(root, '.env.example'), 'utf8');
    const block = /```sh\n(HOST=[\s\S]*?)```/.exec(guide)?.[1] ?? '';
    const names = [...block.matchAll(/^([A-Za-z_]+)=/gm)].map((m) => m[1] ?? '');
    expect(names.length).toBeGreaterThan(10);
    for (const name of [...names, 'DATA_KEY', 'TEAMS_DEVELOPER_NAME', 'URGENT_UNACKED_MINUTES', 'SHUTDOWN_GRACE_MS']) {
      expect(example).toMatch(new RegExp(`^${name}=`, 'm'));
    }
  });

  it('is linked from the README, and every link into it lands on a heading', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain('](docs/deploy.md)');
    const links = [
      ...[...readme.matchAll(/\]\(docs\/deploy\.md#([\w-]+)\)/g)].map((m) => m[1]),
      ...[...guide.matchAll(/\]\(#([\w-]+)\)/g)].map((m) => m[1]),
    ];
    expect(links.length).toBeGreaterThan(10);
    for (const anchor of links) expect(anchors).toContain(anchor);
  });
});
