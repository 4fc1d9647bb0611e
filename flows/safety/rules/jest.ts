// A threat to someone else said with a laugh, or taken back in words: "i swear im going to end up murdering him 😂
// council have sent him a letter", "i could strangle my landlord honestly lol", "me and my boyfriend had a row about
// the bins and i said i'd kill him in his sleep 😂 we're fine". Only the rule for harming others fired, the message
// laughs as it says it, and nothing in it makes the threat real: no weapon or means, no child as its target, no "i
// mean it". Read as everyday. A laugh beside a danger to the person themselves is never read this way: "kill me now lol… actually no
// not lol" is how people hide a crisis, and those rules are left as they are.
import { rx } from './rule.js';
import { alt } from '../vocabulary/pattern.js';
import { MEANS } from '../vocabulary/means.js';
import { INSISTING, LAUGHING_EMOJI, LAUGHING_WORDS, TAKEN_AS_JOKE } from '../vocabulary/tone.js';
import type { SafetyResult } from './lexicon.js';

const HARM_OTHERS = 'harm-others';

/** Laughing in words; the emoji are read from the text as sent. */
const LAUGHING = rx(`\\b${LAUGHING_WORDS}\\b`, '');

/** The threat taken back in the same message, in words rather than a laugh (dev-47, eighteenth round): "i'm going to
 * strangle her… anyway that's just a moan, i'm fine", "i'm going to kill him. actually i bought him a pint". */
const TAKEN_BACK = rx(
  `\\b${alt(
    'just a moan',
    'just moaning',
    TAKEN_AS_JOKE,
    'love (?:him|her|them) (?:really|to bits|dearly)',
    '(?:we|we both) (?:laughed|had a laugh)',
    'laughed about it',
    'figure of speech',
    'not literally',
    'obviously not',
    // Found by dev-49 (nineteenth round).
    '(?:joking|kidding) of course',
    'of course (?:she|he|i|they) (?:is|was|am|are|s|m|re) (?:joking|kidding|not)',
    '(?:he is|she is|hes|shes|he s|she s) all (?:mouth|talk|bark|bluster)',
    'obviously (?:i am|i m|im|he is|she is|they are|we are) not',
    '(?:was|were) (?:still )?laughing',
  )}\\b`,
  '',
);

/** What makes a threat said with a laugh real still: the means to hand, a child as the one threatened, insisting. */
const REAL_STILL = rx(
  `\\b(?:${MEANS}|${alt(
    'baby',
    'babies',
    'toddler',
    'child',
    'children',
    'kids?',
    'son',
    'daughter',
    'grandson',
    'granddaughter',
    INSISTING,
    'not (?:joking|kidding|lol)',
    'deadly serious',
    'serious(?:ly)? (?:though|tho|now)',
  )})\\b`,
  '',
);

/** Whether a message the rules read as urgent only for harming someone else says it laughing, with nothing real. */
export function threatInJest(result: SafetyResult, canonical: string, text: string): boolean {
  if (result.level !== 'urgent' || result.reasons.length === 0) return false;
  if (!result.reasons.every((id) => id === HARM_OTHERS)) return false;
  if (!LAUGHING_EMOJI.test(text) && !LAUGHING.test(canonical) && !TAKEN_BACK.test(canonical)) return false;
  return !REAL_STILL.test(canonical);
}
