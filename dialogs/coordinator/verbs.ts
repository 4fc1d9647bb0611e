// The card verbs the coordinator cards carry: one list, so the cards and the bot that handles them agree.
export const CoordinatorVerbs = {
  claim: 'handoff.claim',
  message: 'handoff.message',
  return: 'handoff.return',
  takeOver: 'handoff.takeover',
  close: 'handoff.close',
  acknowledge: 'safety.ack',
  openChat: 'safety.chat',
  followUp: 'safety.followup',
} as const;

export type CoordinatorVerb = (typeof CoordinatorVerbs)[keyof typeof CoordinatorVerbs];
