// What the handoff machine's named actions mean at the desk, read from the list one step returns: what changed (the
// person and the cards hear of it), from whom a take-over moved it, and what to tell the coordinator who acted.
import type { Coordinator, handoffMachine } from '../../flows/handoff/index.js';
import type { StepAction } from '../../flows/step.js';
import { coordinatorMessages as say } from '../../dialogs/coordinator/index.js';

export interface DeskEffects {
  announced: 'claim' | 'return' | 'close' | 'takeover' | null;
  /** The claimant a take-over moved the handoff from. */
  from: Coordinator | null;
  message: string | null;
}

export function deskEffects(actions: readonly StepAction<typeof handoffMachine>[]): DeskEffects {
  const effects: DeskEffects = { announced: null, from: null, message: null };
  for (const action of actions) {
    switch (action.type) {
      case 'announceClaim':
        effects.announced = 'claim';
        break;
      case 'announceReturn':
        effects.announced = 'return';
        break;
      case 'announceClose':
        effects.announced = 'close';
        break;
      case 'announceTakeOver':
        effects.announced = 'takeover';
        effects.from = action.params.from;
        break;
      case 'refuseNotOwner':
        effects.message = say.notYours(action.params.holder.name);
        break;
      case 'refuseClaim':
        effects.message = say.claimedByOther(action.params.holder.name);
        break;
      case 'confirmOwn':
        effects.message = say.alreadyYours();
        break;
      case 'refuseEnded':
        effects.message = say.alreadyEnded(action.params.state);
        break;
    }
  }
  return effects;
}
