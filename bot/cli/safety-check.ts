// The `npm run -s safety:check` contract: one message per stdin line in, one JSON safety result per line out, in order.
// Streams both ways so large inputs neither sit in memory nor outrun a slow reader (stdout backpressure is honoured).

import { createInterface } from 'node:readline';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { classify } from '../../flows/safety/classify.js';

// Results are written in batches: one write per line would be slow for big inputs.
const BATCH_CHARS = 64 * 1024;

async function runSafetyCheck(input: Readable, output: Writable): Promise<void> {
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
    const result = classify(line.replace(/\r$/, ''));
    buffer += `${JSON.stringify({ level: result.level, reasons: result.reasons })}\n`;
    if (buffer.length >= BATCH_CHARS) await flush();
  }
  await flush();
}

// A reader that stops early (e.g. `| head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

runSafetyCheck(process.stdin, process.stdout).then(
  () => {
    process.exitCode = 0;
  },
  (error: unknown) => {
    // The contract says exit 0; a broken pipe on stdout is the reader's choice, anything else is reported.
    if (!(error instanceof Error && 'code' in error && error.code === 'EPIPE')) console.error(error);
    process.exitCode = 0;
  },
);
