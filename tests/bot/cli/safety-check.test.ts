// The safety:check contract, run as a real process: one JSON line per input line, in order, exit 0.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function run(input: string, args: string[] = []): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bot/cli/safety-check.ts', ...args], { cwd: root });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
    child.stdin.end(input);
  });
}

describe('safety:check', () => {
  it('prints one result per line, in order, handling CRLF, empty lines and no final newline', async () => {
    const { code, stdout } = await run(
      'I want to die\r\n\r\nmy phone died\nI have stopped taking my meds\nthis is goodbye',
    );
    expect(code).toBe(0);
    const results = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { level: string; reasons: string[] });
    expect(results.map((r) => r.level)).toEqual(['urgent', 'none', 'none', 'concern', 'urgent']);
    expect(results[1]).toEqual({ level: 'none', reasons: [] });
    expect(results[3]?.reasons).toContain('stopped-medication');
  });

  it('streams a large input', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? 'kms' : 'can we meet on Tuesday?'));
    const { code, stdout } = await run(`${lines.join('\n')}\n`);
    expect(code).toBe(0);
    const out = stdout.trimEnd().split('\n');
    expect(out).toHaveLength(3000);
    expect(out[0]).toBe('{"level":"urgent","reasons":["suicidal-intent"]}');
    expect(out[1]).toBe('{"level":"none","reasons":[]}');
  });

  it('prints nothing for empty input and exits 0', async () => {
    const { code, stdout } = await run('');
    expect(code).toBe(0);
    expect(stdout).toBe('');
  });

  it('with --context reads conversations and scores the last message of each in the context of the others', async () => {
    const conversations = [
      { messages: ['been saving my tablets', 'got enough now', 'going to the woods later'] },
      { messages: ['sorting my tablets into the pill organiser', 'for the holiday', 'got enough now'] },
      { messages: ["he's been texting again", "he's back"] },
      { messages: ['I want to die'] },
    ];
    const input = `${conversations.map((c) => JSON.stringify(c)).join('\n')}\nnot a conversation\n`;
    const { code, stdout } = await run(input, ['--context']);
    expect(code).toBe(0);
    const results = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { level: string; reasons: string[]; ask: boolean; error?: string });
    expect(results.map((r) => r.level)).toEqual(['urgent', 'none', 'concern', 'urgent', 'none']);
    expect(results[0]?.reasons[0]).toBe('context-means-gathered');
    expect(results[2]?.ask).toBe(true);
    expect(results[4]?.error).toMatch(/messages/);
  });

  it("with --context carries the worries each earlier text raised when it came, the learned layers' included", async () => {
    // Each earlier text is a worry only the sentence model notes: the rules and word model alone read nothing in it.
    const worries = ['not saying anything nasty just there all the time', 'she said im too much'];
    const conversations = [
      { messages: [...worries, 'is dave still coming thursday'] },
      { messages: ['had a lovely walk', worries[1], 'is dave still coming thursday'] },
    ];
    const { code, stdout } = await run(`${conversations.map((c) => JSON.stringify(c)).join('\n')}\n`, ['--context']);
    expect(code).toBe(0);
    const results = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { level: string; reasons: string[]; ask: boolean });
    expect(results[0]).toEqual({ level: 'concern', reasons: ['context-worries-gathered'], ask: true });
    // One worry alone is not gathered.
    expect(results[1]).toEqual({ level: 'none', reasons: [], ask: false });
  });
});
