// The start-up deploy runs in a child process: the migrations are applied there, the schema engine never loads here,
// and a failure comes back with the message and code the caller words its start-up error from.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deployInChildProcess } from '../../../bot/db/deploy-process.js';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pc-deploy-test-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('deployInChildProcess', () => {
  it('applies the migrations of a fresh SQLite database in another process, then has nothing left to do', async () => {
    const url = `file:${path.join(scratch, 'fresh', 'pc.db')}`;
    const applied = await deployInChildProcess(url);
    expect(applied.length).toBeGreaterThan(0);
    expect(applied[0]).toMatch(/^\d{14}_init$/);
    expect(await deployInChildProcess(url)).toEqual([]);
    // The WASM glue registers this global when it loads: it never did in this process.
    expect(Reflect.get(globalThis, 'PRISMA_WASM_PANIC_REGISTRY')).toBeUndefined();
  });

  it("passes the child's error back with its message and code", async () => {
    const file = path.join(scratch, 'a-file');
    fs.writeFileSync(file, '');
    const err: unknown = await deployInChildProcess(`file:${file}/data/pc.db`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).toMatchObject({ code: 'ENOTDIR', message: expect.stringContaining('ENOTDIR') as unknown });
  });

  it('gives up with a clear reason when the migrations do not finish in time (the child is killed)', async () => {
    const url = `file:${path.join(scratch, 'slow', 'pc.db')}`;
    const err: unknown = await deployInChildProcess(url, { timeoutMs: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(String(err)).toMatch(/did not finish within 0 s \(is another process holding the database\?\)/);
  });
});
