// A life story told with its worst times in the past ("we went through the overdoses in 2014 and 2015 and all the
// cutting … she said my notes look really positive these days", "for years i thought about killing myself pretty
// much daily. medication, therapy and a really patient mentor changed that", "LCWRA form: tell us about any times you
// have tried to harm yourself … two overdoses, one in 2019, one in 2021. nothing since"): a long message whose every
// sentence the rules find risk in is told as past, and which says that things are good now or tells the history for
// a purpose (a form, a review, a talk), with nothing said to be coming back. Read as everyday, whatever the level: an
// honest history is not a present danger. A sentence with risk told in the present, a plan, a decision or a goodbye,
// a turn after the good news, or anything coming back in a sentence that is not itself good news or the errand keeps
// the reading.
import { rx } from './rule.js';
import { alt } from '../vocabulary/pattern.js';
import { classifyCanonical, type SafetyResult } from './lexicon.js';
import { PAST_IN_SENTENCE } from './negations.js';
import { GOOD_HEART, lastUnturned, RETURNING, TOLD_PAST, WELL_NOW, wordsIn } from './recovered.js';

/** A story, not a text: shorter messages keep the rules' own past guards (./recovered.ts pastWellBehind). */
const STORY_WORDS = 25;

/** A sentence told as past beyond ./negations.ts PAST_IN_SENTENCE: a span over ("for years i…"), a time marked as
 * then ("back when it was bad", "that was 2018", "my old journal", "my history"). */
const THEN = rx(
  `\\b${alt(
    '(?:i|we) (?:[a-z]+ ){0,3}for (?:years|ages) (?:and|but|before|until|till)',
    'over the years',
    'back when',
    'when (?:i|it) was (?:at my worst|at its worst|in the worst of it|bad|really bad|unwell|ill|poorly|in a bad way|in hospital)',
    'in the worst of it',
    'when (?:i was |i am )?unwell',
    '(?:that|it|this) was (?:in |back in )?(?:19|20)[0-9][0-9]',
    '(?:was|were) (?:in )?(?:19|20)[0-9][0-9]',
    'my (?:old|worst) (?:journal|diary|diaries|texts|notes|days|times)',
    '(?:my|the|his|her) (?:mental health )?history',
    '(?:this|that) time (?:[a-z0-9]+ )?(?:years?|months) ago',
    'the (?:worst|bad|dark) (?:days|times|years)',
    'i used to',
    'when i first',
  )}\\b`,
  '',
);

/** A history dated plainly: a year, years ago, an age. */
const DATED = rx(
  `\\b${alt(
    'in (?:19|20)[0-9][0-9]',
    '(?:19|20)[0-9][0-9]',
    '(?:[a-z0-9]+ )?years? (?:ago|back)',
    '(?:at|aged?) (?:1[3-9]|[2-6][0-9])',
    'when i was (?:[0-9]+|a teenager|a kid|young|younger|at school|at uni)',
    'as a (?:teen|teenager|kid|child)',
  )}\\b`,
  '',
);

/** Now told as good, in words beyond the short-message lists: pride, a celebration, a step forward. Not thanks,
 * gratitude or "a better place": farewells say those. */
const GOOD_NOW = rx(
  `\\b${alt(
    '(?<!not )proud',
    'celebrat(?:e|ed|ing|ion)',
    'it (?:does|really does) get better',
    '(?:much|so much|a lot|loads|way|far) better',
    'different place',
    'small wins?',
    'feels? (?:like )?(?:a )?(?:big step|amazing|great|lovely|brilliant|good)',
    'happy tears',
    'chuffed',
    'made up',
    'do not recognise',
    'not (?:her|him|that person|that girl|that lad) any ?more',
    'nothing since',
    'none since',
  )}\\b`,
  '',
);

/** The history told for a purpose: a form or a letter asks for it, a review or an assessment goes over it, a talk or a
 * piece of writing tells it. */
const PURPOSE = rx(
  `\\b${alt(
    'forms?',
    'pip',
    'esa ?50',
    'esa',
    'lcwra',
    'attendance allowance',
    'questionnaire',
    'tribunal',
    '(?:mandatory )?reconsideration',
    'assessment',
    'review',
    'evidence',
    'insurance',
    'referral',
    'the (?:form|question|letter) (?:asks|says|wants)',
    '(?:asks|asked) (?:about|if|whether)',
    'my (?:story|notes|timeline)',
    'newsletter',
    '(?:a|the|my) talk',
    'memoir',
    'timeline',
    'told my story',
  )}\\b`,
  '',
);

/** Not over: someone gone quiet, a low time running on since a loss, "just existing". */
const NOT_OVER = rx(
  `\\b${alt(
    'gone quiet',
    'just existing',
    'since (?:the|her|his|my|their) (?:anniversary|death|funeral|loss|diagnosis)',
    '(?:has|have|is|am|are|been) (?:been )?(?:struggling|low|not right|not herself|not himself)',
  )}\\b`,
  '',
);

/** A plan, a decision or a goodbye is never read as a story told: those are the ones a story hides. */
const NEVER_TOLD: ReadonlySet<string> = new Set([
  'suicide-plan',
  'plan-made',
  'decision-made',
  'goodbye',
  'farewell',
  'last-words',
  'affairs-in-order',
  'burden-ending',
  'absence-future',
  // Harm from others is so often still going on that a history of it is not read away here.
  'trauma-or-abuse',
  'abuse-disclosure',
  'danger-from-others',
]);

/** A risky sentence told in the present, whatever past it names ("since my son stopped speaking to me i don't see the
 * point", "the scars are from years ago but i still…"): an ongoing "since", a feeling or state now. */
const NOW_IN_SENTENCE = rx(
  `(?<!(?:years?|months?|weeks?|days?) (?:today |now |ago )?)\\bsince (?:my|the|he|she|they|i|we|her|his)\\b|\\b${alt(
    'i (?:do not|can not|cannot|feel|keep|still)',
    'i am (?:still|so|really|not|feeling|struggling|going to|gonna|thinking|planning|ready)',
    'right now',
    'at the moment',
    'tonight',
    'any ?more',
  )}\\b`,
  '',
);

/** A worry now, in any sentence that is not itself good news or the errand: nerves, a low patch, something coming up. */
const WORRY_NOW = rx(
  `\\b${alt(
    'nervous',
    'anxious',
    'coming up',
    '(?:feeling|feel|been|am|i am) (?:a bit |really |so |quite |pretty )?(?:low|down|rough|rubbish|wobbly|flat|fragile|shaky)',
    'struggl(?:e|es|ed|ing)',
    'hard (?:at the moment|right now|lately)',
    'bad (?:patch|spell|time|day|week|month)',
    'not (?:great|good|ok|okay|coping|sure i can)',
    'on edge',
    'worr(?:y|ied|ying)',
    'frighten(?:ed|ing|s)?',
    'afraid',
    'lonely',
    'isolated',
    'stressed',
    'overwhelm(?:ed|ing)?',
    'panic(?:king|ky|s)?',
    'triggered',
    '(?:brought|bring|bringing|brings) (?:it|everything|a lot|things|stuff) (?:all )?(?:back|up)',
    '(?:tough|hard) (?:at the moment|right now|lately|week|time|few)',
  )}\\b`,
  '',
);

/** Reasons that name a state rather than an act: on a form they may be the signs of now, told as history. */
const STATE_NOW: ReadonlySet<string> = new Set([
  'relapse-signs',
  'distress',
  'voices-worse',
  'psychosis-distress',
  'not-sleeping',
  'not-eating',
  'stopped-medication',
  'passive-hopelessness',
]);

const SENTENCE = / \. /;

const toldAsPast = (sentence: string): boolean =>
  PAST_IN_SENTENCE.test(sentence) || TOLD_PAST.test(sentence) || THEN.test(sentence);

/** Something coming back or a worry now, in a sentence that is neither good news nor the errand (not "the letter came
 * this morning", nor "weird saying it all out loud again but it's a long time ago now"). */
const comingBack = (sentence: string): boolean =>
  (RETURNING.test(sentence) || WORRY_NOW.test(sentence)) &&
  ![WELL_NOW, GOOD_HEART, GOOD_NOW, PURPOSE].some((cue) => cue.test(sentence));

/** Everyday, when a long message tells its every risk as past and its present as good, or for a purpose. */
export function pastToldAsStory(result: SafetyResult, canonical: string): boolean {
  if (result.level === 'none' || result.reasons.some((r) => NEVER_TOLD.has(r))) return false;
  if (!result.reasons.some((r) => !r.startsWith('model'))) return false;
  if (wordsIn(canonical) < STORY_WORDS) return false;
  if (NOT_OVER.test(canonical)) return false;
  const good = [WELL_NOW, GOOD_HEART, GOOD_NOW].some((cue) => lastUnturned(cue, canonical));
  // Told for a purpose and not as good news: only a history dated plainly, with no worry now anywhere in it.
  const errand = !good && PURPOSE.test(canonical);
  if (!good && !errand) return false;
  if (errand && (WORRY_NOW.test(canonical) || result.reasons.some((r) => STATE_NOW.has(r)))) return false;
  const sentences = canonical.split(SENTENCE).map((s) => ` ${s.trim()} `);
  const risky = sentences.filter((s) => classifyCanonical(s).level !== 'none');
  if (risky.length === 0) return false;
  return (
    risky.every((s) => (errand ? DATED.test(s) : toldAsPast(s)) && !RETURNING.test(s) && !NOW_IN_SENTENCE.test(s)) &&
    sentences.every((s) => risky.includes(s) || !comingBack(s))
  );
}
