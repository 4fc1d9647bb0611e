// The seam between the Teams channel (routing, cards, proactive sends) and the staff features that plug into it:
// coordinators' handoffs (bot/handoffs/…) and mentors' referrals and check-ins (bot/mentors/…).
import type { TurnContext } from 'botbuilder';
import type { JsonObject } from '../../shared/json.js';
import type { Op } from '../db/ops.js';
import type { StaffMember } from '../staff/member.js';

export interface StaffMessage {
  ctx: TurnContext;
  staff: StaffMember;
  /** The message text with any @mention of the bot removed, trimmed. */
  text: string;
}

export interface CardAction {
  ctx: TurnContext;
  staff: StaffMember;
  /** e.g. 'handoff.claim', 'referral.share', 'checkin.submit' */
  verb: string;
  /** The card's data and inputs, as submitted. */
  data: JsonObject;
}

export interface CardActionResult {
  /** An Adaptive Card (JSON) to replace the card that was tapped, for the person who tapped it. */
  card?: JsonObject;
  /** A short message to the person who tapped. */
  message?: string;
}

/** Cards kept in one member of staff's own chat and updated there, each rendered for that person: a mentor's
 * referral card. */
export type StaffCardSubject = 'referral';

/** A text or card for one member of staff; an intro card is recorded against its referral and handoff. */
export interface StaffSend {
  dedupeKey: string;
  text?: string;
  card?: JsonObject;
  record?: { subjectType: 'intro'; subjectId: string; handoffId: string };
}

/** What the Teams channel offers features: proactive messages that go through the outbox. */
export interface TeamsServices {
  /** Queue a message or card to every coordinator notification chat (1:1 chats and team channels). */
  notifyCoordinators(item: { dedupeKey: string; text?: string; card?: JsonObject; handoffId?: string }): Promise<void>;
  /** Queue a message or card to one member of staff's 1:1 chat (if we have their conversation reference). */
  /** `record`: keep the posted card's id so it can be replaced later (an intro holding contact details, on erasure). */
  sendToStaff(staffId: string, item: StaffSend): Promise<boolean>;
  /** Re-render a handoff's card wherever it was posted (after a claim, close, new interest from a mentor, …). */
  refreshHandoffCards(handoffId: string): Promise<void>;
  /** Queue a subject's card to one member of staff's 1:1 chat, rendered for them when it is sent and recorded so it
   * can be updated later; false if we cannot reach them yet. */
  postStaffCard(
    staffId: string,
    card: { subject: StaffCardSubject; id: string; dedupeKey: string; handoffId?: string },
  ): Promise<boolean>;
  /** The writes that re-render a subject's staff cards wherever they were posted (or only `staffId`'s copy), each
   * for the member of staff it went to: join them to the transaction that changed the subject. One update per card
   * per `change`. */
  refreshStaffCardOps(subject: StaffCardSubject, id: string, change: string, staffId?: string): Promise<Op[]>;
}

export interface TeamsFeature {
  /** Card verbs this feature handles (exact names). */
  readonly verbs: readonly string[];
  onAction(action: CardAction): Promise<CardActionResult>;
  /** A staff member's plain message; return true when this feature handled it. */
  onMessage?(message: StaffMessage): Promise<boolean>;
}
