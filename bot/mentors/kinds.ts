// The mentors' kinds of scheduled work, and what each carries (see bot/work/kinds.ts for the shared ones).
export const MentorJobKinds = {
  /** A session date passed with no check-in: one friendly reminder. { referralId, session, due } */
  checkInOverdue: 'mentor.checkin-overdue',
  /** A few days before the monthly peer meeting. { at } */
  peerMeeting: 'mentor.peer-meeting',
  /** A break with an end date is over. { staffId } */
  breakEnds: 'mentor.break-ends',
} as const;

export type MentorJobKind = (typeof MentorJobKinds)[keyof typeof MentorJobKinds];
