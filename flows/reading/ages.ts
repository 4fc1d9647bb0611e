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
  // With an apostrophe dropped ("thirty's", "fifty's").
  twentys: 20,
  thirtys: 30,
  fortys: 40,
  fourtys: 40,
  fiftys: 50,
  sixtys: 60,
  seventys: 70,
  eightys: 80,
  ninetys: 90,
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
  // "thirtysomething" is "thirty something": the decade, read below as "30s".
  const raw = t.replace(/\b(\p{L}{4,}?)(something)\b/gu, '$1 $2').split(' ');
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
  return out.join(' ').replace(/\b(\d0) something\b/g, '$1s');
}

const plausible = (n: number): boolean => n >= 10 && n <= 110;
const reading = (age: number): AgeReading => (age >= 18 ? { kind: 'age', age } : { kind: 'under18', age });

/** Where in a decade each word puts someone: "early 30s" is 32, "mid 40s" 45, "late 50s" 58. A decade said alone ("in
 * my 40s", "forties", "forty something") is its middle, 45. */
const IN_DECADE: Readonly<Record<string, number>> = { early: 2, mid: 5, middle: 5, late: 8 };
const MIDDLE = 5;

/** A decade's place as an age. The teens are 13 to 19: early and mid teens are under 18; late teens, or teens alone,
 * could be 18 or 19, so we ask again rather than end the journey on a guess. */
function inDecade(base: number, at: number, alone = false): AgeReading | null {
  if (base !== 10) return reading(base + at);
  return at < MIDDLE || (at === MIDDLE && !alone) ? { kind: 'under18', age: null } : null;
}

/** Ranges, with the age we settle on for each. */
function readRange(t: string): AgeReading | null {
  // "early 30s", "mid to late 40s" (between the two), "in my early twenties".
  const span = /\b(early|mid|middle|late)(?:\s?(?:to|or|and)\s?(early|mid|middle|late))?\s?(\d0)s\b/.exec(t);
  if (span?.[3]) {
    const from = IN_DECADE[span[1] ?? ''] ?? MIDDLE;
    const to = IN_DECADE[span[2] ?? ''] ?? from;
    return inDecade(Number(span[3]), Math.round((from + to) / 2));
  }
  // "in my 40s", "40s", "im in my forties": the middle of the decade. About someone else ("in his 50s") it is not.
  if (!/\b(?:in (?:his|her|their)|the) \d0s\b/.test(t)) {
    const decade = /\b(\d0)s\b/.exec(t);
    if (decade?.[1]) return inDecade(Number(decade[1]), MIDDLE, true);
  }
  // "21 going on 60": the first number is the age, the second a joke.
  const joke = /^(?:im |i am )?(\d{2}) going on \d{2}\b/.exec(t);
  if (joke?.[1] && plausible(Number(joke[1]))) return reading(Number(joke[1]));
  // "50 this year": the age they turn this year, as a year of birth is read; "18 this year" may not be 18 yet, so it
  // is asked again.
  const thisYear = /^(?:im |i am |i m |i turn |turning |ill be |i will be )?(\d{2}) this year\b/.exec(t);
  if (thisYear?.[1] && plausible(Number(thisYear[1]))) {
    const n = Number(thisYear[1]);
    return n >= 19 ? reading(n) : n === 18 ? null : reading(n - 1);
  }
  const nearly =
    /\b(?:nearly|almost|nearing|approaching|coming up to|rising|going on|turning|about to turn|about to be)\s(\d{2,3})\b/.exec(
      t,
    );
  if (nearly?.[1] && plausible(Number(nearly[1]))) return reading(Number(nearly[1]) - 1);
  // "16 next month": not 16 yet.
  const soon =
    /\b(\d{2,3})\s(?:next|in a|in \d+|this|on|at the end of|soon|in)\b.*\b(?:month|week|year|birthday|soon|days?|weeks|months|june|july|august|september|october|november|december|january|february|march|april|may|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|tomorrow|tmrw)\b/.exec(
      t,
    );
  if (
    soon?.[1] &&
    plausible(Number(soon[1])) &&
    !/\b(?:turned|was)\s\d|\bhad my (?:birthday|bday)|\bbirthday was\b/.test(t)
  )
    return reading(Number(soon[1]) - 1);
  const tomorrow = /\b(\d{2,3})\s(?:tomorrow|tmrw|tonight|at midnight)\b/.exec(t);
  if (tomorrow?.[1] && plausible(Number(tomorrow[1])) && !/\b(?:turned|was)\s\d/.test(t))
    return reading(Number(tomorrow[1]) - 1);
  // "30-35", "between 40 and 45": the middle, when the whole range is one side of 18; "16-19" is asked again.
  const between =
    /^(?:(?:im|i am|aged?|between|about|around|roughly|somewhere|somewhere between|anywhere between) )*(\d{2}) (?:to |and |or )?(\d{2})(?: years old| years| yrs| yo)?$/.exec(
      t,
    );
  const [low, high] = [Number(between?.[1]), Number(between?.[2])];
  if (between && plausible(low) && high > low && high - low <= 10) {
    if (low >= 18) return reading(Math.floor((low + high) / 2));
    return high < 18 ? { kind: 'under18', age: null } : null;
  }
  return null;
}

/** An adult by what they say they are: a grown man or woman, a grandparent. "my nan said" is about someone else. */
const GROWN_UP =
  /\b(?:im|i am) a (?:grown (?:woman|man|adult|up)|grand(?:mother|father|ma|mum|dad|parent)|nan|nana|nanna|granny|grandad|gran)\b|^(?:a )?(?:grown (?:woman|man)|grand(?:mother|father|mum|dad|parent)|nan|nana|granny|grandad|gran) (?:of|to) \d|\b(?:i have|i ve got|ive got|ive|i got) (?:\d+ )?(?:grand ?kids|grandchildren|grandsons?|granddaughters?)\b/;

/** Over 18 in words: "I'm not under 18", "much older than that", "no spring chicken", "I'm an adult". */
const OVER_18_SAID =
  /\b(?:not|never|definitely not|certainly not|im not|i am not|no longer) (?:under|below|less than|younger than) (?:18|eighteen)\b|\b(?:much |way |a lot |far |a bit |bit |loads )?older than (?:that|18|eighteen|you think)\b|\bno spring chicken\b|\b(?:im|i am|i m) (?:an adult|a grown up|over (?:18|eighteen|21))\b/;

/** Words that put a number on someone else, or on an earlier time. */
const ELSEWHERE =
  /\b(?:a|an|my|our|his|her|their) \d{1,2} ?(?:yo|y o|year old|yr old|years old)\b|\b\d{1,2} ?(?:year|yr) olds\b|\bunder 18s\b|\b(?:teach|teacher|teaching|work with|working with)\b|\bat (?:the age of )?\d{1,2}\b|\bnot (?!18\b)\d{1,2}\b|\b(?:was|were|since|ago|left school|diagnosed|sons?|daughters?|kids?|children|child|grandson|granddaughter|grandchildren|grandkids|niece|nephew|brother|sister|mum|mom|dad|partner|husband|wife|boyfriend|girlfriend|years since|for \d+ years)\b/;

/** At school in a year that puts everyone in it under 18 in England: years 7 to 12 (ages 11 to 17), the lower sixth,
 * GCSEs being taken now or just finished. Year 13, "sixth form", A levels or college could be 18 or 19: asked again
 * (`inSchoolMaybe18`), never ended on a guess. */
const SCHOOL_UNDER_18 =
  /\b(?:year|yr|y) ?(?:[7-9]|1[0-2])\b|\blower sixth\b|\b(?:doing|sitting|taking|revising for|studying for|in the middle of|about to (?:sit|do|take)|got|have|starting) (?:my |me |the |our )?(?:mock )?gcses\b|\b(?:doing|sitting|taking|revising for) my (?:mock )?gcse\b|\bgcses (?:this|next) (?:year|summer|term|month|week|spring)\b|\bjust (?:finished|done|did|sat|got) (?:my )?gcses\b|\bgcse (?:year|student|mocks)\b|\bwaiting (?:for|on) (?:my )?gcse results\b/;
/** Teaching a year, a degree's year, or GCSEs taken again as an adult: not a pupil's age. */
const NOT_A_PUPIL =
  /\b(?:teach|teacher|teaching|taught|tutor|tutoring|staff|work|works|working|ta|assistant|uni|university|degree|apprentice|apprenticeship|resit|resitting|resits|retake|retaking|retakes|again|evening|night|adult|online|course|classes|college|years? \d+ (?:ago|since))\b/;
/** At school or college where someone could be 17 or 18: asked again, never read as a yes. */
const SCHOOL_MAYBE_18 =
  /\b(?:sixth form|6th form|upper sixth|(?:year|yr|y) ?13|a levels?|as levels?|btecs?|t levels?|at college|in college|college student|doing my a|secondary school|high school)\b/;

/** School or college that leaves 17 or 18 open ("in sixth form", "doing A levels"): not an age, and not a yes. */
export const inSchoolMaybe18 = (text: string): boolean => {
  const t = numbersAsDigits(core(normalise(text)));
  return (
    SCHOOL_MAYBE_18.test(t) &&
    !/\b(?:left|leaving|finished|did|done|went to|used to|ago|back in|in (?:19|20)\d\d)\b/.test(t)
  );
};

/** A year of birth said as one ("born 1985", "dob 12/3/85", "1985" alone), not the year something happened ("did my
 * GCSEs in 1998", "moved here in 2010"). */
function isBirthYear(t: string, year: string): boolean {
  if (/\b(?:born|dob|d o b|birth|b|yob|bday|birthday)\b/.test(t)) return true;
  return (
    t
      .replace(year, ' ')
      .replace(
        /\b(?:in|its|it is|it was|yes|yeah|yep|im|i am|the|of|year|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d{1,2}(?:st|nd|rd|th)?)\b/g,
        ' ',
      )
      .trim() === ''
  );
}

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
  // "I'm a grown woman", "grandmother of 3", "I've got grandkids": said of themselves, an adult.
  if (GROWN_UP.test(t)) return { kind: 'adult' };
  // "79 baby": born that year, when we know the year it is now.
  const bornShort = /^(?:a |im a |i am a )?([2-9]\d) (?:baby|babe|kid|child)\b/.exec(t);
  if (bornShort?.[1] && year !== undefined) {
    const n = year - (1900 + Number(bornShort[1]));
    if (plausible(n) && n >= 19) return { kind: 'age', age: n };
  }
  // "born in the 80s", "a 90s kid": a decade of birth, so an adult.
  if (/\b(?:born in (?:the )?[5-9]0s|[5-9]0s (?:kid|baby|child))\b/.test(t)) return { kind: 'adult' };
  // Over 18 said in words, whatever else the message says: "I'm not under 18", "much older than that".
  if (OVER_18_SAID.test(t)) return { kind: 'adult' };
  // A number about someone else or an earlier time ("my son is 12", "ill since I was 15", "left home at 16", "a mum of
  // a 15 year old") is not their age: only their own age said outright counts, else we ask again (never "under 18"
  // from it). A year of birth is read below.
  if (ELSEWHERE.test(t) && !/\b(?:born|dob)\b/.test(t)) {
    // ... the decade they open with ("mid 30s, mum of two", "early 60s and my husband is 70") ...
    const decade =
      /^(?:(?:im|i am|i m) )?(?:in (?:my|me) )?(?:(?:early|mid|middle|late)(?: to (?:mid|late))? ?)?\d0s\b/.exec(t);
    if (decade) return readRange(decade[0]);
    // ... their own number ("I'm 52, my son is 17"), or the number they open with ("16 but my mum said I could"),
    // unless it counts years since something or someone ("16 year olds").
    const own =
      /\b(?:im|i am|i m|my age is|age is)\s(\d{1,3})\b(?! ?(?:year|yr)s? olds\b)/.exec(t) ??
      /^(\d{1,3})\b(?!\s(?:years?|yrs?)\s(?:since|ago|of|with|in|on))(?!\s(?:kids?|children|sons?|daughters?|(?:year|yr)s? olds))/.exec(
        t,
      );
    if (own?.[1] && plausible(Number(own[1]))) return reading(Number(own[1]));
    if (/\b(?:im|i am|i m)(?: still| only)? (?:not (?:yet )?|under |not yet )(?:18|eighteen)\b/.test(t))
      return { kind: 'under18', age: null };
    return /\b(?:over|above|older than)\s(?:18|eighteen|21)\b|\b18\s(?:plus|or over|and over)\b/.test(t)
      ? { kind: 'adult' }
      : null;
  }
  // "not 18 no, 48": the age said beside it counts.
  const another = /\b(?:19|[2-9]\d|1[01]\d)\b/.test(t.replace(/\b18\b/g, ' '));
  if (
    !another &&
    (/\b(?:under|below|not yet|not quite|less than|younger than)\s(?:18|eighteen)\b/.test(t) || /\bnot 18\b/.test(t))
  )
    return { kind: 'under18', age: null };
  if (
    /\b(?:im not|i am not|not) (?:an )?adult\b/.test(t) ||
    /\b(?:a minor|still (?:at|in) school|at school still)\b/.test(t)
  )
    return { kind: 'under18', age: null };
  // "I'm 45 and my daughter is in year 9": a school year beside someone else is theirs, not the person's.
  if (SCHOOL_UNDER_18.test(t) && !NOT_A_PUPIL.test(t) && !ELSEWHERE.test(t)) return { kind: 'under18', age: null };
  // "im in year 12 at college": their own school year up to 12, wherever they take it.
  if (/^(?:im |i am |i m )?in (?:year|yr|y) ?(?:[7-9]|1[0-2])\b/.test(t) && !ELSEWHERE.test(t))
    return { kind: 'under18', age: null };
  // "year 13 at college": a school year, not an age.
  return readNumbers(
    t
      .replace(/\b(?:year|yr|y) ?\d{1,2}\b/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    year,
  );
}

/** The age in numbers: over 18, a year of birth, a range, or the one number that is their age. */
function readNumbers(t: string, year: number | undefined): AgeReading | null {
  const over =
    /\b(?:over|above|older than|more than)\s(\d{2})\b|\b(\d{2})\s(?:plus|and over|or over|and above|or older)\b/.exec(
      t,
    );
  if (over) {
    const n = Number(over[1] ?? over[2]);
    if (n >= 18) return { kind: 'adult' };
  }
  // A year of birth: with the year it is now, born 19 or more years ago is an adult (the age they turn this year) and
  // 17 or fewer is under 18;
  // exactly 18 years ago could be either, so we ask. Without the year, only 2000 or before is sure.
  const born = /\b(19[2-9]\d|20[0-2]\d)\b/.exec(t);
  if (born?.[1] && isBirthYear(t, born[1])) {
    const years = year === undefined ? null : year - Number(born[1]);
    if (years === null) return Number(born[1]) <= 2000 ? { kind: 'adult' } : null;
    // The age they turn this year: the month is unknown, so it may be one more than today, as a range's middle is.
    if (years >= 19) return { kind: 'age', age: years };
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
  // "37 i think lol, yeah 37": the same number twice is one age.
  if (new Set(numbers.map((m) => m.n)).size === 1) {
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
