// Scratch guard: records classify() output for every labelled line, the bench's long messages and long mixes of
// labelled lines, so a speed-up can be checked byte-for-byte. Usage: npx tsx tests/flows/safety/snapshot-outputs.ts OUT
import fs from 'node:fs';
import path from 'node:path';
import { classify } from '../../../flows/safety/index.js';

const out = process.argv[2] ?? '/tmp/before.jsonl';
const lines: string[] = [];
const sets = ['tuning-set.tsv', 'blind-3.tsv', 'blind-4.tsv', 'blind-5.tsv', 'blind-6.tsv'];
const texts: string[] = [];
for (const name of sets) {
  for (const line of fs.readFileSync(path.resolve('tests/safety', name), 'utf8').split(/\r?\n/)) {
    lines.push(line);
    const tab = line.indexOf('\t');
    if (tab >= 0) texts.push(line.slice(tab + 1));
  }
}
const inputs: string[] = [...lines, ...texts, ...texts.map((t) => t.toUpperCase())];
// Long mixes of labelled lines, joined with and without full stops (run-on SMS).
for (let i = 0; i < texts.length; i += 7) {
  inputs.push(texts.slice(i, i + 20).join('. '));
  inputs.push(texts.slice(i, i + 20).join(' '));
}
// The bench's messages, generated exactly as bench/children/safety.ts does.
const seeds = path.resolve('../shared/seeds');
const corpus = fs
  .readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => fs.readFileSync(path.join(seeds, f), 'utf8'))
  .join(' ')
  .replace(/\s+/g, ' ');
const WORRYING = [
  "I don't want to be here any more",
  'I used to self harm but not now',
  'sometimes I think everyone would be better off without me',
  'I am not suicidal',
  'I took too many tablets last year',
];
const LENGTH = 1600;
for (let i = 0; i < 3300; i++) {
  const start = (i * 7919) % (corpus.length - LENGTH);
  let text = corpus.slice(start, start + LENGTH);
  if (i % 3 === 0) {
    const phrase = WORRYING[i % WORRYING.length] ?? '';
    const at = (i * 131) % (LENGTH - phrase.length);
    text = text.slice(0, at) + phrase + text.slice(at + phrase.length);
  }
  inputs.push(text.slice(0, LENGTH).padEnd(LENGTH, ' x'));
  // The same article text with a labelled line spliced in, so long inputs exercise every rule group.
  const t = texts[i % texts.length] ?? '';
  inputs.push(text.slice(0, 700) + ' ' + t + ' ' + text.slice(700, 1400));
}
fs.writeFileSync(out, inputs.map((s) => JSON.stringify(classify(s))).join('\n') + '\n');
console.log(`${inputs.length} inputs -> ${out}`);
