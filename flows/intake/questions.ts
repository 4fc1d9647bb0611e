// The questions a coordinator asks in the first calls, in order, and the profile built from the answers.
// Answers are kept in the person's own words: the coordinator reads them, not a program.

export const QUESTION_ORDER = [
  'name',
  'age',
  'area',
  'situation',
  'help',
  'goals',
  'meeting',
  'times',
  'access',
  'mentorWishes',
  // Asked last, once they know what they have told us: may mentors read their own words about what is going on?
  'shareWords',
] as const;

export type QuestionId = (typeof QUESTION_ORDER)[number];

/** One to three goals are asked for, one message each. */
export const MAX_GOALS = 3;

export interface Profile {
  /** Answers in the person's words, one per question (goals apart). */
  answers: Partial<Record<Exclude<QuestionId, 'goals'>, string>>;
  goals: string[];
  /** Questions the person chose to skip or asked us to remove. */
  skipped: QuestionId[];
}

export const emptyProfile = (): Profile => ({ answers: {}, goals: [], skipped: [] });

export const isAnswered = (profile: Profile, question: QuestionId): boolean =>
  question === 'goals' ? profile.goals.length > 0 : profile.answers[question] !== undefined;

/** The 1-based number a question has in the review ("CHANGE 3"). */
export const questionNumber = (question: QuestionId): number => QUESTION_ORDER.indexOf(question) + 1;

export const questionAt = (num: number): QuestionId | undefined => QUESTION_ORDER[num - 1];

/** The next question nobody has answered or skipped yet, or null when all are done. */
export function nextQuestion(profile: Profile): QuestionId | null {
  return QUESTION_ORDER.find((q) => !isAnswered(profile, q) && !profile.skipped.includes(q)) ?? null;
}

/** How many questions have an answer: the dialogs use it to vary wording and to say how far we got. */
export const answeredCount = (profile: Profile): number => QUESTION_ORDER.filter((q) => isAnswered(profile, q)).length;

const withoutSkip = (skipped: QuestionId[], question: QuestionId): QuestionId[] =>
  skipped.filter((q) => q !== question);

/** Stores an answer; a goal is added to the list unless `replace` (changing goals from the review starts them again). */
export function withAnswer(profile: Profile, question: QuestionId, text: string, replace = false): Profile {
  const skipped = withoutSkip(profile.skipped, question);
  if (question === 'goals') {
    const goals = replace ? [text] : [...profile.goals, text].slice(0, MAX_GOALS);
    return { ...profile, goals, skipped };
  }
  return { ...profile, answers: { ...profile.answers, [question]: text }, skipped };
}

export function withSkipped(profile: Profile, question: QuestionId): Profile {
  const answers = { ...profile.answers };
  if (question !== 'goals') delete answers[question];
  return {
    answers,
    goals: question === 'goals' ? [] : profile.goals,
    skipped: [...withoutSkip(profile.skipped, question), question],
  };
}

/** Goals are asked one at a time: after the first, "another goal?" until three or the person says no. */
export const wantsMoreGoals = (profile: Profile): boolean =>
  profile.goals.length > 0 && profile.goals.length < MAX_GOALS;
