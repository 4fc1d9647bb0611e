// Local context checks applied to each rule match: a negation just before it, or a past or present frame around it.
// Idioms live in idioms.ts.

import { rx } from './rule.js';
import { alt } from '../vocabulary/pattern.js';
import { YEARS_OR_MONTHS } from '../vocabulary/time.js';

// Words allowed between a negation and the matched phrase: "not going to", "never really felt", "not the type to".
const FUNCTION_WORD = alt(
  'going',
  'to',
  'feel',
  'feeling',
  'felt',
  'am',
  'be',
  'being',
  'been',
  'really',
  'ever',
  'have',
  'had',
  'do',
  'did',
  'would',
  'will',
  'could',
  'should',
  'say',
  'i',
  'that',
  'think',
  'actually',
  'even',
  'currently',
  'want',
  'wanting',
  'thinking',
  'about',
  'of',
  'like',
  'intending',
  'planning',
  'plan',
  'trying',
  'try',
  'at all',
  'seriously',
  'the',
  'type',
  'kind',
  'sort',
  'person',
  'someone',
  'who',
  'was',
  'is',
  'are',
  'an',
  'a',
  'in',
  'any',
  'danger',
  'got',
  'having',
  'wanted',
  'thought',
  'considered',
  'tried',
  'done',
  'attempted',
  'felt',
  'once',
  'risk',
);

/** Negation just before a match, allowing only function words between. */
export const NEGATED_BEFORE = rx(
  `\\b${alt('not', 'never', 'no longer', 'nor', 'no (?:thoughts?|intentions?|plans?|urges?|desire|wish|risk|history)(?: of| to| about)?')}(?: ${FUNCTION_WORD}){0,4} $`,
  '',
);

/** Markers that the sentence is about the past. */
export const PAST_IN_SENTENCE = rx(
  `\\b${alt(
    'used to',
    'years? ago',
    'last (?:month|year)',
    '(?:few |couple of |some )?weeks ago',
    '(?:they|it|that) (?:have|has) passed',
    'months ago',
    'long time ago',
    'ages ago',
    'years back',
    '(?:when|since) (?:i|she|he|they) (?:was|were) (?:younger|young|little|small|a (?:teen|teenager|kid|child|student)|at (?:school|uni|college)|in (?:hospital|my (?:teens|twenties|20s|30s)|(?:her|his|their) (?:teens|twenties|20s|30s))|\\d+)',
    'historic(?:al)?',
    'in (?:19|20)\\d\\d',
    'back in',
    'in the past',
    'as a (?:teen|teenager|kid|child)',
    'previously',
    'history of',
    'last year',
    'few years',
    'couple of years',
    'in my (?:(?:early|mid|late) )?(?:teens|twenties|20s|thirties|30s|forties|40s|fifties|50s|youth)',
    // A decade or an age the thing happened at: "in the 90s", "took an overdose at 17", "aged 19". An age, not a
    // clock time: not before am, pm or another number, and at least 13.
    'in the (?:19|20)?[0-9]0s',
    '(?:at|aged?) (?:the age of )?(?:1[3-9]|[2-6][0-9])(?! ?(?:am|pm|o clock|ish|[0-9]))',
    'as a (?:young (?:man|woman|lad|girl|mum|dad|adult|person)|student|youngster|young un)',
    'back then',
    // Time counted since it: "5 years today since i took that overdose", "the anniversary of my attempt".
    `${YEARS_OR_MONTHS} (?:today |now |ago |this week |this month )?since`,
    'anniversary of',
    'spent my (?:teens|twenties|20s|thirties|30s|youth|childhood)',
    // Not since: "haven't done it for 8 years".
    '(?:have not|had not|not) (?:done it|done that|self harmed|harmed myself|cut|used) (?:for|in) (?:over |more than |about )?[a-z0-9]+ (?:years|months)',
    'after my',
    'since my',
    'following my',
    'clean (?:for|from|of)',
    '(?:\\d+|one|two|three|four|five|six|ten) (?:years?|months) clean',
    'not since',
    'did not work',
    'survived',
    'i was (?:\\d+|young|younger|a teenager|a kid)',
  )}\\b`,
  '',
);

/** Markers that it is happening now, which override the past. */
export const PRESENT_IN_SENTENCE = rx(
  `\\b${alt(
    'again',
    'still',
    'right now',
    'at the moment',
    'currently',
    'lately',
    'recently',
    'these days',
    'this (?:week|morning|evening|afternoon|time)',
    'tonight',
    // Not the day counted from: "5 years today since".
    '(?<!(?:years?|yrs?|months?) )today',
    'just now',
    'an? (?:hour|few hours|minute|few minutes) ago',
    // Earlier today, not an earlier time in life ("her earlier suicidal thoughts were in 2021").
    'earlier(?! (?:suicidal|thoughts|attempts?|episodes?|history|crisis|crises|self harm|overdoses?|admissions?|life|years|in (?:life|the year|my|her|his|their)))',
    'last night',
    'yesterday',
    // Come back: "used to think about suicide but it's back", "the urges are creeping back".
    '(?:it is|its|they are|it has|they have|is|are) (?:come |coming |creeping )?back(?! (?:then|in (?:the|[0-9]+)|when|home|from)\\b)',
    '(?:coming|creeping|came) back(?! (?:then|in (?:the|[0-9]+)|when|home|from)\\b)',
    'worse than ever',
    'keep (?:thinking|wanting|getting|having|feeling)',
    // Every day now, or a plan made: "used to think about suicide, now i think about it every day and i've got a plan" ("all the time" is
    // not one: "used to think about ending it all the time at uni").
    'every (?:single )?(?:day|night|morning)',
    '(?:got|have|made|making|working on) (?:a|the|my) plan',
  )}\\b`,
  '',
);

/** A past frame immediately before the match: "tried to", "used to", "attempted". */
export const PAST_BEFORE = rx(
  `\\b${alt('tried', 'attempted', 'attempts', 'used', 'wanted', 'survived')}(?: to)?(?: [a-z]+)? $`,
  '',
);

/** "Used to" governing the match a few words on ("used to think about suicide", "used to hear voices telling me to
 * hurt myself"): past, whatever verb of intent sits between. A break word (now, but, again, still) ends its reach. */
export const USED_TO_BEFORE = rx(
  `\\bused to(?: (?!${alt('now', 'but', 'again', 'still', 'and', 'then', 'so')}\\b)[a-z]+){0,5} $`,
  '',
);

/** A present intent immediately before the match: keeps it current whatever else the sentence says. */
export const PRESENT_BEFORE = rx(
  `\\b${alt('want', 'wanna', 'going', 'planning', 'plan', 'thinking', 'think', 'feel', 'feeling', 'about to', 'urges?', 'ready', 'need', 'will', 'keep', 'could', 'should', 'might', 'tempted', 'decided', 'intend', 'wish', 'am')}(?: [a-z]+){0,2} $`,
  '',
);

/** Urges or thoughts of self-harm said to be resisted ("i get thoughts of hurting myself but i never act on them"):
 * a concern (concern.ts `self-harm-urges-resisted`), not harm now (self-harm.ts, broad.ts). Not when it goes on
 * "usually", "until", "but tonight"…. */
export const URGES_RESISTED = `\\b(?:do not|dont|never|will not|would not|am not going to|not going to) (?:act|acting) on (?:them|it|em|those|these|the (?:urges?|thoughts?))\\b(?! ${alt('usually', 'normally', 'until', 'except', 'but (?:tonight|today|now|this time|i did|last night|yesterday)')}\\b)|\\b(?:i would|id) never (?:actually )?do it\\b`;
