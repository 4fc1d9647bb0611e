// Local-time rules for when we may text and when coordinators work, in the service's time zone (DST-safe: each
// candidate instant is read off the wall clock, wall-clock.ts).
import { wallClock } from './wall-clock.js';

export interface Span {
  from: number; // minutes after local midnight
  to: number;
}

const STEP_MS = 5 * 60_000;
const MINUTE_MS = 60_000;

function within(at: Date, timeZone: string, span: Span, days?: readonly number[]): boolean {
  const { weekday, minutes } = wallClock(at, timeZone);
  if (days && !days.includes(weekday)) return false;
  return minutes >= span.from && minutes < span.to;
}

/** The first moment at or after `at` that falls inside the span (on one of `days`, if given). It jumps straight to
 * the next opening by wall-clock minutes and checks again, so a clock change costs one more jump, not a scan. */
export function nextWithin(at: Date, timeZone: string, span: Span, days?: readonly number[]): Date {
  if (within(at, timeZone, span, days)) return at;
  let t = new Date(Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS);
  for (let jump = 0; jump < 40; jump++) {
    const { weekday, minutes } = wallClock(t, timeZone);
    const today = !days || days.includes(weekday);
    const wait = today && minutes < span.from ? span.from - minutes : 24 * 60 - minutes + span.from;
    t = new Date(t.getTime() + wait * MINUTE_MS);
    if (within(t, timeZone, span, days)) {
      // Over a clock change the jump lands an hour past the opening: step back to the opening itself.
      const late = wallClock(t, timeZone).minutes - span.from;
      const opening = new Date(t.getTime() - late * MINUTE_MS);
      return late > 0 && within(opening, timeZone, span, days) ? opening : t;
    }
  }
  return at; // no allowed time in weeks: the configuration is degenerate; do not hold the work back forever
}

/** When the one reminder should go: after the quiet spell, at the next daytime moment. */
export function reminderTime(lastSeen: Date, afterDays: number, timeZone: string, daytime: Span): Date {
  return nextWithin(new Date(lastSeen.getTime() + afterDays * 86_400_000), timeZone, daytime);
}

/** `minutes` of working time after `start` (time outside working hours does not count). */
export function addWorkingMinutes(
  start: Date,
  minutes: number,
  timeZone: string,
  days: readonly number[],
  hours: Span,
): Date {
  let t = nextWithin(start, timeZone, hours, days);
  let left = minutes * 60_000;
  let guard = 0;
  while (left > 0 && guard++ < 100_000) {
    const step = Math.min(STEP_MS, left);
    t = new Date(t.getTime() + step);
    left -= step;
    if (left > 0 && !within(t, timeZone, hours, days)) t = nextWithin(t, timeZone, hours, days);
  }
  return t;
}

export function isWithin(at: Date, timeZone: string, span: Span, days?: readonly number[]): boolean {
  return within(at, timeZone, span, days);
}
