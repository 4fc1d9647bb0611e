// All the words of the mentee's intake journey: one reply from the flow in, the text for the channel out.
import type { IntakeReply } from '../../flows/intake/replies.js';
import { askSafeReply, concernReply, lateUrgentReply, safeAnsweredReply, urgentReply } from '../crisis.js';
import type { Channel, DialogSettings } from '../settings.js';
import { claimed, closed, closedFollowUp, matched, returned, waitingAck } from './afterHandoff.js';
import { confirmErase, eraseCancelled, erased, help, restarted } from './commands.js';
import { askAge, askArea, outsideArea, signpost, under18 } from './eligibility.js';
import { noReminder, paused, reminder, reminderSet, welcomeBack } from './pause.js';
import { askQuestion, mediaOnly } from './questions.js';
import { handedOff, review, reviewHelp, reviewMessages } from './review.js';
import { consentAgain, crisisHold, notUnderstood, waitingStatus } from './reask.js';
import { consentAsk, consentExplain, declined, welcome } from './welcome.js';

export { SMS_MAX, gsmLength, isGsm7 } from './text.js';
export { erasedMessageForYou } from './commands.js';

/** What the bot knows at the moment of a reply that the flow cannot: whether a coordinator can be reached now. */
export interface ReplyFacts {
  teamReachable: boolean;
  /** The crisis reply follows a late second reading of the person's last message (the semantic layer's). */
  late?: boolean;
}

/** The reply as the messages to send: one, or for a long review several, so no one's words are cut. */
export function renderIntakeMessages(
  reply: IntakeReply,
  channel: Channel,
  settings: DialogSettings,
  facts: ReplyFacts = { teamReachable: true },
): string[] {
  if (reply.key === 'review') return reviewMessages(reply.profile, reply.changed, channel);
  return [renderIntake(reply, channel, settings, facts)];
}

export function renderIntake(
  reply: IntakeReply,
  channel: Channel,
  settings: DialogSettings,
  facts: ReplyFacts = { teamReachable: true },
): string {
  switch (reply.key) {
    case 'welcome':
      return welcome(channel, settings);
    case 'consentAsk':
      return consentAsk(reply.again, channel);
    case 'consentExplain':
      return consentExplain(channel, settings);
    case 'declined':
      return declined(channel);
    case 'askAge':
      return askAge(reply.again, channel);
    case 'under18':
      return under18(channel);
    case 'askArea':
      return askArea(reply.again, channel, settings);
    case 'outsideArea':
      return outsideArea(reply.again, channel, settings);
    case 'signpost':
      return signpost(channel);
    case 'askQuestion':
      return askQuestion(reply, channel);
    case 'mediaOnly':
      return mediaOnly();
    case 'paused':
      return paused(reply.askReminder, channel, settings);
    case 'reminderSet':
      return reminderSet(settings);
    case 'noReminder':
      return noReminder();
    case 'welcomeBack':
      return welcomeBack(reply.prompt, reply.answered, channel);
    case 'reminder':
      return reminder(channel, settings);
    // Crisis wording is written once, in dialogs/crisis.ts.
    case 'crisis': {
      const situation = {
        team: reply.where === 'relay' ? 'coordinator' : facts.teamReachable ? 'alerting' : 'waiting',
        resume: reply.where === undefined,
      } as const;
      return facts.late
        ? lateUrgentReply(settings.crisisLines, channel, situation)
        : urgentReply(settings.crisisLines, channel, reply.repeat, situation);
    }
    case 'concern':
      return concernReply(settings.crisisLines, channel);
    case 'askSafe':
      return askSafeReply(channel, reply.again);
    case 'safeAnswered':
      return safeAnsweredReply(settings.crisisLines, channel, reply.safe);
    case 'crisisHold':
      return crisisHold(reply.count, channel, reply.kept ?? false);
    case 'notUnderstood':
      return notUnderstood(reply.prompt, reply.misses, channel, settings, reply.refused ?? false);
    case 'waitingStatus':
      return waitingStatus(reply.count, channel, settings);
    case 'consentAgain':
      return consentAgain(channel);
    case 'crisisResumed':
      return reply.kept === undefined
        ? `Thank you for letting us know. Let's carry on from where we were.`
        : `Thank you for letting us know. Let's carry on. You wrote "${reply.kept}" while we paused, so we've taken that as your answer. You can change it at the end.`;
    case 'review':
      return review(reply.profile, reply.changed, channel);
    case 'reviewHelp':
      return reviewHelp(channel);
    case 'handedOff':
      return handedOff(reply.reason, reply.privacy, channel, settings);
    case 'waitingAck':
      return waitingAck(reply.count, settings);
    case 'claimed':
      return claimed(reply.coordinatorName, channel);
    case 'returned':
      return returned();
    case 'closed':
      return closed(reply.outcome, channel);
    case 'closedFollowUp':
      return closedFollowUp(reply.count, channel);
    case 'matched':
      return matched(reply.mentorFirstName, channel);
    case 'help':
      return help(channel, settings);
    case 'confirmErase':
      return confirmErase(channel);
    case 'erased':
      return erased(channel);
    case 'eraseCancelled':
      return eraseCancelled();
    case 'restarted':
      return restarted();
  }
}
