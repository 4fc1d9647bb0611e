import { classify } from '../../flows/safety/index.js';
import { loadTuningSet } from './tune.js';
const texts = loadTuningSet().map((m) => m.text);
const mk = (i: number) => { let s = ''; while (s.length < 1600) { s += texts[(i * 7 + s.length) % texts.length] + ' '; } return s.slice(0, 1600); };
const samples = Array.from({ length: 300 }, (_, i) => mk(i));
samples.push('I like walks. '.repeat(115), 'a'.repeat(1600), 'the the the '.repeat(133), 'sorry love you '.repeat(100), ('x'.repeat(30) + ' ').repeat(50));
for (let k = 0; k < 5; k++) for (const s of samples) classify(s);
const times: number[] = [];
for (const s of samples) { const t = performance.now(); classify(s); times.push(performance.now() - t); }
times.sort((a, b) => a - b);
console.log('median', times[times.length >> 1].toFixed(3), 'p95', times[Math.floor(times.length * 0.95)].toFixed(3), 'max', times[times.length - 1].toFixed(3));
