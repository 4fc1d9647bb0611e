// A past told as past and well behind them ("5 years ago I tried to end my life. I'm in a really good place now",
// "I used to self harm as a teenager but I haven't in over 10 years"): only the past reasons fired, and the message
// says plainly that things are well now, with nothing said to be coming back. Read as everyday: an intake form's
// honest history is not a present worry.
import { rx } from './rule.js';
import { alt } from '../vocabulary/pattern.js';
import type { SafetyResult } from './lexicon.js';

/** Reasons that speak of the past, or of a low time that the same message says is over. */
const PAST_REASONS = new Set([
  'past-attempt',
  'past-self-harm',
  'past-suicidal-thoughts',
  'risk-past',
  'relapse-signs',
]);
const WITH_PAST = new Set(['distress', 'model-concern']);

const WELL_NOW = rx(
  `\\b${alt(
    '(?:in a|in such a) (?:really |much |very |so much |far )?(?:good|better|great|happy|stable) place(?: now)?',
    'doing (?:so |really |much |a lot |loads )?(?:much )?(?:better|well|great)(?: now)?',
    'stable (?:now|for years|these days)',
    '(?:have not|havent|not) (?:done it |self harmed |harmed myself |had (?:those|them|any) (?:thoughts|urges) )?(?:in|for) (?:over |more than )?(?:[0-9]+|two|three|four|five|six|ten|many) years',
    'recovered',
    'well now',
    'living independently',
  )}\\b`,
  '',
);

/** Coming back, now or soon: the past is not behind them. */
const RETURNING = rx(
  `\\b${alt('again', 'started', 'back', 'relaps[a-z]*', 'lately', 'recently', 'this week', 'these days', 'creeping', 'struggling', 'worried', 'scared', 'thinking about', 'not coping', 'falling apart', 'lost', 'wobbly', 'not ready', 'do not know')}\\b`,
  '',
);

/** Everyday, when only past reasons fired and the message says plainly that things are well now. */
export function pastWellBehind(result: SafetyResult, canonical: string): boolean {
  if (result.level !== 'concern') return false;
  const lexical = result.reasons.filter((r) => !r.startsWith('model:'));
  if (!lexical.some((r) => PAST_REASONS.has(r))) return false;
  if (!lexical.every((r) => PAST_REASONS.has(r) || WITH_PAST.has(r))) return false;
  return WELL_NOW.test(canonical) && !RETURNING.test(canonical);
}
