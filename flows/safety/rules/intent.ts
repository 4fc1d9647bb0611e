// Urgent rules for suicidal thoughts and intent stated outright: killing oneself, ending one's life, slang.
// Kept apart from the death-wish rules so each file stays reviewable in one sitting.

import type { Rule } from './rule.js';
import { alt, gap } from '../vocabulary/pattern.js';
import { SELF } from '../vocabulary/people.js';

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
  // A past attempt and the next one: "last year i tried, and i'm going to again tonight". The past does not make it
  // past: the intent is now.
  {
    id: 'suicidal-intent',
    level: 'urgent',
    negatable: true,
    pattern: `\\b${alt('tried', 'attempted', 'overdosed', 'took an overdose')}\\b[^.]{0,60}\\b${alt('going to', 'will', 'want to', 'planning to', 'about to', 'ready to')} (?:do it |do that |try (?:it )?|try that )?again\\b`,
  },

  // Found by the second blind set: wanting it all over, vague acts with a dangerous qualifier, reunion in death.
  {
    id: 'death-wish',
    level: 'urgent',
    negatable: true,
    pattern: `\\b${alt('want', 'need', 'wish', 'wanting', 'just want')} ${alt('it', 'it all', 'everything', 'this', 'life', 'the pain', 'all of this', 'my life')} (?:to )?(?:just )?${alt('be over', 'over', 'end', 'stop for good', 'stop forever', 'stop permanently', 'be finished')}\\b(?! with\\b)`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b${alt('be with', 'join', 'see')}${gap(4)} ${alt('in heaven', 'up there', 'on the other side', 'in the afterlife')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b${alt('be with', 'join')}${gap(3)} again\\b[^.]{0,40}\\b${alt('up there', 'heaven', 'waiting for me', 'died', 'passed', 'gone')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b${alt('wish', 'hope', 'hoping', 'pray', 'praying')}${gap(4)} ${alt('would', 'will', 'could', 'might')} ${alt('hit me', 'kill me', 'run me over', 'take me', 'end me', 'crash')}\\b`,
  },
  {
    id: 'cannot-keep-safe',
    level: 'urgent',
    negatable: true,
    pattern: `\\bdo something ${alt('stupid', 'silly', 'daft', 'drastic', 'final', 'terrible', 'dangerous', 'i (?:will|would|might) regret')}\\b`,
  },
  // "dont think im safe on my own rn" (dev-43): not safe to be alone, now.
  {
    id: 'cannot-keep-safe',
    level: 'urgent',
    pattern: `\\b(?:(?:do not|dont) (?:think|feel) (?:i am|i m) safe|(?:i am|i m) not safe|(?:i am|i m) not sure (?:i am|i m) safe) (?:to be )?(?:on my own|alone|by myself|with myself)(?: (?:right now|now|tonight|at the moment))?\\b`,
  },
  {
    id: 'suicidal-intent',
    level: 'urgent',
    negatable: true,
    pattern: `\\b${alt('crash', 'crashing', 'crashed', 'drive', 'driving', 'swerve', 'swerving', 'step out', 'stepping out', 'walk out', 'fall', 'falling', 'fell', 'took', 'take', 'taking', 'cut', 'cutting', 'burn', 'burning', 'hurt', 'hurting', 'drown', 'drowning')}${gap(4)} ${alt('on purpose', 'deliberately', 'intentionally')}\\b`,
  },
  {
    id: 'suicidal-intent',
    level: 'urgent',
    negatable: true,
    pattern: `\\b${alt('set fire to', 'setting fire to', 'set light to', 'douse', 'dousing')} ${SELF}\\b|\\bset ${SELF} (?:on fire|alight)\\b`,
  },
  {
    id: 'goodbye',
    level: 'urgent',
    pattern: `\\b${alt('checking out', 'check out', 'checked out', 'signing off', 'logging off', 'clocking off', 'bowing out')} ${alt('for good', 'forever', 'permanently', 'early', 'of (?:this )?life', 'of this world', 'for ever')}\\b`,
    unless: `\\b(?:hotel|b and b|bnb|hostel|airbnb|caravan|cottage|room|library|shop|supermarket|till|books?)\\b`,
  },
  // Found by context-dev-zf (nineteenth round): "tryna drink till i stop breathing".
  {
    id: 'suicidal-intent',
    level: 'urgent',
    pattern: `\\b(?:drink|drinking|take|taking|swallow|swallowing|keep going|going|smoke|smoking|use|using)\\b[^.]{0,20}\\b(?:un)?til(?:l)? (?:i|my heart) (?:stop|stops) (?:breathing|beating)\\b`,
  },
];
