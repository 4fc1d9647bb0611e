// The card verbs the mentors' feature handles (most on mentors' cards; share and match on a coordinator's): one list,
// so the cards and the bot that handles them agree.
export const MentorVerbs = {
  share: 'referral.share',
  respond: 'referral.respond',
  match: 'referral.match',
  contact: 'referral.contact',
  checkInStart: 'checkin.start',
  checkInSubmit: 'checkin.submit',
  review: 'review.decide',
  takeBreak: 'mentor.break',
  back: 'mentor.back',
  capacity: 'mentor.capacity',
} as const;

export type MentorVerb = (typeof MentorVerbs)[keyof typeof MentorVerbs];
