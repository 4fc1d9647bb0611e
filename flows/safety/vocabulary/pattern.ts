// The two helpers every word list and rule pattern is written with. Patterns are regex sources over canonical text
// (../normalise.ts), where words are separated by single spaces.

/** Joins words into a non-capturing alternation. */
export const alt = (...words: string[]): string => `(?:${words.join('|')})`;

/** Up to n intervening words inside one sentence. */
export const gap = (n: number): string => `(?: [a-z0-9]+){0,${n}}`;
