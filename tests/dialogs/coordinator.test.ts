// Coordinator wording and cards are pure: who sees contact details, which actions each state offers, how alerts read.
import { describe, expect, it } from 'vitest';
import {
  erasedHandoffCard,
  alertCard,
  handoffCard,
  coordinatorMessages,
  queueText,
  type AlertView,
  type HandoffView,
} from '../../dialogs/coordinator/index.js';
import { cardText, cardVerbs } from '../support/fake-connector.js';

const settings = { timeZone: 'Europe/London' };
const view = (over: Partial<HandoffView> = {}): HandoffView => ({
  id: 'h1',
  createdAt: new Date('2026-11-23T10:00:00Z'),
  person: { name: 'Alex', phone: '+447700900123', channel: 'sms' },
  reason: 'completed',
  status: 'open',
  urgent: false,
  answers: [{ question: 'area', answer: 'Taunton' }],
  goals: ['Walk to the shops'],
  claimedBy: null,
  outcome: null,
  deliveryIssue: null,
  safety: [],
  ...over,
});

describe('the handoff card', () => {
  it.each<[string, Partial<HandoffView>, string[], RegExp]>([
    ['open', {}, ['handoff.claim', 'handoff.close'], /Nobody has claimed this yet/],
    [
      'claimed',
      { status: 'claimed', claimedBy: 'Sam' },
      ['handoff.message', 'handoff.return', 'handoff.close', 'handoff.takeover'],
      /Claimed by Sam/,
    ],
    ['returned', { status: 'returned', claimedBy: 'Sam' }, [], /Handed back to the bot by Sam/],
    ['closed', { status: 'closed', claimedBy: 'Sam', outcome: 'stepped-up' }, [], /Closed: Stepped up to navigators/],
  ])('%s: offers the right actions', (_state, over, verbs, status) => {
    const card = handoffCard(view(over), 'coordinator', settings);
    expect(cardVerbs(card)).toEqual(verbs);
    expect(cardText(card)).toMatch(status);
  });

  it('shows the profile and goals in their words, contact details only in a coordinator chat', () => {
    expect(cardText(handoffCard(view(), 'coordinator', settings))).toMatch(/Taunton[\s\S]*Walk to the shops/);
    expect(cardText(handoffCard(view(), 'coordinator', settings))).toContain('+447700900123');
    expect(cardText(handoffCard(view(), 'channel', settings))).not.toContain('+447700900123');
  });

  it('shows delivery problems and unacknowledged urgent flags loudly', () => {
    const text = cardText(
      handoffCard(
        view({
          deliveryIssue: 'opted-out',
          safety: [{ level: 'urgent', at: new Date(), acknowledged: false }],
        }),
        'coordinator',
        settings,
      ),
    );
    expect(text).toMatch(/Urgent: safety flag/);
    expect(text).toMatch(/not reaching them: they have opted out of texts/);
    expect(text).toMatch(/NOT yet acknowledged/);
  });
});

describe('the alert card', () => {
  const alert: AlertView = {
    id: 's1',
    level: 'urgent',
    at: new Date('2026-11-23T10:00:00Z'),
    person: { name: 'Alex', phone: '+447700900123', channel: 'sms' },
    staffName: null,
    text: 'I want to end it',
    reasons: ['suicidal intent'],
    round: 1,
    acknowledgedBy: null,
    acknowledgedAt: null,
    handoffId: 'h1',
    claimedBy: null,
    reachable: true,
    followUp: null,
  };
  it('asks for an acknowledgement until someone gives it', () => {
    expect(cardVerbs(alertCard(alert, 'coordinator', settings))).toEqual(['safety.ack', 'handoff.claim']);
    const acked = alertCard({ ...alert, acknowledgedBy: 'Jo', acknowledgedAt: new Date() }, 'coordinator', settings);
    expect(cardVerbs(acked)).toEqual(['safety.followup']);
    expect(JSON.stringify(acked)).toMatch(/what happened\?.*Reached them.*No risk after all/);
    const done = alertCard(
      {
        ...alert,
        acknowledgedBy: 'Jo',
        acknowledgedAt: new Date(),
        followUp: { outcome: 'left-message', by: 'Jo', at: new Date('2026-11-23T10:20:00Z') },
      },
      'coordinator',
      settings,
    );
    expect(cardVerbs(done)).toEqual([]);
    expect(cardText(done)).toMatch(/Follow-up: Left a message \(Jo, Mon 23 Nov, 10:20\)/);
    expect(cardText(acked)).toMatch(/Acknowledged by Jo/);
  });
  it('in a live chat: says who has the person, and offers nobody a Claim that would take them away', () => {
    const card = alertCard({ ...alert, claimedBy: 'Sam' }, 'coordinator', settings);
    expect(cardVerbs(card)).toEqual(['safety.ack']);
    expect(cardText(card)).toMatch(/Sam is already talking with them/);
  });
  it('with no handoff: offers to open a chat with them when they can be reached, never when they cannot', () => {
    expect(cardVerbs(alertCard({ ...alert, handoffId: null }, 'coordinator', settings))).toEqual([
      'safety.ack',
      'safety.chat',
    ]);
    expect(cardVerbs(alertCard({ ...alert, handoffId: null, reachable: false }, 'coordinator', settings))).toEqual([
      'safety.ack',
    ]);
  });
  it('says when it is a reminder', () => {
    expect(cardText(alertCard({ ...alert, round: 3 }, 'channel', settings))).toMatch(
      /URGENT \(reminder 2\): Alex may be at risk/,
    );
  });
});

describe('the queue', () => {
  it('says so when nobody is waiting', () => {
    expect(queueText([], new Date(), 'Europe/London')).toBe('Nobody is waiting for a coordinator right now.');
  });
});

describe('the card a handoff becomes once the person is erased', () => {
  it.each([
    ['request', /asked us to delete their details/],
    ['retention', /only keep details for a set time/],
    ['other', /^(?![\s\S]*asked us)[\s\S]*details have been deleted/],
  ] as const)('says why (%s), with nothing to do and no buttons', (because, why) => {
    const card = erasedHandoffCard(because);
    expect(cardText(card)).toMatch(why);
    expect(cardVerbs(card)).toEqual([]);
  });
});

describe('the note for a text after an urgent alert still waiting', () => {
  it('says the alert is urgent and waiting, and two a minute apart never read the same', () => {
    const person = { name: null, phone: null, channel: 'sms' as const };
    const first = coordinatorMessages.standingNote(person, new Date('2026-11-23T10:00:00Z'), 'Europe/London');
    const next = coordinatorMessages.standingNote(person, new Date('2026-11-23T10:01:00Z'), 'Europe/London');
    expect(first).toMatch(/urgent safety alert is still waiting/);
    expect(first).not.toMatch(/not marked urgent/);
    expect(next).not.toBe(first);
  });
});
