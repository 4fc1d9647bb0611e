// A worry or a danger told across two texts, the second finishing the first ("spent my whole student loan" … "on
// slots"; "no one would notice" … "if i disappeared"): read as one message, the two say what neither says alone.

import { classify } from '../classify.js';
import { PAST_ONLY } from '../combine.js';
import { rx } from '../rules/rule.js';
import { alt } from '../vocabulary/pattern.js';
import { LEVEL_RANK } from '../rules/lexicon.js';
import { HALF_WORDS, modelLed, readingOf, wordsIn, type Read, type Verdict } from './read.js';

/** A text short enough to be half of one thought; a longer text says what it means by itself. */
const short = (r: Read): boolean => wordsIn(r.canonical) <= HALF_WORDS;

/** The second half of a thought: a few words that start where a sentence cannot ("on slots", "if i disappeared").
 * A text that stands as a sentence of its own ("none of them had my lithium in") is read alone: joined to the one
 * before, the rules would read across what were two sentences. */
const FINISHES = rx(
  `^ (?:${alt('on', 'at', 'in', 'into', 'if', 'and', 'with', 'by', 'from', 'for', 'to', 'cos', 'because', 'or', 'till', 'until', 'when', 'after', 'off', 'over', 'of', 'the', 'all', 'them', 'those')}) `,
  '',
);

/** Reasons that say too little to make a picture of two halves: a risk word alone, a past, someone else's trouble
 * ("my cats dying" … "at the vets now"). */
const SAYS_LITTLE: ReadonlySet<string> = new Set([
  'risk-word',
  'risk-intent',
  'risk-past',
  'others-at-risk',
  ...PAST_ONLY,
]);

/** Words in the second half at most. */
const FINISH_WORDS = 6;

/** Urgent or worth asking when this text finishes the short one before it (FINISHES) and the two read together draw
 * a rule (not only the word model) that neither draws alone, at a level above both of theirs. */
export function toldInTwo(earlier: readonly Read[], now: Read): Verdict {
  const before = earlier[earlier.length - 1];
  if (before === undefined || !short(before) || wordsIn(now.canonical) > FINISH_WORDS) return 'none';
  if (!FINISHES.test(now.canonical)) return 'none';
  const joined = classify(`${before.text} ${now.text}`);
  if (joined.level === 'none' || modelLed(joined)) return 'none';
  const above = Math.max(LEVEL_RANK[readingOf(before).level], LEVEL_RANK[now.result.level]);
  if (LEVEL_RANK[joined.level] <= above) return 'none';
  const own = new Set([...before.result.reasons, ...now.result.reasons]);
  if (!joined.reasons.some((id) => !id.startsWith('model') && !own.has(id) && !SAYS_LITTLE.has(id))) return 'none';
  return joined.level === 'urgent' ? 'urgent' : 'ask';
}
