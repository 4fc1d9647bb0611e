// What the conversation's context looks for, as patterns over canonical text (../rules/lexicon.ts canonicalOf):
// distress earlier on, a goodbye now; means being gathered, enough of them, a time or place; someone threatening,
// coming back, the person hiding. Each cue alone is ordinary; the rules in ./classify.ts weigh them together.

import { alt } from '../vocabulary/pattern.js';
import { LIGATURE, MEANS } from '../vocabulary/means.js';
import { HEIGHT, WATER } from '../vocabulary/places.js';
import { rx } from '../rules/rule.js';

const SUBJECT = alt('he', 'she', 'they', 'my ex', 'my partner', 'my dad', 'my stepdad', 'my brother', 'him', 'her');

/** Distress said now, not in the past tense: the ground a later goodbye stands on. */
export const DISTRESS = rx(
  `\\b${alt(
    'nothing (?:helps|works|is (?:getting|going to get) better|matters)',
    'no point',
    'what is the point',
    'hopeless',
    'i give up',
    'giving up',
    '(?:cannot|can not|could not) (?:cope|go on|do this|keep going|face|take|see (?:it|a way|the point))',
    'worthless',
    'a burden',
    'a weight',
    'better off',
    'sick of me',
    '(?:so|really|just) (?:empty|low|alone|lonely|tired)',
    'everything is (?:just )?(?:grey|black|pointless|falling apart)',
    'let (?:everyone|you all|them all|my family) down',
    'tired of (?:fighting|it all|being|trying|everything)',
    'i have had enough',
    'had enough of (?:it|everything|life)',
    '(?:nobody|no one) (?:cares|gets it|would (?:even )?notice|can help|would miss)',
    'never (?:going to )?get(?:s|ting)? better',
    'why i am (?:even )?bothering',
    'head is so loud',
    'do not see a (?:way|future)',
    'want (?:it )?(?:all )?to stop',
    'ending things',
    'not cope',
    'at the end of my (?:tether|rope)',
  )}\\b`,
  '',
);

/** Things getting better after distress: a later goodbye is then only a goodbye. */
export const RECOVERY = rx(
  `\\b${alt(
    '(?:much |a bit |bit )?better now',
    'doing better',
    'feeling (?:better|good|hopeful|ok)',
    '(?:that |it |walk |talking )?helped',
    'had a (?:laugh|nice|lovely|good)',
    'i am (?:ok|okay|fine) now',
    'sorted now',
  )}\\b`,
  '',
);

/** A goodbye, a thanks as if for the last time, or a final act, in the message being read. */
export const FAREWELL = rx(
  `(?:^|\\b)${alt(
    'bye',
    'goodbye',
    'good night',
    'night (?:all|everyone|everybody|x)',
    'so long',
    'signing off',
    'take care(?: of (?:yourself|yourselves|everyone|them))?',
    'love (?:you|u)(?: all)?',
    '(?:thanks|thank you|cheers) for (?:trying|everything|listening|all|being|what you)',
    'sorry (?:for everything|for being|mum|dad|everyone|to everyone)',
    'last (?:message|time|text)',
    'that is (?:it|me)(?: done| from me)?',
    'me done',
    'hear from me',
    'wasnt your fault',
    'was not your fault',
    'not your fault',
    'tell (?:my|them|him|her)(?: [a-z]+){0,4} (?:i love|love|i said|thanks|i am sorry)',
    'look after (?:my|the|him|her|them)',
    'given (?:away )?my (?:cat|dog|pets?|things|stuff)',
    '(?:written|wrote|left)(?: [a-z]+){0,3} (?:letters?|notes?)',
    'left them',
    'for the morning',
  )}(?:\\b|$)`,
  '',
);

/** The same goodbye said as one that comes back, or with an everyday reason: not final. */
export const FAREWELL_ORDINARY = rx(
  `\\b${alt(
    'for now',
    'see (?:you|ya|u)',
    'speak (?:soon|tomorrow|later|next)',
    'talk (?:soon|tomorrow|later|next)',
    'until',
    'till',
    'next (?:week|time)',
    'back later',
    'catch you',
    'moving (?:away|house)',
    'off to (?:work|bed|the)',
    'going to (?:work|bed)',
    'got to go',
    'gotta go',
    'battery',
    'phone is dying',
  )}\\b`,
  '',
);

/** Means of harm (the vocabulary's MEANS, with ligatures). */
export const MEANS_NAMED = rx(`\\b${alt(MEANS, LIGATURE, 'meds', 'vodka', 'whisky')}\\b`, '');

/** Gathering means: saving, hoarding, buying from different shops. */
export const GATHERING = rx(
  `\\b${alt(
    'saving',
    'saved',
    'save up',
    'stockpil[a-z]*',
    'hoard[a-z]*',
    'collect(?:ing|ed)',
    'stash[a-z]*',
    '(?:keeping|kept|putting|put|setting|set) (?:[a-z]+ )?(?:back|aside)',
    'stock(?:ed|ing) up',
    'different shops',
    'other shop',
    'another (?:packet|box|bottle)',
    'bought',
    'got (?:some|a) (?:more )?(?:rope|cord|tablets|pills|paracetamol)',
    'so they did not ask',
    'hiding (?:them|my|tablets|pills)',
    'hid (?:them|my)',
  )}\\b`,
  '',
);

/** Having enough now. */
export const ENOUGH = rx(
  `\\b${alt(
    'enough now',
    'got enough(?! for| to (?:last|get|see))',
    'enough (?:i think|i reckon)',
    'plenty(?! of time)',
    'know (?:exactly )?how many',
    'loads (?:in|of them|now)',
    'a (?:decent )?pile',
    'counted them',
    'that is (?:plenty|enough)',
  )}\\b`,
  '',
);

/** A time, a place or being alone: where gathering turns into a plan. */
export const PLAN = rx(
  `\\b${alt(
    'tonight',
    'later',
    'tomorrow',
    'this (?:weekend|evening|afternoon)',
    'after (?:work|tea|dinner)',
    'going (?:to|up|down|out|for)',
    'heading',
    'long drive',
    'drive',
    'woods',
    HEIGHT,
    WATER,
    '(?:nobody|no one) (?:will be|is|else is) (?:home|in|around)',
    '(?:nobody|no one) (?:will find|else is in)',
    'everyone is away',
    'everyones away',
    'on my own',
    'do not wait up',
  )}\\b`,
  '',
);

/** An everyday reason for having medicine to hand: travel, a pill organiser, the pharmacy. */
export const MEANS_ORDINARY = rx(
  `\\b${alt(
    'holiday',
    'trip',
    'travel[a-z]*',
    'away (?:for|on)',
    'abroad',
    'organiser',
    'dosette',
    '(?:weekly|pill) box',
    'prescription',
    'pharmac[a-z]*',
    'fridge',
    'for the (?:fortnight|week|month)',
    'months? (?:worth|supply)',
    'worth as',
    'interview',
  )}\\b`,
  '',
);

/** Someone threatening or hounding them. */
export const THREAT = rx(
  `\\b${alt(
    'threat[a-z]*',
    'withheld',
    'will not (?:leave me alone|stop)',
    'won t (?:leave me alone|stop)',
    'follow(?:ing|ed) me',
    'found (?:out )?(?:where i (?:live|am)|my (?:new )?(?:address|adres|flat|house))',
    'found my (?:new )?[a-z]+',
    'knows where i live',
    '(?:out of|got out of|released from) (?:prison|jail)',
    `${SUBJECT} said (?:if [a-z ]{1,30})?(?:he|she|they)?(?: would| will|d|ll)? (?:come|hurt|kill|get|make)`,
    'make me pay',
    'come for me',
    '(?:texting|calling|ringing|messaging)(?: me)? (?:again|all night|non ?stop|constantly)',
    'keeps? (?:ringing|calling)(?: and (?:ringing|calling))?',
    'horrible (?:messages|texts)',
    'abusive',
    'drinking again',
    'drunk',
    'scared of (?:him|her|them)',
    'asking about me',
    'parked outside',
  )}\\b`,
  '',
);

/** The person coming back or being there now. */
export const PRESENCE = rx(
  `\\b${alt(
    `(?:he|she|they) (?:is|are|s) (?:back|here|outside|at the door|downstairs|in the house|on (?:his|her|their) way)`,
    '(?:just )?turned up',
    'outside (?:my|the) (?:flat|house|door|window|work)',
    'waiting outside',
    'parked outside',
    'shouting',
    'coming (?:round|over|for me)',
  )}\\b`,
  '',
);

/** Danger at the door now: forcing a way in. */
export const FORCING = rx(
  `\\b${alt('banging', 'kicking', 'trying to get in', 'trying (?:the|to open the) (?:back |front )?(?:door|handle|window)', 'break(?:ing)? in', 'smash[a-z]*')}\\b`,
  '',
);

/** Hiding, locking themselves in, fear. */
export const HIDING = rx(
  `\\b${alt(
    'locked (?:myself|me|us|ourselves)',
    'locked (?:the|all the|every|both) doors?',
    'locked in',
    'door locked',
    'hiding',
    'hid',
    'barricad[a-z]*',
    'jammed',
    'lights off',
    'scared',
    'terrified',
    'frightened',
    'shaking',
    'cannot get out',
  )}\\b`,
  '',
);
