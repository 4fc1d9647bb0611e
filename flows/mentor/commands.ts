// Reads a mentor's plain words as one of a few commands. Pure: the date in "until 12 Jan" comes back as day and
// month; the bot turns it into the next such date in the service's time zone.

export interface DayOfYear {
  day: number;
  /** 1-12 */
  month: number;
  year: number | null;
}

export type MentorCommand =
  | { kind: 'break'; until: DayOfYear | null }
  | { kind: 'back' }
  | { kind: 'capacity'; capacity: number }
  | { kind: 'checkIn' }
  | { kind: 'mentees' }
  | { kind: 'help' }
  | { kind: 'overdue' };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[.!?]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function monthOf(word: string): number | null {
  const i = MONTHS.indexOf(word.slice(0, 3));
  return i < 0 ? null : i + 1;
}

function valid(day: number, month: number | null, year: number | null): DayOfYear | null {
  if (month === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { day, month, year };
}

/** "12 Jan", "12th January 2027", "Jan 12", "12/01", "12/01/2027", "2027-01-12". */
export function parseDay(text: string): DayOfYear | null {
  const t = normalise(text);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)(?: (\d{4}))?$/.exec(t);
  if (m) return valid(Number(m[1]), monthOf(m[2] ?? ''), m[3] ? Number(m[3]) : null);
  m = /^([a-z]+) (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$/.exec(t);
  if (m) return valid(Number(m[2]), monthOf(m[1] ?? ''), m[3] ? Number(m[3]) : null);
  m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(t);
  if (m) {
    const year = m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : null;
    return valid(Number(m[1]), Number(m[2]), year);
  }
  return null;
}

/** The command in a mentor's message, or null when it is none of ours (another feature may want it). */
export function parseMentorCommand(text: string): MentorCommand | null {
  const t = normalise(text);
  const breakMatch = /^(?:i'?m |i am )?(?:taking|going on|need|on) (?:a )?break(?: (?:until|till|til) (.+))?$/.exec(t);
  if (breakMatch || t === 'break' || t === 'time out') {
    const untilText = breakMatch?.[1];
    if (untilText === undefined) return { kind: 'break', until: null };
    const until = parseDay(untilText);
    return until ? { kind: 'break', until } : null;
  }
  if (/^(?:i'?m|i am) back$/.test(t) || t === 'back') return { kind: 'back' };
  const capacity = /^capacity:? (\d{1,2})$/.exec(t);
  if (capacity) return { kind: 'capacity', capacity: Number(capacity[1]) };
  if (/^check[ -]?in$/.test(t)) return { kind: 'checkIn' };
  if (t === 'my mentees' || t === 'mentees') return { kind: 'mentees' };
  if (t === 'help' || t === '?') return { kind: 'help' };
  if (/^overdue(?: check[ -]?ins)?$/.test(t)) return { kind: 'overdue' };
  return null;
}
