// Wording for messages that show risk: the urgent crisis reply, the gentler concern reply and a one-line numbers list.
// Written to Samaritans' and #chatsafe guidance: acknowledge, care, no judgement, no method talk, honest about limits.

import type { Channel } from '../shared/channel.js';

export type { Channel };

/** Crisis routes for one area. Configuration: Somerset is the default, another area supplies its own. */
export interface CrisisLines {
  /** The local 24/7 mental health line, e.g. "Mindline Somerset". */
  localName: string;
  localPhone: string;
  localFreephone?: string;
  /** When the local line is open, in words: "day and night". */
  localHours: string;
  /** A crisis café or safe space and how to get there, if the area has one. */
  safeSpace?: { name: string; howToBook: string };
  /** NHS 111 and the option for mental health. */
  nhs111: string;
  samaritansPhone: string;
  emergencyPhone: string;
}

export const somersetCrisisLines: CrisisLines = {
  localName: 'Mindline Somerset',
  localPhone: '01823 276 892',
  localFreephone: '0800 138 1692',
  localHours: 'day and night',
  safeSpace: { name: 'the Crisis Safe Space', howToBook: 'open out of hours, and Mindline can book you in' },
  nhs111: 'NHS 111, option 2',
  samaritansPhone: '116 123',
  emergencyPhone: '999',
};

// Varied openings so a second crisis reply in one conversation does not read like a template.
// Kept short: the SMS version must fit three GSM-7 segments with every number in it.
const OPENINGS: readonly string[] = [
  'Thank you for telling us. That sounds so hard, and we care about you.',
  "We're still here, and we're glad you told us. You matter to us.",
  'Thank you for letting us know. It sounds really hard right now.',
  "We hear you. You don't have to face this on your own.",
];

function opening(repeat: number): string {
  const index = Math.max(0, Math.floor(repeat)) % OPENINGS.length;
  return OPENINGS[index] ?? '';
}

function localNumbers(lines: CrisisLines): string {
  return lines.localFreephone ? `${lines.localPhone} or free on ${lines.localFreephone}` : lines.localPhone;
}

/** Tells the person how to go back to where they were. The conversation flow accepts "carry on", "continue" and more. */
export function resumeHint(channel: Channel): string {
  return channel === 'sms'
    ? "When you're ready, text 'carry on' to go back to where you were."
    : "When you feel ready, type **carry on** and we'll pick up where you left off.";
}

/** What the crisis reply can honestly say about the team: an alert is on its way to a coordinator who can be reached
 * (`alerting`), no coordinator can be reached yet so it waits (`waiting`), or their own coordinator, in a live chat,
 * gets their words (`coordinator`). And whether the journey paused, so "carry on" takes them back (`resume`). */
export interface CrisisSituation {
  team: 'alerting' | 'waiting' | 'coordinator';
  resume: boolean;
}

const TEAM_SMS: Record<CrisisSituation['team'], string> = {
  alerting: "We're letting the team know now, but we're not a crisis service and may not read this straight away.",
  waiting: "We'll pass this on to the team, but we're not a crisis service and nobody may read it for a while.",
  coordinator: "Your coordinator gets this message too, but may not read it straight away. We're not a crisis service.",
};

const TEAM_TEAMS: Record<CrisisSituation['team'], string> = {
  alerting: "We're letting the team know now. We're not a crisis service, so we may not read this straight away.",
  waiting: "We'll pass this on to the team, but we're not a crisis service, and nobody may read it for a while.",
  coordinator:
    "Your coordinator gets this message too, but they may not read it straight away. We're not a crisis service.",
};

/**
 * The reply to every urgent message. `repeat` counts earlier crisis replies in this conversation: the opening changes,
 * the numbers are always given again. SMS stays GSM-7 and within three segments.
 */
export function urgentReply(
  lines: CrisisLines,
  channel: Channel,
  repeat: number,
  situation: CrisisSituation = { team: 'alerting', resume: true },
): string {
  return crisisReply(lines, channel, opening(repeat), situation);
}

function crisisReply(lines: CrisisLines, channel: Channel, openingText: string, situation: CrisisSituation): string {
  if (channel === 'sms') {
    return [
      openingText,
      TEAM_SMS[situation.team],
      `Please call ${lines.localName} ${lines.localHours} on ${localNumbers(lines)}.`,
      lines.safeSpace ? `Ask them about ${lines.safeSpace.name}.` : '',
      `Or try ${lines.nhs111}, or Samaritans free on ${lines.samaritansPhone}.`,
      `In danger now? Call ${lines.emergencyPhone} or go to A&E.`,
      situation.resume ? resumeHint('sms') : '',
    ]
      .filter((part) => part !== '')
      .join(' ');
  }
  return [
    openingText,
    `${TEAM_TEAMS[situation.team]} Please reach out to someone who can talk now:`,
    [
      `- **${lines.localName}**, ${lines.localHours}: **${lines.localPhone}**${lines.localFreephone ? ` or free on **${lines.localFreephone}**` : ''}`,
      lines.safeSpace ? `- **${capitalise(lines.safeSpace.name)}**: ${lines.safeSpace.howToBook}` : '',
      `- **${lines.nhs111}**`,
      `- **Samaritans**, free at any time: **${lines.samaritansPhone}**`,
      `- If you're in danger now, call **${lines.emergencyPhone}** or go to A&E.`,
    ]
      .filter((line) => line !== '')
      .join('\n'),
    situation.resume ? resumeHint('teams') : '',
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}

/**
 * The crisis reply sent after the turn, when a second reading of a message found it urgent: the opening says which
 * message it is about; the numbers and limits are those of every crisis reply (and the SMS stays within 3 segments).
 */
export function lateUrgentReply(
  lines: CrisisLines,
  channel: Channel,
  situation: CrisisSituation = { team: 'alerting', resume: true },
): string {
  return crisisReply(lines, channel, 'We read your last message again and we are worried about you.', situation);
}

/** The reply to a concern: acknowledge, say where help is day and night, then carry on gently. */
export function concernReply(lines: CrisisLines, channel: Channel): string {
  const text =
    channel === 'sms'
      ? `Thank you for telling us. That sounds hard. If it gets too much, ${lines.localName} is there ${lines.localHours} on ${localNumbers(lines)}. We'll carry on gently.`
      : `Thank you for telling us. That sounds hard. If it gets too much, **${lines.localName}** is there ${lines.localHours} on **${lines.localPhone}**${lines.localFreephone ? ` (free: **${lines.localFreephone}**)` : ''}. We'll carry on gently.`;
  return text;
}

/** A short one-line version for welcome, help and handoff messages. */
export function crisisNumbersLine(lines: CrisisLines, channel: Channel): string {
  const local = channel === 'sms' ? localNumbers(lines) : `**${localNumbers(lines)}**`;
  return `Need help now? ${lines.localName}: ${local}. Samaritans: ${lines.samaritansPhone}. In an emergency: ${lines.emergencyPhone}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Asking directly whether they are safe right now (Samaritans: asking directly is safe and helps). `again`: asked
 * before in this conversation, so the wording is not the same twice. */
export function askSafeReply(channel: Channel, again: boolean): string {
  const yesNo = channel === 'sms' ? 'YES or NO' : '**yes** or **no**';
  return again
    ? `Thank you for telling us. We'd like to check in again, because it matters: are you safe right now? Reply ${yesNo}. There's no wrong answer.`
    : `Thank you for telling us. Can we ask you something directly, because it matters: are you safe right now? Reply ${yesNo}. There's no wrong answer.`;
}

/** After "are you safe?": glad when they are (`safe`), and where help is either way; then the journey carries on. */
export function safeAnsweredReply(lines: CrisisLines, channel: Channel, safe: boolean): string {
  const local = channel === 'sms' ? localNumbers(lines) : `**${localNumbers(lines)}**`;
  const help = `If that changes, ${lines.localName} is there ${lines.localHours} on ${local}, and in an emergency call ${lines.emergencyPhone}.`;
  return safe
    ? `Thank you, we're glad you're safe. ${help} Let's carry on.`
    : `Thank you. If you're not safe right now, please call ${lines.localName} ${lines.localHours} on ${local}, or ${lines.emergencyPhone} in an emergency. Let's carry on.`;
}
