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

// The machine is built once (providing actions costs a machine copy); its actions write into whichever collector the
// current run set. Runs are synchronous from start to stop, so two turns can never share a collector.
let current: IntakeEffects | undefined;

function collector(): IntakeEffects {
  if (!current) throw new Error('intake actions ran outside collectEffects()');
  return current;
}

const collectingMachine = intakeMachine.provide({
  actions: {
    reply: (_, params) => {
      collector().replies.push(params);
    },
    raiseHandoff: (_, params) => {
      collector().handoff = params;
    },
    relay: (_, params) => {
      collector().relays.push(params.text);
    },
    forget: (_, params) => {
      collector().forget = params.reason;
    },
    scheduleReminder: () => {
      collector().reminder = 'schedule';
    },
    cancelReminder: () => {
      collector().reminder = 'cancel';
    },
  },
});

/** Runs `run` (which must be synchronous) with the machine's actions collecting into `effects`. */
export function collectEffects<T>(effects: IntakeEffects, run: (machine: typeof collectingMachine) => T): T {
  current = effects;
  try {
    return run(collectingMachine);
  } finally {
    current = undefined;
  }
}
