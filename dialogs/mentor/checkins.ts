// A mentor's check-in after a session, the progress line, the review prompt at session six, and the reminders.
import type { JsonObject } from '../../shared/json.js';
import {
  card,
  choiceInput,
  dateInput,
  execute,
  facts,
  heading,
  text,
  textInput,
  toJson,
  type FactSet,
} from '../cards/adaptive.js';
import { dayText } from './format.js';
import { whoLine } from './referrals.js';
import { MentorVerbs } from './verbs.js';
import type { CheckInMode, MenteeLine, ReferralSummary, ReviewDecision } from './views.js';

const choose = { style: 'compact', errorMessage: 'Please choose one' } as const;
const pickDate = 'Please pick a date';

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
): JsonObject {
  const sessions = Array.from({ length: Math.max(USUAL_SESSIONS.most, nextSession) }, (_, i) => {
    const n = String(i + 1);
    return [`Session ${n}`, n] as const;
  });
  return toJson(
    card(
      [
        heading(`Check in: ${firstName ?? whoLine(s)}`),
        text('A few taps is plenty. Thank you for your time.', { isSubtle: true }),
        choiceInput('session', 'Which session?', sessions, { ...choose, value: String(nextSession) }),
        dateInput('sessionDate', 'When was it?', { value: today, required: true, errorMessage: pickDate }),
        choiceInput(
          'mode',
          'How did you meet?',
          Object.entries(modeTitles).map(([v, t]) => [t, v] as const),
          { ...choose, value: 'phone' },
        ),
        textInput('summary', 'How did it go, in a line?', { placeholder: 'e.g. Good chat, made a plan for the week' }),
        textInput('concern', 'Anything worrying you? (this goes to a coordinator straight away)', {
          placeholder: 'Leave empty if not',
          multiline: true,
        }),
        dateInput('nextSessionDate', 'Next session (if you know)', { errorMessage: pickDate }),
      ],
      [execute('Send check-in', MentorVerbs.checkInSubmit, { referralId }, 'positive')],
    ),
  );
}

/** When a mentor has more than one mentee: which one is this check-in about? */
export function pickMenteeCard(mentees: readonly MenteeLine[]): JsonObject {
  return toJson(
    card(
      [heading('Which check-in?'), text('Who was the session with?')],
      mentees.map((m) =>
        execute(m.firstName ?? whoLine(m.summary), MentorVerbs.checkInStart, { referralId: m.referralId }),
      ),
    ),
  );
}

/** Replaces the check-in card once sent, so it cannot be sent twice by accident. */
export function checkedInCard(who: string, session: number, mode: CheckInMode): JsonObject {
  return toJson(card([heading(`Checked in: ${who}`), text(progressLine(session)), checkInFacts(session, mode)]));
}

export function checkedInText(session: number, concern: boolean): string {
  const thanks = `Thank you, that's saved. ${progressLine(session)}.`;
  return concern ? `${thanks} We've passed your concern to a coordinator now: they'll pick it up.` : thanks;
}

export function reviewPromptCard(
  referralId: string,
  who: string,
  forCoordinator: boolean,
  mentorName: string,
): JsonObject {
  const lead = forCoordinator
    ? `${mentorName} has had six sessions with ${who}. Time for a review: what next?`
    : `That's six sessions with ${who}, well done. Time for a short review with your coordinator: what feels right?`;
  return toJson(
    card(
      [heading('Six sessions: review'), text(lead)],
      [
        execute('Carry on to eight', MentorVerbs.review, { referralId, decision: 'continue' }),
        execute('Close', MentorVerbs.review, { referralId, decision: 'close' }),
        execute('Step up to the navigators', MentorVerbs.review, { referralId, decision: 'step-up' }),
      ],
    ),
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

export function checkInFacts(session: number, mode: CheckInMode): FactSet {
  return facts([
    ['Session', String(session)],
    ['How', modeTitles[mode]],
  ]);
}
