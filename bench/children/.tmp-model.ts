// Child-process entry: times the safety classifier on 1,600-character messages (Twilio's longest inbound SMS) and
// prints one JSON line. Messages are slices of the service's own articles, some with worrying phrases mixed in,
// each one different so nothing is cached between calls.
import fs from 'node:fs';
import path from 'node:path';
import { scoreCanonical } from '../../flows/safety/model.js'; import { normalise } from '../../flows/safety/normalise.js'; import { removeIdioms } from '../../flows/safety/idioms.js'; const classify = (t: string) => { const s = scoreCanonical(removeIdioms(normalise(t))); return { level: (s.urgent >= 0.9295 ? 'urgent' : s.concern >= 0.9997 ? 'concern' : 'none') as 'urgent' }; };

const LENGTH = 1_600;
const WARMUP = 300;
const RUNS = Number(process.env['SAFETY_RUNS'] ?? 3_000);

const seeds = process.env['SEEDS_DIR'] ?? path.resolve('../shared/seeds');
let corpus = '';
try {
  corpus = fs
    .readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => fs.readFileSync(path.join(seeds, f), 'utf8'))
    .join(' ')
    .replace(/\s+/g, ' ');
} catch {
  // Without the articles, ordinary words still give the classifier a realistic amount of text to read.
}
if (corpus.length < LENGTH * 2)
  corpus = 'I have been feeling a bit low lately and would like someone to talk to. '.repeat(200);

const WORRYING = [
  "I don't want to be here any more",
  'I used to self harm but not now',
  'sometimes I think everyone would be better off without me',
  'I am not suicidal',
  'I took too many tablets last year',
];

function message(i: number): string {
  const start = (i * 7919) % (corpus.length - LENGTH);
  let text = corpus.slice(start, start + LENGTH);
  if (i % 3 === 0) {
    const phrase = WORRYING[i % WORRYING.length] ?? '';
    const at = (i * 131) % (LENGTH - phrase.length);
    text = text.slice(0, at) + phrase + text.slice(at + phrase.length);
  }
  return text.slice(0, LENGTH).padEnd(LENGTH, ' x');
}

const messages = Array.from({ length: RUNS + WARMUP }, (_, i) => message(i));
const levels = { urgent: 0, concern: 0, none: 0 };
for (let i = 0; i < WARMUP; i++) classify(messages[i] ?? '');
const times: number[] = [];
for (let i = WARMUP; i < messages.length; i++) {
  const text = messages[i] ?? '';
  const t0 = process.hrtime.bigint();
  const result = classify(text);
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  levels[result.level]++;
}
times.sort((a, b) => a - b);
const pick = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
process.stdout.write(
  JSON.stringify({ runs: times.length, chars: LENGTH, p50: pick(0.5), p99: pick(0.99), max: pick(1), levels }) + '\n',
);
