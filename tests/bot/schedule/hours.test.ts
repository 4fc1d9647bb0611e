// Local-time rules: texts only in daytime, escalations counted in working time, both right across the clock change.
import { describe, expect, it } from 'vitest';
import { addWorkingMinutes, isWithin, nextWithin, reminderTime } from '../../../bot/schedule/hours.js';

const tz = 'Europe/London';
const daytime = { from: 10 * 60, to: 19 * 60 };
const working = { from: 9 * 60, to: 17 * 60 };
const weekdays = [1, 2, 3, 4, 5];

describe('daytime texting', () => {
  it('keeps a time that is already in daytime', () => {
    const at = new Date('2026-11-24T12:00:00Z'); // Tuesday noon in London (GMT)
    expect(nextWithin(at, tz, daytime)).toEqual(at);
  });

  it('moves a late-evening time to 10am the next morning', () => {
    expect(nextWithin(new Date('2026-11-24T22:30:00Z'), tz, daytime)).toEqual(new Date('2026-11-25T10:00:00Z'));
  });

  it('uses London summer time in June', () => {
    // 07:00 UTC is 08:00 BST: too early; 10:00 BST is 09:00 UTC.
    expect(nextWithin(new Date('2026-06-10T07:00:00Z'), tz, daytime)).toEqual(new Date('2026-06-10T09:00:00Z'));
  });

  it('lands on 10am local across the spring and autumn clock changes', () => {
    // Clocks go forward on 29 March 2026 (10:00 BST = 09:00 UTC) and back on 25 October (10:00 GMT = 10:00 UTC).
    expect(nextWithin(new Date('2026-03-28T22:00:00Z'), tz, daytime)).toEqual(new Date('2026-03-29T09:00:00Z'));
    expect(nextWithin(new Date('2026-10-24T22:00:00Z'), tz, daytime)).toEqual(new Date('2026-10-25T10:00:00Z'));
  });

  it('sends the reminder after the quiet spell, in daytime', () => {
    const lastSeen = new Date('2026-11-23T23:10:00Z');
    expect(reminderTime(lastSeen, 3, tz, daytime)).toEqual(new Date('2026-11-27T10:00:00Z'));
  });
});

describe('working time', () => {
  it('counts only working hours on working days', () => {
    // Friday 16:00 + 2 working hours = Monday 10:00.
    expect(addWorkingMinutes(new Date('2026-11-27T16:00:00Z'), 120, tz, weekdays, working)).toEqual(
      new Date('2026-11-30T10:00:00Z'),
    );
  });

  it('starts counting at the next working moment', () => {
    // Saturday 12:00 + 30 minutes = Monday 09:30.
    expect(addWorkingMinutes(new Date('2026-11-28T12:00:00Z'), 30, tz, weekdays, working)).toEqual(
      new Date('2026-11-30T09:30:00Z'),
    );
  });

  it('knows a Sunday is not a working day', () => {
    expect(isWithin(new Date('2026-11-29T12:00:00Z'), tz, working, weekdays)).toBe(false);
    expect(isWithin(new Date('2026-11-30T12:00:00Z'), tz, working, weekdays)).toBe(true);
  });
});
