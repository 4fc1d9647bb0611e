// What a clock on the wall shows at an instant in the service's time zone, and the instant a wall-clock time names.
// DST-safe: we ask Intl for the wall-clock time of each candidate instant rather than doing offset arithmetic.
export interface WallClock {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  /** 0 = Sunday */
  weekday: number;
  /** Minutes after local midnight. */
  minutes: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
// Formatters are costly to build (~0.1 ms each): one per time zone, kept for the process.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function wallClock(at: Date, timeZone: string): WallClock {
  const shown: WallClock = { year: NaN, month: NaN, day: NaN, weekday: -1, minutes: 0 };
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type === 'year') shown.year = Number(part.value);
    else if (part.type === 'month') shown.month = Number(part.value);
    else if (part.type === 'day') shown.day = Number(part.value);
    else if (part.type === 'weekday') shown.weekday = WEEKDAYS.indexOf(part.value);
    else if (part.type === 'hour') shown.minutes += Number(part.value) * 60;
    else if (part.type === 'minute') shown.minutes += Number(part.value);
  }
  return shown;
}

/** The instant when the wall clock in `timeZone` shows the given day and minutes. */
export function zonedInstant(year: number, month: number, day: number, minutes: number, timeZone: string): Date {
  const target = Date.UTC(year, month - 1, day) + minutes * 60_000;
  let guess = target;
  for (let i = 0; i < 3; i++) {
    const w = wallClock(new Date(guess), timeZone);
    const shown = Date.UTC(w.year, w.month - 1, w.day) + w.minutes * 60_000;
    if (shown === target) break;
    guess += target - shown;
  }
  return new Date(guess);
}
