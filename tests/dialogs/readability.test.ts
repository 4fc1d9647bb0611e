// Reading age: every message a person may get from the intake journey (and the crisis wording it uses) is scored
// with text-readability on both channels, with realistic values filled in.
//
// Threshold, and why: NHS content aims at a reading age of 9 to 11, which is US school grades 4 to 6. So each
// message must score Flesch-Kincaid grade <= 6 (the top of that band) AND Flesch reading ease >= 60 ("plain
// English"). Both formulas are noisy on two-sentence texts, so neither alone is trusted: the grade catches long
// sentences, the ease catches long words. Before scoring we strip what is not prose (phone numbers, web addresses,
// Markdown) because "0800 138 1692" is read by dialling, not by syllables. The review is skipped: it is a list of
// the person's own words, not ours to simplify.
import readability from 'text-readability';
import { describe, expect, it } from 'vitest';
import { concernReply, crisisNumbersLine, resumeHint, urgentReply } from '../../dialogs/crisis.js';
import { renderIntake } from '../../dialogs/intake/index.js';
import type { Channel } from '../../shared/channel.js';
import { allReplies, settings } from './intakeSamples.js';

const MAX_GRADE = 6;
const MIN_EASE = 60;

/** Prose only: no Markdown, links, phone numbers, list dashes or line breaks. */
export function prose(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/https?:\/\/\S+|\b[\w.-]+\.(?:com|org\.uk|org|co\.uk|uk)\b/gi, '')
    .replace(/\+?\d[\d ]{2,}\d/g, '')
    .replace(/^\s*-\s*/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const channels: Channel[] = ['sms', 'teams'];

const messages: [string, string][] = channels.flatMap((channel) => [
  ...allReplies()
    .filter(([label]) => !label.startsWith('review '))
    .map(([label, reply]): [string, string] => [`${label} [${channel}]`, renderIntake(reply, channel, settings)]),
  [`crisis.urgentReply 0 [${channel}]`, urgentReply(settings.crisisLines, channel, 0)],
  [`crisis.urgentReply 1 [${channel}]`, urgentReply(settings.crisisLines, channel, 1)],
  [`crisis.concernReply [${channel}]`, concernReply(settings.crisisLines, channel)],
  [`crisis.crisisNumbersLine [${channel}]`, crisisNumbersLine(settings.crisisLines, channel)],
  [`crisis.resumeHint [${channel}]`, resumeHint(channel)],
]);

describe('reading age 9 to 11', () => {
  it.each(messages)('%s', (_label, text) => {
    const plain = prose(text);
    const grade = readability.fleschKincaidGrade(plain);
    const ease = readability.fleschReadingEase(plain);
    expect({ grade: grade <= MAX_GRADE, ease: ease >= MIN_EASE, plain, scores: [grade, ease] }).toMatchObject({
      grade: true,
      ease: true,
    });
  });
});
