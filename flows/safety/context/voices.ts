// Voices that command: "the voices are back" … "they say I need to get rid of her before morning". Voices heard
// somewhere in the window, and now an order to harm, to go somewhere or to act by a time, are urgent (command
// hallucinations to act are a psychiatric emergency, whoever the harm is aimed at). Voices alone add nothing here.

import { alt } from '../vocabulary/pattern.js';
import { LOCAL_DANGER_PLACES } from '../vocabulary/places.js';
import { rx } from '../rules/rule.js';
import { seen, type Read, type Verdict } from './read.js';
import { ARRIVED } from './scene.js';

/** Voices or presences heard. */
export const VOICES = rx(
  `\\b${alt('voices?', 'hearing (?:things|them|him|her)', '(?:tv|telly|radio) (?:is |keeps )?(?:sending|telling|talking to|giving)', 'sending me (?:messages|signs)', 'the devil', 'demons?', '(?:man|woman|voice|people|someone) (?:on|in) the (?:radio|tv|telly|walls?)')}\\b`,
  '',
);

/** An order: they say I must, they want me to, I have to. */
export const ORDER = rx(
  `\\b${alt(
    '(?:they|it|he|she|voices?) (?:say|says|said|are saying|keep saying|tell|tells|told|are telling|keep telling|want|wants)(?: me)?(?: that)?(?: i)? (?:need|have|must|got|should|ought|to)',
    'i (?:have|need|must|got) to do what they',
    'do what they (?:say|tell|want)',
  )}\\b`,
  '',
);

/** What the order is for: harm, a place, a deadline. */
export const ACT = rx(
  `\\b${alt(
    'get rid of',
    'stop (?:eating|drinking)',
    'not (?:eat|drink)',
    'hurt',
    'kill',
    'harm',
    'punish',
    'drown',
    'jump',
    'cut',
    'burn',
    'end (?:it|this|myself|her|him)',
    'do it',
    'go to the (?:sea|river|bridge|tracks|railway|cliffs?|water)',
    'before (?:morning|tonight|dawn|the morning)',
    'tonight',
    'this time',
  )}\\b`,
  '',
);

/** A place of danger the voices talk about ("they keep going on about the railway line"). */
export const VOICED_PLACE = rx(
  `\\b${alt('railway', 'tracks', 'the line', 'crossing', 'bridge', 'river', 'the sea', 'cliffs?', 'motorway', 'quarry', 'multi ?storey', 'car park roof', LOCAL_DANGER_PLACES)}\\b`,
  '',
);

/** Going there now: "walking there now, its only 10 mins". */
export const GOING_THERE = rx(
  `\\b${alt('walking', 'heading', 'going', 'driving', 'on my way', 'off', 'setting off', 'leaving')} (?:down |over |up |out )?(?:there|to ${alt(LOCAL_DANGER_PLACES, 'the (?:river|sea|bridge|railway|tracks|line|cliffs?|quarry|weir|canal)')})\\b`,
  '',
);

/** Voices heard in the window and an order to act in the message now, or voices on about a place of danger and the
 * person now on their way there. */
export function voices(all: readonly Read[], now: Read): Verdict {
  if (!seen(all, VOICES)) return 'none';
  if (ORDER.test(now.canonical) && ACT.test(now.canonical)) return 'urgent';
  const loud = all.some((r) => VOICES.test(r.canonical) && !QUIET.test(r.canonical));
  const placeTalk = all.some((r) => VOICED_PLACE.test(r.canonical) && TALKING_ABOUT.test(r.canonical));
  const thereNow =
    GOING_THERE.test(now.canonical) ||
    (VOICED_PLACE.test(now.canonical) && AT_IT.test(now.canonical)) ||
    ARRIVED.test(now.canonical);
  return loud && placeTalk && thereNow ? 'urgent' : 'none';
}

/** At the place now: "at the harbour wall in watchet", "im on the bridge". */
const AT_IT = rx(
  `(?:^ ?|\\b(?:i am|am|now|just got|sat|stood|standing|sitting) )(?:down |up |out )?(?:at|on|by)\\b|\\b(?:here|there) now\\b`,
  '',
);

/** Voices said to be quiet or gone: nothing to follow. */
const QUIET = rx(
  `\\b${alt('quiet', 'quieter', 'gone', 'stopped', 'calm', 'calmer', 'no voices', 'not heard', 'better')}\\b`,
  '',
);

/** They talk about it: "they keep going on about the railway line", "the voices say the bridge". */
const TALKING_ABOUT = rx(
  `\\b(?:they|voices?|it|he|she)(?: keep| keeps| are| is| were| was| have been| has been)? ${alt('going on about', 'on about', 'talking about', 'telling me about', 'told me about', 'saying', 'says', 'say', 'showing me', 'will wash', 'wants? me (?:in|at|by)', 'whispering about', 'shouting about', 'want me (?:at|on|to go to)', 'keep mentioning')}\\b`,
  '',
);
