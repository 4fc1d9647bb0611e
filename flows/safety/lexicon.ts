// Shared vocabulary and the rule shape for the safety lexicon, so a clinical safety officer can review it in one place.
// Patterns are regex sources over normalised text (see normalise.ts), written in ordinary spelling; they are
// squeezed when compiled so "kill" also matches "kiiiill". Word lists below are reused by several rules.

import { squeezePattern } from './normalise.js';

export type RuleLevel = 'urgent' | 'concern';

export interface Rule {
  /** Stable id, reported as the reason. */
  id: string;
  level: RuleLevel;
  /** Regex source over normalised text. */
  pattern: string;
  /** A negation just before the match ("I'm not suicidal", "I would never hurt myself") cancels that match only. */
  negatable?: boolean;
  /** Reason reported at concern level when the match is about the past ("used to", "years ago") and not now. */
  past?: string;
  /** Regex source over the whole normalised message: when it matches, the rule does not fire (an everyday sense). */
  unless?: string;
  /**
   * Words (in canonical spelling) of which every match contains at least one. The rule is skipped when the message
   * has none of them, which keeps the many indirect-phrasing rules cheap on long ordinary messages.
   */
  gate?: readonly string[];
}

export interface CompiledRule extends Rule {
  regex: RegExp;
  unlessRegex?: RegExp;
  gateWords?: ReadonlySet<string>;
}

/** Joins words into a non-capturing alternation. */
export const alt = (...words: string[]): string => `(?:${words.join('|')})`;

/** Compiles a lexicon source: squeezed like the text it runs over. */
export function rx(source: string, flags = 'g'): RegExp {
  return new RegExp(squeezePattern(source), flags);
}

export function compile(rules: readonly Rule[]): CompiledRule[] {
  return rules.map((rule) => ({
    ...rule,
    regex: rx(rule.pattern),
    ...(rule.unless === undefined ? {} : { unlessRegex: rx(rule.unless, '') }),
    ...(rule.gate === undefined ? {} : { gateWords: new Set(rule.gate.map((word) => squeezePattern(word))) }),
  }));
}

/** Reflexive self-reference after normalisation ("my self", "meself" are mapped or allowed here). */
export const SELF = alt('myself', 'my self');

/** Up to n intervening words inside one sentence. */
export const gap = (n: number): string => `(?: [a-z0-9]+){0,${n}}`;

/** Medicines and means of overdose. "pillemoji" is the 💊 emoji (see normalise.ts). */
export const MEDS = alt(
  'tablets?',
  'pills?',
  'pillemoji',
  'medication',
  'medicine',
  'paracetamol',
  'painkillers?',
  'antidepressants?',
  'anti depressants?',
  'codeine',
  'co codamol',
  'cocodamol',
  'tramadol',
  'insulin',
  'lithium',
  'quetiapine',
  'olanzapine',
  'clozapine',
  'aripiprazole',
  'risperidone',
  'sertraline',
  'fluoxetine',
  'citalopram',
  'mirtazapine',
  'venlafaxine',
  'diazepam',
  'valium',
  'zopiclone',
  'amitriptyline',
  'pregabalin',
  'gabapentin',
  'morphine',
  'oxycodone',
  'aspirin',
  'ibuprofen',
  'sleeping (?:pills|tablets)',
  'caps',
  'capsules',
  'anti ?psychotics?',
  'mood stabili[sz]ers?',
  'depakote',
  'valproate',
  'lamotrigine',
  'haloperidol',
  // Generic drug-name endings, so unlisted medicines still count.
  '[a-z]+(?:apine|idone|oxetine|alopram|azine|azepam|triptyline|pramine|afine|pride|olol)',
);

/** People the sender might harm or be harmed by. */
const RELATION = alt(
  'partner',
  'husband',
  'wife',
  'boyfriend',
  'girlfriend',
  'bf',
  'gf',
  'ex',
  'mum',
  'mam',
  'mom',
  'mother',
  'dad',
  'father',
  'stepdad',
  'stepmum',
  'brother',
  'sister',
  'son',
  'daughter',
  'kids',
  'children',
  'child',
  'baby',
  'neighbours?',
  'flatmate',
  'housemate',
  'landlord',
  'boss',
  'manager',
  'colleague',
  'family',
  'friend',
  'mate',
  'carer',
  'support worker',
  'cpn',
  'nurse',
  'doctor',
  'gp',
  'mentor',
  'social worker',
  'nan',
  'gran',
  'uncle',
  'aunt',
  'auntie',
  'cousin',
  'son in law',
);

/** Someone other than the sender, as the object of a harmful verb. */
export const OTHER_PERSON = alt(
  'whoever(?: did (?:this|it))?',
  '(?:the|that) (?:person|people)',
  // "the next person who…", "the first one to…": an unnamed victim is still a victim.
  'the (?:next|first|last) [a-z]+',
  '(?:them|all of them) all',
  'him',
  'her',
  'them',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'people',
  'others',
  'other people',
  'everyone',
  'everybody',
  `the ${alt('neighbours?', 'man', 'woman', 'guy', 'bloke', 'lad', 'kids', 'children', 'baby', 'staff', 'nurses?', 'doctors?', 'people', 'police')}`,
  `my (?:[a-z]+ )?${RELATION}`,
  `(?:this|that) ${alt('man', 'woman', 'guy', 'bloke', 'person', 'lad')}`,
);

/** Someone other than the sender, as the subject of a threat. */
export const OTHER_SUBJECT = alt(
  'he',
  'she',
  'they',
  'someone',
  'somebody',
  'a man',
  'a woman',
  'a guy',
  'a bloke',
  'some (?:man|guy|bloke|lads|people|kids)',
  'people',
  `my (?:[a-z]+ )?${RELATION}`,
  `the ${alt('neighbours?', 'man', 'guy', 'bloke', 'lads')}`,
  `(?:his|her) ${alt('mates', 'friends', 'brother', 'family')}`,
);

/** Weapons and objects used to hurt. */
export const WEAPON = alt(
  'knife',
  'knives',
  'gun',
  'weapon',
  'bat',
  'hammer',
  'machete',
  'axe',
  'crowbar',
  'blade',
  'blades',
  'razor',
  'razors',
  'razor blades?',
  'razorblades?',
  'scissors',
  'screwdriver',
  'shotgun',
  'rifle',
  'pistol',
  'firearm',
);
