// Child-process entry: times every layer of the safety net together (lexicon, word model, and the semantic layer's
// sentence model in its worker thread, waited for in full) on 160- and 1,600-character messages, and prints one JSON
// line with the percentiles and this process's RSS with the model loaded. Messages are slices of ordinary text with
// worrying phrases mixed into some, each one different so nothing is cached between calls. Most ordinary ones never
// reach the model (the net skips it where no answer of its could change the verdict): the percentiles of those that
// do are given apart.
import { createLogger } from '../../bot/logger.js';
import { readsTheModel, SafetyNet } from '../../bot/safety/net.js';
import { startSemanticLayer } from '../../bot/safety/semantic.js';

// 1,000: with 200 the 99th percentile was the second slowest of the few messages the model reads (about 7), so one
// slow read on a busy machine moved it by half; the model's own percentiles are given apart below.
const RUNS = Number(process.env['SEMANTIC_RUNS'] ?? 1_000);
const WARMUP = 10;
const LENGTHS = [160, 1_600];

const ORDINARY = [
  'I moved to Bridgwater last spring and work at the garden centre three days a week.',
  'My GP suggested peer support after my divorce, and I would like someone to talk to about work and sleep.',
  'I can do Tuesday afternoons or Thursday mornings, and I would rather meet somewhere quiet near Taunton.',
  "Things have been up and down but I'm managing, mostly I just feel a bit cut off from people since the move.",
  'My daughter helps me with the phone, so texts are best, and please do not call before ten.',
];
const WORRYING = [
  "I don't want to be here any more",
  'sometimes I think everyone would be better off without me',
  'I took too many tablets last year',
  'the drawer with the blades is open',
];

function message(i: number, length: number): string {
  const parts: string[] = [];
  for (let j = 0; parts.join(' ').length < length; j++) parts.push(ORDINARY[(i + j) % ORDINARY.length] ?? '');
  if (i % 3 === 0) parts.splice(i % parts.length, 0, WORRYING[i % WORRYING.length] ?? '');
  return `${i} ${parts.join(' ')}`.slice(0, length);
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

const started = performance.now();
const layer = startSemanticLayer(createLogger('error'));
if (!(await layer.ready())) throw new Error('the semantic layer did not load');
const loadMs = performance.now() - started;
const rssLoaded = mb(process.memoryUsage().rss);
const net = new SafetyNet(layer, 0);
interface Timing {
  runs: number;
  p50: number;
  p99: number;
  max: number;
}
const timing = (times: number[]): Timing => {
  const sorted = [...times].sort((a, b) => a - b);
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { runs: sorted.length, p50: pick(0.5), p99: pick(0.99), max: pick(1) };
};
const results: Record<string, Timing & { model: Timing }> = {};
for (const length of LENGTHS) {
  const runs = length > 500 ? Math.max(20, Math.round(RUNS / 2)) : RUNS;
  for (let i = 0; i < WARMUP; i++) await net.assessFully(message(1_000_000 + i, length));
  const times: number[] = [];
  const modelTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = message(i, length);
    const t0 = performance.now();
    await net.assessFully(text);
    const ms = performance.now() - t0;
    times.push(ms);
    if (readsTheModel(text)) modelTimes.push(ms);
  }
  results[String(length)] = { ...timing(times), model: timing(modelTimes) };
}
const rssAfter = mb(process.memoryUsage().rss);
await layer.close();
process.stdout.write(`${JSON.stringify({ loadMs, rssLoadedMb: rssLoaded, rssAfterMb: rssAfter, results })}\n`);
