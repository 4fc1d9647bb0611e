// Everything the bot says to staff in plain text: relay lines, confirmations, refusals, reminders and help.
// Plain English, short sentences; names the person where we can so nobody has to guess who a line is about.
import { channelTitle, outcomeTitle, personName, waited, when } from './format.js';
import type { HandoffOutcome, HandoffStatus, PersonView } from './views.js';

const via = (person: PersonView) => (person.channel === 'sms' ? 'as a text message' : 'in Teams');

export const coordinatorMessages = {
  relayFromPerson: (person: PersonView, body: string) =>
    `**${personName(person)}** (${channelTitle(person.channel)}): ${body}`,
  relayUrgentFromPerson: (person: PersonView, body: string) =>
    `**URGENT, safety alert: ${personName(person)}** (${channelTitle(person.channel)}): ${body}\n\n` +
    'They were sent the crisis numbers and told this message reaches you. Please reply to them, and tap Acknowledge on ' +
    'the alert card.',
  relayWhileUnclaimed: (person: PersonView, body: string) =>
    `**${personName(person)}** wrote while waiting for a coordinator (nobody has claimed them yet): ${body}`,
  relayStarted: (person: PersonView) =>
    `You're now talking with ${personName(person)}. What you type here goes to them ${via(person)}. ` +
    'Tap Return to bot or Close on their card when you are done.',
  relaySwitched: (person: PersonView, from: PersonView) =>
    `You're now talking with ${personName(person)} (no longer with ${personName(from)}). ` +
    `What you type here goes to them ${via(person)}.`,
  noActiveRelay: () =>
    'You are not talking with anyone right now, so that was not sent. Tap Claim or Message on a handoff card first. ' +
    'Type queue to see who is waiting.',
  relayNotInChannel: () =>
    'To message someone, use your own chat with me. In a channel I only answer queue, report and help.',
  claimedByOther: (holder: string) => `${holder} has already claimed this, so it stays with them.`,
  alreadyYours: () => 'You have already claimed this one.',
  notYours: (holder: string) =>
    `${holder} has claimed this, so only they can return it, close it or share it. ` +
    'If they are away, tap Take over: they will be told.',
  tookOver: (person: PersonView, from: string) =>
    `You have taken over ${personName(person)} from ${from}, who has been told. ` +
    `What you type here goes to them ${via(person)}.`,
  takenFromYou: (person: PersonView, by: string) =>
    `${by} has taken over ${personName(person)}. Your chat with them has ended, and their messages now go to ${by}.`,
  returned: (person: PersonView) =>
    `${personName(person)} is back with the bot, which will pick up where they left off. Your chat with them has ended.`,
  closed: (person: PersonView, outcome: HandoffOutcome) =>
    `${personName(person)}'s handoff is closed (${outcomeTitle(outcome)}). Your chat with them has ended.`,
  alreadyEnded: (status: HandoffStatus) =>
    status === 'closed' ? 'This handoff is already closed.' : 'This person has already been handed back to the bot.',
  /** What a relayed message (or any note naming the person) becomes in staff chats once the person is erased. */
  erasedMessage: () => 'This message has been removed: the person it was from or about has had their details deleted.',
  /** To the coordinator who had claimed someone now erased: their chat has ended, and why, naming nobody. */
  claimantErased: (because: 'request' | 'retention' | 'other') =>
    (because === 'request'
      ? 'Someone you had claimed asked us to delete their details, so we have.'
      : 'Someone you had claimed has had their details deleted.') +
    ' Your chat with them has ended, and their card and messages here now say so.',
  notFound: () => 'I cannot find that handoff any more. The person may have asked us to delete their details.',
  needsOutcome: () => 'Choose how it ended, then tap Close handoff.',
  cannotReach: (person: PersonView, reason: string) => `I could not send that to ${personName(person)}: ${reason}.`,
  coordinatorsOnly: () =>
    'Only coordinators can do that. If you think you should, ask a coordinator to check your role.',
  staffOnly: () => 'Sorry, that button is for the Peer Connections team.',
  acknowledged: () =>
    'Thanks. The team can see you have this alert. When you have followed it up, choose what happened on the card.',
  followUpSaved: () => 'Thanks. The follow-up is recorded, and the team can see it on the alert.',
  needsFollowUp: () => 'Choose what happened, then tap Save follow-up.',
  alreadyAcknowledged: (by: string) => `${by} has already acknowledged this alert.`,
  reminder: (person: PersonView, since: Date, now: Date) =>
    `Reminder: nobody has claimed ${personName(person)} yet. They have waited ${waited(since, now)}. ` +
    'Type queue to see everyone who is waiting.',
  quietNudge: (person: PersonView, since: Date, now: Date) =>
    `You claimed ${personName(person)}, and nothing has gone to them from you for ${waited(since, now)}. ` +
    'Send them a message here, or tap Return to bot or Close on their card if you are done.',
  escalated: (person: PersonView, since: Date, now: Date, reminders: number) =>
    `Escalated to you: nobody has claimed ${personName(person)} after ${reminders} reminder${reminders === 1 ? '' : 's'} ` +
    `to every coordinator. They have waited ${waited(since, now)}. Their card is below: please claim them, or ask ` +
    'someone to.',
  concernNote: (person: PersonView | null, staffName: string | null) =>
    `The safety net flagged a message from ${person ? personName(person) : `${staffName ?? 'a member of staff'} (staff)`} as worth a look. ` +
    'It is not marked urgent.',
  /** A text after an urgent one whose danger still stands, while that alert waits: not "not urgent", and timed, so two
   * in a row never read the same. */
  standingNote: (person: PersonView, at: Date, timeZone: string) =>
    `${personName(person)} texted again (${when(at, timeZone)}) while their urgent safety alert is still waiting for ` +
    'someone to acknowledge it. The bot has not sent the crisis reply again.',
  welcomeCoordinator: (name: string) =>
    `Hi ${name}. New handoffs and safety alerts will come to this chat. Type queue to see who is waiting, or help for more.`,
  welcomeChannel: () =>
    'Hello. I will post new handoffs and safety alerts in this channel. Coordinators can claim them here.',
  channelNeedsCoordinator: () =>
    'Hello. Only a coordinator can set this channel up for handoffs: ask one to add me, or to @mention me here.',
  coordinatorHelp: () =>
    [
      'Here is what I can do:',
      '- New handoffs and safety alerts arrive as cards. Tap Claim to take one.',
      '- Once you have claimed someone, what you type here goes to them. Their replies come here.',
      '- Tap Return to bot or Close on their card to end the chat.',
      '- Type queue to see open handoffs, urgent and oldest first.',
      '- Type report to see our figures for the last three months.',
    ].join('\n'),
  mentorHelp: () =>
    'Hi. Referrals and check-ins for mentors come to this chat. A coordinator can help with anything else.',
};

export interface QueueItem {
  person: PersonView;
  createdAt: Date;
  status: HandoffStatus;
  urgent: boolean;
  claimedBy: string | null;
}

export interface UrgentAlertItem {
  id: string;
  /** Null when a member of staff wrote it. */
  person: PersonView | null;
  staffName: string | null;
  at: Date;
  /** Whether any coordinator chat has received its card yet. */
  received: boolean;
}

/** The top of `queue` (and `admin alerts`): urgent alerts nobody has acknowledged, oldest first; empty if none. */
export function urgentAlertsText(items: UrgentAlertItem[], now: Date, timeZone: string): string {
  if (items.length === 0) return '';
  const lines = items.map((item, i) => {
    const who = item.person ? personName(item.person) : `${item.staffName ?? 'A member of staff'} (staff)`;
    const where = item.person ? ` (${channelTitle(item.person.channel)})` : '';
    const received = item.received ? '' : ', NOT YET RECEIVED BY ANY COORDINATOR';
    return `${i + 1}. URGENT: **${who}**${where}, alert at ${when(item.at, timeZone)} (${waited(item.at, now)} ago), not acknowledged${received}`;
  });
  const n = items.length;
  return [`${n} urgent safety alert${n === 1 ? '' : 's'} nobody has acknowledged yet:`, ...lines].join('\n');
}

/** An urgent alert someone has acknowledged: who, and how long it waited. */
export interface AcknowledgedAlertItem {
  person: PersonView | null;
  staffName: string | null;
  at: Date;
  acknowledgedAt: Date;
  acknowledgedBy: string;
}

/** Below the waiting ones in `admin alerts`: alerts acknowledged lately, latest first; empty if none. */
export function acknowledgedAlertsText(items: AcknowledgedAlertItem[], days: number, timeZone: string): string {
  if (items.length === 0) return '';
  const lines = items.map((item, i) => {
    const who = item.person ? personName(item.person) : `${item.staffName ?? 'A member of staff'} (staff)`;
    const where = item.person ? ` (${channelTitle(item.person.channel)})` : '';
    return `${i + 1}. **${who}**${where}, alert at ${when(item.at, timeZone)}, acknowledged by ${item.acknowledgedBy} after ${waited(item.at, item.acknowledgedAt)}`;
  });
  const n = items.length;
  return [
    `${n} urgent safety alert${n === 1 ? '' : 's'} acknowledged in the last ${days} days, latest first:`,
    ...lines,
  ].join('\n');
}

/** The `queue` command's answer: open handoffs, urgent first, then oldest first (the caller sorts). */
export function queueText(items: QueueItem[], now: Date, timeZone: string): string {
  if (items.length === 0) return 'Nobody is waiting for a coordinator right now.';
  const lines = items.map((item, i) => {
    const flag = item.urgent ? 'URGENT: ' : '';
    const owner = item.status === 'claimed' ? `claimed by ${item.claimedBy ?? 'a coordinator'}` : 'not claimed';
    return `${i + 1}. ${flag}**${personName(item.person)}** (${channelTitle(item.person.channel)}), ${owner}, since ${when(item.createdAt, timeZone)} (${waited(item.createdAt, now)})`;
  });
  const open = items.filter((i) => i.status === 'open').length;
  return [`${items.length} open handoff${items.length === 1 ? '' : 's'}, ${open} not claimed:`, ...lines].join('\n');
}

/** After an unexpected failure in a Teams turn. */
export const turnFailedText = (): string =>
  'Sorry, something went wrong on our side. Please try that again in a minute.';

/** The on-call page: by SMS to a phone anyone may see, so no name, no words, no number; just enough to act on. */
export function onCallPage(serviceName: string, at: Date, timeZone: string): string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${serviceName}: urgent safety alert at ${time.format(at)}, not yet acknowledged. Please open Teams.`;
}
