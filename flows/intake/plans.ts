// Pure decisions behind the machine's busier transitions: given the context and what was said, what changes and
// what we reply. Kept apart so machine.ts reads as the journey's shape.
import { askQuestion, followingQuestion, initialContext, promptReply } from './context.js';
import type { IntakeContext } from './context.js';
import { readAge } from '../reading/ages.js';
import { readReviewAction } from '../reading/choices.js';
import { isDone, isSkip } from '../reading/skips.js';
import { areaOf, understand } from './understand.js';
import { questionAt, withAnswer, withSkipped, nextQuestion, answeredCount } from './questions.js';
import type { Profile, QuestionId } from './questions.js';
import type { IntakeReply, Prompt } from './replies.js';

export interface Plan {
  profile: Profile;
  prompt: Prompt;
  editing: QuestionId | null;
  replies: IntakeReply[];
  /** True when this answer finishes the questions (or an edit) and the review comes next. */
  toReview: boolean;
}

const reviewPlan = (profile: Profile, changed: boolean): Plan => ({
  profile,
  prompt: { step: 'review' },
  editing: null,
  replies: [{ key: 'review', profile, changed }],
  toReview: true,
});

/** The question the last message answers. */
export function currentQuestion(context: IntakeContext): QuestionId {
  const prompt = context.prompt;
  if (prompt?.step === 'question') return prompt.question;
  return nextQuestion(context.profile) ?? 'name';
}

/** Stores an answer (or a skip) and says what comes next: the next question, or the review. */
export function answerPlan(context: IntakeContext, text: string): Plan {
  const question = currentQuestion(context);
  const editing = context.editing === question;
  const moreGoalsAsked = question === 'goals' && context.profile.goals.length > 0 && !editing;
  const finishedGoals = moreGoalsAsked && isDone(text);
  const skipped = !finishedGoals && isSkip(text);
  const profile = finishedGoals
    ? context.profile
    : skipped
      ? withSkipped(context.profile, question)
      : withAnswer(context.profile, question, text.trim(), editing);
  if (context.editing) return reviewPlan(profile, true);
  const next = finishedGoals ? nextQuestion(profile) : followingQuestion(profile, question, skipped);
  if (next === null) return reviewPlan(profile, false);
  return {
    profile,
    prompt: { step: 'question', question: next },
    editing: null,
    replies: [askQuestion(profile, next, skipped ? 'skipped' : 'thanks')],
    toReview: false,
  };
}

/** After the eligibility checks: keep the town if they named one, then the first question not yet answered. */
export function startQuestionsPlan(context: IntakeContext, text: string): Plan {
  const area = understand({ step: 'area' }, text, areaOf(context.area));
  // Their own words, without the "yes" in front: "yes, just outside Frome" keeps "just outside Frome".
  const said = text
    .trim()
    .replace(/^\W*(?:yes|yeah|yep|yup|aye|ok|okay)\b\W*/i, '')
    .trim();
  const named = area.kind === 'place' && area.place.kind === 'place' && said !== '';
  const profile = named ? withAnswer(context.profile, 'area', said) : context.profile;
  const first = nextQuestion(profile) ?? 'name';
  return {
    profile,
    prompt: { step: 'question', question: first },
    editing: null,
    replies: [askQuestion(profile, first, 'intro')],
    toReview: false,
  };
}

/** "CHANGE 3": ask question 3 again; the answer replaces the old one and brings the review back. */
export function changePlan(context: IntakeContext, text: string): Plan | null {
  const action = readReviewAction(text);
  const question = action?.kind === 'change' && action.item !== null ? questionAt(action.item) : undefined;
  if (!question) return null;
  const ask = askQuestion(context.profile, question, 'none');
  return {
    profile: context.profile,
    prompt: { step: 'question', question },
    editing: question,
    replies: [question === 'goals' ? { ...ask, goalNumber: 1 } : ask],
    toReview: false,
  };
}

/** "REMOVE 3": forget that answer and show the review again. */
export function removePlan(context: IntakeContext, text: string): Plan | null {
  const action = readReviewAction(text);
  const question = action?.kind === 'remove' && action.item !== null ? questionAt(action.item) : undefined;
  if (!question) return null;
  return reviewPlan(withSkipped(context.profile, question), true);
}

/** An age given at the age question that is under 18 ("16") takes the under-18 path. */
export function isUnder18Answer(context: IntakeContext, text: string, year?: number): boolean {
  if (currentQuestion(context) !== 'age') return false;
  return readAge(text, year)?.kind === 'under18';
}

/** What to say when the journey carries on: the welcome if it never started, else where we were. */
export function resumeReplies(context: IntakeContext, welcomeBack: boolean): IntakeReply[] {
  if (context.prompt === null) return [{ key: 'welcome' }, { key: 'consentAsk', again: false }];
  const back: IntakeReply[] = welcomeBack
    ? [{ key: 'welcomeBack', prompt: context.prompt, answered: answeredCount(context.profile) }]
    : [];
  return [...back, promptReply(context, true)];
}

/** A fresh start keeps only the channel and when we last heard from them. */
export const freshContext = (context: IntakeContext): IntakeContext => ({
  ...initialContext(context.channel, context.area),
  lastAt: context.lastAt,
});
