// Turns a raw message into the canonical form the safety lexicon is written against.
// Canonical form: lower case, no accents or invisible characters, emoji as words, text-speak expanded,
// sentence breaks as " . ", and every run of a repeated letter squeezed to one ("killll" and "kill" both → "kil").

import { DROPPED_G } from './vocabulary/dropped-g.js';

/** Emoji that carry meaning for risk, mapped to the word the lexicon looks for. */
const EMOJI_WORDS: ReadonlyMap<string, string> = new Map([
  ['💊', 'pillemoji'],
  ['💉', 'needle'],
  ['🔪', 'knife'],
  ['🗡', 'knife'],
  ['⚔', 'knife'],
  ['🪒', 'razor'],
  ['🔫', 'gun'],
  ['🪢', 'rope'],
  ['⚰', 'coffinemoji'],
  ['🪦', 'graveemoji'],
  ['💀', 'skull'],
  ['☠', 'skull'],
  ['🩸', 'blood'],
  ['🌉', 'bridge'],
  ['🚆', 'train'],
  ['🚂', 'train'],
  ['🚄', 'train'],
  ['🚅', 'train'],
  ['👋', 'wave'],
  ['🥀', 'wilted'],
  ['💔', 'heartbroken'],
  ['😭', 'crying'],
  ['😢', 'crying'],
  ['🕊', 'doveemoji'],
  ['👼', 'angelemoji'],
]);

/** Whole-token text-speak, contractions and common misspellings, written unsqueezed for readability. */
const WORD_MAP: Readonly<Record<string, string>> = {
  u: 'you',
  ur: 'your',
  r: 'are',
  im: 'i am',
  ive: 'i have',
  id: 'i would',
  hes: 'he is',
  shes: 'she is',
  theyre: 'they are',
  theyve: 'they have',
  whats: 'what is',
  wats: 'what is',
  thats: 'that is',
  its: 'it is',
  youre: 'you are',
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  cant: 'cannot',
  cnt: 'cannot',
  yrs: 'years',
  mths: 'months',
  mnths: 'months',
  wks: 'weeks',
  trak: 'track',
  traks: 'tracks',
  trax: 'tracks',
  comin: 'coming',
  bleedin: 'bleeding',
  wont: 'will not',
  isnt: 'is not',
  arent: 'are not',
  wasnt: 'was not',
  werent: 'were not',
  havent: 'have not',
  hasnt: 'has not',
  hadnt: 'had not',
  couldnt: 'could not',
  wouldnt: 'would not',
  shouldnt: 'should not',
  aint: 'am not',
  ima: 'i am going to',
  imma: 'i am going to',
  gonna: 'going to',
  gunna: 'going to',
  wanna: 'want to',
  wana: 'want to',
  gotta: 'got to',
  tryna: 'trying to',
  kinda: 'kind of',
  cuz: 'because',
  coz: 'because',
  cos: 'because',
  bc: 'because',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  '2moro': 'tomorrow',
  '2morrow': 'tomorrow',
  tomoz: 'tomorrow',
  '2nite': 'tonight',
  '2night': 'tonight',
  tonite: 'tonight',
  '2day': 'today',
  b4: 'before',
  ppl: 'people',
  rn: 'right now',
  atm: 'at the moment',
  fr: 'for real',
  ngl: 'not going to lie',
  tbh: 'to be honest',
  idk: 'i do not know',
  pls: 'please',
  plz: 'please',
  meds: 'medication',
  w: 'with',
  tonights: 'tonight is',
  agen: 'again',
  agn: 'again',
  cuttin: 'cutting',
  toppin: 'topping',
  '4ever': 'forever',
  // "4ever" after the digits are read as letters (LEET below).
  aever: 'forever',
  aeva: 'forever',
  '4eva': 'forever',
  eveyone: 'everyone',
  evry1: 'everyone',
  every1: 'everyone',
  no1: 'no one',
  dei: 'die',
  lyk: 'like',
  piked: 'picked',
  enuf: 'enough',
  todays: 'today is',
  sucidle: 'suicidal',
  sucidel: 'suicidal',
  suicidel: 'suicidal',
  suisde: 'suicide',
  sucid: 'suicide',
  // Slang and euphemisms for suicide and self-harm (UK and online).
  kms: 'kill myself',
  kmsl: 'kill myself',
  kys: 'kill yourself',
  ctb: 'kill myself',
  sewerslide: 'suicide',
  unalive: 'unalive',
  unalived: 'unalive',
  unaliving: 'unalive',
  selfharm: 'self harm',
  selfharming: 'self harming',
  // Misspellings seen in real messages.
  sucide: 'suicide',
  suicde: 'suicide',
  suiside: 'suicide',
  sucicide: 'suicide',
  suacide: 'suicide',
  suicid: 'suicide',
  suicied: 'suicide',
  suecide: 'suicide',
  sucidal: 'suicidal',
  suicdal: 'suicidal',
  suisidal: 'suicidal',
  suicidle: 'suicidal',
  sucicidal: 'suicidal',
  suical: 'suicidal',
  myslef: 'myself',
  myslf: 'myself',
  mysef: 'myself',
  meself: 'myself',
  mself: 'myself',
  mysel: 'myself',
  overdoes: 'overdose',
  overdoze: 'overdose',
  ovrdose: 'overdose',
  overdos: 'overdose',
  tablests: 'tablets',
  tabelts: 'tablets',
  tablts: 'tablets',
  paracetemol: 'paracetamol',
  paracetomol: 'paracetamol',
  parecetamol: 'paracetamol',
  goodby: 'goodbye',
  gudbye: 'goodbye',
  goodbyee: 'goodbye',
  medz: 'medication',
  wnt: 'want',
  wnat: 'want',
  watn: 'want',
  wamt: 'want',
  wanr: 'want',
  dieing: 'dying',
  slep: 'sleep',
  voises: 'voices',
  // "no1", "every1", "some1" after the leet pass (1 → i).
  noi: 'no one',
  everyi: 'everyone',
  somei: 'someone',
  anyi: 'anyone',
  wen: 'when',
  wiv: 'with',
  nite: 'night',
  thru: 'through',
  bye4now: 'bye for now',
};

/** Collapses every run of one repeated letter to a single letter; digits are left alone ("800"). */
export function squeeze(text: string): string {
  return text.replace(/([a-z])\1+/g, '$1');
}

/** Squeezes the literal letters of a regex source, skipping escapes such as \b, so rules read as plain English. */
export function squeezePattern(source: string): string {
  return source.replace(/(\\.)|([a-z])\2+/g, (_m, esc: string | undefined, ch: string | undefined) => esc ?? ch ?? '');
}

const SQUEEZED_WORD_MAP: ReadonlyMap<string, string> = new Map(
  Object.entries(WORD_MAP).map(([from, to]) => [squeeze(from), squeeze(to)]),
);

// One pass finds only the words that need mapping (longest first), instead of a lookup per word.
const WORD_MAP_KEYS = new RegExp(
  `\\b(?:${[...SQUEEZED_WORD_MAP.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`,
  'g',
);

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};
// A number with a unit ("800mg", "3am", "2nd") is not leetspeak.
const NUMBER_WITH_UNIT = /^\d+(?:mg|g|ml|x|am|pm|st|nd|rd|th|k|kg|mins?|hrs?|s)?$/;
// Variation selectors and other combining marks go with the accents, in the NFD step below.
const INVISIBLE = /[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g;
const EMOJI_PATTERN = new RegExp([...EMOJI_WORDS.keys()].join('|'), 'gu');
const PICTOGRAPH = /\p{Extended_Pictographic}/gu;
const MARKS = /\p{M}+/gu;
const APOSTROPHE = /[\u2018\u2019\u02BC`\u00B4]/g;
const NOT_ASCII = /[^ -~\t\n\r]/;
const ENDS_IN_IN = /\b[a-z]+in\b/g;
const NOOSE = /\bno{2,}se(s?)\b/g;
/** With `normalise(text, true)`: words in quotation marks are marked with the words `quoteopen` and `quoteclose`, so
 * one guard can tell reported speech from the sender's own ("if a mentee texts something like "i'm going to kill
 * myself"", a song's words; rules/idioms.ts REPORTED_SPEECH). Straight single quotes count only where they open after
 * a space and close before one or a stop, so apostrophes ("it's") are not quotes. */
const QUOTED =
  /(?<=^|[\s(:,])(?:"([^"\n]{2,200})"|\u201C([^\u201D\n]{2,200})\u201D|\u2018([^\n]{2,200}?)\u2019(?=[\s.,!?;:)]|$)|'([^\n]{2,200}?)'(?=[\s.,!?;:)]|$))/g;
const CONTRACTIONS: readonly [RegExp, string][] = [
  // "od'd", "o'd'd", and "odd" only after someone who did it or means to ("i odd on my meds", "gonna odd"): "the odd
  // whisper" is occasional.
  [/\bo(?:'d'?d|d'd)\b/g, 'overdosed'],
  [/\b(i|he|she|they|we|have|had|nearly|almost|just) odd\b/g, '$1 overdosed'],
  [
    /\b(going to|gonna|gona|want to|wanna|wana|about to|might|will|ready to|tempted to|planning to) odd\b/g,
    '$1 overdose',
  ],
  // Any other "odd" is strange ("feel a bit odd", "the odd job"): squeezed, it would read as "od".
  [/\bodd\b/g, 'strange'],
  [/\bo\.d\b\.?/g, 'overdose'],
  [/\bcan't\b/g, 'cannot'],
  [/\bwon't\b/g, 'will not'],
  [/\bain't\b/g, 'am not'],
  [/n't\b/g, ' not'],
  [/'ll\b/g, ' will'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'m\b/g, ' am'],
  [/'d\b/g, ' would'],
];
// "want 2 die": a lone 2 after these words is "to".
const TWO_MEANS_TO = /\b(want|wana|going|gona|ned|used|try|trying|able|ready) 2\b/g;
// "gonna b with nan", "wont b here": a lone b after these words is "be".
const B_MEANS_BE = /\b(to|wil|gona|wont|not|never|cant|cannot|would|could|should|might|wana) b\b/g;
/** Tags that only stress what was said, at the end of a sentence ("took the lot ngl", "gonna jump fr"): they are
 * let go, so the words before them end the sentence as they would without (twentieth round). Squeezed spellings
 * ("innit" is "init", "deadass" is "deadas"). Not "lol" (a laugh changes what was said) nor "tbh", which the word
 * model reads as "to be honest". */
const TRAILING_TAGS = /(?: (?:ngl|fr|no cap|ong|on god|istg|init|swear down|deadas|srsly))+(?= \.| *$)/g;
// Only tokens with both letters and leet characters are candidates.
const LEET_TOKEN = /(?<!\S)(?=\S*[a-z])(?=\S*[013457@$!])\S+/g;

function deLeet(token: string): string {
  if (!/[a-z]/.test(token) || !/[013457@$!]/.test(token) || NUMBER_WITH_UNIT.test(token)) return token;
  const core = token.replace(/[!.?,;:]+$/, '');
  if ((core.match(/[a-z]/g)?.length ?? 0) < 2) return token;
  const mapped = core.replace(/[013457@$!]/g, (c) => LEET[c] ?? c);
  return mapped + token.slice(core.length);
}

/** Canonical text for matching. Pure and cheap: a handful of linear passes. */
export function normalise(raw: string, marks = false): string {
  // Plain ASCII (most texts) is unchanged by the Unicode steps (normal forms, invisible characters, emoji, accents),
  // so they are skipped for it: a long message is read in several passes fewer.
  const ascii = !NOT_ASCII.test(raw);
  let text = ascii ? raw : raw.normalize('NFKC').replace(INVISIBLE, '');
  if (marks)
    text = text.replace(
      QUOTED,
      (_m, a?: string, b?: string, c?: string, d?: string) => ` quoteopen ${a ?? b ?? c ?? d ?? ''} quoteclose `,
    );
  if (!ascii) {
    text = text.replace(EMOJI_PATTERN, (e) => ` ${EMOJI_WORDS.get(e) ?? ''} `).replace(PICTOGRAPH, ' ');
    text = text.normalize('NFD').replace(MARKS, '');
  }
  text = text.toLowerCase();
  // Contractions are expanded while the apostrophe is there ("she'll" is not "shell"); other apostrophes join words.
  text = text.replace(APOSTROPHE, "'");
  for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  text = text.replace(/'/g, '');
  // Spaced-out letters ("k i l l") are joined.
  text = text.replace(/(?<![a-z])(?:[a-z] ){3,}[a-z](?![a-z])/g, (m) => m.replace(/ /g, ''));
  text = text.replace(LEET_TOKEN, deLeet);
  // Sentence breaks become a dot token: rule gaps never cross a sentence.
  text = text.replace(/[.!?;\n\r]+/g, ' . ').replace(/[^a-z0-9. ]+/g, ' ');
  // A dropped g is put back before letters are squeezed ("keepin" is "keeping"; "beggin" is not "begin"), and a
  // noose is named a ligature: squeezed, it would be a nose ("a runny nose" was read as a method of hanging).
  text = text.replace(ENDS_IN_IN, (word) => DROPPED_G.get(word) ?? word).replace(NOOSE, 'ligature$1');
  text = squeeze(text).replace(TWO_MEANS_TO, '$1 to').replace(B_MEANS_BE, '$1 be').replace(TRAILING_TAGS, '');
  text = text.replace(WORD_MAP_KEYS, (word) => SQUEEZED_WORD_MAP.get(word) ?? word);
  return ` ${text} `.replace(/ +/g, ' ').replace(/(?: \.)+ /g, ' . ');
}

/** The quotation marks of `normalise(text, true)` taken out again (rules/idioms.ts does, once its guard has read
 * them), so no other rule ever sees them. */
export function unmark(text: string): string {
  return text.replace(/ quoteopen | quoteclose /g, ' ').replace(/ +/g, ' ');
}
