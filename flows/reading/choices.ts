// Reads the two small choices the journey offers: at the review (send, change or remove an answer), and when
// someone may live outside the area (pass me to the team, or other places to try).
import { core, normalise, NUMBER_WORDS, phrases } from './text.js';
import { readYesNo } from './yes-no.js';

export type ReviewAction =
  { kind: 'send' } | { kind: 'change'; item: number | null } | { kind: 'remove'; item: number | null };

const SEND = phrases(`
send, send it, send please, please send, send it please, yes send, yes send it, ok send, ok send it, send it off,
send that, send that off, send them, submit, sned, snd, sent, sendd, send now, go, go ahead, looks good, looks
great, looks fine, looks ok, looks okay, looks right, look good, all looks good, all looks fine, all looks right,
thats right, thats all right, thats correct, thats fine, thats all fine, thats all correct, all correct, all
right, all good, all fine, its fine, its right, its correct, its all correct, its all good, its all fine, correct,
right, perfect, spot on, bang on, yes thats right, yes thats correct, yes all good, yes looks good, yep thats
right, yeah thats right, yeah looks good, thats it, thats everything, done, happy with that, im happy with that,
happy with it, im happy with it, all ok, all okay, fine, great, lovely, brilliant, that will do, thatll do, good
to go, ready, pass it on, pass it on please, pass it to the team, send to the team, send it to the team
`);

/** Review numbers by name, for "change my name" or "the goals are wrong". */
const ITEM_WORDS: readonly [RegExp, number][] = [
  [/\b(?:name|call me)\b/, 1],
  [/\bage\b/, 2],
  [/\b(?:area|town|where i live|address|place)\b/, 3],
  [/\b(?:going on|situation)\b/, 4],
  [/\bhelp with\b/, 5],
  [/\bgoals?\b/, 6],
  [/\b(?:meeting|meet)\b/, 7],
  [/\b(?:times?|days?)\b/, 8],
  [/\beasier\b/, 9],
  [/\bmentor\b/, 10],
];

/** Item numbers in words: one to ten, and first to tenth. */
const ITEM_NUMBERS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(Object.entries(NUMBER_WORDS).filter(([, n]) => n >= 1 && n <= 10)),
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

const CHANGE =
  /\b(?:change|chnage|chaneg|chang|edit|update|fix|redo|amend|alter|correct(?= (?:number |no |item )?\d))\b/;
const REMOVE = /\b(?:remove|delete|clear|remvoe|rmove|take out|take off|leave out|get rid of|drop|cut|wipe)\b/;

function itemOf(t: string): number | null {
  const digit = /\b(\d{1,2})\b/.exec(t);
  if (digit?.[1]) return Number(digit[1]);
  for (const [word, n] of Object.entries(ITEM_NUMBERS)) if (new RegExp(`\\b${word}\\b`).test(t)) return n;
  for (const [pattern, n] of ITEM_WORDS) if (pattern.test(t)) return n;
  return null;
}

/** Nothing to change: "no changes", "nothing needs changing". */
const NO_CHANGES =
  /^(?:(?:no|nope|nah) )?(?:no|nothing|none) ?(?:changes?|to change|needs? changing|to add|to fix|wrong)(?: (?:needed|thanks|ta|from me|there))*$/;
/** It reads right: "that all looks right", "looks good to me", "sounds about right". */
const LOOKS_RIGHT =
  /^(?:(?:yes|yeah|yep|yup|ok|okay|great|lovely) )?(?:(?:that|it|this|that all|it all|all|all of it|everything|thats all|its all) )?(?:looks?|seems?|sounds?|reads?|is) (?:about |all |just |really |very )?(?:right|good|fine|ok|okay|correct|great|perfect|accurate|spot on|grand)(?: to me)?(?: (?:thanks|ta|cheers|so send it|send it|send))?$/;

export function readReviewAction(text: string): ReviewAction | null {
  const t = core(normalise(text));
  if (SEND.has(t) || NO_CHANGES.test(t) || LOOKS_RIGHT.test(t)) return { kind: 'send' };
  if (REMOVE.test(t)) return { kind: 'remove', item: itemOf(t.replace(REMOVE, ' ')) };
  if (CHANGE.test(t) || /\b(?:is wrong|isnt right|not right|is not right|wrong)\b/.test(t))
    return { kind: 'change', item: itemOf(t.replace(CHANGE, ' ')) };
  if (/^\d{1,2}$/.test(t)) return { kind: 'change', item: Number(t) };
  if (readYesNo(text) === 'yes' || /\bsend\b/.test(t)) return { kind: 'send' };
  return null;
}

export type OutsideChoice = 'team' | 'other';

/** "Reply TEAM to be passed to our team, or OTHER for other places to try." Numbers, yes and no work too. */
export function readOutsideChoice(text: string): OutsideChoice | null {
  const t = core(normalise(text));
  if (
    /^(?:1|team|the team|teem|taem|pass me on|pass it on|pass on|please pass me on|pass my details on|pass them on)$/.test(
      t,
    )
  )
    return 'team';
  if (/\b(?:team|pass (?:me|my details|them|it) on|get in touch|contact me|talk to (?:someone|a person))\b/.test(t))
    return 'team';
  if (/^(?:2|other|others|othr|other places|other places to try|places|signpost|somewhere else|elsewhere)$/.test(t))
    return 'other';
  if (/\b(?:other places|other options|somewhere else|elsewhere|other support|other services)\b/.test(t))
    return 'other';
  const yesNo = readYesNo(text);
  if (yesNo === 'yes') return 'team';
  if (yesNo === 'no') return 'other';
  return null;
}
