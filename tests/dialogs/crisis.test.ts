// Crisis wording: every number in every variant, GSM-7 and three segments for SMS, and no forbidden words.
import { describe, expect, it } from 'vitest';
import type { CrisisLines, CrisisSituation } from '../../dialogs/crisis.js';
import {
  concernReply,
  crisisNumbersLine,
  lateUrgentReply,
  resumeHint,
  somersetCrisisLines,
  urgentReply,
} from '../../dialogs/crisis.js';

// GSM 03.38 basic set plus the extension table (which costs two characters each, counted below).
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENDED = '^{}\\[~]|€\f';

function gsm7Length(text: string): number | null {
  let length = 0;
  for (const ch of text) {
    if (GSM7_BASIC.includes(ch)) length += 1;
    else if (GSM7_EXTENDED.includes(ch)) length += 2;
    else return null;
  }
  return length;
}

const FORBIDDEN = [
  /calm down/i,
  /attention/i,
  /schizophreni/i,
  /psychos/i,
  /disorder/i,
  /patient/i,
  /suicid/i,
  /overdose/i,
];

function numbers(lines: CrisisLines): string[] {
  return [
    lines.localPhone,
    lines.localFreephone ?? lines.localPhone,
    lines.samaritansPhone,
    lines.emergencyPhone,
    'NHS 111',
  ];
}

describe('urgentReply', () => {
  for (const repeat of [0, 1, 2, 3, 7]) {
    it(`SMS, repeat ${repeat}: all numbers, GSM-7, at most 3 segments`, () => {
      const text = urgentReply(somersetCrisisLines, 'sms', repeat);
      for (const n of numbers(somersetCrisisLines)) expect(text).toContain(n);
      expect(text).toContain('A&E');
      expect(text).toMatch(/Crisis Safe Space/);
      expect(text).toMatch(/letting the team know now/);
      expect(text).toMatch(/not a crisis service/);
      const length = gsm7Length(text);
      expect(length).not.toBeNull();
      expect(length).toBeLessThanOrEqual(459);
    });

    it(`Teams, repeat ${repeat}: all numbers and the honest limits`, () => {
      const text = urgentReply(somersetCrisisLines, 'teams', repeat);
      for (const n of numbers(somersetCrisisLines)) expect(text).toContain(n);
      expect(text).toMatch(/Crisis Safe Space/);
      expect(text).toMatch(/not a crisis service/);
      expect(text).toMatch(/carry on/);
    });
  }

  const situations: [string, CrisisSituation, RegExp][] = [
    ['a coordinator can be reached', { team: 'alerting', resume: true }, /letting the team know now/],
    ['nobody can be reached yet', { team: 'waiting', resume: true }, /pass this on to the team.*nobody may read it/],
    ['in a live chat with their coordinator', { team: 'coordinator', resume: false }, /Your coordinator gets this/],
    ['after the handoff ended', { team: 'alerting', resume: false }, /letting the team know now/],
  ];
  for (const [where, situation, says] of situations) {
    for (const channel of ['sms', 'teams'] as const) {
      it(`${channel}, when ${where}: says only what is true, and "carry on" only when there is a journey to go back to`, () => {
        const text = urgentReply(somersetCrisisLines, channel, 2, situation);
        expect(text).toMatch(says);
        expect(text).not.toMatch(/have let the team know/);
        for (const n of numbers(somersetCrisisLines)) expect(text).toContain(n);
        if (situation.resume) expect(text).toMatch(/carry on/);
        else expect(text).not.toMatch(/carry on/);
        if (channel === 'sms') expect(gsm7Length(text) ?? Infinity).toBeLessThanOrEqual(459);
      });
    }
  }

  it('after a late second reading: says so, with every number, and SMS stays GSM-7 in 3 segments', () => {
    const sms = lateUrgentReply(somersetCrisisLines, 'sms');
    expect(sms).toMatch(/read your last message again/);
    expect(sms).toMatch(/letting the team know now/);
    for (const n of numbers(somersetCrisisLines)) expect(sms).toContain(n);
    expect(gsm7Length(sms) ?? Infinity).toBeLessThanOrEqual(459);
    expect(
      gsm7Length(lateUrgentReply(somersetCrisisLines, 'sms', { team: 'waiting', resume: true })) ?? Infinity,
    ).toBeLessThanOrEqual(459);
    const teams = lateUrgentReply(somersetCrisisLines, 'teams');
    for (const n of numbers(somersetCrisisLines)) expect(teams).toContain(n);
    expect(teams).toMatch(/not a crisis service/);
  });

  it('varies the opening when the person has already had it', () => {
    const first = urgentReply(somersetCrisisLines, 'sms', 0);
    const second = urgentReply(somersetCrisisLines, 'sms', 1);
    expect(second).not.toBe(first);
  });

  it('works for another area without a safe space or freephone', () => {
    const other: CrisisLines = {
      localName: 'Anytown Crisis Line',
      localPhone: '0300 000 0000',
      localHours: '24 hours a day',
      nhs111: 'NHS 111, option 2',
      samaritansPhone: '116 123',
      emergencyPhone: '999',
    };
    const text = urgentReply(other, 'sms', 0);
    expect(text).toContain('0300 000 0000');
    expect(text).not.toMatch(/undefined/);
    expect(gsm7Length(text)).toBeLessThanOrEqual(459);
  });
});

describe('other crisis wording', () => {
  const all = [
    ...[0, 1, 2, 3].flatMap((r) => [
      urgentReply(somersetCrisisLines, 'sms', r),
      urgentReply(somersetCrisisLines, 'teams', r),
      urgentReply(somersetCrisisLines, 'sms', r, { team: 'waiting', resume: true }),
      urgentReply(somersetCrisisLines, 'sms', r, { team: 'coordinator', resume: false }),
    ]),
    concernReply(somersetCrisisLines, 'sms'),
    concernReply(somersetCrisisLines, 'teams'),
    crisisNumbersLine(somersetCrisisLines, 'sms'),
    crisisNumbersLine(somersetCrisisLines, 'teams'),
    resumeHint('sms'),
    resumeHint('teams'),
  ];

  it.each(all)('has no forbidden words: %s', (text) => {
    for (const word of FORBIDDEN) expect(text).not.toMatch(word);
  });

  it('concern reply names Mindline day and night and stays GSM-7 on SMS', () => {
    const text = concernReply(somersetCrisisLines, 'sms');
    expect(text).toContain('Mindline Somerset');
    expect(text).toContain('day and night');
    expect(text).toContain('01823 276 892');
    expect(gsm7Length(text)).not.toBeNull();
  });

  it('numbers line is short and has the key numbers', () => {
    const text = crisisNumbersLine(somersetCrisisLines, 'sms');
    expect(text.length).toBeLessThanOrEqual(160);
    for (const n of ['01823 276 892', '116 123', '999']) expect(text).toContain(n);
    expect(gsm7Length(text)).not.toBeNull();
  });

  it('resume hint tells them to say carry on', () => {
    expect(resumeHint('sms')).toMatch(/carry on/);
    expect(gsm7Length(resumeHint('sms'))).not.toBeNull();
  });
});
