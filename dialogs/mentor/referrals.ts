// What mentors and coordinators see while a referral is shared and matched: the anonymised card (and what it turns
// into once the referral closes), the answers, the interest list for the coordinator, the kind notes to mentors not
// chosen and the first-contact intro.
import { card, facts, heading, para, submit, textInput, type Card } from './cards.js';
import type { InterestLine, MenteeIntro, ReferralCardView, ReferralSummary } from './views.js';

export const referralVerbs = {
  respond: 'referral.respond',
  match: 'referral.match',
  contact: 'referral.contact',
} as const;

export function whoLine(s: ReferralSummary): string {
  const parts = [s.initials ?? 'Someone', s.age !== null ? `${s.age}` : null, s.area].filter((p) => p !== null);
  return parts.join(', ');
}

function summaryBody(s: ReferralSummary): Card[] {
  return [
    facts([
      ['Initials', s.initials],
      ['Age', s.age !== null ? String(s.age) : null],
      ['Area', s.area],
    ]),
    ...(s.situation ? [para('**What they are going through**'), para(s.situation)] : []),
    ...(s.help ? [para('**The help they would like**'), para(s.help)] : []),
    ...(s.goals.length > 0 ? [para('**Their goals**'), para(s.goals.map((g) => `- ${g}`).join('\n'))] : []),
  ];
}

/** The anonymised referral a mentor with room receives. */
export function referralCard(referralId: string, s: ReferralSummary): Card {
  return card(
    [
      heading('Someone new would like a peer mentor'),
      para('Here is what they were happy to share, in their own words. Could you connect with them?'),
      ...summaryBody(s),
      textInput(
        'note',
        'Anything you would like the coordinator to know? (optional)',
        'e.g. I have been through something similar',
      ),
      para('No pressure at all: "Not this time" is always fine.', true),
    ],
    [
      submit('I could connect', referralVerbs.respond, { referralId, answer: 'interested' }, 'positive'),
      submit('Not this time', referralVerbs.respond, { referralId, answer: 'declined' }),
    ],
  );
}

/** A mentor's own referral card as it stands now: the card above while open; once closed, a short note with no
 * buttons, and nothing about the person unless they were matched with this mentor (and nothing at all once the
 * person's details are deleted). */
export function mentorReferralCard(view: ReferralCardView): Card {
  switch (view.state) {
    case 'open':
      return referralCard(view.referralId, view.summary);
    case 'matched-with-you':
      return card([
        heading(`You've been matched with ${view.firstName ?? whoLine(view.summary)}`),
        para("Thank you for saying you could connect. We've sent you what you need to get in touch."),
        ...summaryBody(view.summary),
      ]);
    case 'ended-with-you':
      return card([
        heading(`Your mentoring with ${view.firstName ?? whoLine(view.summary)} has ended`),
        para('Thank you for the time and care you gave.'),
      ]);
    case 'matched-elsewhere':
      return card([
        heading('Matched with a mentor'),
        para(`This person has now been matched with a mentor. Thank you for ${view.offered ? 'offering' : 'looking'}.`),
        para('Their details are no longer shown here.', true),
      ]);
    case 'closed':
      return card([
        heading('No longer open'),
        para('This referral is no longer open. Thank you for looking.'),
        para('Their details are no longer shown here.', true),
      ]);
    case 'erased-with-you':
      return card([
        heading('Details removed'),
        para(
          {
            request: "The person you were matched with asked us to delete their details, so we've taken them off here.",
            retention: "We only keep people's details for a set time, so we've taken them off here.",
            other: "The details of the person you were matched with have been deleted, so we've taken them off here.",
          }[view.because],
        ),
        para('Thank you for the time and care you gave. If you have any questions, please ask a coordinator.', true),
      ]);
  }
}

export function respondedText(answer: 'interested' | 'declined'): string {
  return answer === 'interested'
    ? "Thank you. We've told the coordinator you could connect. They'll let you know either way."
    : 'Thanks for letting us know. There will be other chances, and your time matters.';
}

/** Shown to a coordinator after sharing. */
export function sharedText(sentTo: number): string {
  if (sentTo === 0)
    return 'No mentor has room right now (everyone is full or taking a break). The referral is saved: share it again later.';
  return `Shared with ${sentTo} mentor${sentTo === 1 ? '' : 's'}. You'll see here who could connect.`;
}

/** For the coordinator who shared: who could connect, with a button to match each. */
export function interestCard(
  referralId: string,
  s: ReferralSummary,
  interested: readonly InterestLine[],
  declined: number,
): Card {
  const lines: Card[] =
    interested.length === 0
      ? [para('Nobody has said they could connect yet.')]
      : interested.map((i) =>
          para(i.note ? `**${i.mentorName}** could connect: "${i.note}"` : `**${i.mentorName}** could connect`),
        );
  return card(
    [
      heading(`Mentors for ${whoLine(s)}`),
      ...lines,
      ...(declined > 0 ? [para(`${declined} said not this time.`, true)] : []),
    ],
    interested.map((i) =>
      submit(`Match with ${i.mentorName}`, referralVerbs.match, { referralId, mentorId: i.mentorId }),
    ),
  );
}

/** The interest list as one line of text, for the handoff card. */
export function interestText(interested: readonly InterestLine[]): string {
  if (interested.length === 0) return 'Shared with mentors: nobody has said they could connect yet.';
  return `Could connect: ${interested.map((i) => (i.note ? `${i.mentorName} ("${i.note}")` : i.mentorName)).join(', ')}`;
}

export function matchedText(mentorName: string): string {
  return `Matched with ${mentorName}. We've sent them the details for the first contact and told the person.`;
}

/** The matched mentor's intro: what they need for the first contact. */
export function introCard(s: ReferralSummary, intro: MenteeIntro): Card {
  const contact =
    intro.phone !== null
      ? `Phone or text: ${intro.phone}`
      : 'They use Teams with us, not a phone: your coordinator will set up the first contact with you.';
  return card([
    heading(`You've been matched with ${intro.firstName ?? whoLine(s)}`),
    para("Thank you for offering your time. Here's what you need to get in touch."),
    facts([
      ['Name', intro.firstName],
      ['Contact', contact],
      ['How they would like to meet', intro.meeting],
      ['Good times', intro.times],
      ['Anything that would help', intro.access],
      ['What they would like in a mentor', intro.mentorWishes],
    ]),
    ...summaryBody(s),
    para('They know your first name and that you will be in touch. After each session, say "check in" here.', true),
  ]);
}

export function matchedElsewhereText(s: ReferralSummary): string {
  return `Thank you for offering to connect with ${whoLine(s)}. They've now been matched with another mentor. We're grateful you put your hand up, and we'll be in touch with the next one.`;
}

/** The coordinator's button on a claimed handoff's card (the Teams channel's handoff card places it). */
export function shareButton(handoffId: string): Card {
  return submit('Share with mentors', 'referral.share', { handoffId });
}

/** Above the share button when the person did not agree that mentors may read their own words: what mentors will
 * see, and a box for the coordinator's own short summary instead (optional). */
export function summaryInput(): Card[] {
  return [
    para(
      'They did not agree to mentors reading their own words about what is going on. Mentors will see their initials, ' +
        'age, town, the help they would like and their goals.',
      true,
    ),
    {
      type: 'Input.Text',
      id: 'summary',
      isMultiline: true,
      maxLength: 500,
      label: 'Your short summary for mentors instead (optional, no names or places)',
    },
  ];
}

/** A section for the handoff card: who could connect, with a match button each, or who was matched. */
export function interestSection(
  referralId: string,
  interested: readonly InterestLine[],
  declined: number,
  matchedMentorName: string | null,
): Card[] {
  if (matchedMentorName !== null) return [para(`Matched with mentor ${matchedMentorName}.`)];
  const buttons = interested.map((i) =>
    submit(`Match with ${i.mentorName}`, referralVerbs.match, { referralId, mentorId: i.mentorId }),
  );
  return [
    para(interestText(interested)),
    ...(declined > 0 ? [para(`${declined} said not this time.`, true)] : []),
    ...(buttons.length > 0 ? [{ type: 'ActionSet', actions: buttons }] : []),
  ];
}
