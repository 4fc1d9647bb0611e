// Trains the learned context layer (flows/safety/model/context-layer.ts) and writes
// flows/safety/model/context-weights.json. Run: `npx tsx tests/safety/train-context.ts` (embeds each conversation
// once, then reads the cache under node_modules/.cache). Score conversation sets with the whole net:
// `npm run -s safety:check -- --context`.
//
// Examples, each a person's recent messages and a new one, labelled urgent or not as the conversation stands after
// the new one:
// - the written conversations (LAYER_TRAINING, by writers who never saw the code), and every shorter beginning of
//   the quiet ones (quiet all along);
// - everyday conversations put together from written lines: intake answers in the order the bot asks (consent, age,
//   area, anything to ask) and ordinary texts from the safety training sets, quiet; and a few where an urgent line
//   comes after ordinary ones, urgent (what the other layers catch alone, so the layer learns what urgency reads
//   like). Put together deterministically (a fixed-seed generator), at half the weight of a written conversation.
// 5 folds by the FNV-1a hash of the conversation's first message; full-batch Adam, no random numbers in training.
// The urgent threshold is the lowest whose out-of-fold false alarms stay within budget both on the everyday
// conversations (EVERYDAY_BUDGET: the service's daily traffic) and on the written quiet controls (CONTROL_BUDGET:
// look-alikes written to fool it); the asking band starts where the everyday budget alone allows.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classify } from '../../flows/safety/classify.js';
import { classifyInContext } from '../../flows/safety/context/classify.js';
import {
  contextFeatures,
  contextProbability,
  contextSignals,
  conversationText,
  earlierRead,
  type ContextWeights,
} from '../../flows/safety/model/context-layer.js';
import { fitLogistic, fnv1a } from './logistic.js';
import { SEMANTIC_WEIGHTS } from '../../flows/safety/model/semantic-weights.js';
import { scoreCanonical } from '../../flows/safety/model/model.js';
import { canonicalOf } from '../../flows/safety/rules/lexicon.js';
import { embedTails } from './semantic-embeddings.js';
import { CONTEXT_TRAINING, loadConversations, loadTrainingSets, setPath } from './sets.js';

/** The written conversations the layer learns from: the context training sets and, since 2026-12-06 (ninth round),
 * the context development sets and the standing reader's sets too (decided on the older frozen held-out sets,
 * docs/safety.md). */
const LAYER_TRAINING: readonly string[] = [
  ...CONTEXT_TRAINING,
  ...['d', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm'].map((s) => `context-dev-${s}.jsonl`),
  ...['ae', 'af', 'ag', 'ah', 'ai'].map((s) => `context-train-${s}.jsonl`),
];

const WEIGHTS_PATH = fileURLToPath(new URL('../../flows/safety/model/context-weights.json', import.meta.url));
const INTAKE_SETS = [
  'intake-dev-c.tsv',
  'intake-dev-e.tsv',
  'blind-intake-a.tsv',
  'blind-intake-b.tsv',
  'blind-intake-c.tsv',
];
const FOLDS = 5;
const EARLIER = 5;
const LAMBDAS = [0.00003, 0.0001, 0.0003, 0.001];
const EVERYDAY_BUDGET = Number(process.env['EVERYDAY_BUDGET'] ?? 0.01);
const CONTROL_BUDGET = Number(process.env['CONTROL_BUDGET'] ?? 0.1);
const SYNTHETIC_WEIGHT = 0.5;
/** Gates tried (the word model's concern probability), and the recall a gate may cost at most. */
const GATES = [0, 0.05, 0.1, 0.2, 0.3, 0.4];
const GATE_COST = 0.005;
const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;
const round = (x: number, places = 6): number => Math.round(x * 10 ** places) / 10 ** places;

type Kind = 'urgent' | 'concern' | 'quiet' | 'quiet-start' | 'intake' | 'ordinary' | 'urgent-after';
interface Example {
  kind: Kind;
  earlier: string[];
  now: string;
  y: 0 | 1;
  fold: number;
  weight: number;
  /** The rules' verdict in context (flows/safety/context), for the joined figures. */
  rules: string;
  x: number[];
  p: number;
}

/** A small deterministic generator (mulberry32), so the synthesised conversations are the same every run. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function example(kind: Kind, messages: readonly string[], y: 0 | 1, weight: number): Example {
  const earlier = messages.slice(0, -1);
  const now = messages[messages.length - 1] ?? '';
  return {
    kind,
    earlier,
    now,
    y,
    weight,
    fold: fnv1a(messages[0] ?? '') % FOLDS,
    rules: classifyInContext(earlier, now).level,
    x: [],
    p: 0,
  };
}

function written(): Example[] {
  const out: Example[] = [];
  for (const file of LAYER_TRAINING) {
    for (const c of loadConversations(setPath(file))) {
      const { label } = c;
      const kind: Kind = label === 'urgent' ? 'urgent' : label === 'concern' ? 'concern' : 'quiet';
      out.push(example(kind, c.messages, label === 'urgent' ? 1 : 0, 1));
      if (kind === 'quiet') {
        for (let n = 2; n < c.messages.length; n++) out.push(example('quiet-start', c.messages.slice(0, n), 0, 1));
      }
    }
  }
  return out;
}

function intakeAnswers(): Map<string, string[]> {
  const byStep = new Map<string, string[]>();
  for (const file of INTAKE_SETS) {
    const path = fileURLToPath(new URL(`../flows/intake/${file}`, import.meta.url));
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line.startsWith('#') || line.trim() === '') continue;
      const [step = '', , text = ''] = line.split('\t');
      if (text.trim() === '' || classify(text).level !== 'none') continue;
      byStep.set(step, [...(byStep.get(step) ?? []), text]);
    }
  }
  return byStep;
}

function synthesised(): Example[] {
  const random = generator(20261206);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const out: Example[] = [];
  const steps = intakeAnswers();
  const order = ['consent', 'age', 'area', 'anyQuestion'].filter((s) => steps.has(s));
  for (let i = 0; i < 400; i++) {
    const length = 2 + Math.floor(random() * (order.length - 1));
    const messages = order.slice(0, length).map((s) => pick(steps.get(s) ?? ['']));
    out.push(example('intake', messages, 0, SYNTHETIC_WEIGHT));
  }
  const lines = loadTrainingSets().filter((m) => m.text.length <= 200);
  const none = lines.filter((m) => m.level === 'none').map((m) => m.text);
  const urgent = lines.filter((m) => m.level === 'urgent').map((m) => m.text);
  for (let i = 0; i < 600; i++) {
    const length = 2 + Math.floor(random() * 3);
    out.push(
      example(
        'ordinary',
        Array.from({ length }, () => pick(none)),
        0,
        SYNTHETIC_WEIGHT,
      ),
    );
  }
  for (let i = 0; i < 200; i++) {
    const length = 1 + Math.floor(random() * 3);
    const messages = [...Array.from({ length }, () => pick(none)), pick(urgent)];
    out.push(example('urgent-after', messages, 1, SYNTHETIC_WEIGHT));
  }
  return out;
}

function trainOn(rows: readonly Example[], lambda: number) {
  return fitLogistic(
    rows.map((r) => r.x),
    rows.map((r) => r.y),
    { lambda, sampleWeights: rows.map((r) => r.weight) },
  );
}

function weightsOf(fitted: { w: Float64Array; b: number }, threshold = 2, askThreshold = 2): ContextWeights {
  return {
    about:
      'Generated by tests/safety/train-context.ts from the written context conversations and everyday ones put ' +
      'together from written lines; do not edit. Logistic regression (urgent against the rest) over the Universal ' +
      'Sentence Encoder Lite embedding of the recent messages read together; see flows/safety/model/context-layer.ts.',
    bias: round(fitted.b),
    weights: Array.from(fitted.w, (x) => round(x)),
    threshold,
    askThreshold,
    earlier: EARLIER,
    gate: 0,
  };
}

const rate = (rows: readonly Example[], t: number): number =>
  rows.length === 0 ? 0 : rows.filter((r) => r.p >= t).length / rows.length;

function figures(rows: readonly Example[], t: number): string {
  const of = (kind: Kind) => rows.filter((r) => r.kind === kind);
  const urgent = of('urgent');
  const joined = urgent.filter((r) => r.rules === 'urgent' || r.p >= t).length / urgent.length;
  const quiet = of('quiet');
  const quietJoined = quiet.filter((r) => r.rules !== 'none' || r.p >= t).length / quiet.length;
  return (
    `T ${t.toFixed(3)}: written urgent ${pct(rate(urgent, t))} alone, ${pct(joined)} with the rules; ` +
    `concern raised ${pct(rate(of('concern'), t))}; quiet raised ${pct(rate(quiet, t))} (with rules ${pct(quietJoined)}); ` +
    `quiet beginnings ${pct(rate(of('quiet-start'), t))}; intake ${pct(rate(of('intake'), t))}; ` +
    `ordinary ${pct(rate(of('ordinary'), t))}; urgent after ordinary ${pct(rate(of('urgent-after'), t))}`
  );
}

function lowestWithin(rows: readonly Example[], budgets: [Kind[], number][]): number {
  const candidates = [...new Set(rows.map((r) => round(r.p, 4)))].filter((t) => t >= 0.5).sort((a, b) => a - b);
  return (
    candidates.find((t) =>
      budgets.every(
        ([kinds, budget]) =>
          rate(
            rows.filter((r) => kinds.includes(r.kind)),
            t,
          ) <= budget,
      ),
    ) ?? 2
  );
}

async function main(): Promise<void> {
  const rows = [...written(), ...synthesised()];
  const texts = rows.map((r) => conversationText({ earlier: EARLIER }, r.earlier, r.now) ?? r.now);
  console.log(`${rows.length} examples; embedding (cached after the first run)…`);
  const xs = await embedTails(texts, true);
  const singleTexts = [...new Set(rows.flatMap((r) => [...earlierRead({ earlier: EARLIER }, r.earlier), r.now]))];
  const singles = await embedTails(singleTexts, true);
  const single = new Map<string, number[]>(singleTexts.map((t, i) => [t, singles[i] ?? []]));
  rows.forEach((r, i) => {
    const read = (text: string) => ({ text, embedding: single.get(text) ?? [] });
    const earlier = earlierRead({ earlier: EARLIER }, r.earlier).map(read);
    const signals = contextSignals(SEMANTIC_WEIGHTS, earlier, read(r.now));
    r.x = contextFeatures(
      xs[i] ?? [],
      single.get(r.now) ?? [],
      earlier.map((e) => e.embedding),
      signals,
    );
  });
  let best: { lambda: number; recall: number; threshold: number } | undefined;
  for (const lambda of LAMBDAS) {
    for (let k = 0; k < FOLDS; k++) {
      const layer = weightsOf(
        trainOn(
          rows.filter((r) => r.fold !== k),
          lambda,
        ),
      );
      for (const r of rows) if (r.fold === k) r.p = contextProbability(layer, r.x);
    }
    const threshold = lowestWithin(rows, [
      [['intake', 'ordinary', 'quiet-start'], EVERYDAY_BUDGET],
      [['quiet'], CONTROL_BUDGET],
    ]);
    const urgent = rows.filter((r) => r.kind === 'urgent');
    const recall = rate(urgent, threshold);
    console.log(`\nlambda ${lambda}, out of fold:`);
    for (const t of [0.5, 0.6, 0.7, 0.8, 0.9]) console.log(`  ${figures(rows, t)}`);
    console.log(`  chosen: ${figures(rows, threshold)}`);
    if (best === undefined || recall > best.recall) best = { lambda, recall, threshold };
  }
  if (best === undefined) throw new Error('nothing trained');
  for (let k = 0; k < FOLDS; k++) {
    const layer = weightsOf(
      trainOn(
        rows.filter((r) => r.fold !== k),
        best.lambda,
      ),
    );
    for (const r of rows) if (r.fold === k) r.p = contextProbability(layer, r.x);
  }
  const askThreshold = Math.min(
    best.threshold,
    lowestWithin(rows, [[['intake', 'ordinary', 'quiet-start'], EVERYDAY_BUDGET * 2]]),
  );
  console.log(`\nchosen lambda ${best.lambda}: urgent at ${best.threshold}, asks from ${askThreshold}`);
  console.log(`  ${figures(rows, best.threshold)}`);
  console.log(`  asking band: ${figures(rows, askThreshold)}`);
  // The gate: the highest that keeps out-of-fold urgent recall (with the rules) within GATE_COST of no gate.
  const signal = (r: Example) =>
    Math.max(
      ...[...earlierRead({ earlier: EARLIER }, r.earlier), r.now].map((m) => scoreCanonical(canonicalOf(m)).concern),
    );
  const urgentRows = rows.filter((r) => r.kind === 'urgent');
  const caughtAt = (g: number, t: number) =>
    urgentRows.filter((r) => r.rules === 'urgent' || (signal(r) >= g && r.p >= t)).length / urgentRows.length;
  const gate =
    [...GATES].reverse().find((g) => caughtAt(0, best.threshold) - caughtAt(g, best.threshold) <= GATE_COST) ?? 0;
  for (const g of GATES) {
    const passing = (k: Kind) =>
      pct(rows.filter((r) => r.kind === k && signal(r) >= g).length / rows.filter((r) => r.kind === k).length);
    console.log(
      `  gate ${g}: urgent with rules ${pct(caughtAt(g, best.threshold))}; read: intake ${passing('intake')}, ordinary ${passing('ordinary')}, quiet ${passing('quiet')}`,
    );
  }
  console.log(`  chosen gate ${gate}`);
  const weights = weightsOf(trainOn(rows, best.lambda), best.threshold, askThreshold);
  weights.gate = gate;
  const of = (kind: Kind) => rows.filter((r) => r.kind === kind);
  weights.figures = {
    lambda: best.lambda,
    folds: FOLDS,
    examples: rows.length,
    outOfFold: {
      urgentAlone: round(best.recall, 4),
      urgentWithRules: round(caughtAt(gate, best.threshold), 4),
      urgentRulesOnly: round(caughtAt(0, 2), 4),
      quietRaised: round(rate(of('quiet'), best.threshold), 4),
      intakeRaised: round(rate(of('intake'), best.threshold), 4),
      ordinaryRaised: round(rate(of('ordinary'), best.threshold), 4),
    },
  };
  writeFileSync(WEIGHTS_PATH, `${JSON.stringify(weights)}\n`);
  console.log(`wrote ${WEIGHTS_PATH}`);
}

await main();
