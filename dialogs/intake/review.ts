// The review (what will be passed on, in their words, numbered so any answer can be changed or removed) and the
// honest message after a handoff about what happens next and when.
import { crisisNumbersLine } from '../crisis.js';
import { QUESTION_ORDER, questionNumber } from '../../flows/intake/questions.js';
import type { Profile, QuestionId } from '../../flows/intake/questions.js';
import type { HandoffReason } from '../../flows/intake/replies.js';
import type { Channel, DialogSettings } from '../settings.js';
import { SMS_MAX, bold, cmd, gsmLength, paragraphs, toGsm } from './text.js';

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
  shareWords: 'Mentors read your words',
};

const SKIPPED = 'skipped';
/** An answer of emoji alone, which SMS cannot carry without tripling its cost: they did answer, so never "skipped". */
const EMOJI_ONLY = '(emoji)';
/** Teams has room, but a wall of text is hard to read: a very long review comes as more than one message. */
const TEAMS_MAX = 4000;

function answerOf(profile: Profile, question: QuestionId, channel: Channel): string {
  const raw =
    question === 'goals'
      ? profile.goals
          .map((goal) => goal.trim())
          .filter(Boolean)
          .join('; ')
      : (profile.answers[question] ?? '');
  const text = (channel === 'sms' ? toGsm(raw) : raw).replace(/\s+/g, ' ').trim();
  if (text) return text;
  return raw.trim() ? EMOJI_ONLY : SKIPPED;
}

/** A line too long for one message, split at word breaks: every word is kept, in order. */
function splitLine(line: string, max: number, size: (text: string) => number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    const next = current ? `${current} ${word}` : word;
    if (size(next) <= max || !current) current = next;
    else {
      parts.push(current);
      current = word;
    }
  }
  if (current) parts.push(current);
  return parts;
}

/** Packs lines into as few SMS as fit (three segments each), never cutting a person's words. */
function pack(lines: string[], max: number, size: (text: string) => number): string[] {
  const messages: string[] = [];
  let current = '';
  for (const line of lines.flatMap((l) => splitLine(l, max, size))) {
    const next = current ? `${current}\n${line}` : line;
    if (size(next) <= max || !current) current = next;
    else {
      messages.push(current);
      current = line;
    }
  }
  if (current) messages.push(current);
  return messages;
}

/** The review as one or more messages: SMS are packed within three segments each; Teams gets one message. */
export function reviewMessages(profile: Profile, changed: boolean, channel: Channel): string[] {
  const header = changed ? `Thanks, we've changed it. Now it says:` : `Here's what we'll pass on:`;
  const footer =
    `Reply ${cmd('send', channel)} if it's right. ` +
    `To change or take out one, reply like ${cmd('change 3', channel)} or ${cmd('remove 3', channel)}.`;
  // Whether mentors may read their words is a choice, not something passed on: asked just before, left out here.
  const items = QUESTION_ORDER.filter((q) => q !== 'shareWords').map(
    (q) => `${questionNumber(q)}. ${bold(LABELS[q], channel)}: ${answerOf(profile, q, channel)}`,
  );
  if (channel === 'teams') return pack([header, '', ...items, '', footer], TEAMS_MAX, (t) => t.length);
  return pack([header, ...items, footer], SMS_MAX, gsmLength);
}

export function review(profile: Profile, changed: boolean, channel: Channel): string {
  return reviewMessages(profile, changed, channel).join('\n');
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
