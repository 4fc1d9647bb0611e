// The mentors' feature for the Teams channel: the card verbs it handles and the mentors' plain words, each passed to
// the service for its concept (referrals, matching, check-ins, review, availability), which does its own checks.
import { CardFactory, MessageFactory } from 'botbuilder';
import { parseMentorCommand, type MentorCommand } from '../../flows/mentor/commands.js';
import { mentorHelpText, refusalText } from '../../dialogs/mentor/replies.js';
import { MentorVerbs } from '../../dialogs/mentor/verbs.js';
import type { StaffMember } from '../staff/member.js';
import type { CardAction, CardActionResult, StaffMessage, TeamsFeature } from '../teams/feature.js';
import { textAt, type JsonObject } from '../../shared/json.js';
import { comeBack, setCapacity, takeBreak } from './availability.js';
import { menteesOf, startCheckIn, submitCheckIn } from './checkins.js';
import { nextDay, fromIsoDay } from './dates.js';
import type { MentorDeps } from './deps.js';
import { overdueText } from './jobs.js';
import { matchReferral, showContact } from './matching.js';
import { respondToReferral, shareReferral } from './referrals.js';
import { done, refused, type ServiceResult } from './result.js';
import { decideReview } from './review.js';
import { menteesText } from '../../dialogs/mentor/checkins.js';

/** A break starts at once and ends at the start of the working day it names. */
const BREAK_ENDS_AT_MINUTES = 9 * 60;

function toReply(result: ServiceResult): CardActionResult {
  if (!result.ok) return { message: refusalText(result.refusal), ...(result.card ? { card: result.card } : {}) };
  return { ...(result.message ? { message: result.message } : {}), ...(result.card ? { card: result.card } : {}) };
}

export function createMentorFeature(deps: MentorDeps): TeamsFeature {
  async function act(verb: string, staff: StaffMember, data: JsonObject): Promise<ServiceResult> {
    const referralId = textAt(data, 'referralId');
    switch (verb) {
      case MentorVerbs.share: {
        const handoffId = textAt(data, 'handoffId');
        return handoffId ? shareReferral(deps, staff, handoffId, textAt(data, 'summary')) : refused('bad-input');
      }
      case MentorVerbs.respond: {
        const answer = textAt(data, 'answer');
        if (!referralId || (answer !== 'interested' && answer !== 'declined')) return refused('bad-input');
        return respondToReferral(deps, staff, referralId, answer, textAt(data, 'note'));
      }
      case MentorVerbs.match: {
        const mentorId = textAt(data, 'mentorId');
        return referralId && mentorId ? matchReferral(deps, staff, referralId, mentorId) : refused('bad-input');
      }
      case MentorVerbs.contact:
        return referralId ? showContact(deps, staff, referralId) : refused('bad-input');
      case MentorVerbs.checkInStart:
        return startCheckIn(deps, staff, referralId);
      case MentorVerbs.checkInSubmit:
        return submitCheckIn(deps, staff, data);
      case MentorVerbs.review:
        return referralId
          ? decideReview(deps, staff, referralId, textAt(data, 'decision') ?? '')
          : refused('bad-input');
      case MentorVerbs.takeBreak: {
        const untilText = textAt(data, 'until');
        const until = untilText ? fromIsoDay(untilText, deps.config.timeZone) : null;
        return untilText && !until ? refused('bad-input') : takeBreak(deps, staff, until);
      }
      case MentorVerbs.back:
        return comeBack(deps, staff);
      case MentorVerbs.capacity:
        return setCapacity(deps, staff, Number(textAt(data, 'capacity') ?? data['capacity']));
      default:
        return refused('bad-input');
    }
  }

  async function command(cmd: MentorCommand, staff: StaffMember): Promise<ServiceResult | null> {
    if (cmd.kind === 'overdue') return staff.role === 'coordinator' ? done({ message: await overdueText(deps) }) : null;
    // Everything else is a mentor's own; a coordinator's words go on to the channel (they may be for a person).
    if (staff.role !== 'mentor') return null;
    switch (cmd.kind) {
      case 'break': {
        const until = cmd.until
          ? nextDay(cmd.until, deps.clock.now(), deps.config.timeZone, BREAK_ENDS_AT_MINUTES)
          : null;
        return cmd.until && !until ? refused('bad-input') : takeBreak(deps, staff, until);
      }
      case 'back':
        return comeBack(deps, staff);
      case 'capacity':
        return setCapacity(deps, staff, cmd.capacity);
      case 'checkIn':
        return startCheckIn(deps, staff, null);
      case 'mentees':
        return done({ message: menteesText(await menteesOf(deps.db, staff.id), deps.config.timeZone) });
      case 'help':
        return done({ message: mentorHelpText() });
    }
  }

  return {
    verbs: Object.values(MentorVerbs),
    async onAction(action: CardAction): Promise<CardActionResult> {
      return toReply(await act(action.verb, action.staff, action.data));
    },
    async onMessage(message: StaffMessage): Promise<boolean> {
      const cmd = parseMentorCommand(message.text);
      const result = cmd ? await command(cmd, message.staff) : null;
      if (!result) return false;
      const reply = toReply(result);
      if (reply.message) await message.ctx.sendActivity(reply.message);
      if (reply.card) await message.ctx.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(reply.card)));
      return true;
    },
  };
}
