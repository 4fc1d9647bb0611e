// The safety alert card: urgent alerts are loud and need an acknowledgement; a concern is a quieter note.
import {
  card,
  choiceInput,
  execute,
  facts,
  heading,
  text,
  toJson,
  type AdaptiveCard,
  type CardElement,
} from '../cards/adaptive.js';
import { channelTitle, FOLLOW_UPS, followUpTitle, personName, when } from './format.js';
import { CoordinatorVerbs } from './verbs.js';
import type { AlertView, Audience, CoordinatorSettings } from './views.js';
import type { JsonObject } from '../../shared/json.js';

export function alertCard(view: AlertView, audience: Audience, settings: CoordinatorSettings): JsonObject {
  return toJson(buildAlertCard(view, audience, settings));
}

export function buildAlertCard(view: AlertView, audience: Audience, settings: CoordinatorSettings): AdaptiveCard {
  const who = view.person ? personName(view.person) : `${view.staffName ?? 'A member of staff'} (staff)`;
  const urgent = view.level === 'urgent';
  const title = urgent
    ? `URGENT${view.round > 1 ? ` (reminder ${view.round - 1})` : ''}: ${who} may be at risk`
    : `Worth a look: ${who}`;
  const body: CardElement[] = [
    {
      type: 'Container',
      style: urgent ? 'attention' : 'warning',
      items: [heading(title, urgent ? 'Attention' : 'Warning')],
    },
    text(
      urgent
        ? 'They were sent the crisis numbers straight away. Please check on them and tap Acknowledge so the team knows someone has it.'
        : 'The safety net noticed something worrying. No action is needed unless you think it is.',
    ),
    facts([
      ['When', when(view.at, settings.timeZone)],
      ['Channel', view.person ? channelTitle(view.person.channel) : 'Teams'],
      ['Contact', view.person ? contact(view, audience) : null],
      ['Flagged for', view.reasons.length > 0 ? view.reasons.join(', ') : null],
    ]),
  ];
  if (view.text !== null)
    body.push(text('What they wrote', { weight: 'Bolder' }), text(`"${view.text}"`, { isSubtle: false }));
  if (view.acknowledgedBy) {
    body.push(
      text(
        `Acknowledged by ${view.acknowledgedBy}${view.acknowledgedAt ? ` at ${when(view.acknowledgedAt, settings.timeZone)}` : ''}.`,
        {
          color: 'Good',
          weight: 'Bolder',
        },
      ),
    );
  }
  if (view.followUp) {
    body.push(
      text(
        `Follow-up: ${followUpTitle(view.followUp.outcome)} (${view.followUp.by}, ${when(view.followUp.at, settings.timeZone)}).`,
        { weight: 'Bolder' },
      ),
    );
  } else if (urgent && view.acknowledgedBy) {
    // Acknowledging says "I have this"; the follow-up says how it went, for the record and the team.
    body.push(
      choiceInput(
        'followUp',
        'When you have followed this up, what happened?',
        FOLLOW_UPS.map((f) => [f.title, f.value] as const),
        { style: 'expanded', errorMessage: 'Choose what happened' },
      ),
    );
  }
  if (view.claimedBy) {
    // In a live chat: their coordinator has these words in that chat too; nobody else should take the person away.
    body.push(
      text(`${view.claimedBy} is already talking with them, and has this message in that chat.`, { weight: 'Bolder' }),
    );
  }
  const actions =
    urgent && !view.acknowledgedBy
      ? [execute('Acknowledge', CoordinatorVerbs.acknowledge, { safetyEventId: view.id }, 'destructive')]
      : [];
  if (urgent && !view.acknowledgedBy && !view.claimedBy) {
    if (view.handoffId) {
      actions.push(
        execute(
          'Claim this person',
          CoordinatorVerbs.claim,
          { handoffId: view.handoffId, safetyEventId: view.id },
          'positive',
        ),
      );
    } else if (view.person && view.reachable) {
      // Nobody has their handoff yet: one tap opens a chat with them and says "I have this".
      actions.push(execute('Open a chat with them', CoordinatorVerbs.openChat, { safetyEventId: view.id }, 'positive'));
    }
  }
  if (urgent && view.acknowledgedBy && !view.followUp) {
    actions.push(execute('Save follow-up', CoordinatorVerbs.followUp, { safetyEventId: view.id }, 'positive'));
  }
  return card(body, actions);
}

function contact(view: AlertView, audience: Audience): string {
  if (audience !== 'coordinator') return "Shown in coordinators' own chats with the bot";
  if (view.person?.channel === 'teams') return 'Teams chat with the bot';
  return view.person?.phone ?? 'No number kept';
}
