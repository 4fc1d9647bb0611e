// Scratch: per-stage times over the bench messages, slowest first.
import fs from 'node:fs';
import path from 'node:path';
import { canonicalOf, classifyCanonical } from '../../../flows/safety/classify-lexicon.js';
import { modelLevel } from '../../../flows/safety/model.js';
import { normalise } from '../../../flows/safety/normalise.js';
import { removeIdioms } from '../../../flows/safety/negations.js';
const seeds = path.resolve('../shared/seeds');
const corpus = fs.readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(seeds, f), 'utf8')).join(' ').replace(/\s+/g, ' ');
const W = ["I don't want to be here any more", 'I used to self harm but not now', 'sometimes I think everyone would be better off without me', 'I am not suicidal', 'I took too many tablets last year'];
const msgs: string[] = [];
for (let i = 0; i < 3300; i++) { const start = (i * 7919) % (corpus.length - 1600); let t = corpus.slice(start, start + 1600); if (i % 3 === 0) { const p = W[i % 5] ?? ''; const at = (i * 131) % (1600 - p.length); t = t.slice(0, at) + p + t.slice(at + p.length); } msgs.push(t.slice(0, 1600).padEnd(1600, ' x')); }
const stages: Record<string, (s: string) => unknown> = {};
const rows: number[][] = [];
for (let r = 0; r < 2; r++) for (const m of msgs) {
  const t0 = performance.now(); const n = normalise(m); const t1 = performance.now(); const c = removeIdioms(n); const t2 = performance.now(); classifyCanonical(c); const t3 = performance.now(); modelLevel(c); const t4 = performance.now();
  if (r === 1) rows.push([t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0]);
}
void stages; void canonicalOf;
for (let k = 0; k < 5; k++) { const v = rows.map((x) => x[k] ?? 0).sort((a, b) => a - b); console.log(['normalise', 'idioms', 'lexicon', 'model', 'total'][k], 'p50', v[1500]?.toFixed(3), 'p99', v[2970]?.toFixed(3), 'mean', (v.reduce((a, b) => a + b) / v.length).toFixed(3)); }
