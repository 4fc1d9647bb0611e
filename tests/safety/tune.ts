// Prints how the safety classifier does on the labelled tuning set: recall and precision per level, false alarms on
// ordinary messages, every missed urgent message and every false alarm. Labelling rules: tests/safety/README.md.

import { fileURLToPath } from 'node:url';
import { classify } from '../../flows/safety/classify.js';
import type { SafetyLevel } from '../../flows/safety/classify.js';
import type { LabelledMessage } from './sets.js';
import { loadTuningSet } from './sets.js';

export type { LabelledMessage } from './sets.js';
export { loadTuningSet, setPath, TUNING_SET_PATH } from './sets.js';

export interface LevelFigures {
  count: number;
  recall: number;
  precision: number;
}

export interface TuningReport {
  total: number;
  perLevel: Record<SafetyLevel, LevelFigures>;
  /** Share of `none` messages classified as anything else. */
  falseAlarmRate: number;
  /** Urgent messages classified below urgent. */
  urgentMisses: { text: string; got: SafetyLevel }[];
  falseAlarms: { text: string; got: SafetyLevel; reasons: string[] }[];
  /** Any other disagreement (e.g. concern labelled, none given). */
  otherErrors: { text: string; want: SafetyLevel; got: SafetyLevel }[];
}

const LEVELS: readonly SafetyLevel[] = ['urgent', 'concern', 'none'];

export function evaluate(
  messages: readonly LabelledMessage[],
  classifier: (text: string) => { level: SafetyLevel; reasons: string[] } = classify,
): TuningReport {
  const perLevel = {} as Record<SafetyLevel, LevelFigures>;
  const tp: Record<SafetyLevel, number> = { urgent: 0, concern: 0, none: 0 };
  const predicted: Record<SafetyLevel, number> = { urgent: 0, concern: 0, none: 0 };
  const count: Record<SafetyLevel, number> = { urgent: 0, concern: 0, none: 0 };
  const report: TuningReport = {
    total: messages.length,
    perLevel,
    falseAlarmRate: 0,
    urgentMisses: [],
    falseAlarms: [],
    otherErrors: [],
  };
  for (const { level, text } of messages) {
    const result = classifier(text);
    count[level] += 1;
    predicted[result.level] += 1;
    if (result.level === level) tp[level] += 1;
    else if (level === 'urgent') report.urgentMisses.push({ text, got: result.level });
    else if (level === 'none') report.falseAlarms.push({ text, got: result.level, reasons: result.reasons });
    else report.otherErrors.push({ text, want: level, got: result.level });
  }
  for (const level of LEVELS) {
    perLevel[level] = {
      count: count[level],
      recall: count[level] === 0 ? 1 : tp[level] / count[level],
      precision: predicted[level] === 0 ? 1 : tp[level] / predicted[level],
    };
  }
  report.falseAlarmRate = count.none === 0 ? 0 : report.falseAlarms.length / count.none;
  return report;
}

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;

function print(title: string, report: TuningReport): void {
  console.log(`\n== ${title}: ${report.total} messages`);
  for (const level of LEVELS) {
    const f = report.perLevel[level];
    console.log(
      `  ${level.padEnd(8)} n=${String(f.count).padStart(4)}  recall ${pct(f.recall)}  precision ${pct(f.precision)}`,
    );
  }
  console.log(`  false alarms on none: ${report.falseAlarms.length} (${pct(report.falseAlarmRate)})`);
  for (const m of report.urgentMisses) console.log(`  MISSED URGENT (got ${m.got}): ${m.text}`);
  for (const m of report.falseAlarms) console.log(`  FALSE ALARM (${m.got}: ${m.reasons.join(', ')}): ${m.text}`);
  for (const m of report.otherErrors) console.log(`  other (want ${m.want}, got ${m.got}): ${m.text}`);
}

// With file arguments (e.g. `npx tsx tests/safety/tune.ts tests/safety/blind-2.tsv`) each file is scored on its own,
// so a fresh blind set can be measured without merging it into the tuning set first.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = process.argv.slice(2);
  if (files.length > 0) {
    for (const file of files) print(file, evaluate(loadTuningSet(file)));
  } else {
    const all = loadTuningSet();
    print('tuning part', evaluate(all.filter((m) => !m.holdout)));
    print('holdout part', evaluate(all.filter((m) => m.holdout)));
    print('all', evaluate(all));
  }
}
