// The journey's memory, kept JSON-serialisable because it is persisted every turn, and pure helpers over it.
import type { Channel } from '../../shared/channel.js';
import { answeredCount, emptyProfile, nextQuestion, wantsMoreGoals } from './questions.js';
import type { Profile, QuestionId } from './questions.js';
import type { AskQuestionReply, IntakeReply, Prompt, QuestionLead } from './replies.js';

/** Where "no, keep my data" goes back to. */
export type EraseReturn = 'journey' | 'paused' | 'waiting' | 'relay' | 'closed';

export interface IntakeContext {
  channel: Channel;
  profile: Profile;
  /** What we last asked; null before the welcome. */
  prompt: Prompt | null;
  /** The question being changed from the review, if any: answering it goes back to the review. */
  editing: QuestionId | null;
  reminder: { optedIn: boolean; sent: number };
  /** Urgent messages since the crisis reply was last left behind: the crisis wording changes when it repeats. */
  crisisCount: number;
  /** Messages relayed while waiting: varies the acknowledgement. */
  relayed: number;
  eraseReturn: EraseReturn;
  /** Time of the last inbound message (ISO). */
  lastAt: string | null;
  /** The service area whose places we read (SERVICE_AREA); older saved conversations have none: the default. */
  area?: string;
  /** Messages in a row we could not read at this step: each re-ask is shorter, and the second offers a person. */
  misses?: number;
  /** Replies in a row that hold the same place (after a crisis reply, after the end): varies their wording. */
  holds?: number;
  /** The last thing they wrote while the journey was paused for a crisis: read as their answer when they carry on,
   * so nothing said in a crisis pause has to be sent again. */
  held?: string | null;
  /** The message that made us ask whether they are safe, read as usual once they answer. */
  safeCheck?: { text: string; media: number } | null;
  /** When they last answered that question (ISO): it is not asked again within a day. */
  safeCheckedAt?: string | null;
}

export const initialContext = (channel: Channel, area?: string): IntakeContext => ({
  channel,
  ...(area === undefined ? {} : { area }),
  misses: 0,
  holds: 0,
  profile: emptyProfile(),
  prompt: null,
  editing: null,
  reminder: { optedIn: false, sent: 0 },
  crisisCount: 0,
  relayed: 0,
  eraseReturn: 'journey',
  lastAt: null,
  safeCheck: null,
  safeCheckedAt: null,
});

/** Hours between two ISO times; 0 when either is missing or unreadable. */
export function hoursBetween(from: string | null, to: string): number {
  if (!from) return 0;
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) ? ms / 3_600_000 : 0;
}

export function askQuestion(
  profile: Profile,
  question: QuestionId,
  lead: QuestionLead,
  resumed = false,
): AskQuestionReply {
  return {
    key: 'askQuestion',
    question,
    lead,
    answered: answeredCount(profile),
    goalNumber: question === 'goals' ? profile.goals.length + 1 : 0,
    resumed,
  };
}

/** The question to ask after `profile` changed: goals first ask for another, then the next unanswered one. */
export function followingQuestion(profile: Profile, current: QuestionId, justSkipped: boolean): QuestionId | null {
  if (current === 'goals' && !justSkipped && wantsMoreGoals(profile)) return 'goals';
  return nextQuestion(profile);
}

/** Asks again what we were waiting for, e.g. after HELP, a pause or a crisis. */
export function promptReply(context: IntakeContext, resumed: boolean): IntakeReply {
  const prompt = context.prompt;
  switch (prompt?.step) {
    case undefined:
    case 'consent':
      return { key: 'consentAsk', again: true };
    case 'age':
      return { key: 'askAge', again: true };
    case 'area':
      return { key: 'askArea', again: true };
    case 'outside':
      return { key: 'outsideArea', again: true };
    case 'question':
      return askQuestion(context.profile, prompt.question, 'none', resumed);
    case 'review':
      return { key: 'review', profile: context.profile, changed: false };
  }
}
