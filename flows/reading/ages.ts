// Reads an age as people give it: digits or words ("forty one"), ranges ("mid 40s"), asides ("turned 30 last
// week", "16 next month", "im 17 is that ok"), and plain "over 18" / "under 18".
import { core, normalise, NUMBER_WORDS } from './text.js';

export type AgeReading =
  /** An age we can use (for a range, the middle we settle on: "mid 40s" is 45). */
  | { kind: 'age'; age: number }
  /** 18 or over, no number given ("over 18", "18+"). */
  | { kind: 'adult' }
  /** Under 18, with the age when one was given. */
  | { kind: 'under18'; age: number | null };

/** Number words, with the common misspelling of forty. */
const UNITS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, fourty: 40 };
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** "forties", "40s", "fourties": a decade. */
const DECADES: Record<string, number> = {
  twenties: 20,
  thirties: 30,
  forties: 40,
  fourties: 40,
  fifties: 50,
  sixties: 60,
  seventies: 70,
  eighties: 80,
  nineties: 90,
  teens: 10,
};

/** Number words become digits: "forty one" -> "41", "twenty-five" -> "25", "forties" -> "40s". */
export function numbersAsDigits(t: string): string {
  const words = t.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const next = words[i + 1] ?? '';
    const tens = TENS[w];
    if (tens !== undefined) {
      const unit = UNITS[next];
      if (unit !== undefined && unit > 0 && unit < 10) {
        out.push(String(tens + unit));
        i++;
      } else if (/^[1-9]$/.test(next)) {
        out.push(String(tens + Number(next)));
        i++;
      } else out.push(String(tens));
    } else if (UNITS[w] !== undefined) out.push(String(UNITS[w]));
    else if (DECADES[w] !== undefined) out.push(`${DECADES[w]}s`);
    else out.push(w.replace(/^(\d0)(?:s|ies)$/, '$1s'));
  }
  return out.join(' ');
}

const plausible = (n: number): boolean => n >= 10 && n <= 110;
const reading = (age: number): AgeReading => (age >= 18 ? { kind: 'age', age } : { kind: 'under18', age });

/** Ranges, with the age we settle on for each. */
function readRange(t: string): AgeReading | null {
  const decade = /\b(early|mid|middle|late|in my|in her|in his)\s?(?:to late\s)?(\d0)s\b/.exec(t);
  if (decade?.[2]) {
    const base = Number(decade[2]);
    const at = { early: 1, mid: 5, middle: 5, late: 8 }[decade[1] ?? ''] ?? 0;
    if (base === 10) return { kind: 'under18', age: null };
    return reading(base + at);
  }
  const bare = /^(?:im |i am )?(?:in )?(?:the )?(\d0)s$/.exec(t);
  if (bare?.[1]) return Number(bare[1]) === 10 ? { kind: 'under18', age: null } : reading(Number(bare[1]));
  const nearly =
    /\b(?:nearly|almost|nearing|approaching|coming up to|rising|going on|turning|about to turn)\s(\d{2,3})\b/.exec(t);
  if (nearly?.[1] && plausible(Number(nearly[1]))) return reading(Number(nearly[1]) - 1);
  // "16 next month": not 16 yet.
  const soon =
    /\b(\d{2,3})\s(?:next|in a|in \d+|this|on|at the end of|soon|in)\b.*\b(?:month|week|year|birthday|soon|days?|weeks|months|june|july|august|september|october|november|december|january|february|march|april|may)\b/.exec(
      t,
    );
  if (soon?.[1] && plausible(Number(soon[1])) && !/\b(?:turned|was)\s\d/.test(t)) return reading(Number(soon[1]) - 1);
  return null;
}

/** Words around a number that say it is the person's age. */
const AGE_CUE =
  /\b(?:im|i am|i m|am|aged?|age is|turned|just turned|i turned|ive turned|years? old|yrs?|yo|y o|years|yr old|yrs old|old|birthday|bday)\b/;

/** The age in a message, or null when there is none. */
export function readAge(text: string): AgeReading | null {
  const raw = normalise(text.replace(/(\d)\s*\+/g, '$1 plus ').replace(/\b(\d)[oO]\b/g, '$10')).replace(
    /\b(\d{2})(?:ish|s?ish|st|nd|rd|th)\b/g,
    '$1',
  );
  const t = numbersAsDigits(core(raw));
  if (!t) return null;
  if (/\b(?:under|below|not yet|not quite|less than|younger than)\s(?:18|eighteen)\b/.test(t) || /\bnot 18\b/.test(t))
    return { kind: 'under18', age: null };
  if (/\b(?:im not|i am not|not) (?:an )?adult\b/.test(t) || /\b(?:a minor|still at school|in year \d+)\b/.test(t))
    return { kind: 'under18', age: null };
  const over =
    /\b(?:over|above|older than|more than)\s(\d{2})\b|\b(\d{2})\s(?:plus|and over|or over|and above|or older)\b/.exec(
      t,
    );
  if (over) {
    const n = Number(over[1] ?? over[2]);
    if (n >= 18) return { kind: 'adult' };
  }
  // A year of birth: anyone born in 2000 or before is an adult (the reader has no clock; later years are asked).
  const born = /\b(19[2-9]\d|20[0-2]\d)\b/.exec(t);
  if (born?.[1]) return Number(born[1]) <= 2000 ? { kind: 'adult' } : null;
  const range = readRange(t);
  if (range) return range;
  const mine = /\b(?:im|i am|i m|aged?|age is|my age is|turned|just turned|i turned|ive just turned)\s(\d{1,3})\b/.exec(
    t,
  );
  if (mine?.[1] && plausible(Number(mine[1]))) return reading(Number(mine[1]));
  // Phone numbers, years and the like are not ages.
  const numbers = [...t.matchAll(/\b(\d{1,3})(?:yo|yrs?|y)?\b/g)]
    .map((m) => ({ n: Number(m[1]), at: m.index }))
    .filter((m) => plausible(m.n));
  if (numbers.length === 0)
    return /\b(?:an adult|a grown up|grown up|pensioner|retired|oap)\b/.test(t) ? { kind: 'adult' } : null;
  if (numbers.length === 1) {
    const only = numbers[0];
    return only ? reading(only.n) : null;
  }
  // Several numbers ("I'm 34 with 2 kids of 10 and 12"): the one beside an age cue.
  for (const m of numbers) {
    const around = t.slice(Math.max(0, m.at - 16), m.at + 16);
    if (AGE_CUE.test(around)) return reading(m.n);
  }
  return null;
}
