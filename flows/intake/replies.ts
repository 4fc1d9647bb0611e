// What the journey wants to say, as data: `dialogs/intake` turns each reply into words for the channel.
import type { HandoffOutcome } from './events.js';
import type { Profile, QuestionId } from './questions.js';

/** What we last asked and are waiting for: asked again after a pause, a crisis, HELP or a long gap. */
export type Prompt =
  | { step: 'consent' }
  | { step: 'age' }
  | { step: 'area' }
  | { step: 'outside' }
  | { step: 'question'; question: QuestionId }
  | { step: 'review' };

/** Where a crisis reply finds the person, when not in the middle of the journey. */
export type CrisisWhere = 'waiting' | 'relay' | 'after';

export type HandoffReason = 'completed' | 'asked' | 'outside-area';

/** How a question is introduced: the first one after the checks, thanks for an answer, ok for a skip, or nothing. */
export type QuestionLead = 'intro' | 'thanks' | 'skipped' | 'none';

export type IntakeReply =
  // First contact and consent
  | { key: 'welcome' }
  | { key: 'consentAsk'; again: boolean }
  | { key: 'consentExplain' }
  | { key: 'declined' }
  // Eligibility
  | { key: 'askAge'; again: boolean }
  | { key: 'under18' }
  | { key: 'askArea'; again: boolean }
  | { key: 'outsideArea'; again: boolean }
  | { key: 'signpost' }
  // Getting to know them
  | {
      key: 'askQuestion';
      question: QuestionId;
      lead: QuestionLead;
      /** Answers so far: varies the thanks and says how far we are. */
      answered: number;
      /** For goals: which goal this is (1 to 3); 0 for other questions. */
      goalNumber: number;
      /** True when asked again after a pause, a crisis or a long gap. */
      resumed: boolean;
    }
  | { key: 'mediaOnly' }
  /** A message we could not read at `prompt`: `misses` in a row (1 = first). Never worded the same twice running.
   * `refused`: read, as keeping the answer to themselves at a check we cannot go on without (consent, age, area). */
  | { key: 'notUnderstood'; prompt: Prompt; misses: number; refused?: boolean }
  // At their pace
  | { key: 'paused'; askReminder: boolean }
  | { key: 'reminderSet' }
  | { key: 'noReminder' }
  | { key: 'welcomeBack'; prompt: Prompt; answered: number }
  | { key: 'reminder' }
  // Safety
  /** `where`: absent in the journey (it pauses, and "carry on" resumes it); `waiting` for a coordinator, in a live
   * `relay` with one (the coordinator sees the message), or `after` the handoff ended: nothing to carry on with. */
  | { key: 'crisis'; repeat: number; where?: CrisisWhere }
  | { key: 'concern' }
  /** `kept`: what they just wrote is kept, to be read as their answer when they carry on. */
  | { key: 'crisisHold'; count: number; kept?: boolean }
  /** `kept`: what they wrote during the pause, now read as their answer. */
  | { key: 'crisisResumed'; kept?: string }
  /** Are you safe right now? `again`: asked before in this conversation (the wording changes). */
  | { key: 'askSafe'; again: boolean }
  /** They said they are safe (`safe`), or answered something else (`false`): say where help is, carry on. */
  | { key: 'safeAnswered'; safe: boolean }
  // Review and handoff
  | { key: 'review'; profile: Profile; changed: boolean }
  | { key: 'reviewHelp' }
  /** `privacy`: handed over before they heard what happens to what they share (they asked for a person first). */
  | { key: 'handedOff'; reason: HandoffReason; privacy: boolean }
  | { key: 'waitingAck'; count: number }
  | { key: 'claimed'; coordinatorName: string }
  | { key: 'returned' }
  | { key: 'closed'; outcome: HandoffOutcome }
  | { key: 'closedFollowUp'; count: number }
  /** After the handoff, "carry on" or "later": nothing more to do here; the team will be in touch. */
  | { key: 'waitingStatus'; count: number }
  /** "actually yes" after a no: consent given after all, with a reminder of how to delete. */
  | { key: 'consentAgain' }
  | { key: 'matched'; mentorFirstName: string }
  // Any time
  | { key: 'help' }
  | { key: 'confirmErase' }
  | { key: 'erased' }
  | { key: 'eraseCancelled' }
  | { key: 'restarted' };

export type IntakeReplyKey = IntakeReply['key'];

export type AskQuestionReply = Extract<IntakeReply, { key: 'askQuestion' }>;
