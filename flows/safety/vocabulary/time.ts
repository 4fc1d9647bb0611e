// Days and times: when something is planned for. Read by the rules that weigh a day picked or a plan made, and
// counted by the learned layer as its `@time` class.

export const WEEKDAYS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
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
