// A danger still standing: an earlier text in the window was urgent ("got the whole box of her tablets counted out"),
// whichever layer read it so (the urgent alert the service raised for it, or the rules' and word model's reading), and
// nothing since has said the danger passed, help came or the words were explained ("my sister's here now",
// "rang mindline", "that was about a film"). A change of subject, a shrug or an intake answer after it ("anyway what's
// next", "i'm 34", "doesn't matter") does not end it: read in the light of the texts before, the person is still at
// risk. Whether the texts since explain it instead ("it's for the goats", "the tablets are for spain") is read by a
// learned reader (../model/standing-reader.ts). The reading keeps what the text says of its own (`standing`): the
// alert and crisis reply for the earlier text have gone already, so the service sends neither again and asks once
// whether they are safe (bot/intake).

import { alt } from '../vocabulary/pattern.js';
import { rx } from '../rules/rule.js';
import type { SafetyResult } from '../rules/lexicon.js';
import { EASED, HELP_CAME, PLAYED_DOWN } from './continuing.js';
import {
  CALM_DECIDED,
  FAREWELL,
  FAREWELL_AFTER_DISTRESS,
  FAREWELL_ORDINARY,
  GOODBYE_REASONS,
  RECOVERY,
} from './farewell.js';
import { readingOf, type Read } from './read.js';
import { stillStanding, type UrgentText } from '../model/standing-reader.js';
import { INSISTING, TAKEN_AS_JOKE } from '../vocabulary/tone.js';

/** Help said not to be wanted: "don't call 999". */
const NOT_CALLED = rx(
  `\\b(?:(?:do not|dont|not|never|without) (?:call|ring|phone|text|need|want|send|get)[a-z]* (?:an? |the |for )?|no )(?:999|111|ambulance|police|paramedics|mindline|samaritans|crisis)`,
  '',
);

/** The earlier words explained as not the sender's danger, or taken back. */
const EXPLAINED = rx(
  `\\b${alt(
    '(?:it|that|this) (?:was|is|s) (?:about|from|in|for|out of) (?:a|the|my|that|this) (?:[a-z]+ )?(?:film|movie|book|song|show|programme|program|series|game|soap|episode|play|story|novel|poem|essay|course|quiz|training)',
    '(?:reading|read|copied|quoting|quoted) (?:it |that |this |them )?(?:out |from |off )?(?:of )?(?:a|the|my) (?:[a-z]+ )?(?:book|script|film|song|poem|lyrics|leaflet|textbook|course|play|story|article)',
    'song lyrics',
    '(?:wrong|sorry wrong) (?:number|person|chat|window)',
    '(?:meant|supposed) (?:for|to send (?:that|it|this) to)',
    'autocorrect',
    'not (?:about )?me',
    '(?:did not|didnt|do not|dont) mean (?:it|that|any of it)',
    '(?:take|taking|took) (?:it|that) back',
    TAKEN_AS_JOKE,
    'was a joke',
    'not serious',
    '(?:all )?sorted(?: now)?',
    '(?:i am|i m|im) (?:with|staying with|at) (?:my|a|her|his|their)',
    '(?:with|staying with) (?:me|us) (?:now|tonight)',
    '(?:come|came|is|are) (?:round|over|here) (?:now|to stay)',
    // A past told as past and well now (context-dev-zi): "used to cut" … "not for 4 years now" … "doing well".
    '(?<!not )doing (?:really |so |pretty |very )?well(?! enough)',
    // Found by context-dev-ze (nineteenth round): "oh its the gas man, the meter cupboard is stuck" … "false alarm".
    'false alarm',
    'panic over',
    '(?:it is|its|it was|just|only) (?:only |just )?(?:the|my|our) (?:gas|electric|meter|post|milk|delivery|window|water|council|bin) ?(?:man|men|lady|woman|bloke|guy|van|driver|reader|cleaner)',
    // Medicine bought for a house down with something: "bought loads of paracetamol" … "whole house has flu"
    // (context-dev-zg, twentieth round).
    `(?:whole (?:house|family|household)|everyone (?:here|at home)|the kids|both kids|all of us|we (?:have )?all) (?:has |have |s |ve )?(?:got |gone down with |come down with |went down with )?(?:the |a |this )?${alt('flu', 'covid', 'colds?', '(?:sick(?:ness)? )?bug', 'norovirus', 'chicken ?pox', 'temperatures?', 'fevers?', 'tonsillitis', 'man flu')}`,
  )}\\b`,
  '',
);

/** Reported by classify.ts on a reading urgent only because an earlier text's danger still stands. */
export const STANDING = 'context-danger-standing';

/** An earlier text's urgent reading when it came: the alert the service raised for it (any layer's verdict), else
 * the rules' and word model's reading in its context. */
const urgentReading = (r: Read): SafetyResult | undefined => {
  if (r.alerted) return { level: 'urgent', reasons: [...r.alerted] };
  const reading = readingOf(r);
  return reading.level === 'urgent' ? reading : undefined;
};

/** Whether a text says the danger passed: help come or called, the words explained or taken back, or better now. A
 * bare "i'm fine" beside the danger played down ("i'll sleep it off, i'm fine") does not. */
export function easesDanger(canonical: string): boolean {
  if (HELP_CAME.test(canonical) && !NOT_CALLED.test(canonical)) return true;
  // "it's sorted now anyway, feel weirdly calm" is a decision, not the danger explained (context-dev-s).
  if (PLAYED_DOWN.test(canonical) || CALM_DECIDED.test(canonical)) return false;
  return EASED.test(canonical) || EXPLAINED.test(canonical) || RECOVERY.test(canonical);
}

/** What the standing reader weighs: the last urgent text in the window and the canonical texts since (the one being
 * read last); undefined when there is none or a text since says the danger passed. */
export function standingCase(earlier: readonly Read[], now: Read): { urgent: UrgentText; since: string[] } | undefined {
  const last = earlier.map((r) => urgentReading(r)?.level).lastIndexOf('urgent');
  const urgent = earlier[last];
  const result = urgent && urgentReading(urgent);
  if (urgent === undefined || result === undefined) return undefined;
  const since = [...earlier.slice(last + 1), now].map((r) => r.canonical);
  if (since.some(easesDanger)) return undefined;
  return { urgent: { canonical: urgent.canonical, reasons: result.reasons }, since };
}

/** Words that acknowledge and say nothing more ("ok", "ok thanks", "cheers x", "yeah"), as canonical text spells them
 * (letters doubled are squeezed: "cheers" is "chers"). */
const ACKNOWLEDGING: ReadonlySet<string> = new Set([
  ...['ok', 'okay', 'k', 'thanks', 'thank', 'you', 'u', 'ta', 'ty', 'chers', 'right', 'cool', 'sure', 'alright'],
  ...['yeah', 'yes', 'yep', 'no', 'nah', 'lol', 'x', '.'],
]);
const acknowledgement = (canonical: string): boolean => {
  const words = canonical.split(' ').filter((w) => w !== '');
  return words.length > 0 && words.every((w) => ACKNOWLEDGING.has(w));
};

/** A shrug, an apology or a plea and nothing more ("lmao whatever", "sorry x", "its fine honestly", "dont text back",
 * "wat do i do"): after a crisis text it explains nothing, so, like an acknowledgement, it leaves the danger standing
 * (context-dev-zf, nineteenth round). */
const SHRUGGED = rx(
  `^ ?(?:(?:lol|lmao|haha|ok|anyway|so|just|honestly|tbh|x|\\.) )*${alt(
    'whatever',
    'sorry',
    'soz',
    'it is fine',
    'i am fine',
    'fine',
    'does not matter',
    'do not (?:text|reply|message|ring|call|answer)(?: me)?(?: back)?',
    'never ?mind',
    'nvm',
    'forget (?:it|i said (?:it|anything))',
    'ignore (?:me|that|this)',
    '(?:what|wat) (?:do|should|can) i do',
    'whatever happens(?: happens)?',
  )}(?: (?:tho|though|honestly|tbh|lol|lmao|x|now|anyway|really|\\.|\\?))* ?$`,
  '',
);

/** A text with nothing in it for the reader to weigh: an acknowledgement, or a shrug, an apology or a plea. */
const saysNothing = (canonical: string): boolean => acknowledgement(canonical) || SHRUGGED.test(canonical);

/** Insisting the words were meant: "i know that sounds dramatic, i mean it this time". */
const INSISTED = rx(`\\b${INSISTING}\\b`, '');

/** An urgent text earlier in the window whose danger, by the texts since, still stands: nothing since that says
 * anything (an acknowledgement, the commonest answer to the crisis reply, or a shrug), a text insisting it was meant, a
 * goodbye carried on in last words, or the reader's judgement. */
export function standing(earlier: readonly Read[], now: Read): boolean {
  const found = standingCase(earlier, now);
  if (found === undefined) return false;
  const { since } = found;
  if (since.every(saysNothing) || since.some((c) => INSISTED.test(c))) return true;
  return goodbyeCarriedOn(found.urgent, since) || stillStanding(found.urgent, since);
}

/** Warm words beside the goodbyes ./farewell.ts reads: love sent to people, kindness thanked ("love to everyone at
 * the group", "you've been so kind": context-dev-ze, nineteenth round). */
const WARM = rx(
  `\\b${alt(
    '(?:send |sending |give |all )?(?:my )?love to (?:everyone|everybody|all|you all|the group|my|mum|dad|them)',
    'you (?:have|ve) been (?:so )?(?:kind|lovely|good to me)',
  )}\\b`,
  '',
);

/** Last words: a goodbye or a thanks as if for the last time (./farewell.ts) or warm words, with no ordinary goodbye
 * beside them ("see you thursday"). A parting of other kinds ("so this is my last session") is not one: a move or a
 * course ending says it too (context-dev-y). */
const lastWords = (canonical: string): boolean =>
  (FAREWELL.test(canonical) || WARM.test(canonical)) && !FAREWELL_ORDINARY.test(canonical);

/** A goodbye the person carries on saying ("this is my last message x" … "thank you for being kind to me" … "love to
 * everyone at the group"): every text since says nothing or is last words, so the goodbye stands. */
function goodbyeCarriedOn(urgent: UrgentText, since: readonly string[]): boolean {
  if (!urgent.reasons.some((id) => GOODBYE_REASONS.has(id) || id === FAREWELL_AFTER_DISTRESS)) return false;
  return since.every((c) => saysNothing(c) || lastWords(c));
}
