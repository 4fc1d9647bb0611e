// Danger that builds: someone threatening ("he's been texting again"), then back or at the door ("he's back"), then
// forcing a way in or the person hiding ("locked the door"). Threat and hiding or forcing are urgent, and so is fear
// once they are there; threat and presence or fear ask (a threat to kill or hurt and them arriving is urgent); a
// partner home from work, a dog shut in, a door locked for the cat stay quiet.

import { alt } from '../vocabulary/pattern.js';
import { rx } from '../rules/rule.js';
import { seen, type Read, type Verdict } from './read.js';

const SUBJECT = alt('he', 'she', 'they', 'my ex', 'my partner', 'my dad', 'my stepdad', 'my brother', 'him', 'her');

/** Someone threatening or hounding them. */
export const THREAT = rx(
  `\\b${alt(
    'threat[a-z]*',
    'withheld',
    'will not (?:leave me alone|stop)',
    'won t (?:leave me alone|stop)',
    'follow(?:ing|ed) me',
    'found (?:out )?(?:where i (?:live|am|moved|have moved|stay)|my (?:new )?(?:address|adres|flat|house))',
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
    'been drinking',
    '(?:going|gonna) to (?:finish|kill|hurt|get) (?:it|me|us)',
    'drunk',
    'on the (?:cider|booze|drink|vodka|lager|beer|cans|whisky)',
    'throwing (?:stuff|things|stuf|plates|chairs) (?:about|around|at)',
    'kicked (?:the|my) (?:door|doors) in',
    '(?:i d|i would|you ll|you will|you d|you would) (?:regret it|be sorry)',
    'scared of (?:him|her|them)',
    'asking about me',
    'parked outside',
    'police',
    'injunction',
    'restraining order',
    'non molestation',
    'not (?:allowed|supposed) to (?:come|be) (?:near|here|round)',
    '(?:broke|broken) my (?:arm|nose|jaw|ribs?|wrist|leg|fingers?)',
    'put me in (?:hospital|a e)',
    '(?:hit|hurt|beat|strangled|attacked|battered) me (?:last time|before)',
    '(?:i am|im|you are|we are) (?:so )?(?:dead|getting it|in for it)',
  )}\\b`,
  '',
);

/** A threat to kill or hurt: with the person arriving, urgent at once. */
export const SEVERE_THREAT = rx(
  `\\b${alt(
    '(?:kill|hurt|finish|batter|strangle|stab|get) (?:me|us)',
    'do (?:me|us) in',
    '(?:knife|blade|glass) (?:to|against|at) my (?:neck|throat)',
    'finish (?:it|the job)',
    'next time (?:he|she|they)(?: d| would| will| ll)? (?:kill|finish|do)',
    '(?:i am|im|you are|we are) (?:so )?dead',
    'make (?:me|us) pay',
    '(?:broke|broken) my (?:arm|nose|jaw|ribs?|wrist|leg|fingers?)',
    'put me in (?:hospital|a e)',
    'ended up in (?:[a-z]+ )?(?:hospital|a e|musgrove|yeovil district)',
    'kicked (?:the|my) (?:door|doors) in',
    '(?:i d|i would|you ll|you will|you d|you would) (?:regret it|be sorry)',
    '(?:hit|hurt|beat|strangled|attacked|battered) me (?:last time|before)',
    // A court order that does not keep them away (context-dev-zm): "the order means nothing to him".
    '(?:the |his |her |my )?(?:order|injunction|non ?mol(?:estation)?(?: order)?|restraining order) (?:means|meant) nothing',
  )}\\b`,
  '',
);

/** Someone arriving: on the drive, at the door, the key in the lock. */
export const ARRIVING = rx(
  `\\b${alt(
    'pulled (?:onto|into|up on|up at|up outside) (?:the )?(?:drive|road|street|house)',
    'pulled up',
    '(?:his|her|their) (?:car|van) (?:is )?(?:outside|here|on the drive)',
    '(?:car|van) (?:is )?outside[ .]+it is (?:his|hers|theirs)',
    'it is (?:his|her) (?:car|van)',
    'key in the (?:door|lock)',
    'coming up the (?:stairs|path|drive)',
    '(?:he|she|they) (?:is|are|s) (?:home|in|inside)',
    '(?:he|she|they) (?:just )?(?:got|came) (?:in|home|back)',
    '(?:back|home) (?:from [a-z ]{1,20} )?(?:at|by|around|about) (?:[0-9]+|ten|eleven|twelve|midnight)',
  )}\\b`,
  '',
);

/** The person coming back or being there now. */
export const PRESENCE = rx(
  `\\b${alt(
    `(?:he|she|they) (?:is|are|s) (?:back|here|outside|at the door|downstairs|in the house|on (?:his|her|their) way)`,
    '(?:he|she|they) (?:is|are|s) (?:at|by|outside|banging on) the (?:front |back |kitchen |bedroom |living room )?(?:door|window|gate)',
    '(?:just )?turned up',
    'outside (?:my|the) (?:flat|house|door|window|work)',
    'waiting outside',
    '(?:that is|it is) (?:him|her|them) at the (?:front |back )?(?:door|window)',
    'at the (?:front |back )?door now',
    'parked outside',
    'shouting',
    'coming (?:round|over|for me)',
  )}\\b`,
  '',
);

/** The time now, told while someone threatening is due back ("its half 10 now"). */
export const TIME_NOW = rx(
  `\\b(?:it is|its) (?:nearly |almost |gone |just gone )?(?:half |quarter to |quarter past |ten to |ten past )?(?:[0-9]+|ten|eleven|midnight)(?: now| already)?\\b`,
  '',
);

/** Danger at the door now: forcing a way in. */
export const FORCING = rx(
  `\\b${alt('banging', 'kicking', 'trying to get in', '(?:trying|tried|tries) (?:the|to open the) (?:back |front )?(?:door|handle|window)', 'break(?:ing)? in', 'smash[a-z]*')}\\b`,
  '',
);

/** Hiding or locking themselves in. */
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
    'cannot get out',
    'in the (?:wardrobe|cupboard|loft|bathroom)',
    'under the bed',
    '(?:scared|afraid|frightened|terrified) to (?:open|answer|go to) the door',
  )}\\b`,
  '',
);

/** Fear: urgent once someone threatening is there, asked about before. */
export const FEAR = rx(`\\b${alt('scared', 'terrified', 'frightened', 'shaking')}\\b`, '');

/** Someone threatening, then at the door, forcing a way in or the person hiding; fear once they are there. */
export function danger(all: readonly Read[], now: Read): Verdict {
  if (!seen(all, THREAT) && !seen(all, SEVERE_THREAT)) return 'none';
  const nowCues = [THREAT, PRESENCE, ARRIVING, FORCING, HIDING, FEAR].filter((cue) => cue.test(now.canonical));
  // A threat to kill, them due back at a time, and the clock told now: the hour is close.
  if (TIME_NOW.test(now.canonical) && seen(all, SEVERE_THREAT) && seen(all, ARRIVING)) return 'urgent';
  if (nowCues.length === 0) return 'none';
  if (seen(all, FORCING) || seen(all, HIDING)) return 'urgent';
  const arriving = PRESENCE.test(now.canonical) || ARRIVING.test(now.canonical);
  const there = seen(all, PRESENCE) || ARRIVING.test(now.canonical);
  if ((arriving && seen(all, SEVERE_THREAT)) || (there && seen(all, FEAR))) return 'urgent';
  return there || seen(all, FEAR) ? 'ask' : 'none';
}
