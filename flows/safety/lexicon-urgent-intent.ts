// Urgent rules for suicidal thoughts and intent stated outright: killing oneself, ending one's life, slang.
// Kept apart from the death-wish rules so each file stays reviewable in one sitting.

import type { Rule } from './lexicon.js';
import { alt, SELF } from './lexicon.js';

export const SUICIDAL_INTENT_RULES: readonly Rule[] = [
  // Suicidal thoughts and intent, in plain words and slang ("kms" and "unalive" are expanded by normalise.ts).
  {
    id: 'suicidal-intent',
    level: 'urgent',
    negatable: true,
    past: 'past-attempt',
    pattern: `\\bkill(?:ing|ed|s)? ${SELF}\\b`,
  },
  {
    id: 'suicidal-intent',
    level: 'urgent',
    negatable: true,
    past: 'past-attempt',
    pattern: `\\b(?:end|ending|ended|take|taking|took|taken) ${alt('my (?:own )?life', 'it all', 'my existence', 'everything')}\\b(?! ${alt('back', 'forward', 'into', 'on track', 'on board', 'in (?:a|the) (?:new|different|right|better|other)', 'in hand', 'in my (?:own )?hands', 'off', 'up', 'to', 'with', 'out')}\\b)`,
  },
  {
    id: 'suicidal-intent',
    level: 'urgent',
    negatable: true,
    pattern: `\\b${alt('want', 'going', 'need', 'planning', 'ready', 'decided', 'thinking about', 'thinking of', 'about', 'tempted')} (?:to )?(?:just )?end ${alt('it', 'things', 'me')}\\b`,
  },
  { id: 'suicidal-intent', level: 'urgent', negatable: true, past: 'past-attempt', pattern: `\\bunalive\\b` },
  {
    id: 'suicidal-intent',
    level: 'urgent',
    negatable: true,
    past: 'past-suicidal-thoughts',
    pattern: `\\b(?:suicid[a-z]*|su[a-z]{0,3}c[a-z]{0,3}d(?:e|es|al|ally|ality))\\b`,
  },
  {
    id: 'suicidal-intent',
    level: 'urgent',
    negatable: true,
    past: 'past-attempt',
    pattern: `\\b${alt('top', 'topping', 'topped', 'hang', 'hanging', 'hanged', 'hung', 'drown', 'drowning', 'shoot', 'shooting', 'shot', 'gas', 'gassing', 'poison', 'poisoning', 'suffocate', 'suffocating', 'strangle', 'strangling', 'electrocute', 'starve', 'starving')} ${SELF}\\b(?! in the foot)`,
  },
  {
    id: 'suicidal-intent',
    level: 'urgent',
    negatable: true,
    pattern: `\\b${alt('to', 'will', 'i', 'going to', 'gonna')} off ${SELF}\\b`,
  },
  {
    id: 'suicidal-intent',
    level: 'urgent',
    negatable: true,
    past: 'past-attempt',
    pattern: `\\b${alt('slit', 'slitting', 'slash', 'slashing', 'cut', 'cutting', 'open')} my ${alt('wrists?', 'throat', 'veins')}\\b`,
  },
  { id: 'suicidal-intent', level: 'urgent', negatable: true, pattern: `\\b${alt('homicidal', 'murderous')}\\b` },
];
