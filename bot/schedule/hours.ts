// Local-time rules for when we may text and when coordinators work, in the service's time zone (DST-safe: we ask
// Intl for the wall-clock time of each candidate instant rather than doing offset arithmetic).
export interface Span {
  from: number; // minutes after local midnight
  to: number;
}

const STEP_MS = 5 * 60_000;

export function localParts(at: Date, timeZone: string): { weekday: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  return { weekday, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

function within(at: Date, timeZone: string, span: Span, days?: readonly number[]): boolean {
  const { weekday, minutes } = localParts(at, timeZone);
  if (days && !days.includes(weekday)) return false;
  return minutes >= span.from && minutes < span.to;
}

/** The first moment at or after `at` that falls inside the span (on one of `days`, if given). */
export function nextWithin(at: Date, timeZone: string, span: Span, days?: readonly number[]): Date {
  let t = new Date(Math.ceil(at.getTime() / STEP_MS) * STEP_MS);
  if (within(at, timeZone, span, days)) return at;
  for (let i = 0; i < (14 * 24 * 60 * 60_000) / STEP_MS; i++) {
    if (within(t, timeZone, span, days)) return t;
    t = new Date(t.getTime() + STEP_MS);
  }
  return at; // no allowed time in two weeks: the configuration is degenerate; do not hold the work back forever
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
