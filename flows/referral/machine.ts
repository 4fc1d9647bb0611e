// A referral's life, as a pure machine: not shared yet (no row) → open to mentors → matched with one of them → ended at
// review; an open referral is withdrawn when its handoff closes or goes back to the bot. Who may do what, and what each
// is told when they may not, is decided here; the bot provides the effects and keeps the state as the Referral row's
// status and matched mentor.
import { assign, setup } from 'xstate';

export type ReferralState = 'none' | 'open' | 'matched' | 'withdrawn' | 'ended';
export type ReferralRole = 'coordinator' | 'mentor';

/** The member of staff who acted. */
export interface ReferralActor {
  id: string;
  role: ReferralRole;
}

/** Why an action was refused (the bot words each one). */
export type ReferralRefusal =
  | 'not-coordinator'
  | 'not-mentor'
  | 'handoff-not-found'
  | 'handoff-not-claimed'
  | 'not-claimant'
  | 'already-shared'
  | 'referral-not-found'
  | 'referral-closed'
  | 'matched-elsewhere'
  | 'already-yours'
  | 'not-interested'
  | 'not-your-mentee';

export interface ReferralContext {
  matchedMentorId: string | null;
}

/** The handoff a referral is shared from, as far as sharing cares; null when there is no such handoff. */
export type SharedFrom = { status: string; claimedById: string | null } | null;

export type ReferralEvent =
  | { type: 'SHARE'; by: ReferralActor; handoff: SharedFrom }
  | { type: 'RESPOND'; by: ReferralActor; handoffEnded: boolean }
  | { type: 'MATCH'; by: ReferralActor; mentorId: string; interested: boolean }
  | { type: 'VIEW_CONTACT'; by: ReferralActor }
  | { type: 'CHECK_IN'; by: ReferralActor }
  | { type: 'DECIDE_REVIEW'; by: ReferralActor; decision: string }
  | { type: 'WITHDRAW' };

const byOf = (event: ReferralEvent): ReferralActor | null => ('by' in event ? event.by : null);
const isMatched = (context: ReferralContext, event: ReferralEvent): boolean =>
  context.matchedMentorId !== null && context.matchedMentorId === byOf(event)?.id;

export const referralSetup = setup({
  types: {
    context: {} as ReferralContext,
    events: {} as ReferralEvent,
  },
  actions: {
    /** Tell the one who acted why not. */
    refuse: (_, _params: { reason: ReferralRefusal }) => {},
    /** Send the referral to the mentors with room who have not answered it (a new one is created first). */
    share: () => {},
    /** Record the mentor's answer; an offer is passed to the coordinator. */
    respond: () => {},
    /** The referral closes unmatched: every mentor's card says so. */
    withdraw: () => {},
    /** The mentor is matched: their intro, notes to the others, the person told. */
    match: (_, _params: { mentorId: string }) => {},
    /** The matched mentor sees the first-contact details again. */
    showContact: () => {},
    /** The matched mentor may check in after a session. */
    allowCheckIn: () => {},
    /** The mentor's view at review, passed to the coordinator. */
    suggestReview: (_, _params: { decision: string }) => {},
    /** The coordinator's decision at review; anything but carrying on ends the mentoring. */
    decideReview: (_, _params: { decision: string; ends: boolean }) => {},
    assignMatch: assign((_, params: { mentorId: string }) => ({ matchedMentorId: params.mentorId })),
  },
  guards: {
    notCoordinator: ({ event }) => byOf(event)?.role !== 'coordinator',
    notMentor: ({ event }) => byOf(event)?.role !== 'mentor',
    isMatchedMentor: ({ context, event }) => isMatched(context, event),
    notMatchedMentor: ({ context, event }) => !isMatched(context, event),
    /** A mentor who is not the one matched (a coordinator may decide any review). */
    otherMentor: ({ context, event }) => byOf(event)?.role === 'mentor' && !isMatched(context, event),
    isMentor: ({ event }) => byOf(event)?.role === 'mentor',
    noHandoff: ({ event }) => event.type === 'SHARE' && event.handoff === null,
    handoffUnclaimed: ({ event }) => event.type === 'SHARE' && event.handoff?.status !== 'claimed',
    // Only the claimant shares the person's story; another coordinator takes the handoff over first.
    notClaimant: ({ event }) => event.type === 'SHARE' && event.handoff?.claimedById !== event.by.id,
    handoffEnded: ({ event }) => event.type === 'RESPOND' && event.handoffEnded,
    /** The handoff ended and the one who tapped is not a mentor: closed all the same, and refused as not a mentor. */
    handoffEndedNotMentor: ({ event }) => event.type === 'RESPOND' && event.handoffEnded && event.by.role !== 'mentor',
    notOffered: ({ event }) => event.type === 'MATCH' && !event.interested,
    carriesOn: ({ event }) => event.type === 'DECIDE_REVIEW' && event.decision === 'continue',
  },
});

type RefusalGuard =
  | 'notCoordinator'
  | 'notMentor'
  | 'notMatchedMentor'
  | 'otherMentor'
  | 'isMatchedMentor'
  | 'noHandoff'
  | 'handoffUnclaimed'
  | 'notClaimant'
  | 'notOffered';

const refuse = (reason: ReferralRefusal) => ({ actions: { type: 'refuse', params: { reason } } }) as const;
const when = (guard: RefusalGuard, reason: ReferralRefusal) => ({ guard, ...refuse(reason) }) as const;

// Sharing is the claimant coordinator's, whatever state the referral is in; these come first.
const shareChecks = [
  when('notCoordinator', 'not-coordinator'),
  when('noHandoff', 'handoff-not-found'),
  when('handoffUnclaimed', 'handoff-not-claimed'),
  when('notClaimant', 'not-claimant'),
] as const;

// Once a referral is closed (withdrawn or ended) every action is refused, each with its reason.
const closedToAll = {
  SHARE: [...shareChecks, refuse('referral-closed')],
  RESPOND: [when('notMentor', 'not-mentor'), refuse('referral-closed')],
  MATCH: [when('notCoordinator', 'not-coordinator'), refuse('referral-closed')],
  VIEW_CONTACT: [
    when('notMentor', 'not-mentor'),
    when('notMatchedMentor', 'matched-elsewhere'),
    refuse('referral-closed'),
  ],
  CHECK_IN: [when('notMentor', 'not-mentor'), when('notMatchedMentor', 'not-your-mentee'), refuse('referral-closed')],
  DECIDE_REVIEW: [when('otherMentor', 'not-your-mentee'), refuse('referral-closed')],
} as const;

export const referralMachine = referralSetup.createMachine({
  id: 'referral',
  context: { matchedMentorId: null },
  initial: 'none',
  states: {
    // Not shared yet: there is no row, and nothing but sharing can happen to it.
    none: {
      on: {
        SHARE: [...shareChecks, { target: 'open', actions: 'share' } as const],
        RESPOND: [when('notMentor', 'not-mentor'), refuse('referral-not-found')],
        MATCH: [when('notCoordinator', 'not-coordinator'), refuse('referral-not-found')],
        VIEW_CONTACT: [when('notMentor', 'not-mentor'), refuse('referral-not-found')],
        CHECK_IN: [when('notMentor', 'not-mentor'), refuse('referral-not-found')],
        DECIDE_REVIEW: refuse('referral-not-found'),
      },
    },
    open: {
      on: {
        // Sharing again re-sends it to mentors who have room now and have not answered.
        SHARE: [...shareChecks, { actions: 'share' } as const],
        RESPOND: [
          // Its handoff closed or went back to the bot before it closed with it: it closes now, and the tap is refused.
          {
            guard: 'handoffEndedNotMentor',
            target: 'withdrawn',
            actions: ['withdraw', { type: 'refuse', params: { reason: 'not-mentor' } }],
          },
          {
            guard: 'handoffEnded',
            target: 'withdrawn',
            actions: ['withdraw', { type: 'refuse', params: { reason: 'referral-closed' } }],
          },
          when('notMentor', 'not-mentor'),
          { actions: 'respond' },
        ],
        MATCH: [
          when('notCoordinator', 'not-coordinator'),
          when('notOffered', 'not-interested'),
          {
            target: 'matched',
            actions: [
              { type: 'assignMatch', params: ({ event }) => ({ mentorId: mentorOf(event) }) },
              { type: 'match', params: ({ event }) => ({ mentorId: mentorOf(event) }) },
            ],
          },
        ],
        VIEW_CONTACT: [
          when('notMentor', 'not-mentor'),
          when('notMatchedMentor', 'not-your-mentee'),
          refuse('referral-closed'),
        ],
        CHECK_IN: closedToAll.CHECK_IN,
        DECIDE_REVIEW: closedToAll.DECIDE_REVIEW,
        WITHDRAW: { target: 'withdrawn', actions: 'withdraw' },
      },
    },
    matched: {
      on: {
        SHARE: [...shareChecks, refuse('already-shared')],
        RESPOND: [
          when('notMentor', 'not-mentor'),
          when('isMatchedMentor', 'already-yours'),
          refuse('matched-elsewhere'),
        ],
        MATCH: closedToAll.MATCH,
        VIEW_CONTACT: [
          when('notMentor', 'not-mentor'),
          when('notMatchedMentor', 'matched-elsewhere'),
          { actions: 'showContact' },
        ],
        CHECK_IN: [
          when('notMentor', 'not-mentor'),
          when('notMatchedMentor', 'not-your-mentee'),
          { actions: 'allowCheckIn' },
        ],
        DECIDE_REVIEW: [
          when('otherMentor', 'not-your-mentee'),
          {
            guard: 'isMentor',
            actions: { type: 'suggestReview', params: ({ event }) => ({ decision: decisionOf(event) }) },
          },
          {
            guard: 'carriesOn',
            actions: { type: 'decideReview', params: ({ event }) => ({ decision: decisionOf(event), ends: false }) },
          },
          {
            target: 'ended',
            actions: { type: 'decideReview', params: ({ event }) => ({ decision: decisionOf(event), ends: true }) },
          },
        ],
      },
    },
    withdrawn: { on: closedToAll },
    ended: { on: closedToAll },
  },
});

function mentorOf(event: ReferralEvent): string {
  return event.type === 'MATCH' ? event.mentorId : '';
}

function decisionOf(event: ReferralEvent): string {
  return event.type === 'DECIDE_REVIEW' ? event.decision : '';
}
