// Refusals and help for mentors: kind, short, and never revealing what was refused.
import type { Refusal } from './views.js';

const refusals: Record<Refusal, string> = {
  'not-coordinator': 'Only a coordinator can do that.',
  'not-mentor': 'That is for mentors.',
  'handoff-not-found': "I can't find that person any more: they may have asked us to remove their details.",
  'handoff-not-claimed': 'Please claim this person first, then share them with mentors.',
  'not-claimant':
    'Only the coordinator who claimed this person can share them with mentors. Tap Take over first if they are away.',
  'already-shared': 'This person has already been shared with mentors.',
  'referral-not-found': "I can't find that referral any more.",
  'referral-closed': 'This referral is no longer open. Thank you for looking.',
  'matched-elsewhere':
    'This person has been matched with another mentor, so their details are no longer shown. Thank you for offering.',
  'already-yours': "You're already matched with this person. Thank you for saying yes.",
  'not-interested': 'That mentor has not said they could connect.',
  'not-your-mentee': "That isn't one of your mentees, so I can't show it.",
  'bad-input': "Something in that didn't look right. Could you check it and try again?",
};

export function refusalText(reason: Refusal): string {
  return refusals[reason];
}

export function mentorHelpText(): string {
  return [
    'Here is what you can say to me:',
    '- "check in" after a session',
    '- "my mentees" to see how things are going',
    '- "I\'m taking a break" (or "I\'m taking a break until 12 Jan")',
    '- "I\'m back" when you are ready again',
    '- "capacity 2" to say how many mentees you can have at once',
  ].join('\n');
}

export function noMenteesText(): string {
  return "You don't have a mentee to check in about just now. Thank you for being ready.";
}
