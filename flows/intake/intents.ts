// Reads what a short message means. A command matches only when the whole message is the command:
// "help" is HELP, "I need help getting out" is an answer. Pure; tolerant of case, punctuation and small typos.
import type { GlobalCommand } from './events.js';

/** Lowercase, apostrophes dropped ("don't" -> "dont"), other punctuation as spaces, spaces collapsed. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/['\u2018\u2019`]/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A phrase list written as comma-separated text, so the lists stay readable and short. */
const phrases = (list: string): ReadonlySet<string> =>
  new Set(
    list
      .split(',')
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean),
  );

const COMMANDS: Record<GlobalCommand, ReadonlySet<string>> = {
  help: phrases(`
help, help please, help me, helpp, hlep, hepl, halp, menu, options, commands, info
`),
  human: phrases(`
talk to a person, speak to a person, talk to someone, speak to someone, talk to a human, speak to a human, real
person, a real person, human, a human, person, a person, agent, talk to a real person, speak to a real person,
can i talk to a person, can i speak to a person, can i talk to someone, can i speak to someone, i want to talk
to a person, i want to speak to someone, i want to talk to someone, talk to the team, speak to the team, talk to
staff, coordinator, talk to a coordinator, call me, please call me, can someone call me, person please
`),
  restart: phrases(`
start again, start over, restart, begin again, reset, start from the beginning, start again please, can we start
again, lets start again, start afresh, from the start
`),
  erase: phrases(`
delete my data, delete my details, delete my info, delete my information, delete me, delete, delete data, delete
everything, erase, erase my data, erase my details, remove my data, remove my details, forget me, wipe my data,
delete all my data, please delete my data
`),
  pause: phrases(`
later, pause, not now, not right now, maybe later, later please, another time, stop for now, can we do this
later, can we do it later, talk later, speak later, gotta go, got to go, i have to go, busy, im busy, brb, l8r,
laters, ltr, latr, pause please, lets pause, not today, another day, bye for now, hold on, wait
`),
};

const RESUME = phrases(`
carry on, carry on please, continue, go on, resume, keep going, lets carry on, can we carry on, lets continue,
can we continue, where were we, back, im back, i am back, ready, im ready, i am ready, ok lets go, lets go,
carryon
`);

/** "I'm ok now", "im fine thanks, can we carry on", "feeling better now, continue". */
const RESUME_PATTERN =
  /^(?:(?:yes|yeah|yep|ok|okay|honestly|really|thanks|thank you|sorry)\s)*(?:im|i am|i m|feeling|feel|i feel)\s(?:ok|okay|fine|alright|all right|better|good|safe)(?:\s(?:now|again))?(?:\s(?:thanks|thank you))?(?:\s(?:so|and|please))?(?:\s(?:can we|could we|lets|please|we can))?(?:\s(?:carry on|continue|go on|keep going))?(?:\s(?:now|please))?$/;

/** Small typos of longer phrases ("carry onn", "contiune") still count; short words must be exact. */
function closeTo(text: string, set: ReadonlySet<string>): boolean {
  if (set.has(text)) return true;
  if (text.length < 6) return false;
  const allowed = text.length >= 12 ? 2 : 1;
  for (const phrase of set) {
    if (
      phrase.length >= 6 &&
      Math.abs(phrase.length - text.length) <= allowed &&
      distance(text, phrase, allowed) <= allowed
    ) {
      return true;
    }
  }
  return false;
}

/** Optimal string alignment distance: swapped letters count as one typo. Runs on every message against the phrase
 * lists, so it keeps three rows rather than a whole table, and stops once no alignment can come within `limit`. */
function distance(a: string, b: string, limit: number): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current[j] = best;
      rowBest = Math.min(rowBest, best);
    }
    if (rowBest > limit) return rowBest;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] ?? 0;
}

export function readCommand(text: string): GlobalCommand | null {
  const t = normalise(text);
  if (!t) return null;
  for (const command of Object.keys(COMMANDS) as GlobalCommand[]) {
    if (closeTo(t, COMMANDS[command])) return command;
  }
  return null;
}

/** Inside a longer message: "I feel a bit better, can we continue". */
const RESUME_WORDS = /\b(?:carry on|continue|go on|keep going|resume|where were we)\b/;
const FEELING_OK =
  /\b(?:im|i am|i m|feeling|i feel)\s(?:a bit |a little |much |a lot |loads )?(?:ok|okay|fine|alright|all right|better|safe)\b/;
/** "I can't go on", "I don't feel safe": never read as ready to carry on, whatever else the message says. */
const NEGATION = /\b(?:not|no|dont|don t|cant|can t|cannot|never|wont|won t|isnt|aint)\b/;

export function isResume(text: string): boolean {
  const t = normalise(text);
  if (closeTo(t, RESUME) || RESUME_PATTERN.test(t)) return true;
  return t.split(' ').length <= 15 && !NEGATION.test(t) && (RESUME_WORDS.test(t) || FEELING_OK.test(t));
}

const GREETINGS = phrases(`
hi, hello, hey, hiya, hi there, hello there, hey there, morning, good morning, afternoon, good afternoon,
evening, good evening, hello again, hi again, its me, its me again, yo, hullo
`);

/** A hello (or an empty message) after a gap: we say where we got to rather than take it as an answer. */
export const isGreeting = (text: string): boolean => {
  const t = normalise(text);
  return t === '' || GREETINGS.has(t);
};

const YES = phrases(`
yes, y, yeah, yea, ye, yep, yup, ya, yes please, ok, okay, k, sure, fine, go ahead, i agree, agree, i consent,
consent, thats fine, thats ok, sounds good, alright, yess, yesss, aye, of course, definitely, please, ok thanks,
yes thats fine, yes i agree, yes ok, ok yes, yes thanks, yes thank you, thats okay, that is fine, that is ok,
yes fine, correct, i am, i do, yes i am, yes i do
`);

const NO = phrases(`
no, n, nope, nah, no thanks, no thank you, na, no ta, not really, i dont, dont, i dont agree, no way, no i dont,
no im not, im not, i am not, no i am not, no not really
`);

export const isYes = (text: string): boolean => YES.has(normalise(text));
export const isNo = (text: string): boolean => NO.has(normalise(text));

const SKIP = phrases(`
skip, skip it, skip this, skip please, skip that, pass, pass please, next, next question, rather not say, id
rather not say, i would rather not say, rather not, id rather not, prefer not to say, id prefer not to say, i
prefer not to say, i would prefer not to say, no comment, skipp, sikp
`);

export const isSkip = (text: string): boolean => closeTo(normalise(text), SKIP);

/** Ends the goals list: "no", "that's all", "done". */
const DONE = phrases(`
no, nope, nah, no thanks, done, thats all, thats it, that is all, that is it, nothing else, no more, none,
finished, im done, no thats all, no thats it, thats everything, all done
`);
export const isDone = (text: string): boolean => DONE.has(normalise(text)) || isSkip(text);

const UNDER_18_NO = phrases(`
no, nope, nah, no im not, im not, no i am not, i am not, not yet, no not yet
`);

/** The answer to "Are you 18 or over?": an age if one is given ("yes I'm 34", "34"), or yes/no, or unclear. */
export type AgeAnswer = { kind: 'adult'; age: number | null } | { kind: 'under18'; age: number | null } | null;

export function readAgeAnswer(text: string): AgeAnswer {
  const t = normalise(text);
  const age = readAge(t);
  if (age !== null) return age >= 18 ? { kind: 'adult', age } : { kind: 'under18', age };
  if (isYes(t) || /^(?:yes|yeah|yep|y)\b/.test(t) || /\b(?:over 18|18 or over|over eighteen)\b/.test(t)) {
    return { kind: 'adult', age: null };
  }
  if (UNDER_18_NO.has(t) || /\b(?:under 18|under eighteen)\b/.test(t)) return { kind: 'under18', age: null };
  return null;
}

/** An age only when the message is about an age: "34", "I'm 34", "yes, 34 years old". */
export function readAge(text: string): number | null {
  const t = normalise(text);
  const m =
    /^(?:(?:yes|yeah|yep|y|ok|no|nope|nah|well)\s)?(?:(?:im|i am|i m|age|aged|i turned|just turned)\s)?(\d{1,3})(?:\s(?:years old|years|yrs old|yrs|yo|y o))?(?:\s(?:now|thanks))?$/.exec(
      t,
    );
  if (!m?.[1]) return null;
  const n = Number(m[1]);
  return n >= 5 && n <= 120 ? n : null;
}

/** Towns and places in the area Somerset Council covers (not Bath or North Somerset, which are other councils). */
const SOMERSET_PLACES = [
  'somerset',
  'taunton',
  'yeovil',
  'bridgwater',
  'frome',
  'glastonbury',
  'wells',
  'minehead',
  'chard',
  'street',
  'shepton mallet',
  'burnham on sea',
  'burnham',
  'highbridge',
  'wellington',
  'crewkerne',
  'ilminster',
  'somerton',
  'langport',
  'castle cary',
  'wincanton',
  'watchet',
  'cheddar',
  'martock',
  'williton',
  'dulverton',
  'bruton',
  'axbridge',
  'porlock',
  'ilchester',
  'south petherton',
  'north petherton',
  'wiveliscombe',
  'milborne port',
  'nether stowey',
  'cannington',
  'norton fitzwarren',
  'bishops lydeard',
  'mendip',
  'sedgemoor',
  'exmoor',
  'quantocks',
  'south somerset',
];

/** Places people may think of as Somerset that are other councils' areas: we never say no, we offer a choice. */
const OTHER_AREAS = ['north somerset', 'bath', 'weston', 'weston super mare', 'clevedon', 'portishead', 'nailsea'];

export type AreaAnswer = { kind: 'inArea'; place: string | null } | { kind: 'outside' } | { kind: 'unsure' };

export function readAreaAnswer(text: string): AreaAnswer {
  const t = normalise(text);
  const has = (place: string): boolean => new RegExp(`(?:^|\\s)${place}(?:\\s|$)`).test(t);
  if (OTHER_AREAS.some(has) || /\bnot (?:in )?somerset\b/.test(t)) return { kind: 'outside' };
  const rest = t.replace(/^(?:yes|yeah|yep|yup|y|i do|i am|aye|ok)\s?(?:i do\s|i am\s)?(?:in\s|near\s)?/, '').trim();
  if (isYes(t) || /^(?:yes|yeah|yep|yup|aye)\b/.test(t)) {
    const place =
      rest && !isYes(rest) && rest !== 'somerset' ? text.trim().replace(/^\W*(?:yes|yeah|yep|yup|aye)\W*/i, '') : '';
    return { kind: 'inArea', place: place || null };
  }
  if (SOMERSET_PLACES.some(has)) return { kind: 'inArea', place: text.trim() };
  if (isNo(t)) return { kind: 'outside' };
  return { kind: 'unsure' };
}

export type OutsideChoice = 'team' | 'other';

/** "Reply TEAM to be passed to our team, or OTHER for other places to try." Numbers work too. */
export function readOutsideChoice(text: string): OutsideChoice | null {
  const t = normalise(text);
  if (/^(?:1|team|the team|yes|yes please|pass me on|pass it on|pass on|please pass me on|ok|okay)$/.test(t)) {
    return 'team';
  }
  if (/^(?:2|other|others|other places|other places to try|places|signpost|no|no thanks)$/.test(t)) return 'other';
  return null;
}

export type ReviewAction =
  { kind: 'send' } | { kind: 'change'; item: number | null } | { kind: 'remove'; item: number | null };

const SEND = phrases(`
send, send it, send please, please send, send it please, yes send, yes send it, ok send, looks good, thats
right, all good, its fine, its right, correct, done, submit, sned, snd
`);

export function readReviewAction(text: string): ReviewAction | null {
  const t = normalise(text);
  if (SEND.has(t) || isYes(t)) return { kind: 'send' };
  const m =
    /^(change|edit|update|fix|chnage|chaneg|remove|delete|clear|remvoe|rmove)(?:\s(?:number|no|item))?(?:\s(\d{1,2}))?$/.exec(
      t,
    );
  if (!m?.[1]) return null;
  const item = m[2] ? Number(m[2]) : null;
  return /^(?:remove|delete|clear|remvoe|rmove)$/.test(m[1]) ? { kind: 'remove', item } : { kind: 'change', item };
}
