// The intake wording: every reply renders on both channels; SMS is GSM-7 and fits three segments; no clinical
// labels or promises; the crisis numbers are where people need them.
import { describe, expect, it } from 'vitest';
import { crisisNumbersLine } from '../../dialogs/crisis.js';
import { SMS_MAX, gsmLength, isGsm7, renderIntake, renderIntakeMessages } from '../../dialogs/intake/index.js';
import type { Channel } from '../../shared/channel.js';
import { allReplies, profiles, settings } from './intakeSamples.js';

const channels: Channel[] = ['sms', 'teams'];
const FORBIDDEN =
  /\b(patients?|disorders?|diagnos\w*|symptoms?|service users?|a mentor will|your mentor will|sufferers?|mentally ill)\b/i;

describe.each(channels)('every intake reply on %s', (channel) => {
  it.each(
    allReplies().flatMap(([label, reply]) =>
      renderIntakeMessages(reply, channel, settings).map((text, i) => [`${label} ${i + 1}`, text] as const),
    ),
  )('%s', (_label, text) => {
    expect(text.trim().length).toBeGreaterThan(0);
    expect(text).not.toMatch(FORBIDDEN);
    expect(text).not.toMatch(/undefined|null|NaN|\[object/);
    if (channel === 'sms') {
      expect(isGsm7(text), `not GSM-7: ${text}`).toBe(true);
      expect(gsmLength(text), text).toBeLessThanOrEqual(SMS_MAX);
      expect(text).not.toMatch(/\*\*/);
    } else {
      expect(text.length).toBeLessThanOrEqual(4000);
    }
  });
});

describe('crisis numbers', () => {
  it.each(channels)('are in the welcome, help and every handoff reply (%s)', (channel) => {
    const line = crisisNumbersLine(settings.crisisLines, channel);
    for (const reply of [
      { key: 'welcome' },
      { key: 'help' },
      { key: 'handedOff', reason: 'completed', privacy: false },
      { key: 'handedOff', reason: 'asked', privacy: false },
      { key: 'handedOff', reason: 'asked', privacy: true },
      { key: 'handedOff', reason: 'outside-area', privacy: false },
    ] as const) {
      expect(renderIntake(reply, channel, settings)).toContain(line);
    }
  });
});

describe('what the words promise', () => {
  it('the welcome says what this is and is not, and that they can skip, pause or stop', () => {
    const text = renderIntake({ key: 'welcome' }, 'sms', settings);
    expect(text).toMatch(/peer support/i);
    expect(text).toMatch(/lived/i);
    expect(text).toMatch(/not a clinical or crisis service/i);
    expect(text).toMatch(/box/);
    expect(text).toMatch(/skip, pause or stop/);
  });

  it('consent says who sees what and how to delete it', () => {
    const text = renderIntake({ key: 'consentAsk', again: false }, 'sms', settings);
    // Exactly what mentors see, and that anything else is asked first.
    expect(text).toMatch(/Mentors see your initials, age, town, the help you would like and your goals/);
    expect(text).toMatch(/never your name or number/);
    expect(text).toMatch(/We ask you before they see anything else/);
    expect(text).toMatch(/DELETE MY DATA/);
    expect(text).toMatch(/YES or NO/);
  });

  it('asking for a person before consent still says what the team keeps and how to delete it', () => {
    const before = renderIntake({ key: 'handedOff', reason: 'asked', privacy: true }, 'sms', settings);
    expect(before).toMatch(/keeps your details/);
    expect(before).toMatch(/DELETE MY DATA/);
    const after = renderIntake({ key: 'handedOff', reason: 'asked', privacy: false }, 'sms', settings);
    expect(after).not.toMatch(/DELETE MY DATA/);
  });

  it('handoff is honest about hours and days, from config', () => {
    const text = renderIntake({ key: 'handedOff', reason: 'completed', privacy: false }, 'sms', {
      ...settings,
      replyWithinWorkingDays: 3,
    });
    expect(text).toContain('Monday to Friday, 9am to 5pm');
    expect(text).toContain('3 working days');
    expect(text).not.toMatch(/\bwill call\b|\bwill text\b/);
  });

  it('under 18 gives only true signposts', () => {
    const text = renderIntake({ key: 'under18' }, 'sms', settings);
    expect(text).toContain('0800 1111');
    expect(text).toMatch(/Kooth\.com/);
  });

  it('the review keeps every word of their answers, numbered, over several texts when long', () => {
    const typical = renderIntakeMessages(
      { key: 'review', profile: profiles.typical!, changed: false },
      'sms',
      settings,
    );
    expect(typical.length).toBeLessThanOrEqual(2);
    expect(typical[0]).toContain('1. Name: Sam');
    expect(typical[0]).toContain('6. Goals: Walk to the shop; Join a group');
    expect(typical.at(-1)).toMatch(/SEND/);
    const profile = profiles.longAndFancy!;
    const long = renderIntakeMessages({ key: 'review', profile, changed: false }, 'sms', settings);
    expect(long.length).toBeGreaterThan(1);
    for (const text of long) expect(gsmLength(text)).toBeLessThanOrEqual(SMS_MAX);
    const all = long.join(' ').replace(/\s+/g, ' ');
    expect(all).not.toContain('...');
    expect(all).toContain('10. Mentor:');
    expect(all).toContain('"It\'s hard" -');
    // Every word of the longest answer is there, in order.
    const situation = (profile.answers.situation ?? '').replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');
    expect(situation.length).toBeGreaterThan(200);
    for (const word of situation.split(/\s+/).filter((w) => /^[\w'".,;!?-]+$/.test(w))) expect(all).toContain(word);
    expect(long.at(-1)).toMatch(/SEND/);
  });

  it('a skipped answer shows as "skipped"', () => {
    const [text] = renderIntakeMessages(
      { key: 'review', profile: { answers: { name: 'Sam' }, goals: [], skipped: ['age'] }, changed: false },
      'sms',
      settings,
    );
    expect(text).toContain('2. Age: skipped');
    expect(text).not.toMatch(/: -$/m);
  });

  it('the review keeps every letter of a name, says an emoji answer was given, and shows empty as "skipped"', () => {
    const profile = {
      answers: {
        name: 'Zo\u00EB Siobh\u00E1n',
        area: '   ',
        situation: '\u{1F642}\u{1F642}',
        meeting: 'caf\u00E9, then walk',
      },
      goals: ['', 'walk more', ' '],
      skipped: [],
    };
    const sms = renderIntakeMessages({ key: 'review', profile, changed: false }, 'sms', settings).join('\n');
    expect(sms).toContain('1. Name: Zoe Siobhan');
    expect(sms).toContain('3. Area: skipped');
    expect(sms).toContain('4. Going on: (emoji)');
    expect(sms).toContain('6. Goals: walk more\n');
    expect(sms).toContain('7. Meeting: caf\u00E9, then walk');
    expect(isGsm7(sms)).toBe(true);
    const teams = renderIntakeMessages({ key: 'review', profile, changed: false }, 'teams', settings).join('\n');
    expect(teams).toContain('**Name**: Zo\u00EB Siobh\u00E1n');
    expect(teams).toContain('**Going on**: \u{1F642}\u{1F642}');
    expect(teams).toContain('**Area**: skipped');
    expect(teams).toContain('**Times**: skipped');
  });

  it('thanks vary between questions', () => {
    const leads = [0, 1, 2, 3].map(
      (answered) =>
        renderIntake(
          { key: 'askQuestion', question: 'help', lead: 'thanks', answered, goalNumber: 0, resumed: false },
          'sms',
          settings,
        ).split('\n')[0],
    );
    expect(new Set(leads).size).toBeGreaterThan(2);
  });
});
