// A handoff's life, as a pure machine: open → claimed → returned or closed (closing straight from open is allowed).
// Once claimed, only the claimant returns or closes it; another coordinator may take it over, openly (the bot tells
// the claimant). Effects are named actions the bot provides; the persisted state is the Handoff row's status and claimant.
import { assign, setup } from 'xstate';

export type HandoffOutcome = 'matched' | 'stepped-up' | 'not-eligible' | 'no-reply' | 'withdrew';
export type HandoffState = 'open' | 'claimed' | 'returned' | 'closed';

export interface Coordinator {
  id: string;
  name: string;
}

export interface HandoffContext {
  claimedBy: Coordinator | null;
  outcome: HandoffOutcome | null;
}

export type HandoffEvent =
  | { type: 'CLAIM'; by: Coordinator; at: string }
  | { type: 'RETURN'; by: Coordinator; at: string }
  | { type: 'TAKE_OVER'; by: Coordinator; at: string }
  | { type: 'CLOSE'; by: Coordinator; outcome: HandoffOutcome; at: string };

export const handoffSetup = setup({
  types: {
    context: {} as HandoffContext,
    events: {} as HandoffEvent,
  },
  actions: {
    /** The person's flow hears that a coordinator has them; the coordinator's relay starts. */
    announceClaim: (_, _params: { by: Coordinator }) => {},
    /** Back to the bot: the person is told kindly; the relay ends. */
    announceReturn: (_, _params: { by: Coordinator }) => {},
    /** Closed with an outcome: the person is told kindly; the relay ends. */
    announceClose: (_, _params: { by: Coordinator; outcome: HandoffOutcome }) => {},
    /** Someone else tapped Claim too late: tell them who has it. */
    refuseClaim: (_, _params: { holder: Coordinator }) => {},
    /** Another coordinator takes a claimed handoff over: the claimant is told, the relay moves to the new one. */
    announceTakeOver: (_, _params: { by: Coordinator; from: Coordinator }) => {},
    /** Someone who is not the claimant tried to return or close it: tell them who has it, and how to take it over. */
    refuseNotOwner: (_, _params: { holder: Coordinator }) => {},
    /** The claimant tapped Claim (or Take over) again. */
    confirmOwn: () => {},
    /** An action on a handoff that has ended. */
    refuseEnded: (_, _params: { state: 'returned' | 'closed' }) => {},
    assignClaim: assign((_, params: { by: Coordinator }) => ({ claimedBy: params.by })),
    assignOutcome: assign((_, params: { outcome: HandoffOutcome }) => ({ outcome: params.outcome })),
  },
  guards: {
    isClaimant: ({ context, event }) => context.claimedBy?.id === event.by.id,
  },
});

const claim = {
  target: 'claimed',
  actions: [
    { type: 'assignClaim', params: ({ event }: { event: HandoffEvent }) => ({ by: event.by }) },
    { type: 'announceClaim', params: ({ event }: { event: HandoffEvent }) => ({ by: event.by }) },
  ],
} as const;

const close = {
  target: 'closed',
  actions: [
    { type: 'assignOutcome', params: ({ event }: { event: HandoffEvent }) => ({ outcome: outcomeOf(event) }) },
    {
      type: 'announceClose',
      params: ({ event }: { event: HandoffEvent }) => ({ by: event.by, outcome: outcomeOf(event) }),
    },
  ],
} as const;

export const handoffMachine = handoffSetup.createMachine({
  id: 'handoff',
  context: { claimedBy: null, outcome: null },
  initial: 'open',
  states: {
    open: {
      on: {
        CLAIM: claim,
        // The claimant handed it back before the tap arrived: taking over an open handoff is claiming it.
        TAKE_OVER: claim,
        CLOSE: close,
        // Returning an unclaimed handoff is how a coordinator says "the bot can carry on with this one".
        RETURN: { target: 'returned', actions: { type: 'announceReturn', params: ({ event }) => ({ by: event.by }) } },
      },
    },
    claimed: {
      on: {
        CLAIM: [
          { guard: 'isClaimant', actions: 'confirmOwn' },
          { actions: { type: 'refuseClaim', params: ({ context }) => ({ holder: holderOf(context) }) } },
        ],
        TAKE_OVER: [
          { guard: 'isClaimant', actions: 'confirmOwn' },
          {
            actions: [
              {
                type: 'announceTakeOver',
                params: ({ context, event }) => ({ by: event.by, from: holderOf(context) }),
              },
              { type: 'assignClaim', params: ({ event }) => ({ by: event.by }) },
            ],
          },
        ],
        RETURN: [
          {
            guard: 'isClaimant',
            target: 'returned',
            actions: { type: 'announceReturn', params: ({ event }) => ({ by: event.by }) },
          },
          { actions: { type: 'refuseNotOwner', params: ({ context }) => ({ holder: holderOf(context) }) } },
        ],
        CLOSE: [
          { guard: 'isClaimant', ...close },
          { actions: { type: 'refuseNotOwner', params: ({ context }) => ({ holder: holderOf(context) }) } },
        ],
      },
    },
    returned: {
      on: {
        '*': { actions: { type: 'refuseEnded', params: { state: 'returned' } } },
      },
    },
    closed: {
      on: {
        '*': { actions: { type: 'refuseEnded', params: { state: 'closed' } } },
      },
    },
  },
});

function outcomeOf(event: HandoffEvent): HandoffOutcome {
  return event.type === 'CLOSE' ? event.outcome : 'withdrew';
}

function holderOf(context: HandoffContext): Coordinator {
  return context.claimedBy ?? { id: '', name: 'Another coordinator' };
}
