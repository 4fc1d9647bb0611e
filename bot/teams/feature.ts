// The seam between the Teams channel (routing, cards, proactive sends) and the staff features that plug into it:
// coordinators' handoffs (bot/teams/…) and mentors' referrals and check-ins (bot/mentors/…).
import type { TurnContext } from 'botbuilder';
import type { Db } from '../db/client.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { IntakeService } from '../intake/service.js';
import type { Worker } from '../work/worker.js';
import type { JsonObject } from '../work/json.js';

export type StaffRole = 'coordinator' | 'mentor';

export interface StaffMember {
  id: string;
  aadObjectId: string;
  name: string;
  role: StaffRole;
  status: string;
}

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

/** What the Teams channel offers features: proactive messages that go through the outbox. */
export interface TeamsServices {
  /** Queue a message or card to every coordinator notification chat (1:1 chats and team channels). */
  notifyCoordinators(item: { dedupeKey: string; text?: string; card?: JsonObject; handoffId?: string }): Promise<void>;
  /** Queue a message or card to one member of staff's 1:1 chat (if we have their conversation reference). */
  sendToStaff(staffId: string, item: { dedupeKey: string; text?: string; card?: JsonObject }): Promise<boolean>;
  /** Re-render a handoff's card wherever it was posted (after a claim, close, new interest from a mentor, …). */
  refreshHandoffCards(handoffId: string): Promise<void>;
}

export interface FeatureDeps {
  config: Config;
  db: Db;
  clock: Clock;
  log: Logger;
  intake: IntakeService;
  worker: Worker;
  teams: TeamsServices;
}

export interface TeamsFeature {
  /** Card verbs this feature handles (exact names). */
  readonly verbs: readonly string[];
  onAction(action: CardAction): Promise<CardActionResult>;
  /** A staff member's plain message; return true when this feature handled it. */
  onMessage?(message: StaffMessage): Promise<boolean>;
}
