// The safety ledger: every labelled set scored with the classifier as it stands (flows/safety classify: lexicon and
// word model), one row a set, for the README's "Safety ledger" table. Usage: npx tsx tests/safety/ledger.ts [FILE…]
import { readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { classify } from '../../flows/safety/classify.js';
import { loadTuningSet, TUNING_SET_PATH } from './sets.js';

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`);

const dir = dirname(TUNING_SET_PATH);
const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync(dir)
        .filter((f) => f.endsWith('.tsv'))
        .sort()
        .map((f) => `${dir}/${f}`);

console.log('| set | size | urgent recall | concern flagged | false alarms |');
console.log('| --- | --- | --- | --- | --- |');
for (const file of files) {
  const lines = loadTuningSet(file);
  const tally = { urgent: [0, 0], concern: [0, 0], none: [0, 0] };
  for (const { level, text } of lines) {
    const got = classify(text).level;
    const t = tally[level];
    t[0] = (t[0] ?? 0) + 1;
    const right = level === 'urgent' ? got === 'urgent' : level === 'concern' ? got !== 'none' : got !== 'none';
    if (right) t[1] = (t[1] ?? 0) + 1;
  }
  const [u, uHit] = tally.urgent;
  const [c, cHit] = tally.concern;
  const [n, nAlarm] = tally.none;
  console.log(
    `| ${basename(file)} | ${lines.length} | ${pct(uHit ?? 0, u ?? 0)} | ${pct(cHit ?? 0, c ?? 0)} | ${pct(nAlarm ?? 0, n ?? 0)} |`,
  );
}
