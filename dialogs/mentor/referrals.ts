// What mentors and coordinators see while a referral is shared and matched: the anonymised card (and what it turns
// into once the referral closes), the answers, the interest list for the coordinator, the kind notes to mentors not
// chosen and the first-contact intro.
import type { JsonObject } from '../../shared/json.js';
import {
  actionSet,
  card,
  execute,
  facts,
  heading,
  text,
  textInput,
  toJson,
  type CardElement,
  type ExecuteAction,
} from '../cards/adaptive.js';
import { MentorVerbs } from './verbs.js';
import type { InterestLine, MenteeIntro, ReferralCardView, ReferralSummary } from './views.js';

const subtle = (value: string) => text(value, { isSubtle: true });

export function whoLine(s: ReferralSummary): string {
  const parts = [s.initials ?? 'Someone', s.age !== null ? `${s.age}` : null, s.area].filter((p) => p !== null);
  return parts.join(', ');
}

function summaryBody(s: ReferralSummary): CardElement[] {
  return [
    facts([
      ['Initials', s.initials],
      ['Age', s.age !== null ? String(s.age) : null],
      ['Area', s.area],
    ]),
    ...(s.situation ? [text('**What they are going through**'), text(s.situation)] : []),
    ...(s.help ? [text('**The help they would like**'), text(s.help)] : []),
    ...(s.goals.length > 0 ? [text('**Their goals**'), text(s.goals.map((g) => `- ${g}`).join('\n'))] : []),
  ];
}

/** The anonymised referral a mentor with room receives. */
export function referralCard(referralId: string, s: ReferralSummary): JsonObject {
  return toJson(
    card(
      [
        heading('Someone new would like a peer mentor'),
        text('Here is what they were happy to share, in their own words. Could you connect with them?'),
        ...summaryBody(s),
        textInput('note', 'Anything you would like the coordinator to know? (optional)', {
          placeholder: 'e.g. I have been through something similar',
        }),
        subtle('No pressure at all: "Not this time" is always fine.'),
      ],
      [
        execute('I could connect', MentorVerbs.respond, { referralId, answer: 'interested' }, 'positive'),
        execute('Not this time', MentorVerbs.respond, { referralId, answer: 'declined' }),
      ],
    ),
  );
}

/** A mentor's own referral card as it stands now: the card above while open; once closed, a short note with no
 * buttons, and nothing about the person unless they were matched with this mentor (and nothing at all once the
 * person's details are deleted). */
export function mentorReferralCard(view: ReferralCardView): JsonObject {
  return view.state === 'open' ? referralCard(view.referralId, view.summary) : toJson(card(closedBody(view)));
}

function closedBody(view: Exclude<ReferralCardView, { state: 'open' }>): CardElement[] {
  switch (view.state) {
    case 'matched-with-you':
      return [
        heading(`You've been matched with ${view.firstName ?? whoLine(view.summary)}`),
        text("Thank you for saying you could connect. We've sent you what you need to get in touch."),
        ...summaryBody(view.summary),
      ];
    case 'ended-with-you':
      return [
        heading(`Your mentoring with ${view.firstName ?? whoLine(view.summary)} has ended`),
        text('Thank you for the time and care you gave.'),
      ];
    case 'matched-elsewhere':
      return [
        heading('Matched with a mentor'),
        text(`This person has now been matched with a mentor. Thank you for ${view.offered ? 'offering' : 'looking'}.`),
        subtle('Their details are no longer shown here.'),
      ];
    case 'closed':
      return [
        heading('No longer open'),
        text('This referral is no longer open. Thank you for looking.'),
        subtle('Their details are no longer shown here.'),
      ];
    case 'erased-with-you':
      return [
        heading('Details removed'),
        text(
          {
            request: "The person you were matched with asked us to delete their details, so we've taken them off here.",
            retention: "We only keep people's details for a set time, so we've taken them off here.",
            other: "The details of the person you were matched with have been deleted, so we've taken them off here.",
          }[view.because],
        ),
        subtle('Thank you for the time and care you gave. If you have any questions, please ask a coordinator.'),
      ];
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
): JsonObject {
  const lines =
    interested.length === 0
      ? [text('Nobody has said they could connect yet.')]
      : interested.map((i) =>
          text(i.note ? `**${i.mentorName}** could connect: "${i.note}"` : `**${i.mentorName}** could connect`),
        );
  return toJson(
    card(
      [
        heading(`Mentors for ${whoLine(s)}`),
        ...lines,
        ...(declined > 0 ? [subtle(`${declined} said not this time.`)] : []),
      ],
      matchButtons(referralId, interested),
    ),
  );
}

function matchButtons(referralId: string, interested: readonly InterestLine[]): ExecuteAction[] {
  return interested.map((i) =>
    execute(`Match with ${i.mentorName}`, MentorVerbs.match, { referralId, mentorId: i.mentorId }),
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
export function introCard(s: ReferralSummary, intro: MenteeIntro): JsonObject {
  const contact =
    intro.phone !== null
      ? `Phone or text: ${intro.phone}`
      : 'They use Teams with us, not a phone: your coordinator will set up the first contact with you.';
  return toJson(
    card([
      heading(`You've been matched with ${intro.firstName ?? whoLine(s)}`),
      text("Thank you for offering your time. Here's what you need to get in touch."),
      facts([
        ['Name', intro.firstName],
        ['Contact', contact],
        ['How they would like to meet', intro.meeting],
        ['Good times', intro.times],
        ['Anything that would help', intro.access],
        ['What they would like in a mentor', intro.mentorWishes],
      ]),
      ...summaryBody(s),
      subtle('They know your first name and that you will be in touch. After each session, say "check in" here.'),
    ]),
  );
}

export function matchedElsewhereText(s: ReferralSummary): string {
  return `Thank you for offering to connect with ${whoLine(s)}. They've now been matched with another mentor. We're grateful you put your hand up, and we'll be in touch with the next one.`;
}

/** A section for a claimed handoff's card before it is shared (the Teams channel's handoff card places it): the
 * "Share with mentors" button. When the person did not agree that mentors may read their own words, it says what
 * mentors will see, with a box for the coordinator's own short summary instead (optional). */
export function shareSection(handoffId: string, sharesOwnWords: boolean): CardElement[] {
  const summary = [
    subtle(
      'They did not agree to mentors reading their own words about what is going on. Mentors will see their initials, ' +
        'age, town, the help they would like and their goals.',
    ),
    textInput('summary', 'Your short summary for mentors instead (optional, no names or places)', {
      multiline: true,
    }),
  ];
  return [
    ...(sharesOwnWords ? [] : summary),
    actionSet([execute('Share with mentors', MentorVerbs.share, { handoffId })]),
  ];
}

/** A section for the handoff card once shared: who could connect, with a match button each, or who was matched. */
export function interestSection(
  referralId: string,
  interested: readonly InterestLine[],
  declined: number,
  matchedMentorName: string | null,
): CardElement[] {
  if (matchedMentorName !== null) return [text(`Matched with mentor ${matchedMentorName}.`)];
  const buttons = matchButtons(referralId, interested);
  return [
    text(interestText(interested)),
    ...(declined > 0 ? [subtle(`${declined} said not this time.`)] : []),
    ...(buttons.length > 0 ? [actionSet(buttons)] : []),
  ];
}
