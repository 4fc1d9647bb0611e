// What every reader shares: one way to flatten a message into plain words, and a typo distance for names.

/** Emoji people use for yes or no, read before the other symbols are dropped. */
const EMOJI_WORDS: readonly [RegExp, string][] = [
  [
    /[\u{1F44D}\u{1F44C}\u{1F642}\u{1F60A}\u{1F600}\u{1F603}\u{1F604}\u{1F601}\u{2705}\u{2714}\u{1F197}\u{1F64F}\u{1F91D}\u{263A}\u{1F917}\u{1F4AF}]/gu,
    ' yes ',
  ],
  [/[\u{1F44E}\u{274C}\u{1F6AB}\u{1F645}\u{2716}]/gu, ' no '],
];

/** Lowercase, emoji for yes and no as words, apostrophes dropped ("don't" -> "dont"), other punctuation as spaces. */
export function normalise(text: string): string {
  let t = text.toLowerCase();
  for (const [emoji, word] of EMOJI_WORDS) t = t.replace(emoji, word);
  return t
    .replace(/['\u2018\u2019`]/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const wordsOf = (normalised: string): string[] => (normalised ? normalised.split(' ') : []);

/** Optimal string alignment distance: swapped letters count as one typo. Keeps three rows, and stops once no
 * alignment can come within `limit`. */
export function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current[j] = best;
      rowBest = Math.min(rowBest, best);
    }
    if (rowBest > limit) return rowBest;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] ?? 0;
}

/** How many typos a name of this length may carry and still be recognised: none for short names. */
export const typosAllowed = (length: number): number => (length >= 10 ? 2 : length >= 6 ? 1 : 0);

/** A phrase list written as comma-separated text, so the lists stay readable. */
export const phrases = (list: string): ReadonlySet<string> =>
  new Set(
    list
      .split(',')
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean),
  );

/** True when `set` holds the text, or a phrase of six letters or more within a typo or two of it. */
export function closeTo(text: string, set: ReadonlySet<string>, most = 2): boolean {
  if (set.has(text)) return true;
  const allowed = Math.min(most, typosAllowed(text.length));
  if (allowed === 0) return false;
  for (const phrase of set) {
    if (phrase.length >= 6 && distance(text, phrase, allowed) <= allowed) return true;
  }
  return false;
}

/** Words that soften a message without changing what it says: dropped from either end before reading. */
const FILLER =
  /^(?:(?:u+m+|m{2,}|e+r+m*|u+h+|h+m+|o+h+|a+h+|well|so|right|ok so|okay so|sorry|hi|hello|hey|hiya|yeah so|lol|haha|x+|please|pls|plz|thanks|thank you|thankyou|ta|cheers|thx|tbh|honestly|mate|hun|love)\s)+/;
const TRAILING =
  /(?:\s(?:please|pls|plz|thanks|thank you|thankyou|ta|cheers|thx|tbh|x+|lol|haha|mate|hun|love|if thats ok|if that is ok|if thats alright|if you dont mind|if possible|sorry))+$/;

/** The message without polite padding at either end ("oh yes please thanks x" -> "yes"). */
export function core(normalised: string): string {
  let t = normalised;
  for (let i = 0; i < 3; i++) t = t.replace(FILLER, '').replace(TRAILING, '').trim();
  return t;
}

/** Numbers written as words, zero to nineteen: ages read them, and so do choices ("change three"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

/** How many words a message has, once flattened. */
export const wordCount = (text: string): number => wordsOf(normalise(text)).length;

/** Words that open a message without saying anything yet: "hi", "sorry", "ok so". A clause of only these is passed
 * over when looking for where a long message starts to answer. */
const OPENERS =
  /^(?:(?:hi|hello|hey|hiya|morning|evening|afternoon|good (?:morning|afternoon|evening)|hi there|hello there|sorry|ok|okay|ok so|right|well|so|um+|erm+|hmm+|oh|ah|lol|thanks|thank you|ta|cheers|x+)\s?)+$/;

/** A clause that only opens the message: an apology for the wait, thanks for the text, who is writing. */
const PREAMBLE =
  /^(?:(?:so |really |very )?sorry (?:for|about) (?:the|my) (?:late|slow|delayed) (?:reply|response|message)|sorry (?:its|it has|ive) taken (?:me )?(?:so|this) long(?: to (?:reply|get back))?|(?:thanks|thank you) (?:for (?:getting back to me|your (?:message|text|reply)|the (?:message|text|reply)|replying|texting (?:me )?back))|(?:hi |hello |hey )?(?:its|this is|it is) [a-z]+(?: here| again)?)$/;

/** A long message's clauses, where people pause: full stops, commas, question marks, dashes and new lines. Empty
 * clauses and bare openers ("hi", "sorry", "ok so") are left out. */
export function clausesOf(text: string): string[] {
  return text
    .split(/[.!?;,:\n]+|\s[-\u2013\u2014]+\s/)
    .map((part) => part.trim())
    .filter((part) => {
      const t = normalise(part);
      return t !== '' && !OPENERS.test(t) && !PREAMBLE.test(t);
    });
}
