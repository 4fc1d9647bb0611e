// One label for what the bot understood from a reply at a step, computed by the code the bot uses. The lead scores
// held-out replies with it; our own tables use it too.
import { areaOf, understand, type ReadingStep } from '../../../flows/intake/understand.js';

export type LabelStep = 'consent' | 'age' | 'area' | 'anyQuestion';

const STEPS: Record<LabelStep, ReadingStep> = {
  consent: { step: 'consent' },
  age: { step: 'age' },
  area: { step: 'area' },
  anyQuestion: { step: 'question', question: 'situation' },
};

/** `yes`, `no`, `pause`, `human`, `skip`, `restart`, `erase`, `help`, `answer`, `under18`, `age:<N>`,
 * `place:<Canonical Town>`, `outside` or `unknown`. */
export function labelOf(step: LabelStep, text: string): string {
  // As the service reads it: with the year the message was sent (these sets were written in 2026).
  const u = understand(STEPS[step], text, areaOf(undefined), 2026);
  switch (u.kind) {
    case 'command':
      return u.command;
    case 'resume':
      return 'answer';
    case 'yes':
    case 'no':
    case 'skip':
    case 'answer':
    case 'unknown':
      return u.kind;
    case 'age':
      if (u.age.kind === 'under18') return 'under18';
      return u.age.kind === 'adult' ? 'yes' : `age:${u.age.age}`;
    case 'place':
      if (u.place.kind === 'outside') return 'outside';
      return u.place.kind === 'area' ? 'yes' : `place:${u.place.town}`;
    case 'choice':
      return u.choice === 'team' ? 'yes' : 'no';
    case 'review':
      return u.action.kind === 'send' ? 'yes' : 'answer';
  }
}
