// Danger that goes on: an earlier message in the window was urgent, and this one carries the same picture on ("had a
// drink with my dad's old tablets" … "feel really warm and sleepy"; "said when he gets back I'm dead" … "he's just
// pulled onto the drive"; "not having any more birthdays" … "mine's in 2 weeks"). The body's signs, someone at the
// door, a time or place, a goodbye or the act itself, someone still missing, or one more of a farewell tour keep it
// urgent, so the team hears it again. Words that the
// danger has passed or help has come ("I'm safe now", "called 999", "was only joking") and a bare "ok"/"thanks"
// never do: one alarming text must not colour every later reply.

import { alt } from '../vocabulary/pattern.js';
import { rx } from '../rules/rule.js';
import { ARRIVING, FEAR, FORCING, HIDING, PRESENCE } from './danger.js';
import { FAREWELL, goodbyeForAReason } from './farewell.js';
import { MEANS_NAMED, MEANS_ORDINARY } from './gathering.js';
import { modelLed, readingOf, type Read, type Verdict } from './read.js';
import { TAKEN_AS_JOKE } from '../vocabulary/tone.js';

/** Reasons that name means: a method, means ready, an overdose. */
const MEANS_REASON = /^(?:method|means|overdose)/;

/** The body's signs of harm taking hold. */
export const BODY_SIGNS = rx(
  `\\b${alt(
    'sleepy',
    'drowsy',
    'dizzy',
    'woozy',
    'light ?headed',
    'numb',
    'tingl[a-z]*',
    '(?:really |so |very )?(?:warm|hot|cold) and',
    'heart (?:is )?(?:racing|pounding|going (?:funny|mad)|beating)',
    '(?:cannot|can not|can t|hard to) (?:breathe|see|stand|feel my|keep my eyes open|stay awake|move|think straight)',
    'being sick',
    'throwing up',
    'threw up',
    'vomit[a-z]*',
    'words (?:are )?(?:going|coming out) (?:funny|wrong|weird)',
    'slurr[a-z]*',
    'blurr[a-z]*',
    '(?:room|everything) (?:is )?spinning',
    'going (?:dark|black|fuzzy)',
    'fading',
    'drifting',
    'blee?d(?:ing)?',
    'blood',
    'stomach (?:hurts|is (?:killing|burning))',
    'ringing in my ears',
    'ears (?:are )?ringing',
    'floaty',
    'fuzzy',
    'heavy',
    'lost count',
    '(?:feel|feeling|felt) (?:really |so |very |a bit )?(?:weird|strange|funny|spaced|out of it)',
    'not even water',
    'day [0-9]+ (?:now|of|without)',
  )}\\b`,
  '',
);

/** Someone still missing after the danger was told: "took all her meds with her" … "nobody's heard from her since
 * last night". */
export const STILL_MISSING = rx(
  `\\b${alt(
    '(?:nobody|nobodys|no one|noone) (?:has |s )?(?:heard|seen) (?:from |of )?(?:her|him|them)',
    '(?:not|never) (?:been )?(?:heard|seen) (?:from |of )?(?:her|him|them) since',
    '(?:still )?(?:has not|have not|not) (?:come|came|got) (?:home|back)',
    '(?:her|his|their) phone (?:is )?(?:off|dead|going (?:straight )?to voicemail)',
    'not answering (?:her|his|their) phone',
  )}\\b`,
  '',
);

/** A farewell in deeds carried on, one more of a series: "saying bye to all my favourite places" … "did the quantocks
 * one today". */
export const ONE_MORE = rx(
  `\\b${alt('did (?:the |my )?[a-z]+(?: [a-z]+)? one (?:today|yesterday|this morning|tonight|earlier)', 'one (?:more|last) (?:to go|left)')}\\b`,
  '',
);

/** A time, a place reached or the act under way. */
export const UNDER_WAY = rx(
  `\\b${alt(
    'there now',
    'here now',
    'on my way',
    'nearly there',
    'almost there',
    'arrived',
    'tonight',
    'in (?:a|an|one|two|three|[0-9]+) (?:minutes?|mins?|hours?|days?|weeks?)',
    '(?:is|s) (?:in|on) (?:[0-9]+|a|one|two|three) (?:days?|weeks?)',
    'it is time',
    'its time',
    'done it',
    'did it',
    'started',
    'doing it',
    '(?:it is|its) done',
    'taken (?:them|it|the lot)',
    'took (?:them|it|the lot)',
    'want (?:it|everything|things) (?:all )?(?:quiet|to stop|to be over)',
    'told [a-z ]{1,20} i (?:was|am|m) going to bed',
    'phones? (?:is )?(?:nearly|almost|about to be|going) (?:dead|to die|flat)',
    'it is [~a-z ]{0,12}(?:up|down|out) here',
    // Means put together: "might as well mix them and see what happens" (context-train-n).
    '(?:mix|mixing|mixed) (?:them|it|the lot|it all|the two)(?: together| with| and)',
    // Harm that goes on (context-dev-zm): "been using my lighter on my arm" … "still going" … "cant stop".
    '(?<=^ )(?:i am |it is |its )?still going(?= \\.| $)',
    '(?<=^ )(?:i )?(?:cannot|can not) stop(?= \\.| $)',
  )}\\b`,
  '',
);

/** The danger past, help come, or the words taken back: never raised by this rule. */
export const EASED = rx(
  `\\b${alt(
    'i am (?:ok|okay|safe|fine|alright|all right)(?: now)?',
    'safe now',
    '(?:called|rang|phoned|ringing|calling) (?:999|111|an ambulance|the ambulance|mindline|samaritans|the crisis (?:team|line)|the police|my (?:[a-z]+ )?(?:mum|dad|nurse|care coordinator|gp))',
    'ambulance is (?:here|coming|on its way)',
    'paramedics',
    'at (?:a e|hospital|the hospital)',
    '(?:was|were) (?:not|only|just) (?:serious|joking|kidding)',
    TAKEN_AS_JOKE,
    'feel(?:ing)? (?:a bit |much |loads |so much |a lot |heaps )?better',
    '(?:she|he|they) (?:is|are|came) (?:here|straight over|round)',
    'calmed down',
    'signed off',
    'good luck',
    '(?:put|thrown|threw|flushed|gave) (?:them|it) (?:away|back|down the)',
    '(?:not|never) going to do (?:it|anything)',
    'will not do (?:it|anything)',
    // A day out told to its end, with pride (context-dev-zc): "still did the whole loop tho! proud of myself".
    '(?<!not )proud of myself',
  )}\\b`,
  '',
);

/** Turning away from what was just said ("next question?", "anyway what were you saying about the mentors", "just
 * wanted to talk to someone first", "don't call anyone"): after an urgent text it hides the danger, it does not end it. */
const DEFLECTION = rx(
  `\\b${alt(
    'next question',
    'what were you saying',
    'where were we',
    'moving on',
    'never ?mind',
    'ignore (?:me|that|what i said|my last)',
    'forget (?:it|i said|that|what i said)',
    'just wanted to (?:talk|tell|say|speak|let)(?: [a-z]+){0,4} first',
    'first$',
    '(?:do not|dont|please do not|please dont) (?:call|tell|ring|phone|send) (?:anyone|anybody|the police|an ambulance|999|my)',
    'not a big deal',
    '(?:it|that) (?:does not|doesnt) matter',
  )}\\b`,
  '',
);

/** The danger played down ("honestly i'm fine, don't make a fuss", "i'll sleep it off lol"): after an act begun these
 * are not reassurance, and a bare "i'm fine" beside them does not ease anything. */
export const PLAYED_DOWN = rx(
  `\\b${alt(
    'sleep it off',
    '(?:do not|dont) make a fuss',
    '(?:do not|dont) (?:worry|fuss) about me',
    'no big deal',
    'i will be (?:fine|ok|okay|alright)',
    'night night',
    'putting my phone down',
    '(?:leaving|left) my (?:phone|bag|coat|shoes) (?:on|by|at)',
  )}\\b`,
  '',
);

/** Help come or called: always eases, whatever else is said. */
export const HELP_CAME = rx(
  `\\b${alt('999', '111', 'ambulance', 'paramedics', 'mindline', 'samaritans', 'crisis (?:team|line)', 'police', 'hospital', 'a and e')}\\b`,
  '',
);

/** Cues that carry an earlier urgent picture on. */
const CARRIES = [
  BODY_SIGNS,
  ARRIVING,
  PRESENCE,
  FORCING,
  HIDING,
  FEAR,
  UNDER_WAY,
  FAREWELL,
  MEANS_NAMED,
  PLAYED_DOWN,
  STILL_MISSING,
  ONE_MORE,
];

/** An earlier urgent message in the window, and this one carrying the picture on, with nothing since easing it:
 * urgent. */
export function continuing(earlier: readonly Read[], now: Read): Verdict {
  const lastUrgent = earlier.map((r) => readingOf(r).level).lastIndexOf('urgent');
  if (lastUrgent < 0) return 'none';
  // Help come or words taken back ease it; a bare "i'm fine" beside the danger played down does not.
  const eased = (r: Read): boolean =>
    EASED.test(r.canonical) && !(PLAYED_DOWN.test(r.canonical) && !HELP_CAME.test(r.canonical));
  if ([...earlier.slice(lastUrgent + 1), now].some(eased)) return 'none';
  // An everyday reason given since for means the urgent text named ("door up obviously lol" after the engine running
  // in the garage: context-dev-t): what carries on is the errand, not the danger.
  const named = readingOf(earlier[lastUrgent] as Read).reasons.some((id) => MEANS_REASON.test(id));
  if (named && earlier.slice(lastUrgent + 1).some((r) => MEANS_ORDINARY.test(r.canonical))) return 'none';
  // A goodbye the window gives a plain reason for ("goodbye everyone!" … "moving to bristol next month"): a thanks
  // after it is a leaving do.
  if (goodbyeForAReason(earlier[lastUrgent] as Read, [...earlier, now])) return 'none';
  // A goodbye carries on only a picture the rules drew: after a text only the word model called urgent ("just
  // wanted to say before I go"), a "bye" is a goodbye.
  const drawn = earlier.some((r) => readingOf(r).level === 'urgent' && !modelLed(readingOf(r)));
  const cues = drawn ? CARRIES : CARRIES.filter((cue) => cue !== FAREWELL);
  if (cues.some((cue) => cue.test(now.canonical))) return 'urgent';
  // A turn away straight after an urgent text the rules drew, or after the body's signs in a danger carried on:
  // nothing came between to explain it.
  const justBefore = earlier.at(-1);
  if (justBefore === undefined || !DEFLECTION.test(now.canonical.trim())) return 'none';
  const drawnJustBefore = justBefore.result.level === 'urgent' && !modelLed(justBefore.result);
  const bodyAfterDanger = readingOf(justBefore).level === 'urgent' && BODY_SIGNS.test(justBefore.canonical);
  return drawnJustBefore || bodyAfterDanger ? 'urgent' : 'none';
}
