// One word for where a person is in the journey: the bot stores it for queries and the coordinators' view.
import type { SnapshotFrom } from 'xstate';
import type { intakeMachine } from './machine.js';

export type IntakeTopState =
  | 'welcome'
  | 'consent'
  | 'eligibility'
  | 'questions'
  | 'review'
  | 'paused'
  | 'crisis'
  | 'checking-safe'
  | 'confirm-erase'
  | 'waiting'
  | 'relay'
  | 'closed'
  | 'ended';

export function topState(snapshot: SnapshotFrom<typeof intakeMachine>): IntakeTopState {
  if (snapshot.matches('start')) return 'welcome';
  if (snapshot.matches({ active: 'consent' })) return 'consent';
  if (snapshot.matches({ active: 'eligibility' })) return 'eligibility';
  if (snapshot.matches({ active: 'questions' })) return 'questions';
  if (snapshot.matches({ active: 'review' })) return 'review';
  if (snapshot.matches('paused')) return 'paused';
  if (snapshot.matches('crisis')) return 'crisis';
  if (snapshot.matches('checkingSafe')) return 'checking-safe';
  if (snapshot.matches('confirmErase')) return 'confirm-erase';
  if (snapshot.matches({ handedOff: 'waiting' })) return 'waiting';
  if (snapshot.matches({ handedOff: 'relay' })) return 'relay';
  if (snapshot.matches('closed')) return 'closed';
  return 'ended';
}
