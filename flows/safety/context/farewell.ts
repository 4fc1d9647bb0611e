// A goodbye after distress: "nothing helps anymore" … "thanks for trying, bye x". A goodbye, a thanks as if for the
// last time, or a settled resolve ("I'm not going to start again") is urgent when distress came before it and nothing
// since has eased it; the same words after an ordinary chat, or said as a goodbye that comes back, stay quiet.

import { PAST_ONLY } from '../combine.js';
import { alt } from '../vocabulary/pattern.js';
import { rx } from '../rules/rule.js';
import { WEEKDAYS } from '../vocabulary/time.js';
import { PLAIN_LEAVING } from '../vocabulary/ordinary.js';
import { HELD_GOODBYE, readingOf, type Read, type Verdict } from './read.js';

/** Distress said now, not in the past tense: the ground a later goodbye stands on. */
export const DISTRESS = rx(
  `\\b${alt(
    'nothing (?:helps|works|is (?:getting|going to get) better|matters)',
    '(?:does not|doesnt|it does not) (?:really )?matter (?:now|any ?more)(?= \\.| $)',
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
    '(?:rough|bad|awful|horrible|terrible|shit) (?:night|day|week|time|few days)',
    'struggling',
    'past (?:helping|help|saving|caring)',
    'will not be (?:around|here) (?:for|much|to)(?! (?:all|the|some|a few|any|every|most|half) (?:of the )?(?:[0-9]+ |six |eight )?(?:sessions|appointments|meetings)\\b)',
    'do not bother (?:matching|with me|trying|finding)',
    'nothing (?:is )?(?:going to|will|ever) change',
    'sick of pretending',
    // "cant do another winter like last one", "not that it matters now" (context-dev-s).
    '(?:cannot|can not) do (?:another|one more)',
    'not that it matters',
  )}\\b`,
  '',
);

/** A calm that comes after despair, as a decision: "it's sorted now anyway. feel weirdly calm" (context-dev-s). Not
 * things getting better: said after distress, it is a resolve. */
const CALM = alt(
  '(?:weirdly|strangely|oddly|so|really|dead|very|quite|eerily) (?:calm|peaceful|at peace)',
  '(?:feel|feeling|felt) (?:[a-z]+ )?(?:calm|at peace|peaceful)(?= for the first time| now (?:that|i)| since i)',
  '(?:it is|its) (?:all )?sorted now anyway',
  'at peace with (?:it|my decision|everything|what i)',
);
export const CALM_DECIDED = rx(`\\b${CALM}\\b`, '');

/** Things getting better after distress: a later goodbye is then only a goodbye. */
export const RECOVERY = rx(
  `\\b${alt(
    '(?:much |a bit |bit )?better now',
    'doing better',
    'feeling (?:better|good|hopeful|ok|alright|all right)',
    // As ./continuing.ts EASED reads it (context-dev-k): "had a long chat with my sister, feel loads better".
    '(?:feel|felt) (?:a bit |much |loads |so much |a lot |heaps |way )?better',
    '(?:that |it |walk |talking )?helped',
    'had a (?:laugh|nice|lovely|good)',
    'i am (?:ok|okay|fine) now',
    'sorted now',
    'signed off from',
    'good luck with',
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
    '(?:thanks|thank you|cheers|ta) for (?:trying|everything|listening|all|being|what you)',
    'sorry (?:for everything|for being|mum|dad|everyone|to everyone)',
    // Not the last time as the past: "last time i went without i was hearing stuff" (context-dev-s).
    'last (?:message|text|time)(?! (?:i|he|she|they|we|it|you|this|that) (?:[a-z]+ed|was|were|went|had|did|got|came|saw|said|took|felt|made|ran|fell|gave|left|tried|ended)\\b)',
    // Someone told first, at a place of danger: "ill text my mum first" (context-dev-s).
    `${alt('i will', 'il', 'i am going to', 'going to', 'gonna', 'just going to', 'let me', 'need to', 'got to')} (?:just )?(?:text|ring|call|message|phone|hug|see) (?:my |our )?[a-z]+ (?:first|before i do)(?= \\.| $| x| then)`,
    'that is (?:it|me|all)(?: done| from me)?',
    'said my (?:bits|piece|goodbyes) to (?:everyone|everybody|all|the people)',
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
    '(?:everything|all) (?:that )?(?:you|you all|you guys) do',
    // "thank you for everything so far, ill message when im home x" (context-dev-t).
    'so far',
    // Not the goodbye said first ("ill text my mum first", FAREWELL above).
    '(?:i will|il|will) (?:message|text|ring|call|write|be in touch|send)(?! (?:my |our )?[a-z]+ (?:first|before i do))',
    'when (?:i am|i get|i m) (?:home|back)',
  )}\\b`,
  '',
);

/** A resolve that sounds settled: said after distress, it is a goodbye in other words. */
export const RESOLVE = rx(
  `\\b${alt(
    'not going to (?:start|eat) again',
    // Bare, with no object: "I've decided." is a resolve, "I've decided to look for a job" is not.
    `${alt('i have decided', 'made (?:my mind up|up my mind)', 'no going back', 'this time i mean it')}(?= ?\\.| ?$| now| x)`,
    'decided (?:what to do|to do it|it is time)(?! about| with| for| next| on)',
    'know (?:now )?what (?:i am going |i need )?to do(?! about| with| for| next| on)',
    'it will (?:all )?be over',
    'all be over',
    'will not be here',
    'will not (?:be needing|need) (?:it|them|anything)(?= ?\\.| ?$| after| again| any ?more)',
    CALM,
  )}\\b`,
  '',
);

/** Reasons that only place risk in the past: they are not distress now. */

/** The same despairing words said of a body's pain or an illness ("nothing helps with this back pain"). */
export const BODILY = rx(
  `\\b${alt(
    '(?:back|neck|knee|hip|shoulder|tooth|period|nerve|chest) (?:pain|ache)',
    'pain (?:killers )?in my',
    'physio',
    'migraine',
    'headache',
    'hay ?fever',
    'my (?:back|knee|hip|cold|cough|rash|eczema)',
    'this (?:cold|cough|flu|rash|pain)',
  )}\\b`,
  '',
);

/** Distress in one message: said in words the context reads (not of a body's pain), or flagged alone for a reason
 * that is not past. */
export const distressed = (r: Read): boolean =>
  (DISTRESS.test(r.canonical) && !BODILY.test(r.canonical)) ||
  (r.result.level !== 'none' && !r.result.reasons.every((id) => PAST_ONLY.has(id))) ||
  drawnBefore(r);

/** An earlier text that a picture drawn over the texts before it made worrying when it came ("got enough now i
 * reckon" after three shops' limits: context-dev-s), though nothing in it alone is. A goodbye held for want of
 * distress is not such a picture. */
const drawnBefore = (r: Read): boolean =>
  (r.context?.reasons ?? []).some((id) => id.startsWith('context-') && id !== HELD_GOODBYE);

/** The reason for a goodbye or a settled resolve after distress (./classify.ts reports it; ./standing.ts carries it). */
export const FAREWELL_AFTER_DISTRESS = 'context-farewell-after-distress';

/** A goodbye or a settled resolve now, after distress that nothing since has eased. */
export function farewell(earlier: readonly Read[], now: Read): Verdict {
  const final = (FAREWELL.test(now.canonical) && !FAREWELL_ORDINARY.test(now.canonical)) || RESOLVE.test(now.canonical);
  if (!final) return 'none';
  return unrelievedDistress(earlier, now) ? 'urgent' : 'none';
}

/** Plain goodbyes, thanks and decisions: words that end ordinary chats too. Goodbyes in deeds (letters, pets given
 * away, "sorry for everything") are not among them. */
export const PLAIN_GOODBYE = rx(
  `\\b${alt(
    'bye',
    'goodbye',
    'good night',
    'night (?:all|everyone|everybody|x)',
    'take care',
    '(?:thanks|thank you|ta|cheers) for (?:everything|it all|all|trying|listening|what you|being)',
    'say (?:thanks|thank you|ta|cheers)',
    'i have decided',
    'decided what to do',
  )}\\b`,
  '',
);

/** Plans ahead, said in the window: the goodbye comes back. */
export const PLANS_AHEAD = rx(
  `\\b${alt('(?:gonna|going to|will) (?:try|give it a go|go to|start|book)', 'looking forward', 'next (?:week|time|session)', 'like you said', `on ${alt(...WEEKDAYS)}`, 'see you', 'speak (?:soon|next)')}\\b`,
  '',
);

/** A plain goodbye after texts that said it helped and looked ahead, with no distress between: only a goodbye, which
 * no learned layer may raise. */
export function goodbyeAfterHelp(earlier: readonly Read[], now: Read): boolean {
  if (!PLAIN_GOODBYE.test(now.canonical) || earlier.some(distressed)) return false;
  const all = [...earlier, now];
  return all.some((r) => RECOVERY.test(r.canonical)) && all.some((r) => PLANS_AHEAD.test(r.canonical));
}

/**
 * A plain goodbye or decision after earlier messages with no distress in them, or with distress something since has
 * eased: the ground the farewell rule needs is not there, so the word and sentence models, which read the goodbye
 * alone, may only ask about it (./classify.ts).
 */
export function goodbyeWithoutGround(earlier: readonly Read[], now: Read): boolean {
  if (earlier.length === 0 || !PLAIN_GOODBYE.test(now.canonical)) return false;
  return !unrelievedDistress(earlier, now);
}

/** Leaving for a plain reason: "moving to bristol next month… so this is my last session". */
const LEAVING = rx(`\\b${PLAIN_LEAVING}\\b`, '');

/** Reasons a goodbye alone raises. */
export const GOODBYE_REASONS: ReadonlySet<string> = new Set(['goodbye', 'farewell']);

/** A goodbye the window gives a plain reason for leaving: the text says nothing but the goodbye ("goodbye
 * everyone!"), and a text in the window says why ("moving to bristol next month to be nearer my daughter"). It is then
 * no distress for a later goodbye to stand on, nor a danger a later thanks carries on (./continuing.ts). */
export function goodbyeForAReason(goodbye: Read, window: readonly Read[]): boolean {
  const goodbyeOnly = (r: Read): boolean => {
    const reasons = readingOf(r).reasons;
    return reasons.length > 0 && reasons.every((id) => GOODBYE_REASONS.has(id)) && !DISTRESS.test(r.canonical);
  };
  if (!goodbyeOnly(goodbye)) return false;
  // Distress anywhere in the window is ground of its own ("i cant do this anymore" … "goodbye everyone").
  if (window.some((r) => r !== goodbye && distressed(r) && !goodbyeOnly(r))) return false;
  return window.some((r) => LEAVING.test(r.canonical) && !BETTER_PLACE.test(r.canonical));
}

/** "a better place": where the dead are said to go, never a plain reason for leaving. */
const BETTER_PLACE = rx(`\\b(?:a|the) better place\\b`, '');

function unrelievedDistress(earlier: readonly Read[], now: Read): boolean {
  const window = [...earlier, now];
  let lastDistress = -1;
  earlier.forEach((r, i) => {
    if (distressed(r) && !goodbyeForAReason(r, window)) lastDistress = i;
  });
  if (lastDistress === -1) return false;
  const since = earlier.slice(lastDistress + 1);
  const recovered = (r: Read): boolean => RECOVERY.test(r.canonical) && !CALM_DECIDED.test(r.canonical);
  return !since.some(recovered) && !recovered(now);
}
