// A past told as past and well behind them ("5 years ago I tried to end my life. I'm in a really good place now",
// "I used to self harm as a teenager but I haven't in over 10 years"): only the past reasons fired, and the message
// says plainly that things are well now, with nothing said to be coming back. Read as everyday: an intake form's
// honest history is not a present worry.
import { rx } from './rule.js';
import { alt } from '../vocabulary/pattern.js';
import { ORDINARY_ABSENCE } from '../vocabulary/ordinary.js';
import type { SafetyResult } from './lexicon.js';

/** Reasons that speak of the past, or of a low time that the same message says is over. */
const PAST_REASONS = new Set([
  'past-attempt',
  'past-self-harm',
  'past-suicidal-thoughts',
  'risk-past',
  'relapse-signs',
]);
const WITH_PAST = new Set(['distress', 'model-concern', 'others-at-risk']);

const WELL_NOW = rx(
  `\\b${alt(
    '(?:in a|in such a) (?:really |much |very |so much |far )?(?:good|better|great|happy|stable) place(?: now)?',
    'doing (?:so |really |much |a lot |loads )?(?:much )?(?:better|well|great)(?: now)?',
    'stable (?:now|for years|these days)',
    '(?:have not|havent|not) (?:done it |self harmed |harmed myself |had (?:those|them|any) (?:thoughts|urges) )?(?:in|for) (?:over |more than )?(?:[0-9]+|two|three|four|five|six|ten|many) years',
    'recovered',
    'well now',
    'living independently',
    'on the other side of it',
    '(?:on )?a different path',
    '(?<!not )proud of it',
    'part of my story',
    'how far i have come',
    '(?:clean|free) (?:from|of) self harm',
    'out the other side',
    '(?<!not )proud of (?:where i am|myself|how far)',
    'had (?:lots of|loads of|a lot of|years of) (?:therapy|help|support)',
    '(?:she is|he is|they are|we are) (?:fine|ok|okay|well) now',
    '(?:she is|he is|they are) fine',
    'doing (?:ok|okay|alright|fine) now',
    'want to (?:mentor|give back|help others)',
  )}\\b`,
  '',
);

/** Coming back, now or soon: the past is not behind them. */
const RETURNING = rx(
  `\\b${alt('again', 'started', '(?<!give |come |bounce |fight )back(?! in [0-9]| when| then| in the day)', 'relaps[a-z]*', 'lately', 'recently', 'this week', 'these days', 'creeping', 'struggling', 'worried', 'scared', 'thinking about', 'not coping', 'falling apart', 'lost', 'wobbly', 'not ready', 'do not know')}\\b`,
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

/** Plainly everyday and in good heart: a catch, a sorted errand, a clear-out that feels great, someone fine now. */
const GOOD_HEART = rx(
  `\\b${alt(
    'feels? (?:great|amazing|good|lovely|brilliant)',
    '(?<!not )proud of',
    'ha(?:ha)+',
    'love (?:the|my) job',
    'caught (?:[0-9]+|a|two|three) [a-z]+',
    '(?:got it|got them|all|it is|it was|got that) sorted',
    'sorted (?:it|them) (?:out)?',
    'took them back',
    '(?:she is|he is|they are|we are) (?:fine|ok|okay|close)',
    'doing (?:ok|okay|alright|well|fine)',
    'we laugh(?:ed)? about it',
    'laughed',
    'good days and bad days',
  )}\\b`,
  '',
);

/** Everyday, when only the word model raised it to concern and the message is plainly in good heart. */
export function learnedConcernInGoodHeart(result: SafetyResult, canonical: string): boolean {
  if (result.level !== 'concern') return false;
  return result.reasons.every((r) => r.startsWith('model')) && GOOD_HEART.test(canonical);
}

/** Medicines talked about as logistics: a switch or a taper the doctor planned, a dose asked about, tablets left
 * somewhere and found. */
const MEDICINE_LOGISTICS = rx(
  `\\b${alt(
    'switch(?:ing)? me',
    'come off (?:the |my )?[a-z]+ slowly',
    'slowly over [0-9]+ (?:weeks|months)',
    '(?:max|maximum|what) (?:is the )?dose',
    'dose of my',
    'left my (?:tablets|meds|pills) at',
    'found (?:them|my tablets|my meds)',
    'panic over',
    'reduce (?:my|the) dose',
    'taper[a-z]*',
  )}\\b`,
  '',
);

/** Taking, hoarding or a time: then it is not logistics. */
const TAKING = rx(
  `\\b${alt('took', 'taken', 'swallowed', 'all of', 'whole', 'enough', 'tonight', 'the lot', 'saving', 'stockpil[a-z]*')}`,
  '',
);

/** Everyday, when only the word model raised it and the message talks about medicines as logistics. */
export function learnedOnMedicineLogistics(result: SafetyResult, canonical: string): boolean {
  if (result.level === 'none' || !result.reasons.every((r) => r.startsWith('model'))) return false;
  return MEDICINE_LOGISTICS.test(canonical) && !TAKING.test(canonical);
}

/** Not being around for a while with an ordinary reason for it in the same sentence, as the finality rules accept
 * ("won't be around next weekend, visiting my sister"); "can't make coffee on friday. won't be here" is not one. */
const AWAY_FOR_A_REASON = rx(
  `\\b(?:will not|not going to|shall not) be ${alt('around', 'about')}\\b[^.]{0,40}?${ORDINARY_ABSENCE}`,
  '',
);

/** Everyday, when only the word model raised it and the absence comes with its ordinary reason: the rules read it as
 * a diary note, and so does this. */
export function learnedOnOrdinaryAbsence(result: SafetyResult, canonical: string): boolean {
  if (result.level === 'none' || !result.reasons.every((r) => r.startsWith('model'))) return false;
  return AWAY_FOR_A_REASON.test(canonical);
}
