// Means gathered over several texts: "been saving my tablets" … "got enough now" … "going to the woods later".
// Named means (or something bought that is said to be quick), gathered or kept back, enough of them, and a time or
// place: three of the four across the window are urgent, two ask. An everyday reason for having medicine to hand
// anywhere in the window (travel, a pill organiser, the pharmacy) keeps it quiet; where it came from (the pharmacy, a
// script) does not, once some has been kept back until there is enough.

import { alt } from '../vocabulary/pattern.js';
import { KEPT_FOR, KEPT_WHERE, LIGATURE, MEANS } from '../vocabulary/means.js';
import { DANGER_PLACE, HEIGHT, LOCAL_DANGER_PLACES, WATER } from '../vocabulary/places.js';
import { EVERYDAY_MEANS } from '../vocabulary/means.js';
import { FOR_THE_ANIMALS, MONEY_TALK } from '../vocabulary/ordinary.js';
import { rx } from '../rules/rule.js';
import { seen, type Read, type Verdict } from './read.js';

/** A shop's limit on how many packs a person may buy (as on paracetamol): the means, unnamed (context-dev-p). */
const SALE_LIMIT =
  '(?:only|just|will not|would not|wont|do not|dont) (?:let|sell) (?:you|u|me|us|people) (?:have |buy |get )?(?:one|two|1|2|more than (?:one|two|1|2))';

/** Shops and chemists: a limit met at one and then two or more of them visited is means gathered (context-dev-s:
 * "boots … the big tesco cos they only let you have 2 packs each … the little chemist"). */
const SHOP = rx(
  `\\b${alt('boots', 'superdrug', 'tesco', 'asda', 'sainsburys', 'morrisons', 'lidl', 'aldi', 'co ?op', 'spar', 'one stop', 'chemists?', 'supermarket', 'garage', 'corner shop', 'home bargains', 'savers', 'wilko')}\\b`,
  '',
);
const LIMITED = rx(`\\b${SALE_LIMIT}\\b`, '');

/** Every shop a text names. */
const SHOPS = new RegExp(SHOP.source, 'g');

/** How many shops the window names, in one text or several ("been to boots and superdrug and the coop in street"). */
function shopsNamed(all: readonly Read[]): number {
  const shops = new Set<string>();
  for (const r of all) for (const m of r.canonical.matchAll(SHOPS)) shops.add(m[0]);
  return shops.size;
}

/** Means of harm (the vocabulary's MEANS, with ligatures, or a sale limit that stands for them). */
export const MEANS_NAMED = rx(
  `\\b${alt(MEANS, LIGATURE, 'meds', 'vodka', 'whisky', 'hose ?pipe', 'hose', 'exhaust', 'guns?', 'shotgun', 'rifle', '12 bore', 'twelve bore', 'gun cabinet', SALE_LIMIT)}\\b`,
  '',
);

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
    '(?:keeping|kept|putting|put|setting|set) (?:[a-z]+ ){0,2}(?:back|aside)',
    'stock(?:ed|ing) up',
    'diff(?:erent)? (?:shops|chemists|places)',
    'other shop',
    'another (?:packet|box|bottle)',
    'for (?:[0-9]+|one|two|three|four) more',
    'bought',
    'got (?:some|a) (?:more )?(?:rope|cord|tablets|pills|paracetamol)',
    'so they did not ask',
    'hiding (?:them|my|tablets|pills)',
    'hid (?:them|my)',
    '(?:keeping|kept|keep) (?:them|it|all of them|the lot)',
    'been keeping',
    'building up',
    '(?:keep )?counting (?:them|it)',
    'ordered',
    '(?:it|they|the parcel|the package) (?:came|arrived)',
    'got what i need(?:ed)?',
    '(?:hung|hanging|held|holding) on to',
    'kept hold of',
    'in my (?:pocket|bag|hand|coat|room|bedroom|car)',
    KEPT_WHERE,
    'know where the keys? (?:is|are)',
    'got the keys?',
    'keys? out (?:of )?the (?:gun )?cabinet',
    'fits',
    'checked (?:it|them)',
    '(?:done|did) a test',
    'tested (?:it|them)',
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
    'that should do (?:it|me)(?! for| until| till)',
    'should be enough(?! for| to (?:last|get|see))',
    '(?:about |nearly |over |almost )?[0-9]+ (?:now|of them)',
    '[0-9a-z]+ (?:months?|weeks?)(?: worth)?(?: of them)? now',
    'quite a lot',
    '(?:a fair|quite a) (?:few|lot|amount)',
    '(?:seems|looks|feels) like enough',
    'plus all the (?:new|old|other) ones',
    '(?:is|it is|its|they are|tub is|box is) full now',
    // "whole box", said alone of the means just named (context-dev-zg, twentieth round).
    '(?<=^ (?:the |a )?)whole (?:box|packet|pack|bottle|strip|tub)(?: of them)?(?=(?: \\.)* $)',
    // Packs counted once a limit has been got round: "8 packs now in my bag" (context-dev-z).
    '(?:[4-9]|[1-9][0-9]|four|five|six|seven|eight|nine|ten|twelve) (?:packs|packets|boxes|strips|bottles)(?: of [a-z]+)? (?:now|in my|altogether|in total|all together)',
  )}\\b`,
  '',
);

/** A time, a place or being alone: where gathering turns into a plan. */
export const PLAN = rx(
  `\\b${alt(
    'tonight',
    '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night| then| it is)?',
    'quiet house',
    '[0-9]{1,2} ?(?:o ?clock|pm|am)',
    'half (?:past )?(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)',
    'later',
    'tomorrow',
    'this (?:weekend|evening|afternoon)',
    'after (?:work|tea|dinner)',
    'going (?:to|up|down|out|for)(?! (?:bed|sleep|work|be|the (?:gym|shops?|gp|doctors?|pharmacy|chemist|dentist)))',
    'heading',
    'long drive',
    'drive',
    'woods',
    HEIGHT,
    WATER,
    '(?:nobody|no one) (?:will be|is|else is) (?:home|in|around)',
    '(?:nobody|no one) (?:will find|else is in)',
    'everyone is away',
    '(?:everyone|everyones|everybody|they) (?:is |are )?(?:asleep|in bed)',
    '(?:mum|mums|dad|dads|he|hes|she|shes|they|everyone)(?: is| are)? (?:out|at [a-z]+) (?:till|until)',
    'parked up',
    'somewhere quiet',
    '(?:just )?need (?:some )?(?:peace and )?quiet(?= \\.| $)',
    // Means laid out, and only the start left (context-dev-zk): "lined them up by colour" … "just need to start".
    '(?:just )?(?:need|got|have) to start(?= \\.| $)',
    'after dark',
    'everyones away',
    'on my own',
    'do not wait up',
    '(?:i will|i wil) be (?:alone|on my own)',
    '(?:is|are|will be) away',
    'garage',
    '(?:shuts|closes|seals) properly',
    KEPT_FOR,
    'for when i need (?:them|it)',
    'i am ready',
  )}\\b`,
  '',
);

/** Where medicine comes from: the pharmacy, a script, a month's supply. An everyday reason for having it to hand,
 * but not for keeping some back until there are enough ("ive been keeping a few back each week since feb… counted
 * them tonight, think thats plenty now": context-dev-z). */
const SUPPLY = alt(
  'prescription',
  'pharmac[a-z]*',
  'for the (?:fortnight|week|month)',
  'months? (?:worth|supply)',
  '[0-9]+ days? (?:worth )?of',
  'ready to collect',
  '(?:collect|collecting|pick up|picking up) (?:my |the )?(?:prescription|repeat|script)',
  // A new script collected (context-dev-v).
  '(?:script|prescription) (?:she|he|i|they) (?:collected|picked up)',
  'new [a-z]+ (?:script|prescription)',
);

/** Other everyday reasons for having medicine or means to hand: travel, a pill organiser, tapering, a job. */
const ORDINARY_REASON = rx(
  `\\b${alt(
    'holiday',
    'trip',
    'travel[a-z]*',
    'away (?:for|on)',
    'abroad',
    'organisers?',
    'dosette',
    '(?:weekly|pill) box',
    'fridge',
    'worth as',
    'interview',
    'for (?:the|my) (?:kids|children|son|daughter|baby|dog|cat|mum|dad|nan|gran|partner)',
    'calpol',
    'first aid',
    'teething',
    'tent',
    'scouts?',
    'camp',
    'sailing',
    'washing line',
    'mot',
    'back box',
    'check(?:ing)? for leaks',
    'door (?:is )?(?:up|open)',
    'for (?:my|a|the) (?:cold|back|head|period|tooth|hay ?fever|migraine|flu)[a-z]*',
    'on (?:special )?offer',
    'bogof',
    'multi ?buy',
    'per customer',
    'yellow stickers?',
    // Coming off a medicine as the doctor says: "tapering, cutting them in halves and counting them out"
    // (context-dev-t).
    'taper(?:ing|ed)?',
    '(?:come|coming|came) off (?:the |my |it|them)',
    'cutting (?:them|it|the [a-z]+) in (?:half|halves)',
  )}\\b|${FOR_THE_ANIMALS}`,
  '',
);

/** An everyday reason for having medicine to hand: travel, a pill organiser, the pharmacy. */
export const MEANS_ORDINARY = rx(`${ORDINARY_REASON.source}|\\b${SUPPLY}\\b`, '');
const SUPPLIED = rx(`\\b${SUPPLY}\\b`, '');

/** Some kept back from what is taken: "keeping a few back each week", "stockpiling", "saving them up". */
const KEPT_BACK = rx(
  `\\b${alt('(?:keeping|kept|putting|put|setting|set) (?:[a-z]+ ){0,2}(?:back|aside)', 'stockpil[a-z]*', 'hoard[a-z]*', 'sav(?:ing|ed) (?:them |some |a few |my [a-z]+ )?up')}\\b`,
  '',
);

/** An everyday reason in the window for the means: where they came from does not explain keeping some back until
 * there are enough. */
function ordinaryReason(all: readonly Read[]): boolean {
  if (seen(all, ORDINARY_REASON)) return true;
  if (!seen(all, SUPPLIED)) return false;
  return !(seen(all, KEPT_BACK) && seen(all, ENOUGH));
}

/** Means for an everyday job: rope for the boat, a knife for camping. */
const EVERYDAY = rx(EVERYDAY_MEANS, '');
/** The everyday reason denied: "not for climbing lol". */
const DENIED = rx(`\\bnot (?:for|to use for|going) ${EVERYDAY_MEANS}`, '');

/** Something said to be quick or painless: means unnamed, once it has been bought or kept. */
export const LETHAL = rx(
  `\\b${alt(
    '(?:it is|its|it will be|that is|they are) (?:quick|painless|peaceful)(?! to| and easy| for| at)',
    'will not (?:hurt|feel (?:it|a thing))',
    'strong enough',
    'how (?:much|many) (?:it takes|would (?:do it|be enough))',
  )}\\b`,
  '',
);

/** Money talked about: things counted are then notes and coins, and an errand is everyday (./everyday.ts). */
export const MONEY = rx(MONEY_TALK, '');

/** Counting them over and over. */
const COUNTING = rx(
  `\\b${alt('(?:keep |kept )?counting (?:them|it|the [a-z]+)', 'counted them (?:again|twice)')}\\b`,
  '',
);

/** Means named, gathered, enough of them, a time or place: three of the four across the window. */
export function gathering(all: readonly Read[], now: Read): Verdict {
  const cues = [MEANS_NAMED, LETHAL, GATHERING, ENOUGH, PLAN];
  if (!cues.some((cue) => cue.test(now.canonical))) return 'none';
  if (ordinaryReason(all) || (seen(all, EVERYDAY) && !seen(all, DENIED))) return 'none';
  const toured = seen(all, LIMITED) && shopsNamed(all) >= 2;
  const gathered = seen(all, GATHERING) || toured;
  // Things counted again and again until there are enough, with no money in the window, are means unnamed.
  const counted = seen(all, COUNTING) && all.filter((r) => ENOUGH.test(r.canonical)).length >= 2 && !seen(all, MONEY);
  // Some kept back from what the pharmacy gives is medicine, named or not.
  const means =
    seen(all, MEANS_NAMED) ||
    (gathered && seen(all, LETHAL)) ||
    counted ||
    (seen(all, SUPPLIED) && seen(all, KEPT_BACK));
  const enough = seen(all, ENOUGH) || seen(all, LETHAL);
  const plan = seen(all, PLAN);
  if (!means) return unnamed(all);
  if (!(gathered || enough)) return 'none';
  const kinds = [means, gathered, enough, plan].filter(Boolean).length;
  return kinds >= 3 ? 'urgent' : 'ask';
}

/** Something unnamed got ready ("got what I needed"), then a place of danger when nobody is about: urgent. */
export const GOT_READY = rx(
  `\\b${alt('got (?:what|everything) i need(?:ed)?', 'got everything ready', 'everything i need')}\\b`,
  '',
);
const DANGER_SITE = rx(`\\b${alt(DANGER_PLACE, LOCAL_DANGER_PLACES)}\\b`, '');
const UNSEEN = rx(
  `\\b${alt('after dark', 'tonight', '(?:it is |its |so |really )?quiet', '(?:nobody|no one) (?:about|around)', 'on my own')}\\b`,
  '',
);

function unnamed(all: readonly Read[]): Verdict {
  if (!seen(all, GOT_READY) || !seen(all, DANGER_SITE)) return 'none';
  return seen(all, UNSEEN) ? 'urgent' : 'ask';
}

/** Asking what a dose or all of something would do: "what happens if u do all of one". */
export const METHOD_QUESTION = rx(
  `\\b${alt(
    'what (?:happens|would happen|will happen) if (?:you|u|i|someone|somebody|a person) (?:do|did|take|took|inject|injected|use|used|swallow|swallowed|had|have) (?:all|the whole|the lot|too many|too much|loads|lots|a lot|double|them all|a whole|every)',
    'how (?:much|many) (?:would|does it|do you|would it) (?:take|need)',
    'is (?:it|that) enough to',
  )}\\b`,
  '',
);

/** Said to be done: "done it now", "taken them". */
export const DONE = rx(
  `^ ?(?:i have |i |ive |just |so )*${alt('done it', 'did it', 'taken (?:them|it|the lot|all of (?:them|it))', 'took (?:them|it|the lot|all of (?:them|it))', 'done the lot', 'used (?:it|them|the lot)')}(?: now| then| already| all)?(?: [.!]| x)* $`,
  '',
);

/** Means named and asked about earlier, and now said to be done: urgent, whatever "just asking" came between. */
export function actedOn(earlier: readonly Read[], now: Read): Verdict {
  if (!DONE.test(now.canonical)) return 'none';
  return seen(earlier, MEANS_NAMED) && seen(earlier, METHOD_QUESTION) ? 'urgent' : 'none';
}
