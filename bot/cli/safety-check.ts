// The `npm run -s safety:check` contract: one message per stdin line in, one JSON safety result per line out, in order.
// With `--context`, each line is a conversation, `{"messages":[...]}` (oldest first), and the result is for its last
// message read in the context of the ones before it (flows/safety/context), with `"ask"` for the band that asks; each
// earlier message is read first as it would have been when it came, as the service keeps its alerts.
// Streams both ways so large inputs neither sit in memory nor outrun a slow reader (stdout backpressure is honoured).
// Every layer answers, the semantic layer included (it is waited for: loading the model takes a second or so);
// SAFETY_SEMANTIC=off leaves it out. If the model cannot run, the lexicon and word model answer alone.

import { createInterface } from 'node:readline';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import type { Earlier } from '../../flows/safety/index.js';
import { isObject } from '../../shared/json.js';
import { createLogger } from '../logger.js';
import { SafetyNet, lexiconNet } from '../safety/net.js';
import { semanticOff, startSemanticLayer } from '../safety/semantic.js';

// Results are written in batches: one write per line would be slow for big inputs.
const BATCH_CHARS = 64 * 1024;
/** Lines in flight to the semantic layer at once: it works one at a time, this only hides the round trips. */
const AHEAD = 16;

type Read = (net: SafetyNet, line: string) => Promise<string>;

/** Every layer, waiting for the semantic one; the lexicon and word model alone if it cannot answer. */
async function assess(net: SafetyNet, text: string, recent?: readonly Earlier[]) {
  return (await net.assessFully(text, recent)) ?? (await lexiconNet.assess(text, recent));
}

/** One `--context` line: the result for its last message, or an error line for input that is not a conversation. */
const inContext: Read = async (net, line) => {
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
  // Each earlier text is read as the service read it when it came, so one it would have raised an urgent alert or a
  // concern note for carries that event's reasons (bot/safety/recent.ts).
  const earlier: Earlier[] = [];
  for (const text of messages.slice(0, -1)) {
    const then = await assess(net, text, earlier);
    earlier.push(
      then.level === 'urgent' && then.standing === undefined
        ? { text, alerted: then.reasons }
        : then.level === 'concern'
          ? { text, flagged: then.reasons }
          : text,
    );
  }
  const result = await assess(net, messages[messages.length - 1] ?? '', earlier);
  return JSON.stringify({ level: result.level, reasons: result.reasons, ask: result.ask });
};

// A line alone is read as a mentee's first message is: in context, with nothing before it (so the pictures one text
// can hold, such as affairs put in order, are seen as they are in the service).
const alone: Read = async (net, line) => {
  const result = await assess(net, line, []);
  return JSON.stringify({ level: result.level, reasons: result.reasons });
};

async function runSafetyCheck(input: Readable, output: Writable, read: Read): Promise<void> {
  const semantic = process.env['SAFETY_SEMANTIC'] === 'off' ? semanticOff : startSemanticLayer(createLogger('error'));
  const net = new SafetyNet(semantic, 0);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let buffer = '';
  const flush = async (): Promise<void> => {
    if (buffer === '') return;
    const chunk = buffer;
    buffer = '';
    if (!output.write(chunk)) await once(output, 'drain');
  };
  const queue: Promise<string>[] = [];
  const take = async (): Promise<void> => {
    buffer += `${(await queue.shift()) ?? ''}\n`;
    if (buffer.length >= BATCH_CHARS) await flush();
  };
  try {
    for await (const line of lines) {
      // A stray carriage return (a lone CR line ending) is not part of the message.
      queue.push(read(net, line.replace(/\r$/, '')));
      if (queue.length >= AHEAD) await take();
    }
    while (queue.length > 0) await take();
    await flush();
  } finally {
    await semantic.close();
  }
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
