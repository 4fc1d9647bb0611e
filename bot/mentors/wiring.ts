// What the mentors' feature hands the composition root (bot/app.ts) to wire: its Teams verbs and words, its jobs, its
// cards as each mentor sees them, its part of a coordinator's handoff card, what it does when a handoff ends, and the
// peer meeting reminder to schedule at start. Building these installs nothing and runs nothing.
import type { CardElement } from '../../dialogs/cards/adaptive.js';
import type { StaffMember } from '../staff/member.js';
import type { TeamsFeature } from '../teams/feature.js';
import type { StaffCardRenderer } from '../teams/sender.js';
import type { JobHandlers } from '../work/worker.js';
import type { MentorDeps } from './deps.js';
import { createMentorFeature } from './feature.js';
import { handoffReferralSection } from './handoff-card.js';
import { mentorJobs, schedulePeerMeeting } from './jobs.js';
import { renderReferralCard, withdrawReferrals } from './referral-cards.js';

export interface MentorsWiring {
  feature: TeamsFeature;
  jobs: JobHandlers;
  /** Mentors' referral cards are the only cards rendered for one member of staff. */
  renderStaffCard: StaffCardRenderer;
  /** The mentors' part of a coordinator's handoff card. */
  handoffSection: (handoff: {
    id: string;
    status: string;
    answers: { question: string; answer: string }[];
  }) => Promise<CardElement[]>;
  /** A handoff was closed or handed back to the bot: a referral still open to mentors is withdrawn. */
  onHandoffEnded: (handoffId: string, by: StaffMember) => Promise<void>;
  /** At start: the next peer meeting reminder is scheduled (once, however many instances start). */
  start: () => Promise<void>;
}

export function mentorsWiring(deps: MentorDeps): MentorsWiring {
  return {
    feature: createMentorFeature(deps),
    jobs: mentorJobs(deps),
    renderStaffCard: (_subject, id, staffId, purpose) => renderReferralCard(deps.db, id, staffId, purpose),
    handoffSection: (handoff) => handoffReferralSection(deps.db, handoff),
    onHandoffEnded: (handoffId, by) => withdrawReferrals(deps, handoffId, by.id),
    start: async () => {
      try {
        await schedulePeerMeeting(deps);
      } catch (err) {
        // A failure here only delays the first reminder until the next start.
        deps.log.error({ err }, 'could not schedule the peer meeting reminder');
      }
    },
  };
}
