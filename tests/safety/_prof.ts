import { compile } from '../../flows/safety/lexicon.js';
import { URGENT_RULES } from '../../flows/safety/lexicon-urgent.js';
import { CONCERN_RULES } from '../../flows/safety/lexicon-concern.js';
import { normalise } from '../../flows/safety/normalise.js';
import { removeIdioms } from '../../flows/safety/negations.js';
import { loadTuningSet } from './tune.js';
const texts = loadTuningSet().map((m) => m.text);
const mk = (i: number) => { let s = ''; while (s.length < 1600) { s += texts[(i * 7 + s.length) % texts.length] + ' '; } return s.slice(0, 1600); };
const samples = Array.from({ length: 100 }, (_, i) => removeIdioms(normalise(mk(i))));
const rules = compile([...URGENT_RULES, ...CONCERN_RULES]);
const res: [number, string][] = [];
for (let k = 0; k < 3; k++) for (const r of rules) for (const s of samples) { r.regex.lastIndex = 0; while (r.regex.exec(s)) {} }
rules.forEach((r, idx) => {
  const t = performance.now();
  for (const s of samples) { r.regex.lastIndex = 0; while (r.regex.exec(s)) {} if (r.unlessRegex) r.unlessRegex.test(s); }
  res.push([(performance.now() - t) / samples.length, `${idx} ${r.id} ${r.pattern.slice(0, 90)}`]);
});
res.sort((a, b) => b[0] - a[0]);
let tot = 0; for (const [t] of res) tot += t;
console.log('total per msg', tot.toFixed(3));
for (const [t, n] of res.slice(0, 25)) console.log(t.toFixed(4), n);
const t0 = performance.now(); for (const s of samples) removeIdioms(normalise(s)); console.log('norm+idioms', ((performance.now() - t0) / samples.length).toFixed(3));
