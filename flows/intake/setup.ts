// The journey's typed building blocks: context, events, the effects the bot provides, and named guards.
// Effects are no-op placeholders here; the composition root replaces them with `.provide({ actions })`.
import { assign, setup } from 'xstate';
import { hoursBetween, initialContext } from './context.js';
import type { EraseReturn, IntakeContext } from './context.js';
import type { IntakeEvent, IntakeInput } from './events.js';
import { readCommand } from '../reading/commands.js';
import { readOutsideChoice, readReviewAction } from '../reading/choices.js';
import { normalise } from '../reading/text.js';
import { isSecondThoughtYes, readYesNo } from '../reading/yes-no.js';
import { readSafeAnswer } from '../safety/safe-answer.js';
import { SAFE_CHECK_HOURS } from './config.js';
import { answerPlan, changePlan, isUnder18Answer, removePlan } from './plans.js';
import { areaOf, stepOf, understand, yearOf, type Understood } from './understand.js';
import type { Profile } from './questions.js';
import type { HandoffReason, IntakeReply } from './replies.js';

export type ForgetReason = 'declined' | 'under-18' | 'erase-request';

export interface HandoffParams {
  reason: HandoffReason;
  profile: Profile;
}

export const textOf = (event: IntakeEvent): string => ('text' in event ? event.text : '');
const atOf = (event: IntakeEvent): string | undefined => ('at' in event ? event.at : undefined);

/** The text of an `intake.answer`; '' for any other event, so answer guards are false elsewhere. */
export const answerText = (event: IntakeEvent): string => (event.type === 'intake.answer' ? event.text : '');

/** What the answer means at the step we are at: the reading the routing used, done again (it is pure). */
export const readingOf = (context: IntakeContext, event: IntakeEvent): Understood =>
  understand(stepOf(context.prompt), answerText(event), areaOf(context.area), yearOf(atOf(event)));

const ageOf = (context: IntakeContext, event: IntakeEvent) => {
  const u = understand({ step: 'age' }, answerText(event), areaOf(context.area), yearOf(atOf(event)));
  return u.kind === 'age' ? u.age : null;
};

const placeOf = (context: IntakeContext, event: IntakeEvent) => {
  const u = understand({ step: 'area' }, answerText(event), areaOf(context.area));
  return u.kind === 'place' ? u.place : null;
};

export const intakeSetup = setup({
  types: {
    context: {} as IntakeContext,
    events: {} as IntakeEvent,
    input: {} as IntakeInput,
  },
  actions: {
    reply: (_, _params: IntakeReply) => {},
    raiseHandoff: (_, _params: HandoffParams) => {},
    relay: (_, _params: { text: string }) => {},
    forget: (_, _params: { reason: ForgetReason }) => {},
    scheduleReminder: () => {},
    cancelReminder: () => {},
    noteTime: assign({ lastAt: ({ context, event }) => ('at' in event ? event.at : context.lastAt) }),
    countCrisis: assign({ crisisCount: ({ context }) => context.crisisCount + 1 }),
    endCrisis: assign({ crisisCount: 0 }),
    setEraseReturn: assign((_, params: { to: EraseReturn }) => ({ eraseReturn: params.to })),
    // Erasure and a declined consent leave nothing in the persisted snapshot either.
    clearContext: assign(({ context }) => initialContext(context.channel, context.area)),
  },
  guards: {
    isAwayLong: ({ context, event }, params: { hours: number }) =>
      'at' in event && hoursBetween(context.lastAt, event.at) > params.hours,
    saidYes: ({ event }) => readYesNo(answerText(event)) === 'yes',
    saidNo: ({ event }) => readYesNo(answerText(event)) === 'no',
    /** At the consent question, as the step reads it: "no comment" or "not sure, next" is neither (not decided). */
    consents: ({ context, event }) => readingOf(context, event).kind === 'yes',
    declines: ({ context, event }) => readingOf(context, event).kind === 'no',
    /** "actually ok yes" as the first message after a no (which kept nothing): consent after all. */
    thinksAgainYes: ({ event }) => isSecondThoughtYes(textOf(event)),
    wasAway: ({ event }) => 'away' in event && event.away,
    isAdult: ({ context, event }) => {
      const age = ageOf(context, event);
      return age?.kind === 'age' || age?.kind === 'adult';
    },
    isUnder18: ({ context, event }) => ageOf(context, event)?.kind === 'under18',
    livesInArea: ({ context, event }) => {
      const place = placeOf(context, event);
      return place?.kind === 'place' || place?.kind === 'area';
    },
    livesOutside: ({ context, event }) => placeOf(context, event)?.kind === 'outside',
    choseTeam: ({ event }) => readOutsideChoice(answerText(event)) === 'team',
    choseOther: ({ event }) => readOutsideChoice(answerText(event)) === 'other',
    isEmptyAnswer: ({ event }) => event.type === 'intake.answer' && normalise(event.text) === '',
    isUnder18Age: ({ context, event }) => isUnder18Answer(context, answerText(event), yearOf(atOf(event))),
    finishesQuestions: ({ context, event }) => answerPlan(context, answerText(event)).toReview,
    wantsSend: ({ event }) => readReviewAction(answerText(event))?.kind === 'send',
    wantsChange: ({ context, event }) => changePlan(context, answerText(event)) !== null,
    wantsRemove: ({ context, event }) => removePlan(context, answerText(event)) !== null,
    hasStarted: ({ context }) => context.prompt !== null,
    // The safety net asks (MessageEvent.ask); not in a crisis, and not again within SAFE_CHECK_HOURS of an answer.
    asksIfSafe: ({ context, event }) =>
      event.type === 'MESSAGE' &&
      event.ask === true &&
      context.crisisCount === 0 &&
      (context.safeCheckedAt == null || hoursBetween(context.safeCheckedAt, event.at) > SAFE_CHECK_HOURS),
    saysSafe: ({ event }) => readSafeAnswer(textOf(event)) === 'safe',
    reminderWanted: ({ context, event }) =>
      event.type === 'REMINDER_DUE' && context.reminder.optedIn && context.reminder.sent < event.max,
    returnsTo: ({ context }, params: { to: EraseReturn }) => context.eraseReturn === params.to,
    asks: ({ event }, params: { command: 'help' | 'human' | 'restart' | 'erase' | 'pause' | 'resume' }) =>
      readCommand(textOf(event)) === params.command,
    asksForTeam: ({ event }) => readCommand(textOf(event)) === 'human' || /\bteam\b/.test(normalise(textOf(event))),
  },
});
