// Reads a message with the person's recent messages before it, so what builds over several texts is seen: a goodbye
// after distress, means gathered and then a time or place, someone threatening who is now at the door. Pure and
// deterministic. It only ever raises the level the message has alone, and only when the message being read
// carries part of the picture (so one alarming text does not colour every later "ok thanks").

import { classify } from '../classify.js';
import type { SafetyResult } from '../rules/lexicon.js';
import { canonicalOf } from '../rules/lexicon.js';
import {
  DISTRESS,
  ENOUGH,
  FAREWELL,
  FAREWELL_ORDINARY,
  FORCING,
  GATHERING,
  HIDING,
  MEANS_NAMED,
  MEANS_ORDINARY,
  PLAN,
  PRESENCE,
  RECOVERY,
  THREAT,
} from './cues.js';

export interface ContextResult extends SafetyResult {
  /** A real signal below urgent: ask the person gently whether they are safe right now. */
  ask: boolean;
}

/** Reasons that only place risk in the past: they are not distress now. */
const PAST_ONLY = new Set(['past-attempt', 'past-self-harm', 'past-suicidal-thoughts', 'risk-past']);
/** Concern reasons near enough to risk that the bot asks directly, even with nothing before them. */
const ASK_ALONE = new Set(['passive-hopelessness']);

interface Read {
  canonical: string;
  result: SafetyResult;
}

const read = (text: string): Read => ({ canonical: canonicalOf(text), result: classify(text) });

const distressed = (r: Read): boolean =>
  DISTRESS.test(r.canonical) || (r.result.level !== 'none' && !r.result.reasons.every((id) => PAST_ONLY.has(id)));

/** A goodbye now after distress that nothing since has eased. */
function farewell(earlier: readonly Read[], now: Read): 'urgent' | 'none' {
  if (!FAREWELL.test(now.canonical) || FAREWELL_ORDINARY.test(now.canonical)) return 'none';
  let lastDistress = -1;
  earlier.forEach((r, i) => {
    if (distressed(r)) lastDistress = i;
  });
  if (lastDistress === -1) return 'none';
  const since = earlier.slice(lastDistress + 1);
  return since.some((r) => RECOVERY.test(r.canonical)) || RECOVERY.test(now.canonical) ? 'none' : 'urgent';
}

/** Means named, gathered, enough of them, a time or place: three of the four across the window. */
function gathering(all: readonly Read[], now: Read): 'urgent' | 'ask' | 'none' {
  const cues = [MEANS_NAMED, GATHERING, ENOUGH, PLAN];
  if (!cues.some((cue) => cue.test(now.canonical))) return 'none';
  if (all.some((r) => MEANS_ORDINARY.test(r.canonical))) return 'none';
  const seen = cues.map((cue) => all.some((r) => cue.test(r.canonical)));
  const [means, gathered, enough] = seen;
  if (!means || !(gathered || enough)) return 'none';
  const kinds = seen.filter(Boolean).length;
  return kinds >= 3 ? 'urgent' : 'ask';
}

/** Someone threatening, then at the door or the person hiding. */
function danger(all: readonly Read[], now: Read): 'urgent' | 'ask' | 'none' {
  if (!all.some((r) => THREAT.test(r.canonical))) return 'none';
  const nowCues = [THREAT, PRESENCE, FORCING, HIDING].filter((cue) => cue.test(now.canonical));
  if (nowCues.length === 0) return 'none';
  if (all.some((r) => FORCING.test(r.canonical) || HIDING.test(r.canonical))) return 'urgent';
  return all.some((r) => PRESENCE.test(r.canonical)) ? 'ask' : 'none';
}

/**
 * Classifies `text` with `recent`, the person's earlier messages in the window (oldest first, `text` not among
 * them). Staff messages are never read this way: a coordinator's advice is not their crisis.
 */
export function classifyInContext(recent: readonly string[], text: string): ContextResult {
  const alone = classify(text);
  if (alone.level === 'urgent') return { ...alone, ask: false };
  const now = read(text);
  const earlier = recent.filter((m) => typeof m === 'string' && m.trim() !== '').map(read);
  const all = [...earlier, now];
  const found: { id: string; level: 'urgent' | 'ask' }[] = [];
  if (farewell(earlier, now) === 'urgent') found.push({ id: 'context-farewell-after-distress', level: 'urgent' });
  const means = gathering(all, now);
  if (means !== 'none') found.push({ id: 'context-means-gathered', level: means });
  const threat = danger(all, now);
  if (threat !== 'none') found.push({ id: 'context-danger-building', level: threat });
  const urgent = found.filter((f) => f.level === 'urgent').map((f) => f.id);
  if (urgent.length > 0) return { level: 'urgent', reasons: [...urgent, ...alone.reasons], ask: false };
  const asks = found.map((f) => f.id);
  if (asks.length > 0) return { level: 'concern', reasons: [...asks, ...alone.reasons], ask: true };
  return { ...alone, ask: alone.level === 'concern' && alone.reasons.some((id) => ASK_ALONE.has(id)) };
}
