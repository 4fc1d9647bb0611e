// Scratch: which rules the prefilter leaves open on the bench messages, and time spent in each.
import fs from 'node:fs';
import path from 'node:path';
import { canonicalOf } from '../../../flows/safety/classify-lexicon.js';
import { URGENT_RULES } from '../../../flows/safety/lexicon-urgent.js';
import { CONCERN_RULES } from '../../../flows/safety/lexicon-concern.js';
import { compile } from '../../../flows/safety/lexicon.js';
import { RulePrefilter } from '../../../flows/safety/prefilter.js';
import { requiredLiterals } from '../../../flows/safety/literals.js';
const rules = compile([...URGENT_RULES, ...CONCERN_RULES]);
const pf = new RulePrefilter(rules.map((r) => r.regex));
const seeds = path.resolve('../shared/seeds');
const corpus = fs.readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(seeds, f), 'utf8')).join(' ').replace(/\s+/g, ' ');
const msgs: string[] = [];
for (let i = 0; i < 3000; i++) { const start = (i * 7919) % (corpus.length - 1600); msgs.push(canonicalOf(corpus.slice(start, start + 1600))); }
const count = new Array<number>(rules.length).fill(0); const time = new Array<number>(rules.length).fill(0); let gated = 0;
for (const m of msgs) { const o = pf.open(m); const words = new Set(m.split(' ')); rules.forEach((r, i) => { if (!o[i]) return; if (r.gateWords && ![...r.gateWords].some((w) => words.has(w))) { gated++; return; } count[i]++; const t0 = performance.now(); r.regex.lastIndex = 0; r.regex.test(m); time[i] += performance.now() - t0; }); }
console.log('mean open', count.reduce((a, b) => a + b) / msgs.length, 'gated away', gated / msgs.length, 'mean regex us', (time.reduce((a, b) => a + b) / msgs.length * 1000).toFixed(1));
const top = rules.map((r, i) => ({ i, id: r.id, n: count[i], us: (time[i] ?? 0) / msgs.length * 1000, lit: JSON.stringify(requiredLiterals(r.regex))?.slice(0, 80) })).sort((a, b) => b.us - a.us).slice(0, 25);
for (const t of top) console.log(t.us.toFixed(1).padStart(6), String(t.n).padStart(5), t.i, t.id, t.lit);
