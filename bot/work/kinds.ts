// The kinds of persisted work, and what each carries. One place, so the code that schedules a job and the code that
// handles it cannot drift apart.
export const JobKinds = {
  /** A safety event to alert coordinators about (and re-alert while unacknowledged). { safetyEventId } */
  safetyAlert: 'safety.alert',
  /** Page the on-call numbers about an urgent alert nobody has acknowledged. { safetyEventId } */
  safetyPage: 'safety.page',
  /** A message the semantic layer answered too late for its turn: score it again in full. { messageId } */
  safetyRescore: 'safety.rescore',
  /** A new handoff to announce to coordinators. { handoffId } */
  handoffCreated: 'handoff.created',
  /** A person's message while waiting for or talking with a coordinator. { handoffId, messageId } */
  handoffRelay: 'handoff.relay',
  /** Nobody has claimed a handoff yet: remind coordinators. { handoffId } */
  handoffEscalate: 'handoff.escalate',
  /** The one reminder a person asked for. { personId } */
  intakeReminder: 'intake.reminder',
  /** A text whose turn could not finish in its request: the worker finishes it. { phone, sid, text, media } */
  intakeDeferred: 'intake.deferred',
  /** Twilio's copies of an erased person's texts, to delete through its REST API. { sids } */
  smsErase: 'sms.erase',
} as const;

export type JobKind = (typeof JobKinds)[keyof typeof JobKinds];
