// The data the mentor wording renders: built by bot/mentors (anonymise.ts decides what goes in), shown here as is.
// Plain JSON so a referral's summary can be stored and rendered again later without the person's record.
import type { ReferralRefusal } from '../../flows/referral/index.js';
import type { ErasureReason } from '../coordinator/views.js';

/** What every mentor who gets a referral may see: nothing that names or locates the person. */
export interface ReferralSummary {
  initials: string | null;
  age: number | null;
  /** Town or district only. */
  area: string | null;
  situation: string | null;
  help: string | null;
  goals: string[];
}

/** What the matched mentor gets for the first contact, on top of the summary. */
export interface MenteeIntro {
  firstName: string | null;
  /** E.164 phone, only when the person uses SMS and still accepts texts. */
  phone: string | null;
  /** 'sms' | 'teams': how the person talks with the service. */
  channel: string;
  meeting: string | null;
  times: string | null;
  access: string | null;
  mentorWishes: string | null;
}

/** A mentor's own referral card as it stands now, for that mentor (bot/mentors/anonymise.ts decides what is in it):
 * open, matched with them (or that mentoring ended), matched with someone else, or closed without a match; and, for
 * the matched mentor, what is left once the person's details are deleted. */
export type ReferralCardView =
  | { state: 'open'; referralId: string; summary: ReferralSummary }
  | { state: 'matched-with-you' | 'ended-with-you'; firstName: string | null; summary: ReferralSummary }
  | { state: 'matched-elsewhere'; offered: boolean }
  | { state: 'closed' }
  | { state: 'erased-with-you'; because: ErasureReason };

export type CheckInMode = 'phone' | 'video' | 'zoom' | 'in-person';
export const CHECK_IN_MODES: readonly CheckInMode[] = ['phone', 'video', 'zoom', 'in-person'];

export type ReviewDecision = 'continue' | 'close' | 'step-up';
export const REVIEW_DECISIONS: readonly ReviewDecision[] = ['continue', 'close', 'step-up'];

/** A mentor's current mentee, as the mentor may see them. */
export interface MenteeLine {
  referralId: string;
  summary: ReferralSummary;
  firstName: string | null;
  sessionsDone: number;
  nextSessionDate: string | null;
}

/** A mentor who answered "I could connect", for the coordinator. */
export interface InterestLine {
  mentorId: string;
  mentorName: string;
  note: string | null;
}

/** Why an action was refused (the referral machine's reasons, and input we could not read); each has its own kind
 * words in refusals.ts. */
export type Refusal = ReferralRefusal | 'bad-input';
