// Small shared pieces of coordinator wording: times, labels for outcomes, reasons and channels.
import type { FollowUp, HandoffOutcome, PersonChannel, PersonView } from './views.js';

export const OUTCOMES: { value: HandoffOutcome; title: string }[] = [
  { value: 'matched', title: 'Matched with a mentor' },
  { value: 'stepped-up', title: 'Stepped up to navigators' },
  { value: 'not-eligible', title: 'Not eligible' },
  { value: 'no-reply', title: 'No reply' },
  { value: 'withdrew', title: 'Withdrew' },
];

/** What happened when a coordinator followed up an urgent alert. */
export const FOLLOW_UPS: { value: FollowUp; title: string }[] = [
  { value: 'reached', title: 'Reached them' },
  { value: 'left-message', title: 'Left a message' },
  { value: 'not-reached', title: 'Could not reach them' },
  { value: 'no-risk', title: 'No risk after all' },
];

export const isFollowUp = (value: unknown): value is FollowUp => FOLLOW_UPS.some((f) => f.value === value);

export const followUpTitle = (value: FollowUp): string => FOLLOW_UPS.find((f) => f.value === value)?.title ?? value;

export const isOutcome = (value: unknown): value is HandoffOutcome => OUTCOMES.some((o) => o.value === value);

export const outcomeTitle = (outcome: HandoffOutcome): string =>
  OUTCOMES.find((o) => o.value === outcome)?.title ?? outcome;

const REASONS: Record<string, string> = {
  completed: 'Finished the questions',
  asked: 'Asked to talk to someone',
  'outside-area': 'Lives outside the area',
  safety: 'After a safety alert',
};

export const reasonTitle = (reason: string): string => REASONS[reason] ?? reason;

export const channelTitle = (channel: PersonChannel): string => (channel === 'sms' ? 'Text message' : 'Teams');

export const personName = (person: PersonView | null): string => person?.name?.trim() || 'Someone';

/** e.g. "Mon 23 Nov, 10:05" in the service's time zone. */
export function when(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

/** "45 seconds", "5 minutes", "2 hours", "3 days": a wait of `seconds` as people say it, '-' where nobody waited (the
 * one wording for waits: in messages, on the figures card and in `admin report`). */
export function lengthOfWait(seconds: number | null): string {
  if (seconds === null) return '-';
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return plural(whole, 'second');
  const minutes = Math.round(whole / 60);
  if (minutes < 60) return plural(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return plural(hours, 'hour');
  return plural(Math.round(hours / 24), 'day');
}

/** How long something has waited, from `from` until `now`. */
export const waited = (from: Date, now: Date): string => lengthOfWait((now.getTime() - from.getTime()) / 1000);

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

const QUESTIONS: Record<string, string> = {
  name: 'Name',
  age: 'Age',
  area: 'Where they live',
  situation: 'Their situation',
  help: 'Help they would like',
  meeting: 'How they would like to meet',
  times: 'Good times',
  access: 'Access needs',
  mentorWishes: 'Wishes for a mentor',
  shareWords: 'Mentors may read their words',
};

export const questionTitle = (id: string): string => QUESTIONS[id] ?? id;

const DELIVERY: Record<string, string> = {
  'opted-out': 'they have opted out of texts',
  'invalid-number': 'the phone number is not valid',
  'not-a-mobile': 'the number cannot receive texts',
  unreachable: 'the phone cannot be reached',
  'max-attempts': 'sending kept failing, so we stopped trying',
};

/** Why messages stopped reaching a person, for Handoff.deliveryIssue and the card. */
export const deliveryIssueText = (code: string | undefined): string =>
  (code && DELIVERY[code]) || 'a message could not be delivered';
