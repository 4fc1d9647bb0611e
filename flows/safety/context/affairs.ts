// Affairs put in order, a text at a time: a pet or treasured things given away, bills and papers left ready for
// someone, people said goodbye to, and a strange calm ("feels weirdly peaceful now"). Three of those kinds across the
// window, or two kinds over three messages, are urgent; two kinds ask. One kind alone is everyday life: a cat minded
// for a holiday, a tax return done, a thank-you when mentoring ends.

import { alt } from '../vocabulary/pattern.js';
import { DANGER_PLACE, LOCAL_DANGER_PLACES } from '../vocabulary/places.js';
import { rx } from '../rules/rule.js';
import type { Read, Verdict } from './read.js';

const PET = alt('cat', 'dog', 'pets?', 'rabbit', 'bird', 'budgie', 'hamster', 'fish', 'puppy', 'kitten');
const KIN = alt(
  'mum',
  'dad',
  'nan',
  'nana',
  'gran',
  'grandad',
  'brother',
  'sister',
  'son',
  'daughter',
  'nephew',
  'niece',
  'wife',
  'husband',
  'partner',
  'best friend',
  'neighbour',
  'mate',
);

/** Something given away for good: a pet with all its things, a treasured possession. */
export const GIVING = rx(
  `\\b${alt(
    '(?:given|gave|giving) (?:away )?(?:my|his|her|all my) [a-z]+(?: [a-z]+)? (?:to|away)',
    `[a-z]+s (?:having|taking|got|has) (?:the|my) ${PET}`,
    `(?:the |my )?${PET}s? (?:has |is )?(?:gone|going|to go) to (?:live|stay)`,
    'rehom[a-z]*',
    `(?:sent|taken|took|given|gave) (?:the |my )?${PET}s? to (?:my )?${KIN}s?`,
    `gave (?:my )?${KIN} (?:my|all my|his|her)`,
    `(?:asked|getting|got) [a-z ]{1,20} to (?:have|take|look after|mind) (?:the|my) ${PET}`,
    `${PET}s? (?:has |is )?(?:gone|going|to go) to (?:my )?${KIN}s?`,
    'new home for',
    'took (?:his|her|their) (?:bed|things|stuff|toys|lead|cage)',
  )}\\b`,
  '',
);

/** Papers, bills and the home left ready for someone else; being found thought of. */
export const SETTLING = rx(
  `\\b${alt(
    'paid (?:off|up)',
    'paid (?:the |my )?[a-z]+ off',
    'paperwork',
    'bills',
    'insurance',
    'my will',
    'passwords',
    'for (?:my|whoever)(?: [a-z]+)? (?:to find|finds)',
    `folder for (?:my )?${KIN}`,
    'for whoever',
    'where (?:they|he|she|you|everyone)(?: will| ll|ll|l)? (?:see|find) (?:them|it)',
    '(?:put|sent|posted|left) (?:something|a (?:letter|card|parcel|package)) (?:in the post )?for (?:you|them|her|him)',
    'unlocked for',
    'left the (?:back |front )?door unlocked',
    'kick (?:it|the door) in',
    'the one (?:to|who) finds? me',
    'find me',
    '(?:house|flat|room) is (?:ready|sorted|tidy)',
    'everything (?:else )?is (?:sorted|ready|tidy|in order|arranged)',
    'everythings (?:sorted|ready|tidy|in order|arranged)',
    'in order',
    'deleted (?:all )?my (?:socials|accounts|facebook|instagram|profiles?)',
    'nothing (?:left|else) to sort',
    'cancel[a-z]* (?:everything|it all|the (?:phone )?contract|my (?:phone )?contract)',
    'will not (?:make|be (?:at|coming to)) (?:it to )?[a-z]+day',
    // Found by context-dev-t (fourteenth round): "the will is with the solicitor… told the landlord the flat will be
    // empty", "left £200 in an envelope for her food and a note with her vet" (everything "arranged" is above).
    'the will is (?:with|at|done|signed)',
    '(?:flat|house|room) will be empty',
    'left (?:[0-9]+(?: quid| pounds)?|money|cash) (?:in an envelope )?for',
  )}\\b`,
  '',
);

/** Goodbyes in other words: calls and letters to the people who matter, last sessions, thanks said as if at the end. */
export const PARTING = rx(
  `\\b${alt(
    `said (?:goodbye|bye) to (?:my )?${KIN}`,
    'last session',
    `rang (?:my )?${KIN}`,
    `told (?:her|him|them|my ${KIN}) i love`,
    `(?:written|wrote|writing|write) (?:to )?(?:my |a few |some )?(?:${KIN}|letters|a letter|a note|notes)`,
    `one for (?:my )?${KIN}`,
    'sorry (?:for|about) (?:being|everything|all the)',
    'take care of (?:yourself|yourselves|each other|everyone)',
    `tell (?:her|him|them|my ${KIN}) (?:thank you|thanks|i love|i am sorry|sorry|it was not)`,
    '(?:was not|is not|was never) (?:anything|something) (?:she|he|you|they) did',
    '(?:put|left) (?:a |the |some )?(?:note|notes|letter|letters)',
    '(?:messaged|texted|rang|called) (?:everyone|everybody|all the people) i (?:care about|love)',
    'you (?:were|have been|have all been|all been) (?:kind|so kind|so good to me|good to me|lovely)',
    '(?:thank you|thanks|ta|cheers) for everything',
    '(?:thank you|thanks|ta|cheers) for (?:all )?(?:the|our) (?:chats|talks)',
    // Stepping back from the service itself (found by context-dev-o, tenth round).
    '(?:do not|dont) (?:worry about|bother) (?:matching|finding|pairing) me',
    '(?:will not|wont) (?:be needing|need) (?:a |the |my )?mentor',
    'take me off (?:the|your) (?:list|waiting list)',
    // Found by context-dev-zf (nineteenth round): "its giving final day energy", "dont text back".
    '(?:final|last) day (?:on earth|alive|energy|vibes)',
    '(?:do not|dont|don t) (?:text|reply|message|msg) (?:me )?back',
  )}\\b`,
  '',
);

/** A strange calm or a list finished. */
export const CALM = rx(
  `\\b${alt(
    '(?:weirdly|strangely|so|really|very) (?:peaceful|calm)',
    'at peace',
    'ticking (?:things|them|it|everything) off',
    'all done now',
    '(?:have|got) it all (?:done|sorted)',
    'weight (?:off|lifted)',
  )}\\b`,
  '',
);

/** Going off alone somewhere quiet. */
export const LEAVING = rx(
  `\\b${alt('somewhere (?:quiet|peaceful|nobody|no one)', '(?:driven|drove|walked|gone) off and left (?:her|his|my) (?:phone|purse|wallet|keys)', 'left (?:her|his|my) (?:phone|purse|wallet) (?:and (?:her|his|my) (?:phone|purse|wallet|keys) )?(?:on|at|behind)', 'go (?:away|off) somewhere', 'disappear', 'heading out', `(?:drive|walk|going|heading|head) (?:up |out |down |over )?(?:to |up )?(?:the top of )?(?:${LOCAL_DANGER_PLACES}|the ${DANGER_PLACE})`)}\\b`,
  '',
);

/** Being found thought of: the strongest sign of the kinds here. */
export const FOUND = rx(
  `\\b${alt('the one (?:to|who) finds? me', 'finds? me', 'kick (?:it|the door) in', 'for whoever', '(?:nobody|no one) (?:has|will have) (?:a mess|anything) to (?:sort|clear|deal with)')}\\b`,
  '',
);

/** An everyday reason for giving things away or sorting papers: a move, a clear-out, someone else's affairs. */
export const AFFAIRS_ORDINARY = rx(
  `\\b${alt(
    'moving (?:in|into|house|flat|out|to)',
    '(?:into|in) a (?:care )?home',
    'new (?:flat|house|place|job)',
    'clear(?:ing|ed)? out',
    'declutter[a-z]*',
    'charity shop',
    'car boot',
    'holiday',
    'while (?:i am|i will be) (?:away|in hospital|on (?:a|the) course|working away)',
    'see you (?:after|next|soon|then|when i am back)',
    'tax return',
    '(?:job|jobs|cover) (?:application|letter)s?',
    'applications?',
    '\\bcv\\b',
    'references?',
  )}\\b`,
  '',
);

/** Three kinds across the window, or two kinds over three messages or with being found in mind, are urgent; two
 * kinds ask. */
export function affairs(all: readonly Read[], now: Read): Verdict {
  const cues = [GIVING, SETTLING, PARTING, CALM, LEAVING];
  const carries = (r: Read): boolean => cues.some((cue) => cue.test(r.canonical));
  if (!carries(now) || all.some((r) => AFFAIRS_ORDINARY.test(r.canonical))) return 'none';
  const kinds = cues.filter((cue) => all.some((r) => cue.test(r.canonical))).length;
  const messages = all.filter(carries).length;
  const partings = all.filter((r) => PARTING.test(r.canonical)).length;
  const found = all.some((r) => FOUND.test(r.canonical));
  if (kinds >= 3 || (kinds >= 2 && (messages >= 3 || found)) || partings >= 3) return 'urgent';
  return kinds >= 2 ? 'ask' : 'none';
}
