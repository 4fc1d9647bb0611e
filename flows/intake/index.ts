// The mentee's intake journey: the machine, its events, replies, questions and intent readers.
export { intakeMachine } from './machine.js';
export type { ForgetReason, HandoffParams } from './machine.js';
export { topState } from './topState.js';
export type { IntakeTopState } from './topState.js';
export type { IntakeContext } from './context.js';
export { initialContext } from './context.js';
export type * from './events.js';
export type { IntakeReply, IntakeReplyKey, AskQuestionReply, HandoffReason, Prompt, QuestionLead } from './replies.js';
export { QUESTION_ORDER, MAX_GOALS, emptyProfile, questionNumber } from './questions.js';
export type { Profile, QuestionId } from './questions.js';
export { AWAY_HOURS } from './config.js';
export { understand, areaOf } from './understand.js';
export type { Understood, ReadingStep } from './understand.js';
export { milestones, type Milestone } from './milestones.js';
