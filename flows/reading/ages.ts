// Reads an age as people give it: digits or words ("forty one"), ranges ("mid 40s"), asides ("turned 30 last
// week", "16 next month", "im 17 is that ok"), and plain "over 18" / "under 18".
import { core, distance, normalise, NUMBER_WORDS } from './text.js';

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

/** Number words that may be typed with a slip. */
const KNOWN_NUMBER_WORDS = [...Object.keys(TENS), ...Object.keys(UNITS), ...Object.keys(DECADES)];
const isNumberWord = (w: string): boolean =>
  TENS[w] !== undefined || UNITS[w] !== undefined || DECADES[w] !== undefined;

/** A number word as written, with -ish dropped ("thirtyish"), or within a typo of one ("thrity four"). A typo is only
 * read where a number is plainly meant (the whole message, or a unit after it): "thirsty" and "righty" are words. */
function numberWord(word: string, plainlyANumber: boolean): string {
  const stem = word.replace(/^(\p{L}{4,}?)(?:ish|odd|something)$/u, '$1');
  if (isNumberWord(stem)) return stem;
  // Short words and ordinals stay as they are: "there" is not "three", "sixth" is not "sixty".
  if (!plainlyANumber || word.length < 6 || /th$/.test(word)) return word;
  const close = KNOWN_NUMBER_WORDS.filter((known) => known.length >= 5 && distance(word, known, 1) <= 1);
  return close.length === 1 && close[0] !== undefined && close[0][0] === word[0] ? close[0] : word;
}

/** Number words become digits: "forty one" -> "41", "twenty-five" -> "25", "forties" -> "40s". */
export function numbersAsDigits(t: string): string {
  const raw = t.split(' ');
  const unitNext = (i: number): boolean => /^[1-9]$/.test(raw[i + 1] ?? '') || (UNITS[raw[i + 1] ?? ''] ?? 0) > 0;
  const words = raw.map((w, i) => numberWord(w, raw.length === 1 || unitNext(i)));
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

/** Words that put a number on someone else, or on an earlier time. */
const ELSEWHERE =
  /\b(?:was|were|since|ago|left school|diagnosed|sons?|daughters?|kids?|children|child|grandson|granddaughter|grandchildren|grandkids|niece|nephew|brother|sister|mum|mom|dad|partner|husband|wife|boyfriend|girlfriend|years since|for \d+ years)\b/;

/** Words around a number that say it is the person's age. */
const AGE_CUE =
  /\b(?:im|i am|i m|am|aged?|age is|turned|just turned|i turned|ive turned|years? old|yrs?|yo|y o|years|yr old|yrs old|old|birthday|bday)\b/;

/** The age in a message, or null when there is none. `year`, the year it is now, reads a year of birth. */
export function readAge(text: string, year?: number): AgeReading | null {
  // An aside in brackets ("41 (feel about 80 lol)", "44 (45 in june)") is not the age, when one is given outside it.
  const outside = text.replace(/\([^)]*\)?/g, ' ');
  if (outside !== text && /\d|\p{L}{4}/u.test(outside)) {
    const reading = readAge(outside, year);
    if (reading) return reading;
  }
  const raw = normalise(text.replace(/(\d)\s*\+/g, '$1 plus ').replace(/\b(\d)[oO]\b/g, '$10')).replace(
    /\b(\d{2})(?:ish|s?ish|st|nd|rd|th)\b/g,
    '$1',
  );
  // "55 but feel 90", "looks about 60": how old they feel or look is not their age.
  const t = numbersAsDigits(core(raw))
    .replace(
      /\b(?:feel|feels|feeling|look|looks|act|acting)(?: about| like| more like| closer to| at least)? \d+\b/g,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
  if (!t) return null;
  // A number about someone else or an earlier time ("my son is 12", "ill since I was 15", "left school at 16") is
  // not their age: only their own age said outright counts, else we ask again (never "under 18" from it).
  if (ELSEWHERE.test(t) && !/\b(?:im|i am|i m|my age|age is|born|dob)\b/.test(t)) {
    // ... or the number they open with ("16 but my mum said I could"), unless it counts years since something.
    const own =
      /\b(?:im|i am|i m|my age is|age is)\s(\d{1,3})\b/.exec(t) ??
      /^(\d{1,3})\b(?!\s(?:years?|yrs?)\s(?:since|ago|of|with|in|on))(?!\s(?:kids?|children|sons?|daughters?))/.exec(t);
    return own?.[1] && plausible(Number(own[1])) ? reading(Number(own[1])) : null;
  }
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
  // A year of birth: with the year it is now, born 19 or more years ago is an adult and 17 or fewer is under 18;
  // exactly 18 years ago could be either, so we ask. Without the year, only 2000 or before is sure.
  const born = /\b(19[2-9]\d|20[0-2]\d)\b/.exec(t);
  if (born?.[1]) {
    const years = year === undefined ? null : year - Number(born[1]);
    if (years === null) return Number(born[1]) <= 2000 ? { kind: 'adult' } : null;
    if (years >= 19) return { kind: 'adult' };
    return years <= 17 && years >= 0 ? { kind: 'under18', age: null } : null;
  }
  // "17 but 18 soon", "33 and 34 next week": the first number is the age now, the second what is coming.
  const coming = /^(?:im |i am )?(\d{1,3})\b(?:\s\w+){0,2}?\s(\d{1,3})\s(?:soon|next|in|this|on|at the end|by)\b/.exec(
    t,
  );
  if (coming?.[1] && plausible(Number(coming[1])) && Number(coming[2]) > Number(coming[1]))
    return reading(Number(coming[1]));
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
