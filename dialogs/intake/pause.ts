// At their own pace: pausing, the one reminder they may ask for, and the welcome back that picks up where we were.
import type { Prompt } from '../../flows/intake/replies.js';
import type { Channel, DialogSettings } from '../settings.js';
import { QUESTION_TOPICS } from './questions.js';
import { bold, cmd, paragraphs, pick } from './text.js';

const SAVED = "No problem, we've saved where you got to. Text us any time and we'll carry on from there.";

export function paused(askReminder: boolean, channel: Channel, s: DialogSettings): string {
  if (!askReminder) return SAVED;
  return paragraphs(
    channel,
    SAVED,
    `Would you like one reminder text in ${days(s.reminderAfterDays)}? Reply ${cmd('yes', channel)} or ${cmd('no', channel)}.`,
  );
}

export function reminderSet(s: DialogSettings): string {
  return `Ok. We'll send you one short reminder in about ${days(s.reminderAfterDays)}, in the daytime. Take care.`;
}

export function noReminder(): string {
  return `Ok, no reminders. Text us whenever you're ready.`;
}

function where(prompt: Prompt): string {
  switch (prompt.step) {
    case 'consent':
      return 'keeping your details safe';
    case 'age':
      return 'checking your age';
    case 'area':
      return 'where you live';
    case 'outside':
      return 'what you would like to do next';
    case 'question':
      return QUESTION_TOPICS[prompt.question];
    case 'review':
      return 'checking your answers';
  }
}

const HELLO = ['Welcome back!', 'Good to hear from you again.', 'Hello again, welcome back.'];

export function welcomeBack(prompt: Prompt, answered: number, channel: Channel): string {
  const kept = answered > 0 ? ` We kept your ${answered === 1 ? 'answer' : `${answered} answers`} safe.` : '';
  return `${pick(HELLO, answered)}${kept} We got to ${bold(where(prompt), channel)}.`;
}

export function reminder(channel: Channel, s: DialogSettings): string {
  const stop = channel === 'sms' ? ` To stop all texts, reply ${cmd('stop', channel)}.` : '';
  return `Hi, it's ${s.serviceName}. Just a gentle reminder that we're here when you're ready to carry on. Text us any time.${stop}`;
}

const days = (n: number): string => (n === 1 ? 'a day' : `${n} days`);
