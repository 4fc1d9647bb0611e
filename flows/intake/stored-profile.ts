// The one reader of a profile as stored (a handoff's `profile` column, a conversation snapshot's context): read back
// defensively, since an earlier version or another flow wrote it. Anything unreadable is left out, never guessed.
import { isObject } from '../../shared/json.js';
import { QUESTION_ORDER, type Profile, type QuestionId } from './questions.js';

export function readProfile(value: unknown): Profile {
  const answers = isObject(value) && isObject(value['answers']) ? value['answers'] : {};
  const goals = isObject(value) ? value['goals'] : undefined;
  const skipped = isObject(value) ? value['skipped'] : undefined;
  const read: Profile['answers'] = {};
  for (const question of QUESTION_ORDER) {
    const answer = answers[question];
    if (question !== 'goals' && typeof answer === 'string' && answer.trim() !== '') read[question] = answer;
  }
  return {
    answers: read,
    goals: Array.isArray(goals) ? goals.filter((g): g is string => typeof g === 'string' && g.trim() !== '') : [],
    skipped: Array.isArray(skipped)
      ? skipped.filter((q): q is QuestionId => QUESTION_ORDER.some((known) => known === q))
      : [],
  };
}

/** The name they gave, as they wrote it (trimmed), or null. */
export const profileName = (profile: Profile): string | null => profile.answers.name?.trim() || null;
