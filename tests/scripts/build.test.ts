// `npm start`'s build as two volunteers starting the server at once would meet it: built once, skipped while the
// sources are unchanged, rebuilt whole when they change, and never seen half-made by a second start.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
// Inside the project (as dist/ is) but apart from dist/, which is left alone.
const base = path.join('node_modules', '.cache', 'peer-connect', `build-test-${process.pid}`);
const outdir = path.join(base, 'out');
const extra = path.join(base, 'extra');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function build(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.mjs', `--outdir=${outdir}`, extra, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const built = (file: string) => path.join(root, outdir, extra, file);
const leftovers = () => fs.readdirSync(path.join(root, base)).filter((name) => name !== 'out' && name !== 'extra');

describe('scripts/build.mjs', () => {
  beforeAll(() => {
    fs.mkdirSync(path.join(root, extra), { recursive: true });
    fs.writeFileSync(path.join(root, extra, 'a.ts'), 'export const a: number = 1;\n');
    fs.writeFileSync(path.join(root, extra, 'b.ts'), 'export const b: number = 2;\n');
  });
  afterAll(() => fs.rmSync(path.join(root, base), { recursive: true, force: true }));

  it('builds once, then leaves an up-to-date build alone', async () => {
    const first = await build();
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/^Built \d+ modules into .*out\/ in \d+ ms\n$/);
    expect(fs.readFileSync(built('a.js'), 'utf8')).toContain('const a = 1');
    expect(fs.existsSync(path.join(root, outdir, 'bot', 'server.js'))).toBe(true);
    const before = fs.statSync(built('a.js'));

    const second = await build();
    expect(second).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/is up to date .*: nothing to build/) as string,
    });
    expect(fs.statSync(built('a.js')).ino).toBe(before.ino);
    expect(leftovers()).toEqual([]);
  });

  it('builds again, whole, when a source changes or goes', async () => {
    fs.writeFileSync(path.join(root, extra, 'a.ts'), 'export const a: number = 10;\n');
    fs.rmSync(path.join(root, extra, 'b.ts'));
    const run = await build();
    expect(run.stdout).toMatch(/^Built /);
    expect(fs.readFileSync(built('a.js'), 'utf8')).toContain('const a = 10');
    expect(fs.existsSync(built('b.js'))).toBe(false); // a deleted module does not live on
    expect(leftovers()).toEqual([]);
  });

  it('builds once when two starts find it out of date at the same moment, and both go on', async () => {
    fs.writeFileSync(path.join(root, extra, 'a.ts'), 'export const a: number = 20;\n');
    const runs = await Promise.all([build(), build(), build()]);
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0]);
    expect(runs.filter((r) => r.stdout.startsWith('Built '))).toHaveLength(1);
    expect(fs.readFileSync(built('a.js'), 'utf8')).toContain('const a = 20');
    expect(fs.existsSync(path.join(root, outdir, 'bot', 'server.js'))).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it('takes over the lock of a build that died, and --force builds even when up to date', async () => {
    fs.writeFileSync(path.join(root, `${outdir}.lock`), '2147483646\n'); // no such process
    const run = await build('--force');
    expect(run).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Built /) as string });
    expect(leftovers()).toEqual([]);
  });

  it('keeps the last good build when a build fails', async () => {
    fs.writeFileSync(path.join(root, extra, 'a.ts'), 'export const a: number = ;\n');
    const run = await build();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^build failed: /m);
    expect(fs.readFileSync(built('a.js'), 'utf8')).toContain('const a = 20');
    expect(leftovers()).toEqual([]);
  });
});
