// What the coordinator wording needs to know about a handoff or a safety alert: plain data the bot loads, so the
// cards and messages stay pure functions of it.
export type HandoffStatus = 'open' | 'claimed' | 'returned' | 'closed';
export type HandoffOutcome = 'matched' | 'stepped-up' | 'not-eligible' | 'no-reply' | 'withdrew';
export type PersonChannel = 'sms' | 'teams';
export type FollowUp = 'reached' | 'left-message' | 'not-reached' | 'no-risk';

/** Why a person's details were deleted: they (or someone for them) asked, or the retention period ran out. */
/** Why a person's details were deleted: they asked (or an admin did for them), the retention period, or otherwise
 * (the flow forgot them: under 18, or consent declined). */
export type ErasureReason = 'request' | 'retention' | 'other';

/** Who sees a card: a coordinator's own chat may show contact details; a team channel never does. */
export type Audience = 'coordinator' | 'channel';

export interface PersonView {
  /** The name they gave, if any. */
  name: string | null;
  /** Phone number (SMS) or null; shown only to the 'coordinator' audience. */
  phone: string | null;
  channel: PersonChannel;
}

export interface HandoffView {
  id: string;
  createdAt: Date;
  person: PersonView;
  reason: string;
  status: HandoffStatus;
  urgent: boolean;
  /** Answers in the person's words by question id (name, age, …), in question order, and their goals. */
  answers: { question: string; answer: string }[];
  goals: string[];
  claimedBy: string | null;
  outcome: HandoffOutcome | null;
  deliveryIssue: string | null;
  /** Safety flags on this person's messages, newest first. */
  safety: { level: 'urgent' | 'concern'; at: Date; acknowledged: boolean }[];
}

export interface AlertView {
  id: string;
  level: 'urgent' | 'concern';
  at: Date;
  /** The person's details, or null when a member of staff wrote it. */
  person: PersonView | null;
  staffName: string | null;
  /** The words that raised the alert (null once erased). */
  text: string | null;
  reasons: string[];
  round: number;
  acknowledgedBy: string | null;
  acknowledgedAt: Date | null;
  handoffId: string | null;
  /** Who is talking with the person now (their handoff is claimed), if anyone. */
  claimedBy: string | null;
  /** True when the person can be reached (not erased, a number or a Teams chat kept): a coordinator may open a chat
   * with them from the alert when no handoff is open. */
  reachable: boolean;
  /** What the coordinator who followed the alert up recorded, once they have. */
  followUp: { outcome: FollowUp; by: string; at: Date } | null;
}

/** Formatting settings from config: the service's time zone. */
export interface CoordinatorSettings {
  timeZone: string;
}
