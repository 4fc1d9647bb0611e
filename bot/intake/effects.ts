// What one step of the intake machine asked for, read from the named actions it returned and applied afterwards in
// one transaction (the machine itself stays pure).
import type { intakeMachine, IntakeReply, Profile } from '../../flows/intake/index.js';
import type { StepAction } from '../../flows/step.js';

export interface IntakeEffects {
  replies: IntakeReply[];
  handoff: { reason: 'completed' | 'asked' | 'outside-area'; profile: Profile } | undefined;
  relays: string[];
  forget: 'declined' | 'under-18' | 'erase-request' | undefined;
  reminder: 'schedule' | 'cancel' | undefined;
}

export function emptyEffects(): IntakeEffects {
  return { replies: [], handoff: undefined, relays: [], forget: undefined, reminder: undefined };
}

/** The effects of a step's actions, in the order asked: replies and relays add up, the last handoff, forget or
 * reminder stands. */
export function intakeEffects(actions: readonly StepAction<typeof intakeMachine>[]): IntakeEffects {
  const effects = emptyEffects();
  for (const action of actions) {
    switch (action.type) {
      case 'reply':
        effects.replies.push(action.params);
        break;
      case 'raiseHandoff':
        effects.handoff = action.params;
        break;
      case 'relay':
        effects.relays.push(action.params.text);
        break;
      case 'forget':
        effects.forget = action.params.reason;
        break;
      case 'scheduleReminder':
        effects.reminder = 'schedule';
        break;
      case 'cancelReminder':
        effects.reminder = 'cancel';
        break;
    }
  }
  return effects;
}
