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
import { isRefusal, isSkip, isUndecided } from '../reading/skips.js';
import { core, normalise } from '../reading/text.js';
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

/** A command as this step reads it: some command words are answers at some questions ("call me" is a way to meet). */
function commandAt(step: ReadingStep, text: string): Command | null {
  const command = readCommand(text);
  const t = core(normalise(text));
  // "what?" or "what is this?" at a yes-or-no step: the step's own re-ask (choices spelled out) helps more than
  // the list of commands.
  if (command === 'help' && step.step !== 'question') return CONFUSED.test(t) || t === '' ? null : command;
  // "I don't want you keeping my stuff" before anything is kept: a no to the consent question, not an erasure.
  if (command === 'erase' && step.step === 'consent' && readYesNo(text) === 'no') return null;
  if (!command || step.step !== 'question') return command;
  if (command === 'human' && step.question === 'meeting' && /\b(?:call|ring|phone|text)\b/.test(t)) return null;
  if (command === 'human' && step.question === 'mentorWishes' && !/\b(?:talk|speak|bot|robot)\b/.test(t)) return null;
  if (command === 'pause' && step.question === 'times' && /^(?:tomorrow|tmrw|tomoz|any ?time|another day)$/.test(t))
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
      if (isRefusal(text)) return { kind: 'skip' };
      const yn = readYesNo(text);
      // "I am at college", "in sixth form": could be 17 or 18, and "I am" is no yes to the question. Asked again.
      if (yn === 'yes' && inSchoolMaybe18(text) && !EXPLICIT_YES.test(core(normalise(text))))
        return { kind: 'unknown' };
      if (yn === 'yes') return { kind: 'age', age: { kind: 'adult' } };
      if (yn === 'no') return { kind: 'age', age: { kind: 'under18', age: null } };
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
      if (yn === 'no') return { kind: 'place', place: { kind: 'outside', place: null } };
      return { kind: 'unknown' };
    }
    case 'outside': {
      const choice = readOutsideChoice(text);
      return choice ? { kind: 'choice', choice } : { kind: 'unknown' };
    }
    case 'question':
      if (isSkip(text)) return { kind: 'skip' };
      return normalise(text) === '' ? { kind: 'unknown' } : { kind: 'answer' };
    case 'review': {
      const action = readReviewAction(text);
      return action ? { kind: 'review', action } : { kind: 'unknown' };
    }
  }
}

/** The year a message was sent, from its ISO time: how a year of birth is read. */
export const yearOf = (at: string | undefined): number | undefined => {
  const year = at ? new Date(at).getUTCFullYear() : NaN;
  return Number.isFinite(year) ? year : undefined;
};

/** What a message means at `step`. Commands come first, unless the step reads the words as its answer. `year`: the
 * year it was sent (from the event's time), for a year of birth; without it only years up to 2000 are read. */
export function understand(step: ReadingStep, text: string, area: ServiceArea, year?: number): Understood {
  const command = commandAt(step, text);
  if (command && command !== 'resume') return { kind: 'command', command };
  const reading = readStep(step, text, area, year);
  // At a question, only a plain "carry on" resumes: "I want to carry on with my art" is an answer.
  if (command === 'resume' && (reading.kind === 'unknown' || (step.step === 'question' && isPlainResume(text))))
    return { kind: 'resume' };
  return reading;
}
