// What a mentor may see: the one place that decides it, checked against the things people actually type.
import { describe, expect, it } from 'vitest';
import { anonymise, areaOnly, introFor, nameWords, referralCardView } from '../../../bot/mentors/anonymise.js';

describe('anonymise', () => {
  it.each([
    ['Taunton', 'Taunton'],
    ['Flat 2, 14 Priory Road, Taunton TA1 2AB', 'Taunton'],
    ['near Yeovil, BA21', 'near Yeovil'],
    ['12 High St', null],
    ['Bridgwater, call 07700 900123', 'Bridgwater'],
    ['jo@example.com, Frome', 'Frome'],
    ['', null],
  ])('keeps the town or district of %j', (given, shown) => {
    expect(areaOnly(given)).toBe(shown);
  });

  it.each([
    ["I'm Jo Pennington", ['Jo', 'Pennington'], 'J.P.'],
    ['my name is sam', ['sam'], 'S.'],
    ['Mary Anne Smith', ['Mary', 'Anne', 'Smith'], 'M.S.'],
    ['', [], null],
  ])('initials from %j', (name, words, initials) => {
    expect(nameWords(name)).toEqual(words);
    expect(anonymise({ answers: { name }, goals: [] }).initials).toBe(initials);
  });

  it('takes contact details and the name out of their words, and keeps the rest as they said it', () => {
    const s = anonymise({
      answers: {
        name: 'Will Bright',
        age: "I'm 52",
        situation: 'I will be honest, Will is struggling. Text 07700 900 123 or will@example.org, I live at TA1 2AB',
        help: 'Someone to walk with',
        shareWords: 'yes',
      },
      goals: ['Ring Bright Futures', 'Sleep better'],
    });
    expect(s).toEqual({
      initials: 'W.B.',
      age: 52,
      area: null,
      situation: 'I will be honest, [removed] is struggling. Text [removed] or [removed], I live at [removed]',
      help: 'Someone to walk with',
      goals: ['Ring [removed] Futures', 'Sleep better'],
    });
  });

  it.each([
    ['no answer', undefined],
    ['a no', 'no thanks'],
    ['a skip', 'skip'],
    ['an unclear answer', 'maybe later'],
  ])('keeps their own words about what is going on from mentors after %s', (_title, shareWords) => {
    const profile = {
      answers: { name: 'Jo', situation: 'I hardly leave the house', help: 'Someone to talk to', shareWords },
      goals: ['Get out more'],
    };
    expect(anonymise(profile).situation).toBeNull();
    expect(anonymise(profile).help).toBe('Someone to talk to');
    // A coordinator's summary goes instead, scrubbed the same way.
    expect(anonymise(profile, 'Jo finds going out hard; call 07700 900123').situation).toBe(
      '[removed] finds going out hard; call [removed]',
    );
  });

  it('shares nothing from a profile it cannot read, and never an age under 18 or a stray number', () => {
    expect(anonymise('nonsense')).toEqual({
      initials: null,
      age: null,
      area: null,
      situation: null,
      help: null,
      goals: [],
    });
    expect(anonymise({ answers: { age: '17' }, goals: [] }).age).toBeNull();
  });

  it('gives the matched mentor a phone only for an SMS person who still accepts texts', () => {
    const base = {
      profile: { answers: { name: 'Jo P', meeting: 'Phone' }, goals: [] },
      phone: '+447700900123',
      erasedAt: null,
    };
    expect(introFor({ ...base, channel: 'sms', optedOutAt: null })).toMatchObject({
      firstName: 'Jo',
      phone: '+447700900123',
      meeting: 'Phone',
    });
    expect(introFor({ ...base, channel: 'sms', optedOutAt: new Date() }).phone).toBeNull();
    expect(introFor({ ...base, channel: 'teams', optedOutAt: null }).phone).toBeNull();
  });

  it("decides each mentor's referral card: the summary while open, then the first name for the matched mentor only", () => {
    const profile = { answers: { name: "I'm Jo Pennington" }, goals: [] };
    const summary = anonymise(profile);
    const referral = { id: 'r1', status: 'open', matchedMentorId: null, summary, profile };
    expect(referralCardView(referral, 'm1', false)).toEqual({ state: 'open', referralId: 'r1', summary });
    const matched = { ...referral, status: 'matched', matchedMentorId: 'm1' };
    expect(referralCardView(matched, 'm1', true)).toEqual({ state: 'matched-with-you', firstName: 'Jo', summary });
    expect(referralCardView(matched, 'm2', true)).toEqual({ state: 'matched-elsewhere', offered: true });
    expect(referralCardView(matched, 'm3', false)).toEqual({ state: 'matched-elsewhere', offered: false });
    const ended = { ...matched, status: 'ended' };
    expect(referralCardView(ended, 'm1', true)).toEqual({ state: 'ended-with-you', firstName: 'Jo', summary });
    expect(referralCardView(ended, 'm2', true)).toEqual({ state: 'matched-elsewhere', offered: true });
    expect(referralCardView({ ...referral, status: 'withdrawn' }, 'm1', true)).toEqual({ state: 'closed' });
  });
});
