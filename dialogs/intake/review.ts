// The review (what will be passed on, in their words, numbered so any answer can be changed or removed) and the
// honest message after a handoff about what happens next and when.
import { crisisNumbersLine } from '../crisis.js';
import { QUESTION_ORDER, questionNumber } from '../../flows/intake/questions.js';
import type { Profile, QuestionId } from '../../flows/intake/questions.js';
import type { HandoffReason } from '../../flows/intake/replies.js';
import type { Channel, DialogSettings } from '../settings.js';
import { SMS_MAX, bold, clip, cmd, gsmLength, paragraphs, toGsm } from './text.js';

const LABELS: Record<QuestionId, string> = {
  name: 'Name',
  age: 'Age',
  area: 'Area',
  situation: 'Going on',
  help: 'Help with',
  goals: 'Goals',
  meeting: 'Meeting',
  times: 'Times',
  access: 'Easier if',
  mentorWishes: 'Mentor',
};

const SKIPPED = '-';
/** Teams has room, but a wall of text is no review: long answers are still cut there. */
const TEAMS_ANSWER_MAX = 300;

function answerOf(profile: Profile, question: QuestionId, channel: Channel): string {
  const raw = question === 'goals' ? profile.goals.join('; ') : (profile.answers[question] ?? '');
  const text = channel === 'sms' ? toGsm(raw) : raw.replace(/\s+/g, ' ').trim();
  return text || SKIPPED;
}

/**
 * Shares the room left in three SMS segments fairly: short answers keep every word, and what they leave over
 * goes to the long ones, which are cut at a word break.
 */
function fitAnswers(answers: string[], room: number): number[] {
  const limits = answers.map(() => 0);
  let left = room;
  let open = answers.map((_, i) => i);
  while (open.length > 0) {
    const share = Math.floor(left / open.length);
    const fits = open.filter((i) => (answers[i]?.length ?? 0) <= share);
    if (fits.length === 0) {
      for (const i of open) limits[i] = Math.max(share, 4);
      break;
    }
    for (const i of fits) {
      limits[i] = answers[i]?.length ?? 0;
      left -= limits[i] ?? 0;
    }
    open = open.filter((i) => !fits.includes(i));
  }
  return limits;
}

export function review(profile: Profile, changed: boolean, channel: Channel): string {
  const header = changed ? `Thanks, we've changed it. Now it says:` : `Here's what we'll pass on:`;
  const footer =
    `Reply ${cmd('send', channel)} if it's right. ` +
    `To change or take out one, reply like ${cmd('change 3', channel)} or ${cmd('remove 3', channel)}.`;
  const labels = QUESTION_ORDER.map((q) => `${questionNumber(q)}. ${bold(LABELS[q], channel)}: `);
  const answers = QUESTION_ORDER.map((q) => answerOf(profile, q, channel));
  if (channel === 'teams') {
    const items = labels.map((label, i) => `${label}${clip(answers[i] ?? SKIPPED, TEAMS_ANSWER_MAX)}`);
    return paragraphs(channel, header, items.join('\n'), footer);
  }
  const fixed = gsmLength(header) + gsmLength(footer) + labels.reduce((n, l) => n + l.length, 0) + labels.length + 1;
  const limits = fitAnswers(answers, SMS_MAX - fixed);
  const items = labels.map((label, i) => `${label}${clip(answers[i] ?? SKIPPED, limits[i] ?? 4)}`);
  return [header, ...items, footer].join('\n');
}

export function reviewHelp(channel: Channel): string {
  return (
    `Sorry, we didn't catch that. Reply ${cmd('send', channel)} to pass this on. ` +
    `Or reply ${cmd('change', channel)} or ${cmd('remove', channel)} and a number, like ${cmd('change 3', channel)}.`
  );
}

const WHAT_NEXT: Record<HandoffReason, string> = {
  completed: `Thank you. We've passed this to our team. Next, they will look for a mentor who could suit you.`,
  asked: `Ok. We've asked our team to get in touch with you, with what you've told us so far.`,
  'outside-area': `Thank you. We've passed your details to our team. They will see what they can do.`,
};

/** Honest about when: only working hours and working days from config, never "a mentor will". */
export function handedOff(reason: HandoffReason, privacy: boolean, channel: Channel, s: DialogSettings): string {
  const days = s.replyWithinWorkingDays === 1 ? '1 working day' : `${s.replyWithinWorkingDays} working days`;
  return paragraphs(
    channel,
    WHAT_NEXT[reason],
    `We work ${s.workingHoursText}. We aim to be in touch within ${days}.`,
    ...(privacy
      ? [
          `Our team keeps your details and what you've told us while they help you. ` +
            `To delete them, text ${cmd('delete my data', channel)} at any time.`,
        ]
      : []),
    crisisNumbersLine(s.crisisLines, channel),
  );
}
