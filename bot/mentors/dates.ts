// Calendar days in the service's time zone: a day a mentor picks, the end of a break, the monthly peer meeting.
import type { DayOfYear } from '../../flows/mentor/commands.js';
import { wallClock, zonedInstant } from '../schedule/wall-clock.js';

const DAY_MS = 86_400_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const ORDINALS = ['first', 'second', 'third', 'fourth'];

/** 'YYYY-MM-DD' of the local day at `at`. */
export function isoDay(at: Date, timeZone: string): string {
  const w = wallClock(at, timeZone);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** A day from a card's date input ('YYYY-MM-DD'), as local noon; null when unreadable. */
export function fromIsoDay(value: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return zonedInstant(y, mo, d, 12 * 60, timeZone);
}

/** The next such day (today counts) at `minutes` local, when a mentor names a day without a year. */
export function nextDay(day: DayOfYear, now: Date, timeZone: string, minutes: number): Date | null {
  const today = wallClock(now, timeZone);
  const years = day.year !== null ? [day.year] : [today.year, today.year + 1];
  for (const year of years) {
    const probe = new Date(Date.UTC(year, day.month - 1, day.day));
    if (probe.getUTCDate() !== day.day) return null;
    const at = zonedInstant(year, day.month, day.day, minutes, timeZone);
    if (at.getTime() + DAY_MS > now.getTime()) return at;
  }
  return null;
}

export interface MonthlyMeeting {
  /** 1-4, or -1 for the last. */
  nth: number;
  weekday: number;
  minutes: number;
}

/** "first tuesday 18:00" (the config's form). */
export function parsePeerMeeting(spec: string): MonthlyMeeting | null {
  const m = /^(first|second|third|fourth|last) ([a-z]+) (\d\d):(\d\d)$/.exec(spec.trim().toLowerCase());
  if (!m) return null;
  const weekday = WEEKDAYS.indexOf(m[2] ?? '');
  if (weekday < 0) return null;
  const nth = m[1] === 'last' ? -1 : ORDINALS.indexOf(m[1] ?? '') + 1;
  return { nth, weekday, minutes: Number(m[3]) * 60 + Number(m[4]) };
}

function meetingIn(meeting: MonthlyMeeting, year: number, month: number, timeZone: string): Date {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const first = 1 + ((meeting.weekday - firstWeekday + 7) % 7);
  let day = first + 7 * (meeting.nth - 1);
  if (meeting.nth === -1) {
    day = first;
    while (day + 7 <= daysInMonth) day += 7;
  }
  return zonedInstant(year, month, day, meeting.minutes, timeZone);
}

/** The first meeting strictly after `after`. */
export function nextPeerMeeting(meeting: MonthlyMeeting, after: Date, timeZone: string): Date {
  const now = wallClock(after, timeZone);
  let [year, month] = [now.year, now.month];
  for (let i = 0; i < 3; i++) {
    const at = meetingIn(meeting, year, month, timeZone);
    if (at.getTime() > after.getTime()) return at;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return meetingIn(meeting, year, month, timeZone);
}

export const days = (n: number): number => n * DAY_MS;
