// Scores context conversations (JSON lines: {"label":"urgent"|"concern"|"none","messages":[…]}, the label for the
// last message): how many are read right in context, against the last message read alone.
// Usage: npx tsx tests/safety/context-score.ts tests/safety/context-train.jsonl [more.jsonl…] [--verbose]
import { classify } from '../../flows/safety/classify.js';
import { classifyInContext } from '../../flows/safety/context/classify.js';
import { loadConversations, type LabelledConversation } from './sets.js';

const right = (label: LabelledConversation['label'], level: string): boolean =>
  label === 'urgent' ? level === 'urgent' : label === 'none' ? level === 'none' : level !== 'none';

const verbose = process.argv.includes('--verbose');
for (const file of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
  const conversations = loadConversations(file);
  const tally = { urgent: [0, 0, 0], concern: [0, 0, 0], none: [0, 0, 0] };
  let asks = 0;
  const wrong: string[] = [];
  for (const c of conversations) {
    const last = c.messages[c.messages.length - 1] ?? '';
    const inContext = classifyInContext(c.messages.slice(0, -1), last);
    const t = tally[c.label];
    t[0] = (t[0] ?? 0) + 1;
    if (right(c.label, inContext.level)) t[1] = (t[1] ?? 0) + 1;
    if (right(c.label, classify(last).level)) t[2] = (t[2] ?? 0) + 1;
    if (inContext.ask) asks++;
    if (!right(c.label, inContext.level)) {
      wrong.push(`  want ${c.label} got ${inContext.level}: ${c.messages.join(' | ')}`);
    }
  }
  const line = (label: string, [n, inContext, alone]: number[]) =>
    n ? `${label} right ${inContext}/${n} in context (${alone}/${n} alone)` : '';
  console.log(
    [file, line('urgent', tally.urgent), line('concern', tally.concern), line('none', tally.none), `asks ${asks}`]
      .filter(Boolean)
      .join('; '),
  );
  if (verbose && wrong.length > 0) console.log(wrong.join('\n'));
}
