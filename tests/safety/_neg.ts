import { readFileSync } from 'node:fs';
import { classify } from '../../flows/safety/index.js';
const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
let n = 0;
for (const t of lines) { const r = classify(t); if (r.level !== 'none') { n++; console.log(r.level, r.reasons.join(','), '|', t); } }
console.log(`${n}/${lines.length} flagged`);
