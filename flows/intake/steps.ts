// Named actions that do one step of the journey: change the context and queue the replies and effects for it.
// Built on the effects in setup.ts, so the bot's `.provide()` of `reply` etc. reaches them too.
import { AWAY_HOURS } from './config.js';
import { answerPlan, changePlan, freshContext, removePlan, resumeReplies, startQuestionsPlan } from './plans.js';
import { isGreeting, isHelpWord, readCommand } from '../reading/commands.js';
import { answeredCount } from './questions.js';
import type { IntakeContext } from './context.js';
import type { HandoffReason, IntakeReply } from './replies.js';
import { answerText, intakeSetup, readingOf } from './setup.js';
import { areaOf, stepOf, understand, yearOf } from './understand.js';

const { enqueueActions } = intakeSetup;

/** A message we could not read: the first time a shorter ask with the choices spelled out (at the consent
 * question, what this is first); from the second, a simple choice and the offer of a person. */
function notUnderstoodReplies(context: IntakeContext, refused = false): IntakeReply[] {
  const prompt = context.prompt ?? { step: 'consent' as const };
  const misses = Math.max(1, context.misses ?? 1);
  const explain: IntakeReply[] = prompt.step === 'consent' && misses === 1 ? [{ key: 'consentExplain' }] : [];
  return [...explain, { key: 'notUnderstood', prompt, misses, ...(refused ? { refused } : {}) }];
}

/** A skip at a check the journey cannot go on without (consent, age, area): asked again, so it counts as a miss. */
const isCheck = (prompt: IntakeContext['prompt']): boolean => prompt === null || prompt.step !== 'question';

/** Raises the handoff record with what we have, tells the person honestly what happens next. */
const handOff = (reason: HandoffReason) =>
  enqueueActions(({ context, enqueue }) => {
    enqueue({ type: 'raiseHandoff', params: { reason, profile: context.profile } });
    // Asked for a person before the consent question: they have not yet been told what happens to what they share.
    const privacy = context.prompt === null || context.prompt.step === 'consent';
    enqueue({ type: 'reply', params: { key: 'handedOff', reason, privacy } });
    if (context.reminder.optedIn) enqueue('cancelReminder');
    enqueue('noteTime');
  });

/** They answered "are you safe?" (`safe`: yes; otherwise with something that is neither yes nor no): say where help is,
 * then read the held message as if it had just arrived, so the journey carries on where it was. */
const releaseSafeCheck = (safe: boolean) =>
  enqueueActions(({ context, event, enqueue }) => {
    if (event.type !== 'MESSAGE') return;
    enqueue({ type: 'reply', params: { key: 'safeAnswered', safe } });
    enqueue.assign({ safeCheck: null, safeCheckedAt: event.at, lastAt: event.at });
    const held = context.safeCheck;
    if (held) enqueue.raise({ type: 'MESSAGE', text: held.text, media: held.media, at: event.at, concern: false });
    else for (const reply of resumeReplies(context, false)) enqueue({ type: 'reply', params: reply });
  });

export const intakeSteps = intakeSetup.extend({
  actions: {
    // Every MESSAGE the states do not read themselves becomes one intent, so each state only says what a command
    // or an answer means there. The concern line comes first; the message is still read as the answer it is.
    routeMessage: enqueueActions(({ context, event, enqueue, check }) => {
      if (event.type !== 'MESSAGE') return;
      if (event.concern && context.crisisCount === 0) enqueue({ type: 'reply', params: { key: 'concern' } });
      const reading = understand(stepOf(context.prompt), event.text, areaOf(context.area), yearOf(event.at));
      // Misses in a row at this step; whatever carries the journey on from elsewhere starts the count again.
      // HELP or "?" again straight after is a miss too: the second gets the short re-ask, not the same help text.
      const missed =
        reading.kind === 'unknown' ||
        (reading.kind === 'skip' && isCheck(context.prompt)) ||
        (reading.kind === 'command' && reading.command === 'help');
      enqueue.assign({ misses: missed ? (context.misses ?? 0) + 1 : 0 });
      // A question or confusion at the consent question ("who sees it?", "what does that mean?") is about what we keep
      // and who sees it: that, then the question again. The word HELP itself gets the help text (with the crisis lines).
      if (
        reading.kind === 'command' &&
        reading.command === 'help' &&
        stepOf(context.prompt).step === 'consent' &&
        (context.misses ?? 0) === 0 &&
        !isHelpWord(event.text)
      ) {
        enqueue({ type: 'reply', params: { key: 'consentExplain' } });
        for (const params of resumeReplies(context, false)) enqueue({ type: 'reply', params });
        return;
      }
      if (reading.kind === 'command') {
        enqueue.raise({ type: `intake.${reading.command}`, at: event.at });
        return;
      }
      const away = context.prompt !== null && check({ type: 'isAwayLong', params: { hours: AWAY_HOURS } });
      if (away && context.prompt) {
        const answered = answeredCount(context.profile);
        enqueue({ type: 'reply', params: { key: 'welcomeBack', prompt: context.prompt, answered } });
      }
      if (reading.kind === 'resume' || (away && isGreeting(event.text))) {
        enqueue.raise({ type: 'intake.resume', at: event.at, away });
      } else {
        enqueue.raise({ type: 'intake.answer', text: event.text, media: event.media, at: event.at, away });
      }
    }),
    /** Asks whether they are safe right now, holding their message to read once they answer. */
    holdForSafeCheck: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'MESSAGE') return;
      enqueue({ type: 'reply', params: { key: 'askSafe', again: context.safeCheckedAt != null } });
      enqueue.assign({ safeCheck: { text: event.text, media: event.media } });
    }),
    saidSafe: releaseSafeCheck(true),
    answeredOtherwise: releaseSafeCheck(false),
    takeAnswer: enqueueActions(({ context, event, enqueue }) => {
      const plan = answerPlan(context, answerText(event));
      enqueue.assign({ profile: plan.profile, prompt: plan.prompt, editing: plan.editing });
      for (const params of plan.replies) enqueue({ type: 'reply', params });
    }),
    startQuestions: enqueueActions(({ context, event, enqueue }) => {
      const plan = startQuestionsPlan(context, answerText(event));
      enqueue.assign({ profile: plan.profile, prompt: plan.prompt, editing: null });
      for (const params of plan.replies) enqueue({ type: 'reply', params });
    }),
    applyChange: enqueueActions(({ context, event, enqueue }) => {
      const plan = changePlan(context, answerText(event));
      if (!plan) return;
      enqueue.assign({ profile: plan.profile, prompt: plan.prompt, editing: plan.editing });
      for (const params of plan.replies) enqueue({ type: 'reply', params });
    }),
    applyRemove: enqueueActions(({ context, event, enqueue }) => {
      const plan = removePlan(context, answerText(event));
      if (!plan) return;
      enqueue.assign({ profile: plan.profile, prompt: plan.prompt, editing: plan.editing });
      for (const params of plan.replies) enqueue({ type: 'reply', params });
    }),
    /** Asks again what we were waiting for (after HELP, "carry on", or an empty message). */
    askAgain: enqueueActions(({ context, enqueue }) => {
      for (const params of resumeReplies(context, false)) enqueue({ type: 'reply', params });
    }),
    /** An empty message or a picture alone: we can only read words, so we ask again, shorter each time. */
    emptyAnswer: enqueueActions(({ context, event, enqueue }) => {
      const misses = context.misses ?? 1;
      if (event.type === 'intake.answer' && event.media > 0 && misses <= 1) {
        enqueue({ type: 'reply', params: { key: 'mediaOnly' } });
        for (const params of resumeReplies(context, false)) enqueue({ type: 'reply', params });
        return;
      }
      for (const params of notUnderstoodReplies(context)) enqueue({ type: 'reply', params });
    }),
    /** Not read, or kept to themselves at a check ("rather not say"): asked again, worded for which it was. */
    /** HELP: what we are and what they can say, then the question again; asked again straight after, the short
     * re-ask with the choices and the offer of a person instead, so the same text never comes twice running. */
    helpOrReask: enqueueActions(({ context, enqueue }) => {
      if ((context.misses ?? 1) > 1) {
        for (const params of notUnderstoodReplies(context)) enqueue({ type: 'reply', params });
        return;
      }
      enqueue({ type: 'reply', params: { key: 'help' } });
      for (const params of resumeReplies(context, false)) enqueue({ type: 'reply', params });
    }),
    /** HELP after a crisis reply: the help text once, then kind words that change each time. */
    helpInCrisis: enqueueActions(({ context, enqueue }) => {
      if ((context.misses ?? 1) <= 1) {
        enqueue({ type: 'reply', params: { key: 'help' } });
        return;
      }
      const count = context.holds ?? 0;
      enqueue({ type: 'reply', params: { key: 'crisisHold', count } });
      enqueue.assign({ holds: count + 1 });
    }),
    notUnderstood: enqueueActions(({ context, event, enqueue }) => {
      const refused = readingOf(context, event).kind === 'skip';
      for (const params of notUnderstoodReplies(context, refused)) enqueue({ type: 'reply', params });
    }),
    /** Replies that hold the same place (after a crisis reply, after the end) are worded differently each time. */
    crisisHold: enqueueActions(({ context, event, enqueue }) => {
      const count = context.holds ?? 0;
      const text = event.type === 'intake.answer' ? event.text.trim() : '';
      // Kept for when they carry on (only the journey's own steps read answers: not a crisis at first contact).
      const kept = text !== '' && context.prompt !== null;
      enqueue({ type: 'reply', params: { key: 'crisisHold', count, kept } });
      enqueue.assign({ holds: count + 1, ...(kept ? { held: text } : {}) });
    }),
    closedFollowUp: enqueueActions(({ context, enqueue }) => {
      const count = context.holds ?? 0;
      enqueue({ type: 'reply', params: { key: 'closedFollowUp', count } });
      enqueue.assign({ holds: count + 1 });
    }),
    /** "carry on" or "later" after the handoff: not a message for the team; say where things stand. */
    waitingStatus: enqueueActions(({ context, enqueue }) => {
      const count = context.holds ?? 0;
      enqueue({ type: 'reply', params: { key: 'waitingStatus', count } });
      enqueue.assign({ holds: count + 1 });
      enqueue('noteTime');
    }),
    /** "actually yes" after a no: consent after all, so on to the first check. */
    consentAfterAll: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ ...freshContext(context), prompt: { step: 'age' } });
      enqueue({ type: 'reply', params: { key: 'consentAgain' } });
      enqueue({ type: 'reply', params: { key: 'askAge', again: false } });
      enqueue('noteTime');
    }),
    dropReminder: enqueueActions(({ context, enqueue }) => {
      if (context.reminder.optedIn) enqueue('cancelReminder');
    }),
    /** Someone who already asked for a reminder gets it booked again when they pause again. */
    rebookReminder: enqueueActions(({ context, enqueue }) => {
      if (context.reminder.optedIn) enqueue('scheduleReminder');
    }),
    /** Waiting for a coordinator: the message goes to the team, with a short kind word back. */
    relayWhileWaiting: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'MESSAGE') return;
      enqueue({ type: 'relay', params: { text: event.text } });
      if (event.concern) enqueue({ type: 'reply', params: { key: 'concern' } });
      enqueue({ type: 'reply', params: { key: 'waitingAck', count: context.relayed } });
      enqueue.assign({ relayed: context.relayed + 1 });
    }),
    /** Back from a pause: cancel the reminder, say where we got to (unless a welcome back was just said). */
    resumeFromPause: enqueueActions(({ context, event, enqueue }) => {
      enqueue.assign({ misses: 0 });
      if (context.reminder.optedIn) enqueue('cancelReminder');
      const away = 'away' in event && event.away;
      for (const params of resumeReplies(context, !away)) enqueue({ type: 'reply', params });
      if (context.prompt === null) enqueue.assign({ prompt: { step: 'consent' } });
    }),
    resumeFromCrisis: enqueueActions(({ context, event, enqueue }) => {
      enqueue.assign({ misses: 0 });
      enqueue.assign({ holds: 0 });
      const held = context.held ?? null;
      if (held !== null && context.prompt !== null) {
        // What they wrote during the pause is their answer to where we were: read it now, as if just sent.
        enqueue.assign({ held: null });
        enqueue({ type: 'reply', params: { key: 'crisisResumed', kept: held } });
        const at = 'at' in event ? event.at : (context.lastAt ?? '');
        enqueue.raise({ type: 'intake.answer', text: held, at, media: 0, away: false });
        return;
      }
      enqueue({ type: 'reply', params: { key: 'crisisResumed' } });
      for (const params of resumeReplies(context, false)) enqueue({ type: 'reply', params });
      if (context.prompt === null) enqueue.assign({ prompt: { step: 'consent' } });
    }),
    /** The coordinator hands the person back: say so kindly, then carry on where we were. */
    handBack: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ misses: 0 });
      enqueue({ type: 'reply', params: { key: 'returned' } });
      for (const params of resumeReplies(context, false)) enqueue({ type: 'reply', params });
      if (context.prompt === null) enqueue.assign({ prompt: { step: 'consent' } });
    }),
    /** A new start after an ending, or "start again": nothing of the old journey is kept. */
    startFresh: enqueueActions(({ context, event, enqueue }) => {
      const restart = event.type === 'intake.restart' || ('text' in event && readCommand(event.text) === 'restart');
      enqueue.assign({ ...freshContext(context), prompt: { step: 'consent' } });
      if (context.reminder.optedIn) enqueue('cancelReminder');
      if (event.type === 'MESSAGE' && event.concern) enqueue({ type: 'reply', params: { key: 'concern' } });
      if (restart) enqueue({ type: 'reply', params: { key: 'restarted' } });
      enqueue({ type: 'reply', params: { key: 'welcome' } });
      enqueue({ type: 'reply', params: { key: 'consentAsk', again: false } });
      enqueue('noteTime');
    }),
    handOffAsked: handOff('asked'),
    handOffCompleted: handOff('completed'),
    handOffOutsideArea: handOff('outside-area'),
    endUnder18: enqueueActions(({ enqueue }) => {
      enqueue({ type: 'reply', params: { key: 'under18' } });
      enqueue({ type: 'forget', params: { reason: 'under-18' } });
      enqueue('clearContext');
    }),
    eraseEverything: enqueueActions(({ context, enqueue }) => {
      if (context.reminder.optedIn) enqueue('cancelReminder');
      enqueue({ type: 'forget', params: { reason: 'erase-request' } });
      enqueue({ type: 'reply', params: { key: 'erased' } });
      enqueue('clearContext');
    }),
    keepData: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ misses: 0 });
      enqueue({ type: 'reply', params: { key: 'eraseCancelled' } });
      for (const params of resumeReplies(context, false)) enqueue({ type: 'reply', params });
    }),
    sendReminder: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'REMINDER_DUE') return;
      const sent = context.reminder.sent + 1;
      enqueue({ type: 'reply', params: { key: 'reminder' } });
      enqueue.assign({ reminder: { ...context.reminder, sent } });
      // "Never more than the configured number": the next one is booked only while some are left.
      if (sent < event.max) enqueue('scheduleReminder');
    }),
  },
});
