// A scene at a place of danger, told a text at a time: "went down to the bridge" … "it's really high from here" …
// "nobody about at this time". A height, water or a railway, then the person at it or over it, the drop or the train
// noticed, there for no ordinary reason ("not getting on it"), or a ticket there and not back, with a second sign (any
// of those, nobody to see, going there at a time, a long while there, the tide coming in): urgent; one of the first
// four alone asks. The same place with a view, a friend or a walk and nothing more stays quiet.

import { alt } from '../vocabulary/pattern.js';
import { DANGER_PLACE, LOCAL_DANGER_PLACES, LOCAL_RIVERS } from '../vocabulary/places.js';
import { rx } from '../rules/rule.js';
import { FAREWELL } from './farewell.js';
import { seen, type Read, type Verdict } from './read.js';

/** A place of danger: the vocabulary's heights, water and railways, and the words a text uses for them. */
export const PLACE = rx(
  `\\b${alt(DANGER_PLACE, LOCAL_DANGER_PLACES, 'station', 'coast', 'trains?', 'the line', 'the crossing', '(?:foot ?path|farm|foot|rail(?:way)?|level|unmanned) crossing', 'platform', 'floors up', 'storeys up', 'multi ?stor(?:e)?y', '(?:big|sheer|steep|massive|huge) drop', 'foot ?bridge')}\\b`,
  '',
);

/** The person at the danger itself: on or by the line, over the barrier, at the edge, in the water. */
export const AT = rx(
  `\\b${alt(
    '(?:by|on|onto|along|beside|next to|near) the (?:railway |train )?(?:line|tracks?|rails)',
    'walking (?:along|down|on) the (?:railway|tracks?|line)',
    '(?:over|past|under|through) the (?:barrier|railings?|fence|parapet|edge|side)',
    'climbed (?:over|up|onto|on to)',
    '(?:stepped|climbed|gone|went|got) over the (?:[a-z]+ )?(?:fence|barrier|railings?|wall)(?: bit)?',
    '(?:at|on) the (?:very )?end of (?:the )?[a-z ]{0,20}(?:pier|jetty|harbour wall|breakwater)',
    '(?:to|at|on|over|by|near) the edge',
    'right (?:to|at) the (?:end|edge|top)',
    // Where they are, as the whole text, at a place of danger (context-dev-zl): "top of the multistorey" … "by the wall".
    '(?<=^ )(?:i am |im )?(?:by|on|at) the (?:wall|edge|side|railings?|barrier|parapet)(?: now)?(?= \\.| $)',
    // Leaning out is all that is left (context-dev-zk): "right at the edge bit" … "just need to lean".
    'lean(?:ing)? (?:over|out|off) (?:the )?(?:edge|side|railings?|wall|barrier|parapet)',
    '(?:just )?(?:need|got|have|going) to lean(?= \\.| $)',
    'on the (?:ledge|parapet|railings?)',
    'sat on the (?:wall|side|railings?)',
    'taken my (?:shoes|boots|trainers|coat) off',
    '(?:shoes|boots) (?:are )?off',
    'waters? (?:is )?(?:cold|freezing|up to)',
    'in the (?:water|sea|river|canal)',
    'up to my (?:knees|waist|chest|neck)',
    '(?:into|in to) the (?:water|sea|river|waves)',
    'only halfway',
    '(?:at|on|by) the (?:level )?crossing',
    'out on the (?:mud|mudflats|sand ?banks?|sands|flats) now',
    'walking (?:out )?(?:on|into|to|across) the (?:mud|mudflats|sands|tide)',
    '(?:pockets?|rucksack|backpack|coat) (?:full of|with|filled with) (?:stones|rocks|bricks)',
    '(?:stones|rocks|bricks) in (?:my|me) (?:pockets?|coat|rucksack|backpack)',
    // "on the footbridge over the m5 near bridgwater" (context-dev-ze, nineteenth round).
    `(?:on|at|stood on|standing on|sat on|sitting on) (?:the |a )?(?:foot ?bridge|bridge|flyover) (?:over|above) (?:the )?(?:m[0-9]+|motorway|railway|line|tracks|dual carriageway|bypass|a[0-9]+|river|canal|water|${LOCAL_RIVERS})`,
  )}\\b`,
  '',
);

/** The danger noticed close up: the drop, a train coming. */
export const DROP = rx(
  `\\b${alt(
    '(?:really|so|very|proper) high',
    '(?:cannot|can not) (?:even )?see the bottom',
    'long way down',
    'how (?:high|far down|deep|fast|quick(?:ly)?)',
    '(?:windy|high|cold|quiet|dark) up here',
    '(?:looks|is|so|really|very) deep',
    'the drop',
    '(?:big|sheer|steep|massive|huge) drop',
    '(?:one|a train|the train|it) (?:is )?coming',
    'signals? (?:has |is )?(?:gone|turned|just gone) green',
    'next (?:train|one) (?:is )?(?:due|in)',
    'no (?:barrier|fence|railings?)',
    '(?:rocks|water|ground|sea) (?:below )?(?:look|looks|is|are) (?:really |so )?(?:close|far|near)',
    'high enough',
    '(?:looking|staring|looked|stared) (?:down|over)',
    '(?:does not|doesnt|does nt|will not|won t|never) stop (?:at|here|there)',
    'fast (?:train|one)s?',
    'worked out (?:the|when the) (?:times|timetable|trains)',
    'trains? (?:come|comes|go|goes|pass|passes|run|runs) (?:through|thru|past|by)? ?(?:about )?every',
    'non ?stop',
    // "the 4.15 doesnt slow down there" (context-dev-s).
    '(?:does not|never|will not) slow (?:down )?(?:there|here|at|through)',
    // "lorries going under" (context-dev-ze).
    '(?:lorries|lorrys|trucks|cars|traffic|trains) (?:going|flying|whizzing|rushing|roaring|speeding|thundering) (?:under|underneath|below)',
  )}\\b`,
  '',
);

/** Nobody to see: the dark, the small hours, alone. */
export const UNSEEN = rx(
  `\\b${alt(
    '(?:nobody|no one|noone) (?:about|around|here|up here|down here|sees|will see|can see|watching|will know)',
    '(?:do not|dont) (?:really )?want (?:anyone|anybody|no one|nobody|noone) (?:to )?find(?:ing)? me',
    'so (?:nobody|no one) sees',
    'at this time',
    'middle of the night',
    '(?:it is|its) (?:so |really |proper |that )?(?:dark|pitch black)',
    'tonight',
    'on my own',
    'in the dark',
    '(?:no one|nobody|noone) else (?:up|down|out) here',
    'dead quiet',
    'quiet up here',
    'by myself',
    'all alone',
    '(?:line|it|road|bridge) is quiet',
    'lines quiet',
    '(?:it is|its|so|really) quiet (?:here|now|out here)',
  )}\\b`,
  '',
);

/** There for no ordinary reason: not travelling, no way back. */
export const NOT_TRAVELLING = rx(
  `\\b${alt(
    'not (?:getting|catching|going) (?:on )?(?:it|the train|one)',
    'not catching it',
    'will not need (?:it|a return|my [a-z]+|the (?:session|sessions|appointment|return|ticket)s?)',
    'give (?:it|my (?:place|spot|session)) to someone (?:who|else)',
    'not (?:coming|turning|going|walking|driving|getting|heading) back',
    '(?:next|fast|the) (?:one|train)s? to (?:come|go) (?:through|past)',
  )}\\b`,
  '',
);

/** A ticket there and not back: "got a single to eastbourne… didnt get a return" (context-dev-za). A sign of its own
 * beside "wont need it": no way back bought, and none wanted. */
export const ONE_WAY = rx(
  `\\b${alt('one way', 'single (?:ticket )?to', '(?:did not|never) (?:get|buy|bother with) a return', 'no return (?:ticket)?')}\\b`,
  '',
);

/** Kept from the people round them: "dont tell my flatmates" (context-dev-zf, nineteenth round). */
export const KEPT_SECRET = rx(
  `\\b(?:do not|dont|don t|never) tell (?:my|anyone|anybody|no one|nobody|mum|dad|them|him|her)\\b`,
  '',
);

/** The sea closing in: "tides coming in fast" (context-dev-zg, twentieth round). A sign beside another, never alone:
 * people walk the beach as the tide turns every day. */
export const TIDE = rx(`\\btides? (?:is |s |are )?(?:coming|come|came|rushing|racing|creeping) (?:in|up)\\b`, '');

/** Lingering there: a long while at a place of danger is a sign in itself. */
export const LINGERING = rx(
  `\\b${alt(
    'for (?:an|a few|two|three|[0-9]+) hours?',
    'for ages',
    'been (?:here|sat here|sitting here|stood here|standing here) (?:for )?(?:ages|hours|a while)',
    // Drawn to it (context-dev-zm): "parretts proper high tonight" … "keep lookin at it".
    '(?:keep|keeps|kept|cannot stop) (?:looking|staring|peering) (?:at it|down|at the water|over)',
  )}\\b`,
  '',
);

/** Going there at a time. */
export const GOING = rx(
  `\\b${alt(
    `(?:walking|going|heading|driving|getting) (?:up |down |over |out )?to (?:the )?(?:${LOCAL_DANGER_PLACES}|${DANGER_PLACE})`,
    '(?:going|gonna|walk|walking|head|heading|drive|driving|get|getting) (?:up |down |over |back |out )?there',
    'there (?:after tea|later|tonight|tomorrow)',
  )}\\b`,
  '',
);

/** Being at the place now: "by the river now", "down at the harbour". */
export const THERE_NOW = rx(
  `(?:^ ?|\\b(?:i am|am|i m|just|me|sat|stood|standing|sitting) )(?:down |up |out |over |right )?(?:at|by|on|in|near|beside) [a-z .]{1,80}\\b(?:now|here)\\b|\\b(?:just got here|arrived|made it)\\b`,
  '',
);

/** Arrived, said bare: "here now", "made it" (context-dev-s): at the place the texts before named. */
export const ARRIVED = rx(
  `^ ?(?:i am |im |i m |am |just |finally |ok )?${alt('here', 'there', 'made it', 'arrived', 'got here', 'got there')}(?: now)?(?: [.!]| x)* $`,
  '',
);

/** Near the place just named, now: "parked up in the layby near it now". */
export const NEAR_IT = rx(
  `\\b${alt('(?:near|by|under|next to|at|beside) (?:it|there) now', 'parked up (?:near|by|at|next to|under)')}\\b`,
  '',
);

/** A place of danger with two signs that the person is there for it; one sign at it or of the drop asks. */
export function scene(all: readonly Read[], now: Read): Verdict {
  if (!seen(all, PLACE)) return 'none';
  const signs = [AT, DROP, NOT_TRAVELLING, ONE_WAY, UNSEEN, GOING, LINGERING, FAREWELL, KEPT_SECRET, TIDE];
  const carries = [...signs, PLACE, ARRIVED];
  if (!carries.some((cue) => cue.test(now.canonical))) return 'none';
  const [at, drop, notTravelling, oneWay, ...others] = signs.map((cue) => seen(all, cue));
  others.push(oneWay === true);
  // At the place now ("by the parrett now") is a sign of its own.
  others.push(
    (PLACE.test(now.canonical) && THERE_NOW.test(now.canonical)) ||
      NEAR_IT.test(now.canonical) ||
      ARRIVED.test(now.canonical),
  );
  if (!(at || drop || notTravelling || oneWay)) return 'none';
  const kinds = [at, drop, notTravelling, ...others].filter(Boolean).length;
  return kinds >= 2 ? 'urgent' : 'ask';
}
