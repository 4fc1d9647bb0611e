// Small text tools the intake wording shares: channel formatting, varied phrasing, and keeping SMS in GSM-7.
import type { Channel } from '../settings.js';

/** Three SMS segments of GSM-7 (153 characters each once a message is split). */
export const SMS_MAX = 459;

/** A command word the person can send: capitals on SMS, bold in Teams. */
export const cmd = (word: string, channel: Channel): string => (channel === 'sms' ? word.toUpperCase() : `**${word}**`);

export const bold = (text: string, channel: Channel): string => (channel === 'sms' ? text : `**${text}**`);

/** Joins non-empty parts as paragraphs: one line break on SMS (every character counts), a blank line in Teams. */
export const paragraphs = (channel: Channel, ...parts: (string | false | null | undefined)[]): string =>
  parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join(channel === 'sms' ? '\n' : '\n\n');

/** Picks one of several wordings by a number the flow already knows (answers so far): varied, yet repeatable. */
export const pick = (options: readonly string[], index: number): string =>
  options[Math.abs(Math.trunc(index)) % options.length] ?? options[0] ?? '';

const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€';

export const isGsm7 = (text: string): boolean =>
  [...text].every((c) => GSM_BASIC.includes(c) || GSM_EXTENDED.includes(c));

/** Length as an SMS counts it: the extended characters take two. */
export const gsmLength = (text: string): number =>
  [...text].reduce((n, c) => n + (GSM_EXTENDED.includes(c) ? 2 : 1), 0);

const LOOKALIKES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2026': '...',
  '\u00A0': ' ',
  '\t': ' ',
};

const inGsm = (c: string): boolean => GSM_BASIC.includes(c) || GSM_EXTENDED.includes(c);

/** A letter outside GSM-7 as its plain letter ("á" -> "a", "ë" -> "e"), so a name keeps all its letters; else none. */
function plainLetter(c: string): string {
  const plain = c.normalize('NFD').replace(/\p{M}/gu, '');
  return plain !== c && [...plain].every(inGsm) ? plain : '';
}

/** People's own words, made safe for SMS: smart quotes and dashes become plain ones, accented letters outside GSM-7
 * their plain letters ("Siobhán" -> "Siobhan"), emoji and the like go. */
export function toGsm(text: string): string {
  return [...text]
    .map((c) => LOOKALIKES[c] ?? (inGsm(c) ? c : plainLetter(c)))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}
