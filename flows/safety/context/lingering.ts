// Distress that lingers: an earlier text in the window said something worrying now ("some days i think everyone would
// manage better without me around", "voices have been louder all week", "had the urge to hurt myself today"), and
// the texts since carry on without anything easing it ("anyway back to it, her tea wont make itself", "its still
// there in the background", "not gonna do anything, just saying how it is"). Alone the last text is nothing; in the
// light of the ones before, the person is still where they were, so the bot asks gently whether they are safe (once
// a day at most: flows/intake) and the team sees it. A worry a later text explains away or lifts ("feel loads better
// now", "all sorted", "glad i told her"), a cheerful turn, a past told as past, or a flag only a learned layer raised
// is not carried on: one look-alike text must not colour the rest of a chat.

import { alt } from '../vocabulary/pattern.js';
import { rx } from '../rules/rule.js';
import { EASED } from './continuing.js';
import { RECOVERY } from './farewell.js';
import { modelLed, readingOf, type Read, type Verdict } from './read.js';
import { SHORT_WEEKDAYS, WEEKDAYS } from '../vocabulary/time.js';
import { TAKEN_AS_JOKE } from '../vocabulary/tone.js';

/** How many texts back a worry is carried: the ones just before, not the whole window. */
const REACH = 3;

/** Not after a "not": "dont feel safe at home" lifts nothing (context-dev-zg, twentieth round). */
const UNNEGATED = '(?<!(?:not|never|no longer|hardly) )';

/** A worry lifted, explained or taken lightly since: said in any later text, the worry is not carried on. */
const LIFTED = rx(
  `\\b${alt(
    'sorted',
    'all (?:good|fine|ok|okay) now',
    `${UNNEGATED}(?:feel|feeling|felt) (?:so |much |loads |a lot )?(?:settled|calmer|lighter|amazing|great|brilliant|relieved)`,
    'weight (?:is|has|s) (?:gone|lifted)',
    'so far so good',
    'it worked',
    'glad (?:i|we)',
    'best (?:day|night|week|thing|view|time|laugh)',
    'can ?not wait',
    'looking forward',
    'lovely',
    'brilliant',
    'made up',
    'lol',
    'haha[ha]*',
    'only a (?:nick|scratch|graze|bruise|bump|sprain|dream|nightmare|joke|laugh|prank|wind ?up|film|game|show|story|song|drill|test|practice|rehearsal|cold|bug)',
    TAKEN_AS_JOKE,
    'not (?:sending|serious)',
    'for a (?:swing|camp|project|costume|craft|play)',
    'doing (?:brilliant|great|well|fine|ok|okay)',
    'not (?:that|as) bad',
    'worse than it (?:is|sounds)',
    'proud',
    'brill',
    '(?:is|are|they are|it is|that is) (?:really )?helping',
    'more like (?:me|myself)',
    'step forward',
    'but good',
    'no worries',
    'not (?:going to|gonna) let it',
    'not in a bad way',
    '(?:feel|feeling|felt) (?:a lot |much |loads |so much |a bit )?more (?:level|settled|stable|like myself|myself)',
    'not a problem (?:any ?more|now)',
    'payment plan',
    '(?:turned|turns) out (?:[a-z]+ ){0,3}(?:nothing|fine|ok|okay|alright|just|only|meant|left the|the (?:radio|telly|tv|cat|dog|wind|fox|heating|boiler))',
    `${UNNEGATED}(?:feel|feeling|felt) safer?(?: here| now)?`,
    'false alarm',
    'panic over',
    // A worry told as over and marked (context-dev-zc): a celebration, a medicine that changed things, a story loved.
    'celebrat(?:e|ed|ing)',
    'game changer',
    'loved it',
    'not had (?:them|it|any|those) (?:in|for) (?:ages|years|months|a long time)',
    // A film or a book rated after the tears (context-dev-zk): "cried my eyes out" … "10/10 tho".
    '(?:10|ten) (?:10|out of (?:10|ten))',
    '(?:would |highly )?recommend(?: it)?',
  )}\\b`,
  '',
);

/** Reasons that tell a feeling or a state now (low, hopeless, voices louder, not sleeping, medicine stopped, urges),
 * rather than an act or a thing (a rope, tablets, a will, a goodbye): those are urgent on their own rules, and a
 * later text that explains them ("for the bean poles") is the commonest look-alike of all. */
const FELT = new Set([
  'distress',
  'passive-hopelessness',
  'voices-worse',
  'stopped-medication',
  'relapse-signs',
  'psychosis-distress',
  'self-harm-now',
  'self-harm-urge',
  'death-wish',
  'escape-wish',
  'trauma-or-abuse',
  // A state as much as a feeling: food refused (context-dev-zg, twentieth round). Nights without sleep count when
  // they are counted (SLEEP_COUNTED).
  'not-eating',
  // Money, drink and medicine in trouble (../rules/concern-hardship.ts), and a worry told across two texts
  // (./split.ts): "spent my whole student loan" … "on slots" … "rent due friday" (context-dev-zi).
  'money-or-home',
  'drink-or-drugs',
  'medicine-left-off',
  'context-told-in-two',
]);

/** Sleep lost for a while, counted ("havent slept in 4 days", "not slept since tuesday"): a worry that lingers. A
 * night's bad sleep ("cant sleep so thought id fill this in", "baby wont settle, havent slept much") is not. */
const SLEEP_COUNTED = rx(
  `\\b${alt(
    '(?:[0-9]+|two|three|four|five|six|seven|several|a few|a couple of) (?:days|nights|weeks)',
    `since (?:${alt(...WEEKDAYS, ...SHORT_WEEKDAYS, 'the weekend', 'last week')})`,
    '(?:in|for) (?:days|weeks|ages)',
  )}\\b`,
  '',
);

/** The risk waved away in the same text or the one before ("i'm not suicidal or anything" … "just lonely"): a
 * worry, not one to carry. */
const WAVED_AWAY = rx(
  `\\b${alt(
    'not (?:suicidal|in (?:any )?danger|going to do anything (?:silly|daft|stupid))',
    '(?:would|will) never do anything',
    'nothing (?:like that|to worry about)',
  )}\\b`,
  '',
);

/** A text that says something worrying now, as it was read when it came: a feeling or state the rules drew (not a
 * learned layer's alone, not the past), not waved away in the same breath. */
function worrying(r: Read, before: Read | undefined): boolean {
  const result = readingOf(r);
  if (result.level === 'none' || WAVED_AWAY.test(r.canonical)) return false;
  if (before !== undefined && WAVED_AWAY.test(before.canonical)) return false;
  // The sentence and context models are not among these reads (they answer in bot/safety).
  if (modelLed(result)) return false;
  return result.reasons.some((id) => FELT.has(id) || (id === 'not-sleeping' && SLEEP_COUNTED.test(r.canonical)));
}

/** A text that lifts, explains or takes lightly a worry before it. A danger waved away ("im not gonna do anything
 * daft") eases an urgent text's danger but lifts no worry: the fear is still there (context-dev-zk). */
const lifted = (r: Read): boolean =>
  LIFTED.test(r.canonical) || EASED.test(r.canonical.replace(WAVED_AWAY, ' ')) || RECOVERY.test(r.canonical);

/** A worry in one of the texts just before this one, with nothing in it or since lifting it: ask. */
export function lingering(earlier: readonly Read[], now: Read): Verdict {
  const from = Math.max(0, earlier.length - REACH);
  let last = -1;
  for (let i = from; i < earlier.length; i++) if (worrying(earlier[i] as Read, earlier[i - 1])) last = i;
  if (last === -1) return 'none';
  return [...earlier.slice(last), now].some(lifted) ? 'none' : 'ask';
}

/** How many of the texts just before must each have been a worry for worries to be gathered. */
const GATHERED = 2;

/** A text read as a worry when it came, by any layer: the concern note the service raised for it, else the rules' and
 * word model's reading. A note raised only because texts before it worried (a context reason) is not a worry of its
 * own, or one worry would be carried on without end. */
function aWorry(r: Read): boolean {
  return worryReasons(r).some((id) => !id.startsWith('context-'));
}

/** The reasons a text was noted as a worry for when it came: its concern note, else the rules' and word model's. */
function worryReasons(r: Read): readonly string[] {
  return r.flagged ?? (readingOf(r).level === 'concern' ? readingOf(r).reasons : []);
}

/** Worry said a little at a time: two or more of the texts just before were each read as a worry when they came
 * ("not really been hungry this week" … "just cba with food"), however a learned layer or a rule saw them, and nothing
 * since the first lifted it. The newest text may be ordinary ("anyway what time is it tomorrow"): the person is
 * still where those texts left them, so the bot asks gently whether they are safe. */
export function gathered(earlier: readonly Read[], now: Read): Verdict {
  const recent = earlier.slice(-REACH);
  const first = recent.findIndex(aWorry);
  if (first === -1 || recent.filter(aWorry).length < GATHERED) return 'none';
  // A high after medicine stopped or nights without sleep is no relief ("stopped my meds last week" … "feel amazing
  // tbh" … "not slept in 2 days": context-dev-zf, nineteenth round).
  const soaring = recent.some((r) => worryReasons(r).some((id) => SOARING_SIGNS.has(id)));
  const lifts = (r: Read): boolean => lifted(r) && !(soaring && SOARING.test(r.canonical));
  return [...recent.slice(first), now].some(lifts) ? 'none' : 'ask';
}

/** Worries that a high after them does not lift: a medicine stopped, nights without sleep, a relapse's signs. */
const SOARING_SIGNS: ReadonlySet<string> = new Set(['stopped-medication', 'not-sleeping', 'relapse-signs']);

/** Feeling on top of the world, in the words a high uses. */
const SOARING = rx(
  `\\b${alt(
    'amazing',
    'buzzing',
    'on top of the world',
    'unstoppable',
    'invincible',
    'never felt (?:better|so good|this good)',
    'so much energy',
    'ideas everywhere',
  )}\\b`,
  '',
);
