// The server's log at exit: every line written before the process goes, even when stdout is slower than the writer
// (a busy machine, a slow log collector). The child writes more than a pipe holds, finishes the log and exits at once,
// as bot/server.ts does; the parent reads slowly and must see the last line.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const child = `
import { createServerLogger } from './bot/logger.ts';
const { log, finish, release } = createServerLogger('info');
const filler = 'x'.repeat(1000);
for (let i = 0; i < 400; i++) log.info({ i, filler }, 'line');
log.info('stopped');
finish(10_000).finally(() => {
  release();
  process.exit(0);
});
`;

describe('the server log at exit', () => {
  it('writes its last line before the process exits, though stdout is slow', async () => {
    const proc = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', child], { cwd: root });
    // A slow reader: the pipe fills, so the last lines are still in the log's buffer when finish() is called.
    proc.stdout.pause();
    await new Promise((resolve) => setTimeout(resolve, 500));
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.stdout.resume();
    const code = await new Promise<number | null>((resolve) => proc.on('close', resolve));
    expect(code).toBe(0);
    const lines = out.split('\n').filter(Boolean);
    expect(lines).toHaveLength(401);
    expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({ msg: 'stopped' });
  }, 30_000);
});
