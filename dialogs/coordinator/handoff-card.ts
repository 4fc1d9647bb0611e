// The handoff card: who, when, how they reached us, their profile and goals in their own words, safety flags, and
// the actions that fit the handoff's state. Rendered again wherever it was posted when anything changes.
import {
  card,
  choiceInput,
  execute,
  facts,
  heading,
  text,
  toJson,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from '../cards/adaptive.js';
import {
  channelTitle,
  deliveryIssueText,
  OUTCOMES,
  outcomeTitle,
  personName,
  questionTitle,
  reasonTitle,
  when,
} from './format.js';
import { CoordinatorVerbs } from './verbs.js';
import type { Audience, CoordinatorSettings, ErasureReason, HandoffView } from './views.js';
import type { JsonObject } from '../../shared/json.js';

/** `extras`: sections other features add (the mentors' share button and who could connect), above the actions. */
export function handoffCard(
  view: HandoffView,
  audience: Audience,
  settings: CoordinatorSettings,
  extras: readonly CardElement[] = [],
): JsonObject {
  const built = buildHandoffCard(view, audience, settings);
  return toJson({ ...built, body: [...built.body, ...extras] });
}

export function buildHandoffCard(view: HandoffView, audience: Audience, settings: CoordinatorSettings): AdaptiveCard {
  const name = personName(view.person);
  const body: CardElement[] = [];
  if (view.urgent || view.safety.some((s) => s.level === 'urgent' && !s.acknowledged)) {
    body.push({
      type: 'Container',
      style: 'attention',
      items: [heading('Urgent: safety flag on this person', 'Attention')],
    });
  }
  body.push(heading(`Handoff: ${name}`), statusLine(view));
  body.push(
    facts([
      ['Received', when(view.createdAt, settings.timeZone)],
      ['Channel', channelTitle(view.person.channel)],
      ['Why', reasonTitle(view.reason)],
      ['Contact', contactLine(view, audience)],
    ]),
  );
  if (view.deliveryIssue) {
    body.push(
      text(`Messages are not reaching them: ${deliveryIssueText(view.deliveryIssue)}.`, {
        color: 'Warning',
        weight: 'Bolder',
      }),
    );
  }
  body.push(...profileSection(view));
  if (view.safety.length > 0) body.push(...safetySection(view, settings));
  return card(body, actionsFor(view));
}

/** What a handoff card becomes once the person's details are deleted: nothing about them, and no buttons. */
export function erasedHandoffCard(because: ErasureReason): JsonObject {
  const why = {
    request: 'This person asked us to delete their details, so we have.',
    retention: "We only keep details for a set time, so this person's details have now been deleted.",
    other: "This person's details have been deleted.",
  }[because];
  return toJson(
    card([heading('Details deleted'), text(why), text('There is nothing more to do here.', { isSubtle: true })]),
  );
}

function statusLine(view: HandoffView) {
  switch (view.status) {
    case 'open':
      return text('Nobody has claimed this yet.', { color: 'Accent', weight: 'Bolder' });
    case 'claimed':
      return text(`Claimed by ${view.claimedBy ?? 'a coordinator'}. Their messages go to that coordinator.`, {
        color: 'Good',
        weight: 'Bolder',
      });
    case 'returned':
      return text(`Handed back to the bot by ${view.claimedBy ?? 'a coordinator'}.`, { isSubtle: true });
    case 'closed':
      return text(
        `Closed${view.outcome ? `: ${outcomeTitle(view.outcome)}` : ''}${view.claimedBy ? ` (by ${view.claimedBy})` : ''}.`,
        { isSubtle: true, weight: 'Bolder' },
      );
  }
}

function contactLine(view: HandoffView, audience: Audience): string {
  if (audience !== 'coordinator') return "Shown in coordinators' own chats with the bot";
  if (view.person.channel === 'teams') return 'Teams chat with the bot';
  return view.person.phone ?? 'No number kept';
}

function profileSection(view: HandoffView): CardElement[] {
  const items: CardElement[] = [text('In their words', { weight: 'Bolder', spacing: 'Medium' })];
  if (view.answers.length === 0 && view.goals.length === 0) {
    items.push(text('They have not shared anything yet.', { isSubtle: true }));
    return items;
  }
  items.push(facts(view.answers.map((a) => [questionTitle(a.question), a.answer])));
  if (view.goals.length > 0) {
    items.push(text('Goals', { weight: 'Bolder' }), text(view.goals.map((g) => `- ${g}`).join('\n')));
  }
  return items;
}

function safetySection(view: HandoffView, settings: CoordinatorSettings): CardElement[] {
  const lines = view.safety.map((s) => {
    const level = s.level === 'urgent' ? 'Urgent' : 'Concern';
    const ack = s.level === 'urgent' ? (s.acknowledged ? ', acknowledged' : ', NOT yet acknowledged') : '';
    return `- ${level}, ${when(s.at, settings.timeZone)}${ack}`;
  });
  return [text('Safety flags', { weight: 'Bolder', color: 'Attention' }), text(lines.join('\n'))];
}

function actionsFor(view: HandoffView): CardAction[] {
  const data = { handoffId: view.id };
  const close: CardAction = {
    type: 'Action.ShowCard',
    title: 'Close…',
    card: card(
      [
        choiceInput(
          'outcome',
          'How did it end?',
          OUTCOMES.map((o) => [o.title, o.value] as const),
          { style: 'expanded', errorMessage: 'Choose an outcome' },
        ),
      ],
      [execute('Close handoff', CoordinatorVerbs.close, data, 'destructive')],
    ),
  };
  switch (view.status) {
    case 'open':
      return [execute('Claim', CoordinatorVerbs.claim, data, 'positive'), close];
    case 'claimed':
      return [
        execute('Message', CoordinatorVerbs.message, data),
        execute('Return to bot', CoordinatorVerbs.return, data),
        close,
        // Only the claimant may return, close or share; anyone else takes it over openly (the claimant is told).
        execute('Take over', CoordinatorVerbs.takeOver, data),
      ];
    default:
      return [];
  }
}
