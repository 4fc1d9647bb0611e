// What one run of the intake machine asked for, collected by the actions provided at the composition root and
// applied afterwards in one transaction (the machine itself stays pure).
import { intakeMachine, type IntakeReply, type Profile } from '../../flows/intake/index.js';

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

/** The machine with its named actions bound to a collector for one turn. */
export function collectingMachine(effects: IntakeEffects) {
  return intakeMachine.provide({
    actions: {
      reply: (_, params) => {
        effects.replies.push(params);
      },
      raiseHandoff: (_, params) => {
        effects.handoff = params;
      },
      relay: (_, params) => {
        effects.relays.push(params.text);
      },
      forget: (_, params) => {
        effects.forget = params.reason;
      },
      scheduleReminder: () => {
        effects.reminder = 'schedule';
      },
      cancelReminder: () => {
        effects.reminder = 'cancel';
      },
    },
  });
}
