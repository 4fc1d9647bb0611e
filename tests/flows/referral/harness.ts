// The referral machine with every effect a vi.fn(), as the bot's stepper reads them; the staff who act in the tests;
// and the rules as they stood in bot/mentors before the machine (mayShare, mayRespond, mayMatch, mayViewContact,
// mayCheckIn, mayDecideReview), kept here as the oracle the machine must agree with.
import { vi } from 'vitest';
import {
  referralMachine,
  type ReferralActor,
  type ReferralEvent,
  type ReferralRefusal,
  type ReferralState,
} from '../../../flows/referral/index.js';

export function effects() {
  return {
    refuse: vi.fn<(p: { reason: ReferralRefusal }) => void>(),
    share: vi.fn<() => void>(),
    respond: vi.fn<() => void>(),
    withdraw: vi.fn<() => void>(),
    match: vi.fn<(p: { mentorId: string }) => void>(),
    showContact: vi.fn<() => void>(),
    allowCheckIn: vi.fn<() => void>(),
    suggestReview: vi.fn<(p: { decision: string }) => void>(),
    decideReview: vi.fn<(p: { decision: string; ends: boolean }) => void>(),
  };
}

export type Effects = ReturnType<typeof effects>;

export function testMachine(fx: Effects) {
  return referralMachine.provide({
    actions: {
      refuse: (_, p) => fx.refuse(p),
      share: () => fx.share(),
      respond: () => fx.respond(),
      withdraw: () => fx.withdraw(),
      match: (_, p) => fx.match(p),
      showContact: () => fx.showContact(),
      allowCheckIn: () => fx.allowCheckIn(),
      suggestReview: (_, p) => fx.suggestReview(p),
      decideReview: (_, p) => fx.decideReview(p),
    },
  });
}

/** Sam claimed the handoff; Jo is another coordinator; Ana and Ben are mentors. */
export const SAM: ReferralActor = { id: 'staff-sam', role: 'coordinator' };
export const JO: ReferralActor = { id: 'staff-jo', role: 'coordinator' };
export const ANA: ReferralActor = { id: 'staff-ana', role: 'mentor' };
export const BEN: ReferralActor = { id: 'staff-ben', role: 'mentor' };
export const NAMES: Record<string, string> = { [SAM.id]: 'Sam', [JO.id]: 'Jo', [ANA.id]: 'Ana', [BEN.id]: 'Ben' };

const claimedBySam = { status: 'claimed', claimedById: SAM.id };

export const EVENTS: ReferralEvent[] = [
  { type: 'SHARE', by: SAM, handoff: claimedBySam },
  { type: 'SHARE', by: JO, handoff: claimedBySam },
  { type: 'SHARE', by: SAM, handoff: { status: 'open', claimedById: null } },
  { type: 'SHARE', by: SAM, handoff: null },
  { type: 'SHARE', by: ANA, handoff: claimedBySam },
  { type: 'RESPOND', by: ANA, handoffEnded: false },
  { type: 'RESPOND', by: SAM, handoffEnded: false },
  { type: 'RESPOND', by: BEN, handoffEnded: true },
  { type: 'RESPOND', by: JO, handoffEnded: true },
  { type: 'MATCH', by: SAM, mentorId: ANA.id, interested: true },
  { type: 'MATCH', by: JO, mentorId: BEN.id, interested: false },
  { type: 'MATCH', by: ANA, mentorId: ANA.id, interested: true },
  { type: 'VIEW_CONTACT', by: ANA },
  { type: 'VIEW_CONTACT', by: BEN },
  { type: 'VIEW_CONTACT', by: SAM },
  { type: 'CHECK_IN', by: ANA },
  { type: 'CHECK_IN', by: BEN },
  { type: 'CHECK_IN', by: JO },
  { type: 'DECIDE_REVIEW', by: ANA, decision: 'close' },
  { type: 'DECIDE_REVIEW', by: BEN, decision: 'continue' },
  { type: 'DECIDE_REVIEW', by: SAM, decision: 'continue' },
  { type: 'DECIDE_REVIEW', by: JO, decision: 'step-up' },
  { type: 'WITHDRAW' },
];

export const describeEvent = (e: ReferralEvent): string => {
  if (e.type === 'WITHDRAW') return 'handoff ends';
  const extra =
    e.type === 'SHARE'
      ? ` (handoff ${e.handoff ? `${e.handoff.status}${e.handoff.claimedById ? ` by ${NAMES[e.handoff.claimedById]}` : ''}` : 'missing'})`
      : e.type === 'RESPOND' && e.handoffEnded
        ? ' (handoff ended)'
        : e.type === 'MATCH'
          ? ` ${NAMES[e.mentorId]}${e.interested ? '' : ' (not offered)'}`
          : e.type === 'DECIDE_REVIEW'
            ? ` ${e.decision}`
            : '';
  return `${NAMES[e.by.id]} ${e.type}${extra}`;
};

type Row = { status: string; matchedMentorId: string | null } | null;
type Staff = ReferralActor;

function mayShare(actor: Staff, handoff: { status: string; claimedById: string | null } | null) {
  if (actor.role !== 'coordinator') return 'not-coordinator';
  if (!handoff) return 'handoff-not-found';
  if (handoff.status !== 'claimed') return 'handoff-not-claimed';
  if (handoff.claimedById !== actor.id) return 'not-claimant';
  return null;
}
function mayRespond(actor: Staff, referral: Row) {
  if (actor.role !== 'mentor') return 'not-mentor';
  if (!referral) return 'referral-not-found';
  if (referral.status === 'matched')
    return referral.matchedMentorId === actor.id ? 'already-yours' : 'matched-elsewhere';
  if (referral.status !== 'open') return 'referral-closed';
  return null;
}
function mayMatch(actor: Staff, referral: Row, response: { answer: string } | null) {
  if (actor.role !== 'coordinator') return 'not-coordinator';
  if (!referral) return 'referral-not-found';
  if (referral.status !== 'open') return 'referral-closed';
  if (response?.answer !== 'interested') return 'not-interested';
  return null;
}
function mayViewContact(actor: Staff, referral: Row) {
  if (actor.role !== 'mentor') return 'not-mentor';
  if (!referral) return 'referral-not-found';
  if (referral.matchedMentorId !== actor.id)
    return referral.status === 'open' ? 'not-your-mentee' : 'matched-elsewhere';
  if (referral.status !== 'matched') return 'referral-closed';
  return null;
}
function mayCheckIn(actor: Staff, referral: Row) {
  if (actor.role !== 'mentor') return 'not-mentor';
  if (!referral) return 'referral-not-found';
  if (referral.matchedMentorId !== actor.id) return 'not-your-mentee';
  if (referral.status !== 'matched') return 'referral-closed';
  return null;
}
function mayDecideReview(actor: Staff, referral: Row) {
  if (!referral) return 'referral-not-found';
  if (actor.role === 'mentor' && referral.matchedMentorId !== actor.id) return 'not-your-mentee';
  if (referral.status !== 'matched') return 'referral-closed';
  return null;
}

/** What the old code did for `event` on a referral in `state`: the refusal (null: allowed) and whether it withdrew
 * the referral first. Sharing a withdrawn or ended referral made a new one there; the machine refuses it. */
export function oracle(
  state: ReferralState,
  matchedMentorId: string | null,
  event: ReferralEvent,
): { refusal: string | null; withdraws: boolean } {
  const row: Row = state === 'none' ? null : { status: state, matchedMentorId };
  switch (event.type) {
    case 'SHARE': {
      const refusal = mayShare(event.by, event.handoff);
      if (refusal) return { refusal, withdraws: false };
      if (state === 'matched') return { refusal: 'already-shared', withdraws: false };
      return { refusal: state === 'withdrawn' || state === 'ended' ? 'referral-closed' : null, withdraws: false };
    }
    case 'RESPOND': {
      const orphaned = state === 'open' && event.handoffEnded;
      return { refusal: mayRespond(event.by, row) ?? (orphaned ? 'referral-closed' : null), withdraws: orphaned };
    }
    case 'MATCH':
      return {
        refusal: mayMatch(event.by, row, { answer: event.interested ? 'interested' : 'declined' }),
        withdraws: false,
      };
    case 'VIEW_CONTACT':
      return { refusal: mayViewContact(event.by, row), withdraws: false };
    case 'CHECK_IN':
      return { refusal: mayCheckIn(event.by, row), withdraws: false };
    case 'DECIDE_REVIEW':
      return { refusal: mayDecideReview(event.by, row), withdraws: false };
    case 'WITHDRAW':
      return { refusal: null, withdraws: state === 'open' };
  }
}
