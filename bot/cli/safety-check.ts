// The `npm run -s safety:check` contract: one message per stdin line in, one JSON safety result per line out, in order.
// With `--context`, each line is a conversation, `{"messages":[...]}` (oldest first), and the result is for its last
// message read in the context of the ones before it (flows/safety/context), with `"ask"` for the band that asks.
// Streams both ways so large inputs neither sit in memory nor outrun a slow reader (stdout backpressure is honoured).

import { createInterface } from 'node:readline';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { classify } from '../../flows/safety/classify.js';
import { classifyInContext } from '../../flows/safety/context/classify.js';
import { isObject } from '../../shared/json.js';

// Results are written in batches: one write per line would be slow for big inputs.
const BATCH_CHARS = 64 * 1024;

/** One `--context` line: the result for its last message, or an error line for input that is not a conversation. */
function inContext(line: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    parsed = undefined;
  }
  const messages = isObject(parsed) ? parsed['messages'] : undefined;
  if (!Array.isArray(messages) || messages.length === 0 || !messages.every((m) => typeof m === 'string')) {
    return JSON.stringify({ level: 'none', reasons: [], error: 'expected {"messages":["…"]}' });
  }
  const result = classifyInContext(messages.slice(0, -1), messages[messages.length - 1] ?? '');
  return JSON.stringify({ level: result.level, reasons: result.reasons, ask: result.ask });
}

function alone(line: string): string {
  const result = classify(line);
  return JSON.stringify({ level: result.level, reasons: result.reasons });
}

async function runSafetyCheck(input: Readable, output: Writable, read: (line: string) => string): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let buffer = '';
  const flush = async (): Promise<void> => {
    if (buffer === '') return;
    const chunk = buffer;
    buffer = '';
    if (!output.write(chunk)) await once(output, 'drain');
  };
  for await (const line of lines) {
    // A stray carriage return (a lone CR line ending) is not part of the message.
    buffer += `${read(line.replace(/\r$/, ''))}\n`;
    if (buffer.length >= BATCH_CHARS) await flush();
  }
  await flush();
}

// A reader that stops early (e.g. `| head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

runSafetyCheck(process.stdin, process.stdout, process.argv.includes('--context') ? inContext : alone).then(
  () => {
    process.exitCode = 0;
  },
  (error: unknown) => {
    // The contract says exit 0; a broken pipe on stdout is the reader's choice, anything else is reported.
    if (!(error instanceof Error && 'code' in error && error.code === 'EPIPE')) console.error(error);
    process.exitCode = 0;
  },
);
