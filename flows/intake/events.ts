// Events the intake journey understands. The bot sends the inbound ones; the machine raises the internal ones itself
// after reading a MESSAGE, so every state sees one clear intent. All carry `at` (ISO time): the machine's only clock.

/** An ordinary inbound message; `concern` = the safety net rated it a concern (not urgent). */
export interface MessageEvent {
  type: 'MESSAGE';
  text: string;
  at: string;
  concern: boolean;
  /** Number of attachments (an empty MMS has text '' and media > 0). */
  media: number;
  /** The safety net saw a real signal below urgent: ask directly whether they are safe right now. */
  ask?: boolean;
}

/** The safety net rated the message urgent: answered with the crisis reply in every state. */
export interface UrgentEvent {
  type: 'URGENT';
  text: string;
  at: string;
  reasons: string[];
}

/** The reminder job the bot scheduled is due; `max` = how many reminders config allows in all. */
export interface ReminderDueEvent {
  type: 'REMINDER_DUE';
  at: string;
  max: number;
}

export interface CoordinatorClaimedEvent {
  type: 'COORDINATOR_CLAIMED';
  at: string;
  coordinatorName: string;
}

/** The coordinator hands the person back to the bot: the journey continues where it was. */
export interface CoordinatorReturnedEvent {
  type: 'COORDINATOR_RETURNED';
  at: string;
}

export type HandoffOutcome = 'matched' | 'stepped-up' | 'not-eligible' | 'no-reply' | 'withdrew';

export interface HandoffClosedEvent {
  type: 'HANDOFF_CLOSED';
  at: string;
  outcome: HandoffOutcome;
}

export interface MentorMatchedEvent {
  type: 'MENTOR_MATCHED';
  at: string;
  mentorFirstName: string;
}

/** What the bot may send. */
export type InboundEvent =
  | MessageEvent
  | UrgentEvent
  | ReminderDueEvent
  | CoordinatorClaimedEvent
  | CoordinatorReturnedEvent
  | HandoffClosedEvent
  | MentorMatchedEvent;

/** Commands that work from (almost) anywhere in the journey. */
export type GlobalCommand = 'help' | 'human' | 'restart' | 'erase' | 'pause';

/** Internal: a MESSAGE read as a global command. */
export interface CommandEvent {
  type: `intake.${GlobalCommand}`;
  at: string;
}

/** Internal: "carry on", "I'm ok now", or a hello after a long gap. `away`: a welcome back was already said. */
export interface ResumeEvent {
  type: 'intake.resume';
  at: string;
  away: boolean;
}

/** Internal: anything else, to be read as the answer to what we asked. */
export interface AnswerEvent {
  type: 'intake.answer';
  text: string;
  at: string;
  media: number;
  away: boolean;
}

export type InternalEvent = CommandEvent | ResumeEvent | AnswerEvent;

export type IntakeEvent = InboundEvent | InternalEvent;

export interface IntakeInput {
  channel: 'sms' | 'teams';
  /** SERVICE_AREA: whose towns and villages the area question reads. */
  area?: string;
}
