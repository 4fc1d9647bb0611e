// After the handoff: short kind words while someone waits, when the team hands back, and when it ends.
import type { HandoffOutcome } from '../../flows/intake/events.js';
import type { Channel, DialogSettings } from '../settings.js';
import { cmd, paragraphs, pick, toGsm } from './text.js';

const ACKS = [
  `Thanks, we've passed that to our team.`,
  `Got it. Our team will see this.`,
  `Thank you. We've added that for our team.`,
];

export function waitingAck(count: number, s: DialogSettings): string {
  const when = count === 0 ? ` We work ${s.workingHoursText}, so it may take a little while.` : '';
  return `${pick(ACKS, count)}${when}`;
}

/** Said once when a coordinator picks the person up, so the first human message is not a surprise. */
export function claimed(coordinatorName: string, channel: Channel): string {
  const name = channel === 'sms' ? toGsm(coordinatorName).trim() : coordinatorName.trim();
  const who = name ? `${name} from our team` : 'Someone from our team';
  return `${who} has read your messages and will reply to you here. You can write back in this chat.`;
}

export function returned(): string {
  return `Hi again. Our team has passed you back to this chat, so let's carry on from where we were.`;
}

const CLOSED: Record<HandoffOutcome, string> = {
  matched: `Thank you for talking with us. Our team has found a mentor they think could suit you. We'll be in touch about next steps.`,
  'stepped-up': `Thank you for talking with us. Our team has talked with you about other support that may suit you better.`,
  'not-eligible': `Thank you for talking with us. We're sorry we can't offer a mentor this time.`,
  'no-reply': `We haven't heard back from you, so we've closed this for now. That's ok.`,
  withdrew: `Thanks for letting us know. We've closed this for now.`,
};

export function closed(outcome: HandoffOutcome, channel: Channel): string {
  return paragraphs(channel, CLOSED[outcome], `You're welcome back any time. Just text us. Take care.`);
}

const FOLLOW_UPS = ['Hi, good to hear from you.', 'Thanks for your message.', 'Hello again.'];

/** Any message after the end: worded differently each time, the same two choices. */
export function closedFollowUp(count: number, channel: Channel): string {
  return `${pick(FOLLOW_UPS, count)} Reply ${cmd('team', channel)} to talk to our team again, or ${cmd('start again', channel)} to begin a new chat.`;
}

export function matched(mentorFirstName: string, channel: Channel): string {
  const name = channel === 'sms' ? toGsm(mentorFirstName) : mentorFirstName.trim();
  const who = name ? `a mentor, ${name},` : 'a mentor';
  return `Good news: our team has found ${who} who we think could suit you. We'll be in touch to plan a first chat.`;
}
