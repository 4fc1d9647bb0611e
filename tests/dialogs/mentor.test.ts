// The mentors' wording: progress as mentors count it, cards Teams can render, and plain, kind, short replies.
import { describe, expect, it } from 'vitest';
import { checkInCard, progressLine, reviewPromptCard } from '../../dialogs/mentor/checkins.js';
import { interestSection, introCard, referralCard, whoLine } from '../../dialogs/mentor/referrals.js';
import { mentorHelpText, refusalText } from '../../dialogs/mentor/replies.js';
import { peerMeetingText, breakTakenText } from '../../dialogs/mentor/availability.js';
import type { Refusal, ReferralSummary } from '../../dialogs/mentor/views.js';

const summary: ReferralSummary = {
  initials: 'J.P.',
  age: 34,
  area: 'Taunton',
  situation: 'Low',
  help: 'Talk',
  goals: ['Town'],
};

describe('mentor wording', () => {
  it.each([
    [1, 'Session 1 of 6-8'],
    [4, 'Session 4 of 6-8'],
    [8, 'Session 8 of 6-8'],
    [9, 'Session 9 (beyond the usual 6-8)'],
  ])('progress after session %i', (session, line) => {
    expect(progressLine(session)).toBe(line);
  });

  it('names a person by initials, age and area, leaving out what is missing', () => {
    expect(whoLine(summary)).toBe('J.P., 34, Taunton');
    expect(whoLine({ ...summary, initials: null, age: null })).toBe('Someone, Taunton');
  });

  it('builds Adaptive Cards whose buttons carry their verb', () => {
    const cards = [
      referralCard('r1', summary),
      checkInCard('r1', summary, 'Jo', 3, '2026-11-23'),
      reviewPromptCard('r1', 'Jo', false, 'Sharon'),
    ];
    for (const card of cards) {
      expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
      const actions = JSON.stringify(card).match(/"verb":"[a-z.]+"/g) ?? [];
      expect(actions.length).toBeGreaterThan(0);
    }
    expect(
      JSON.stringify(interestSection('r1', [{ mentorId: 'm', mentorName: 'Sharon', note: null }], 1, null)),
    ).toContain('"verb":"referral.match"');
  });

  it('says a Teams mentee is reached through the coordinator', () => {
    const card = introCard(summary, {
      firstName: 'Jo',
      phone: null,
      channel: 'teams',
      meeting: null,
      times: null,
      access: null,
      mentorWishes: null,
    });
    expect(JSON.stringify(card)).toContain('your coordinator will set up the first contact');
  });

  it('keeps replies short, plain and free of curly quotes', () => {
    const refusals: Refusal[] = ['not-coordinator', 'matched-elsewhere', 'not-your-mentee', 'bad-input'];
    const texts = [
      ...refusals.map(refusalText),
      mentorHelpText(),
      breakTakenText('2027-01-12T09:00:00Z', 'Europe/London'),
      peerMeetingText('2026-12-01T18:00:00Z', 'Europe/London'),
    ];
    for (const text of texts) {
      expect(text).not.toMatch(/[\u2018\u2019\u201c\u201d]/);
      expect(text.length).toBeLessThan(400);
    }
    expect(peerMeetingText('2026-12-01T18:00:00Z', 'Europe/London')).toContain('Tuesday 1 Dec 2026 at 6:00 pm');
  });
});
