// Everyday senses shared by the indirect-phrasing rules (finality, places, preparation). A rule with an `unless`
// guard does not fire when the whole message also gives an ordinary reason: "won't be around next week, on holiday".

import { alt } from './pattern.js';
import { WEEKDAYS } from './time.js';

const DAY = alt(...WEEKDAYS, 'mon', 'tues', 'weds');

/** Leaving for a plain reason: a move, a new job, a contract's end, off to family (dev-39: "my contract on the farm
 * ends in march, then im off to my brothers in wales"). */
export const PLAIN_LEAVING = alt(
  'moving (?:house|to|in|up|down|over|back|away|out)',
  'new job',
  'emigrat[a-z]*',
  'relocat[a-z]*',
  'contract (?:ends|is up|finishes|runs out)',
  'off to (?:my|see|visit|stay|uni)',
);

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
  PLAIN_LEAVING,
  'for a (?:new )?job',
  'for (?:all|the|some|a few|any|every|most|half) (?:of the )?(?:[0-9]+ |six |eight )?(?:sessions|appointments|meetings)',
  'on leave',
  'on a course',
  'conference',
  'back (?:on|in|at|by|for|next|after|from)',
  `(?:on|this|next|till|until) ${DAY}`,
  'on the \\d+',
  '\\d+(?:st|nd|rd|th)',
  'half term',
  'at my [a-z]+s',
  'at (?:my|the|our) [a-z]+s? (?:house|place|flat|caravan)',
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
  'move to',
  'moving to',
  'move house',
  'start(?:ing)? (?:a|the|my|at)',
  'go back to (?:work|college|uni|school)',
  '(?:get|getting|go|going|went) back (?:in)?to [a-z]+ing',
  '(?:stop|quit|give up) (?:smoking|drinking|vaping|my job)',
  '(?:mon|tues|wednes|thurs|fri|satur|sun)days',
  'mornings',
  'afternoons',
  'evenings',
  'at \\d',
  'first date',
  'a date',
  'on a date',
  'differently',
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

/** Money and what it is for: an everyday errand told over several texts (../context/everyday.ts). */
export const MONEY_TALK = `(?:£|\\b${alt(
  'wages',
  'pay ?day',
  'pay ?packet',
  'bonus',
  'overtime',
  'pocket money',
  'saving (?:up )?for',
  'saved (?:up )?for',
  'holiday',
  'deposit',
  'spending money',
  'tenerife',
  'benidorm',
  'butlins',
  'picking (?:the kids|them|her|him) up',
  'dropping (?:the kids|them) off',
  'get on (?:alright|all right|well|fine|ok)',
  'school run',
)}\\b)`;

/** Blood from a job, a kitchen or a nose (self-harm.ts, scenes.ts): "we learnt to gut and fillet a fish today, blood everywhere lol". */
export const EVERYDAY_BLOOD = `\\b${alt('fish', 'fillet[a-z]*', 'gut(?:ted|ting)?', 'butcher[a-z]*', 'abattoir', 'lambing', 'calving', 'nose ?bleeds?', 'my nose', 'period', 'tooth', 'teeth', 'dentist', 'chickens?', 'meat', 'deer', 'pheasants?', 'shav(?:e|ing)', 'paper cut', 'hawthorns?', 'thorns?', 'brambles?', 'rose bush', 'allotment', 'beetroot', 'vets?', 'chopping', '(?:cut|sliced|nicked|caught) (?:the (?:end|tip|top) (?:of|off) )?my (?:finger|thumb)s?', '(?:cut|split|gashed|banged|sliced) (?:his|her|their) (?:hand|head|finger|thumb|arm|leg|knee|chin|lip|foot|forehead|eyebrow)', '(?:had|needed|got|has) (?:[0-9]+ |a few |some |two |three |four |five |six )?(?:stitches|staples|steri ?strips)', 'glued (?:it|him|her)', 'paramedics (?:came|were|arrived)', 'lawn ?mower')}\\b`;

/** A pet's tablets: one that got into them, an emergency for the vet and not a person's overdose ("had to rush the dog
 * to the vet, she ate a whole packet of my ibuprofen": context-dev-u), or tablets bought for the animals ("for the
 * greyhounds lol. vet said one worming tablet a month each": context-dev-v). */
/** Tablets for the animals, not a person ("for the greyhounds lol. vet said one worming tablet a month each"): read
 * by the overdose rules' guard (PET_ATE) and the context rule for means gathered (../context/gathering.ts). */
export const FOR_THE_ANIMALS = `\\bfor the (?:dogs?|cats?|greyhounds?|whippets?|lurchers?|horses?|pony|ponies|goats?|sheep|ewes|cattle|cows|pets?)\\b|\\b(?:worming|wormer|flea) (?:tablets?|treatments?|pills?)\\b`;

export const PET_ATE = `\\b(?:dog|cat|puppy|pup|kitten|rabbit|labrador|spaniel|terrier|collie)s?\\b[^.]{0,60}\\b(?:ate|eaten|got into|chewed|swallowed|scoffed)\\b|${FOR_THE_ANIMALS}`;

/** Tablets kept in a pill organiser so none are forgotten: saved for taking, not up ("in one of those weekly pill
 * boxes the pharmacist gave me, so i stop forgetting them": context-dev-u). */
export const PILL_ORGANISER = `\\b(?:pill ?box(?:es)?|dosette|(?:pill|weekly|daily|tablet) organi[sz]er|(?:stop|not) forgetting (?:them|my|to take)|so i (?:do not|dont) forget (?:them|to take))\\b`;
