// Trains the standing reader (flows/safety/model/standing-reader.ts) and writes
// flows/safety/model/standing-weights.json. Run: `npx tsx tests/safety/train-standing.ts` (a second or two).
//
// Examples: every written conversation in STANDING_TRAINING whose last text no picture makes urgent but an earlier text
// was urgent and nothing since says the danger passed (flows/safety/context/standing.ts standingCase), labelled 1 when
// the writer marked the conversation urgent and 0 when quiet (concern ones are left out: either reading flags them). 5
// folds by the FNV-1a hash of the conversation's first message; features seen in at least two training examples; the
// word model's logistic regression (train.ts fit: full-batch Adam with L2, no random numbers). The threshold is the
// lowest whose out-of-fold false standing stays within QUIET_BUDGET of the quiet cases that reach the reader (a person
// whose alarming text was explained since must not be kept at urgent); the out-of-fold figures are printed and recorded
// in the weights.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { standingCaseIn } from '../../flows/safety/context/classify.js';
import { modelLed } from '../../flows/safety/context/read.js';
import { standingFeatures, standingScorer, type StandingWeights } from '../../flows/safety/model/standing-reader.js';
import { fnv1a } from './logistic.js';
import { fit } from './train.js';
import { CONTEXT_TRAINING, loadConversations, setPath } from './sets.js';

const WEIGHTS_PATH = fileURLToPath(new URL('../../flows/safety/model/standing-weights.json', import.meta.url));

/** The context layer's written conversations, the context development sets (rules were written for their misses,
 * so they are no evidence about unseen wording) and the sets written for this reader (2026-12-06: an alarming text,
 * then ordinary ones that either leave the danger standing or show it everyday or over; aj and ak, tenth round: pairs
 * sharing a vague first text, explained or not). */
export const STANDING_TRAINING: readonly string[] = [
  ...CONTEXT_TRAINING,
  ...['d', 'e', 'f', 'g', 'h', 'i', 'j', 'k'].map((s) => `context-dev-${s}.jsonl`),
  'context-train-ae.jsonl',
  'context-train-af.jsonl',
  'context-train-ag.jsonl',
  'context-train-ah.jsonl',
  'context-train-ai.jsonl',
  'context-train-aj.jsonl',
  'context-train-ak.jsonl',
];

const FOLDS = 5;
const LAMBDA = 0.002;
const MIN_COUNT = 2;
/** Out-of-fold share of quiet cases the reader may keep at urgent. 15% since 2026-12-06 (tenth round; 10% before): a
 * danger kept standing by mistake costs one "are you safe right now?" (the alert and crisis reply went with the earlier
 * text), while one let go by mistake has the bot carry on with its questions after a crisis text. On the 18 older
 * frozen context sets it kept 4 more urgent conversations for 5 more quiet ones asked. */
const QUIET_BUDGET = 0.15;

interface Example {
  features: string[];
  y: number;
  fold: number;
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const file of STANDING_TRAINING) {
    for (const c of loadConversations(setPath(file))) {
      if (c.label === 'concern') continue;
      const found = standingCaseIn(c.messages.slice(0, -1), c.messages.at(-1) ?? '');
      // The reader learns from urgent texts the rules drew and reads the others (the word model's, the learned
      // layers' alerts) the same way: trained on the word model's too (2026-12-06, ninth round), it kept fewer of
      // them out of fold (60% against 77%) and let a car running in a shut garage go under "can i have a male mentor".
      if (found === undefined || modelLed({ level: 'urgent', reasons: [...found.urgent.reasons] })) continue;
      out.push({
        features: standingFeatures(found.urgent, found.since),
        y: c.label === 'urgent' ? 1 : 0,
        fold: fnv1a(c.messages[0] ?? '') % FOLDS,
      });
    }
  }
  return out;
}

/** The logistic regression of the word model's training (train.ts) on the features seen at least MIN_COUNT times. */
function fitted(train: readonly Example[]): Omit<StandingWeights, 'threshold'> {
  const counts = new Map<string, number>();
  for (const e of train) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= MIN_COUNT).map(([f]) => f);
  const index = new Map(names.map((f, i) => [f, i] as const));
  const rows = train.map((e) => Int32Array.from(e.features.flatMap((f) => index.get(f) ?? [])));
  const { w, b } = fit(rows, Float64Array.from(train.map((e) => e.y)), names.length, LAMBDA, 1);
  // A weight that rounds to nothing is 0, not -0: the written file cannot tell them apart and the test compares both.
  const round = (x: number): number => Math.round(x * 1e5) / 1e5 + 0;
  return { names, weights: [...w].map(round), bias: round(b) };
}

/** The weights as the script writes them, with the out-of-fold figures it prints. */
export function trainStanding(): { model: StandingWeights; report: string[] } {
  const all = examples();
  const outOfFold: { p: number; y: number }[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const model = { ...fitted(all.filter((e) => e.fold !== k)), threshold: 0.5 };
    const score = standingScorer(model);
    for (const e of all.filter((x) => x.fold === k)) outOfFold.push({ p: score(e.features), y: e.y });
  }
  const quiet = outOfFold.filter((o) => o.y === 0);
  const urgent = outOfFold.filter((o) => o.y === 1);
  const rate = (set: readonly { p: number }[], th: number): number => set.filter((o) => o.p >= th).length / set.length;
  let threshold = 0.99;
  for (let th = 0.99; th >= 0.3; th -= 0.01)
    if (rate(quiet, th) <= QUIET_BUDGET) threshold = Math.round(th * 100) / 100;
  const report = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, threshold].map(
    (th) =>
      `threshold ${th.toFixed(2)}: urgent kept ${(100 * rate(urgent, th)).toFixed(1)}%, quiet kept ${(100 * rate(quiet, th)).toFixed(1)}%`,
  );
  const model: StandingWeights = { ...fitted(all), threshold };
  report.push(
    `${all.length} cases (${urgent.length} urgent, ${quiet.length} quiet), ${model.names.length} features, threshold ${threshold}`,
  );
  return { model, report };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { model, report } = trainStanding();
  for (const line of report) console.log(line);
  writeFileSync(WEIGHTS_PATH, `${JSON.stringify(model)}\n`);
}
