// Everyday senses shared by the indirect-phrasing rules (finality, places, preparation). A rule with an `unless`
// guard does not fire when the whole message also gives an ordinary reason: "won't be around next week, on holiday".

import { alt } from './lexicon.js';

const DAY = alt('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tues', 'weds');

/** An ordinary reason for being away or absent: travel, work, a date in the diary. */
export const ORDINARY_ABSENCE = `\\b${alt(
  'holiday',
  'hols',
  'away (?:on|for|with|at|in)',
  'visiting',
  'visit',
  'trip',
  'abroad',
  'travelling',
  'at work',
  'working',
  'shifts?',
  'wedding',
  'camping',
  'festival',
  'staying (?:at|with|in)',
  'moving (?:house|to|in)',
  'on leave',
  'on a course',
  'conference',
  'back (?:on|in|at|by|for|next|after|from)',
  `(?:on|this|next|till|until) ${DAY}`,
  'on the \\d+',
  '\\d+(?:st|nd|rd|th)',
  'half term',
  'rearrange',
  'reschedule',
)}\\b`;

/** Service and everyday-plan words: "decided on sunday for the meeting", "made my decision about the course". */
export const ORDINARY_PLAN = `\\b${alt(
  'meeting',
  'meet',
  'session',
  'appointment',
  'group',
  'course',
  'college',
  'uni',
  'class',
  'job',
  'interview',
  'quiz',
  'match',
  'party',
  'wedding',
  'gig',
  'concert',
  'date night',
  'film',
  'holiday',
  'which one',
  'colour',
  'menu',
  'dinner',
  'the (?:council|government|club|team)',
  'if i (?:ran|run|was in charge|were in charge|were you|was you|had the (?:money|time|chance to choose))',
  'sign(?:ed)? up',
  'apply',
  'applied',
)}\\b`;

/** Leisure at water, heights and stations: "wild swim", "to see the fireworks", "running late". */
export const ORDINARY_PLACE = `\\b${alt(
  'swim',
  'swimming',
  'paddle',
  'paddling',
  'fishing',
  'walk the dog',
  'for a walk',
  'picnic',
  'fireworks',
  'the view',
  'photos?',
  'running late',
  'to (?:london|leeds|manchester|town|work|the match|the coast)',
  'club',
  'with (?:the|my) (?:group|kids|family|friends|mates|dog)',
  'ducks',
  'boat',
  'kayak',
  'surf',
)}\\b`;

/** Someone else as the one doing or meant: "the kids", "we", "my son". */
export const OTHER_ACTOR = `\\b${alt('we', 'us', 'our', 'the kids', 'my (?:son|daughter|kids|children|partner)')}\\b`;
