// Days and times: when something is planned for. Read by the rules that weigh a day picked or a plan made, and
// counted by the learned layer as its `@time` class.

import { alt } from './pattern.js';

export const WEEKDAYS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** The days as texts shorten them ("coffee sat?", "see you thurs"). */
export const SHORT_WEEKDAYS: readonly string[] = [
  'mon',
  'tue',
  'tues',
  'wed',
  'weds',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
];

/** When, in single words: the learned layer's `@time` class (with WEEKDAYS). */
export const WHEN_WORDS: readonly string[] = [
  'tonight',
  'tomorrow',
  'soon',
  'later',
  'midnight',
  'weekend',
  'today',
  'morning',
  'date',
  'when',
];

/** How many, in figures or words: "5", "five", "a few". */
export const COUNT = alt(
  '[0-9]+',
  'a',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'a few',
  'a couple of',
  'several',
  'many',
);

/** A stretch of years or months counted: "5 years", "a few full months" (read by the past-tense and years-free rules). */
export const YEARS_OR_MONTHS = `${COUNT} (?:full )?(?:years?|yrs?|months?)`;
