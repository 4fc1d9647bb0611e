// A mentor's check-in after a session, the progress line, the review prompt at session six, and the reminders.
import { card, choiceInput, dateInput, dayText, facts, heading, para, submit, textInput, type Card } from './cards.js';
import { whoLine } from './referrals.js';
import type { CheckInMode, MenteeLine, ReferralSummary, ReviewDecision } from './views.js';

export const checkInVerbs = { start: 'checkin.start', submit: 'checkin.submit', review: 'review.decide' } as const;

/** The usual course: six to eight sessions; the review comes at six. */
export const USUAL_SESSIONS = { review: 6, most: 8 } as const;

const modeTitles: Record<CheckInMode, string> = {
  phone: 'Phone',
  video: 'Video call',
  zoom: 'Zoom',
  'in-person': 'In person',
};

export function progressLine(session: number): string {
  return session <= USUAL_SESSIONS.most ? `Session ${session} of 6-8` : `Session ${session} (beyond the usual 6-8)`;
}

export function checkInCard(
  referralId: string,
  s: ReferralSummary,
  firstName: string | null,
  nextSession: number,
  today: string,
): Card {
  const sessions = Array.from({ length: Math.max(USUAL_SESSIONS.most, nextSession) }, (_, i) => {
    const n = String(i + 1);
    return [`Session ${n}`, n] as const;
  });
  return card(
    [
      heading(`Check in: ${firstName ?? whoLine(s)}`),
      para('A few taps is plenty. Thank you for your time.', true),
      choiceInput('session', 'Which session?', sessions, String(nextSession)),
      dateInput('sessionDate', 'When was it?', today, true),
      choiceInput(
        'mode',
        'How did you meet?',
        Object.entries(modeTitles).map(([v, t]) => [t, v] as const),
        'phone',
      ),
      textInput('summary', 'How did it go, in a line?', 'e.g. Good chat, made a plan for the week'),
      textInput(
        'concern',
        'Anything worrying you? (this goes to a coordinator straight away)',
        'Leave empty if not',
        true,
      ),
      dateInput('nextSessionDate', 'Next session (if you know)'),
    ],
    [submit('Send check-in', checkInVerbs.submit, { referralId }, 'positive')],
  );
}

/** When a mentor has more than one mentee: which one is this check-in about? */
export function pickMenteeCard(mentees: readonly MenteeLine[]): Card {
  return card(
    [heading('Which check-in?'), para('Who was the session with?')],
    mentees.map((m) => submit(m.firstName ?? whoLine(m.summary), checkInVerbs.start, { referralId: m.referralId })),
  );
}

/** Replaces the check-in card once sent, so it cannot be sent twice by accident. */
export function checkedInCard(who: string, session: number, mode: CheckInMode): Card {
  return card([heading(`Checked in: ${who}`), para(progressLine(session)), checkInFacts(session, mode)]);
}

export function checkedInText(session: number, concern: boolean): string {
  const thanks = `Thank you, that's saved. ${progressLine(session)}.`;
  return concern ? `${thanks} We've passed your concern to a coordinator now: they'll pick it up.` : thanks;
}

export function reviewPromptCard(referralId: string, who: string, forCoordinator: boolean, mentorName: string): Card {
  const lead = forCoordinator
    ? `${mentorName} has had six sessions with ${who}. Time for a review: what next?`
    : `That's six sessions with ${who}, well done. Time for a short review with your coordinator: what feels right?`;
  return card(
    [heading('Six sessions: review'), para(lead)],
    [
      submit('Carry on to eight', checkInVerbs.review, { referralId, decision: 'continue' }),
      submit('Close', checkInVerbs.review, { referralId, decision: 'close' }),
      submit('Step up to the navigators', checkInVerbs.review, { referralId, decision: 'step-up' }),
    ],
  );
}

const decisionWords: Record<ReviewDecision, string> = {
  continue: 'carry on to eight sessions',
  close: 'close',
  'step-up': 'step up to the navigators',
};

export function reviewDecidedText(decision: ReviewDecision, byCoordinator: boolean): string {
  if (!byCoordinator) return `Thanks. We've told the coordinator you think it's time to ${decisionWords[decision]}.`;
  return decision === 'continue'
    ? "Noted: carrying on to eight sessions. We've let the mentor know."
    : `Noted: ${decisionWords[decision]}. We've let the mentor know.`;
}

export function reviewSuggestedText(mentorName: string, who: string, decision: ReviewDecision): string {
  return `${mentorName} suggests ${who} should ${decisionWords[decision]}.`;
}

export function reviewOutcomeForMentorText(who: string, decision: ReviewDecision): string {
  switch (decision) {
    case 'continue':
      return `The coordinator agreed: you'll carry on with ${who} to eight sessions. Thank you.`;
    case 'close':
      return `Your mentoring with ${who} is now closed. Thank you for everything you gave: it makes a real difference.`;
    case 'step-up':
      return `${who} will be stepping up to the navigators for more support. Thank you for getting them this far.`;
  }
}

export function concernAlertText(mentorName: string, who: string): string {
  return `${mentorName} has raised a concern in a check-in about ${who}. Please look at it soon.`;
}

export function overdueReminderText(who: string, session: number): string {
  return `Hi, just a gentle nudge: when you get a moment, could you check in about session ${session} with ${who}? If it didn't happen, that's fine too: say so in the check-in. Say "check in" to start.`;
}

export function overdueForCoordinatorsText(
  mentorName: string,
  who: string,
  session: number,
  due: string,
  timeZone: string,
): string {
  return `Check-in overdue: ${mentorName} has not yet checked in about session ${session} with ${who} (due ${dayText(due, timeZone)}).`;
}

export function overdueListText(
  lines: ReadonlyArray<{ mentorName: string; who: string; session: number; due: string }>,
  timeZone: string,
): string {
  if (lines.length === 0) return 'No check-ins are overdue.';
  return [
    'Overdue check-ins:',
    ...lines.map((l) => `- ${l.mentorName}, session ${l.session} with ${l.who} (due ${dayText(l.due, timeZone)})`),
  ].join('\n');
}

export function menteesText(mentees: readonly MenteeLine[], timeZone: string): string {
  if (mentees.length === 0) return "You don't have any mentees just now.";
  return mentees
    .map((m) => {
      const name = m.firstName ?? whoLine(m.summary);
      const next = m.nextSessionDate ? `, next session ${dayText(m.nextSessionDate, timeZone)}` : '';
      return `- ${name}: ${m.sessionsDone === 0 ? 'not started yet' : progressLine(m.sessionsDone)}${next}`;
    })
    .join('\n');
}

export function checkInFacts(session: number, mode: CheckInMode): Card {
  return facts([
    ['Session', String(session)],
    ['How', modeTitles[mode]],
  ]);
}
