// Turns a message into what it means at the step we are at: a command, a yes or no, an age, a place, a skip, an
// answer, or not understood. One function, used by the machine's routing and guards alike.
import type { AgeReading } from '../reading/ages.js';
import { inSchoolMaybe18, readAge } from '../reading/ages.js';
import { serviceArea, type ServiceArea } from '../reading/areas/index.js';
import type { OutsideChoice, ReviewAction } from '../reading/choices.js';
import { readOutsideChoice, readReviewAction } from '../reading/choices.js';
import { isPlainResume, readCommand, type Command } from '../reading/commands.js';
import type { PlaceReading } from '../reading/places.js';
import { readPlace } from '../reading/places.js';
import { isServiceQuestion } from '../reading/questions.js';
import { isRefusal, isSkip, isUndecided } from '../reading/skips.js';
import { clausesOf, core, normalise, wordCount } from '../reading/text.js';
import { isPlainNo, readYesNo } from '../reading/yes-no.js';
import type { Prompt } from './replies.js';

/** What we are waiting for, as far as reading goes: the prompt we last sent. */
export type ReadingStep = Prompt;

export type Understood =
  | { kind: 'command'; command: Exclude<Command, 'resume'> }
  | { kind: 'resume' }
  | { kind: 'yes' }
  | { kind: 'no' }
  | { kind: 'age'; age: AgeReading }
  | { kind: 'place'; place: PlaceReading }
  | { kind: 'choice'; choice: OutsideChoice }
  | { kind: 'review'; action: ReviewAction }
  | { kind: 'skip' }
  | { kind: 'answer' }
  | { kind: 'unknown' };

export const DEFAULT_AREA = 'Somerset';

/** The area a conversation is for (older saved conversations have none: the default). */
export const areaOf = (name: string | undefined): ServiceArea => serviceArea(name ?? DEFAULT_AREA);

export const stepOf = (prompt: Prompt | null): ReadingStep => prompt ?? { step: 'consent' };

const CONFUSED =
  /^(?:what|wha|eh|huh|sorry what|come again|pardon|what do you mean|what does that mean|i dont understand|dont understand|i dont get it|dont get it|im confused|confused|what is this|whats this|what)$/;

const NO_PLACE =
  /\b(?:homeless|no fixed (?:abode|address|home)|nfa|sofa surfing|sofa surf|of no fixed|between (?:places|homes|addresses)|move about|moving around|on the streets|sleeping rough|in a tent|living in my car|no address)\b/;

/** A yes said in so many words, not one read from "I am ...". */
const EXPLICIT_YES = /^(?:yes|yeah|yep|yup|yh|ye|yea|ya|aye|ok|okay|sure|of course|definitely|yess+)\b/;

/** A no to "are you 18 or over?" or "do you live in ...?" said as one: "no", "nah", "not yet", "I'm not", "I'm not
 * 18"; never "I'm not great with numbers" or "I don't know". */
const NO_TO_A_CHECK =
  /^(?:(?:no|nope|nah+|naw|na|n|nay|never|negative|sadly not|afraid not|im afraid not|unfortunately not|definitely not|certainly not|absolutely not|of course not)\b|not (?:yet|quite|really|at all|at the moment|anymore|any more)\b|(?:im|i am|i m) not(?:$| (?:18|eighteen|over|an adult|old enough|yet|quite|no|there|in|from|anymore|any more)\b)|(?:i )?(?:dont|do not)(?:$| live\b))/;

/** A command as this step reads it: some command words are answers at some questions ("call me" is a way to meet). */
function commandAt(step: ReadingStep, text: string): Command | null {
  const command = readCommand(text);
  const t = core(normalise(text));
  // "what?" or "what is this?" at a yes-or-no step: the step's own re-ask (choices spelled out) helps more than
  // the list of commands.
  // At the consent question, confusion is a question about what we keep: HELP there explains it (steps.ts).
  if (command === 'help' && step.step !== 'question' && step.step !== 'consent')
    return CONFUSED.test(t) || t === '' ? null : command;
  // "I don't want you keeping my stuff" before anything is kept: a no to the consent question, not an erasure.
  if (command === 'erase' && step.step === 'consent' && readYesNo(text) === 'no') return null;
  if (!command || step.step !== 'question') return command;
  if (command === 'human' && step.question === 'meeting' && /\b(?:call|ring|phone|text)\b/.test(t)) return null;
  if (command === 'human' && step.question === 'mentorWishes' && !/\b(?:talk|speak|bot|robot)\b/.test(t)) return null;
  if (command === 'pause' && step.question === 'times' && /^(?:tomorrow|tmrw|tomoz|any ?time|another day)$/.test(t))
    return null;
  // "could we do this at the weekend" when asked what times suit: when to meet, unless it says stop or later.
  if (
    command === 'pause' &&
    step.question === 'times' &&
    /\b(?:weekends?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mornings?|evenings?|afternoons?)\b/.test(
      t,
    ) &&
    !/\b(?:stop|pause|later|break|another time|come back|finish)\b/.test(t)
  )
    return null;
  // "text me after 5" when asked what times suit: a time.
  if (command === 'pause' && step.question === 'times' && /\b(?:after|before|at|around|from) \d/.test(t)) return null;
  if (
    command === 'help' &&
    step.question === 'help' &&
    t !== 'help' &&
    !/\b(?:understand|confused|what do i)\b/.test(t)
  )
    return null;
  return command;
}

/** The opening clause of a message of more than one, else nothing to read. */
const leadClause = (text: string): string => {
  const clauses = clausesOf(text);
  return clauses.length > 1 ? (clauses[0] ?? '') : '';
};

function readStep(step: ReadingStep, text: string, area: ServiceArea, year?: number): Understood {
  switch (step.step) {
    case 'consent': {
      // "rather not" is a no; "no comment", "pass" or "not sure yet, can we carry on" is not deciding yet, which is
      // never read as consent: the machine says why we ask and asks again.
      const yn = readYesNo(text);
      if (yn !== 'yes' && !isPlainNo(text) && (isSkip(text) || isUndecided(text))) return { kind: 'skip' };
      return yn ? { kind: yn } : { kind: 'unknown' };
    }
    case 'age': {
      const age = readAge(text, year);
      if (age) return { kind: 'age', age };
      // "Rather not say" is not a no: nobody is told the service is not for them because they kept their age to
      // themselves. A skip: never stored; asked again kindly (YES is enough), then offered a person.
      const yn = readYesNo(text);
      // "yes. dont want to say how old exactly": a yes to 18 or over, keeping the number to themselves.
      if (
        (yn === 'yes' || isRefusal(text)) &&
        /^(?:yes|yeah|yep|yup|aye)\b/.test(core(normalise(text))) &&
        !inSchoolMaybe18(text)
      )
        return { kind: 'age', age: { kind: 'adult' } };
      if (isRefusal(text)) return { kind: 'skip' };
      // "I am at college", "in sixth form": could be 17 or 18, and "I am" is no yes to the question. Asked again.
      if (yn === 'yes' && inSchoolMaybe18(text) && !EXPLICIT_YES.test(core(normalise(text))))
        return { kind: 'unknown' };
      if (yn === 'yes') return { kind: 'age', age: { kind: 'adult' } };
      // A no ends the journey here, so only a plain one: "I'm not great with numbers" is not "not 18".
      if (
        (yn === 'no' || /^not (?:yet|quite)$/.test(core(normalise(text)))) &&
        NO_TO_A_CHECK.test(core(normalise(text)))
      )
        return { kind: 'age', age: { kind: 'under18', age: null } };
      return { kind: 'unknown' };
    }
    case 'area': {
      // No fixed home: not a no. Asked again, then offered a person.
      if (NO_PLACE.test(normalise(text))) return { kind: 'unknown' };
      const place = readPlace(text, area);
      if (place) return { kind: 'place', place };
      // Would rather not say: a skip, never stored and never a no. Asked again kindly, then offered a person.
      if (isRefusal(text)) return { kind: 'skip' };
      const yn = readYesNo(text);
      if (yn === 'yes') return { kind: 'place', place: { kind: 'area' } };
      if (yn === 'no' && NO_TO_A_CHECK.test(core(normalise(text))))
        return { kind: 'place', place: { kind: 'outside', place: null } };
      return { kind: 'unknown' };
    }
    case 'outside': {
      const choice = readOutsideChoice(text) ?? readOutsideChoice(leadClause(text));
      return choice ? { kind: 'choice', choice } : { kind: 'unknown' };
    }
    case 'question':
      if (isSkip(text)) return { kind: 'skip' };
      return normalise(text) === '' ? { kind: 'unknown' } : { kind: 'answer' };
    case 'review': {
      // "Looks good to me, although I wasn't sure what to put for some": the opening clause, when the whole says
      // nothing we can act on (a change or removal anywhere in it is read first).
      const action = readReviewAction(text) ?? readReviewAction(leadClause(text));
      return action ? { kind: 'review', action } : { kind: 'unknown' };
    }
  }
}

/** Longer than this, a message at a check (consent, age, area) is read clause by clause: the command readers stop at
 * this length, since a long answer at an open question is what the person says, not a command. */
const LONG = 16;

/** Commands a later clause of a long message may carry: never "help" (a long message is not confusion) and never
 * "carry on" (said in passing). The most particular first. */
const LATER_COMMANDS: readonly Exclude<Command, 'resume' | 'help'>[] = ['erase', 'restart', 'human', 'pause'];

/** "talk to someone" in a long message is what mentoring is, not a wish for a coordinator; asking for a person says
 * who or how (a real person, a call, not a bot). */
const PERSON_PLAINLY =
  /\b(?:real|actual|proper|live) (?:person|human)\b|\b(?:human|person|coordinator|staff)\b|\b(?:call|ring|phone)\b|\b(?:bot|robot|computer|machine|automated)\b/;

/** A long message at a check: its first clause is where the answer usually is ("yeah that's fine, as long as ...").
 * In order: a command in that clause; the step's own answer; a command in a later clause; keeping it to
 * themselves in any clause; a yes or no in the first clause. */
function understandLong(step: ReadingStep, text: string, area: ServiceArea, year?: number): Understood {
  const clauses = clausesOf(text);
  const lead = clauses[0] ?? text;
  const first = commandAt(step, lead);
  if (first && first !== 'resume' && (first !== 'human' || PERSON_PLAINLY.test(normalise(lead))))
    return { kind: 'command', command: first };
  const refused = clauses.some((clause) => isRefusal(clause));
  if (step.step === 'consent') {
    const yn = readYesNo(lead);
    if (yn) return { kind: yn };
  } else if (step.step === 'age') {
    const age = readAge(text, year);
    if (age) return { kind: 'age', age };
  } else if (step.step === 'area' && !NO_PLACE.test(normalise(text))) {
    const place = readPlace(text, area);
    if (place) return { kind: 'place', place };
  }
  // A later clause may run on ("I'm about to go into a meeting and I've got to turn my phone off"): read in parts.
  const parts = clauses.flatMap((clause) => clause.split(/\s(?:and|but|so|because|cos|as)\s/i));
  for (const command of LATER_COMMANDS) {
    const said = parts.find((part) => commandAt(step, part) === command);
    if (said && (command !== 'human' || PERSON_PLAINLY.test(normalise(said)))) return { kind: 'command', command };
  }
  if (step.step === 'consent') {
    return clauses.some((clause) => isUndecided(clause)) ? { kind: 'skip' } : { kind: 'unknown' };
  }
  if (refused) return { kind: 'skip' };
  if (step.step === 'area' && NO_PLACE.test(normalise(text))) return { kind: 'unknown' };
  return readStep(step, lead, area, year);
}

/** Asking for a person, to talk to or to call them: "can i have a person", "is this a bot? i want a real person". */
const WANTS_A_PERSON =
  /\b(?:can|could|may) (?:i|we) (?:talk|speak|chat)\b|\b(?:can|could|may) (?:i|we) (?:have|get) (?:a |an |the |some |one of )?(?:real |actual |proper )?(?:person|human|someone|somebody|coordinator|member of staff|staff|call|phone call|ring|one of you|your team|the team)\b|\b(?:can|could) (?:a|the|your|someone|somebody) ?(?:real |actual )?(?:person|coordinator|human|member of staff)? ?(?:call|ring|phone|text) me\b|\bput me through\b|\bperson i can (?:ring|call|talk|speak)\b|\b(?:i|id|i would) (?:want|prefer|rather|like)(?: to talk to| to speak to)? (?:a |an )?(?:real |actual )?(?:person|human|one)\b|\brather talk to\b|\bis there (?:a|an) (?:real |actual )?person\b/;

/** A question about the service where the step found no answer of its own ("why do you need my age?" is no refusal,
 * "what happens to my info if I say yes" no yes): the HELP reply, then the question again. */
function asksAboutTheService(step: ReadingStep, text: string, reading: Understood): boolean {
  if (step.step === 'review' || step.step === 'outside') return false;
  const open = step.step === 'question';
  // "what is this?" at a check: the step's own explanation says more than HELP.
  const confusedAtCheck = !open && step.step !== 'consent' && CONFUSED.test(core(normalise(text)));
  if (!isServiceQuestion(text, open) || confusedAtCheck) return false;
  // "does it matter?" or "why do you need to know?" at a check keeps it to themselves: a skip.
  if (reading.kind === 'unknown' || reading.kind === 'answer') return true;
  // "what counts as Somerset?": the area named in a question is no yes.
  if (reading.kind === 'place' && reading.place.kind === 'area') return true;
  // A yes or no said plainly first ("yes but who reads it?") is the answer.
  return (reading.kind === 'yes' || reading.kind === 'no' || reading.kind === 'age') &&
    !/^(?:yes|yeah|yep|ok|okay|sure|no|nope|nah|\d)/.test(core(normalise(text)))
    ? reading.kind !== 'age' || reading.age.kind === 'adult'
    : false;
}

/** The year a message was sent, from its ISO time: how a year of birth is read. */
export const yearOf = (at: string | undefined): number | undefined => {
  const year = at ? new Date(at).getUTCFullYear() : NaN;
  return Number.isFinite(year) ? year : undefined;
};

/** What a message means at `step`. Commands come first, unless the step reads the words as its answer. `year`: the
 * year it was sent (from the event's time), for a year of birth; without it only years up to 2000 are read. */
export function understand(step: ReadingStep, text: string, area: ServiceArea, year?: number): Understood {
  if ((step.step === 'consent' || step.step === 'age' || step.step === 'area') && wordCount(text) > LONG)
    return understandLong(step, text, area, year);
  const command = commandAt(step, text);
  if (command && command !== 'resume') return { kind: 'command', command };
  const reading = readStep(step, text, area, year);
  if (reading.kind === 'unknown' && WANTS_A_PERSON.test(normalise(text))) return { kind: 'command', command: 'human' };
  if (asksAboutTheService(step, text, reading)) return { kind: 'command', command: 'help' };
  // At a question, only a plain "carry on" resumes: "I want to carry on with my art" is an answer.
  if (command === 'resume' && (reading.kind === 'unknown' || (step.step === 'question' && isPlainResume(text))))
    return { kind: 'resume' };
  // "ok I'm back" at the checks: the "ok" is no yes to "are you 18 or over?" or "do you live in ...?". An age or a
  // place said with it is still the answer ("ok im back, 34").
  if (
    command === 'resume' &&
    isPlainResume(text) &&
    ((step.step === 'age' && readAge(text, year) === null) || (step.step === 'area' && readPlace(text, area) === null))
  )
    return { kind: 'resume' };
  return reading;
}
