// Words of ending and of being a weight on others, one word each: the learned layer's `@final` and `@burden`
// classes. The finality rules (../rules/finality.ts) say the same things as whole phrasings.

export const FINAL_WORDS: readonly string[] = [
  'forever',
  'goodbye',
  'farewell',
  'bye',
  'gone',
  'last',
  'final',
  'end',
  'ending',
  'peace',
  'rest',
  'free',
  'over',
  'anymore',
  'longer',
  'again',
  'done',
  'finished',
  'letters',
  'note',
  'notes',
  'will',
];

export const BURDEN_WORDS: readonly string[] = [
  'burden',
  'better',
  'relieved',
  'easier',
  'without',
  'problem',
  'happier',
  'miss',
  'notice',
  'care',
];
