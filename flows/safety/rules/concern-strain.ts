// Concern rules added after blind-3 and blind-4: plainer distress ("struggling so much today", "feel abandoned"),
// sectioning talk, nights without sleep counted, paranoia with withdrawal, fear of someone at home, self-worth.

import type { Rule } from './rule.js';
import { alt } from '../vocabulary/pattern.js';

export const CONCERN_EXTRA_RULES: readonly Rule[] = [
  {
    id: 'distress',
    gate: ['struggling', 'suffering', 'falling', 'breaking', 'drowning'],
    level: 'concern',
    pattern: `\\b${alt('struggling', 'suffering', 'falling apart', 'breaking down', 'drowning')} ${alt('so much', 'so badly', 'a lot', 'really badly', 'today', 'right now', 'at the moment', 'atm', 'lately', 'again')}\\b`,
  },
  {
    id: 'distress',
    gate: ['abandoned', 'alone', 'empty', 'numb', 'broken', 'trapped', 'hollow', 'dead', 'ghost'],
    level: 'concern',
    pattern: `\\b(?:i |feel |feeling |felt )(?:so |really |totally |completely )?${alt('abandoned', 'alone in this', 'empty inside', 'numb', 'broken', 'trapped', 'hollow', 'dead inside', 'like a ghost')}\\b`,
  },
  {
    id: 'distress',
    gate: ['cope', 'going', 'through', 'enough'],
    level: 'concern',
    pattern: `\\b(?:do not|no longer|cannot|can not) (?:know )?how (?:to |i can |i am going to )?(?:cope|keep going|get through (?:this|it|the day))\\b|\\bhave had enough(?= \\.| $| of (?:everything|it all|life))`,
  },
  {
    id: 'passive-hopelessness',
    gate: ['point', 'anything', 'born', 'waste', 'here', 'belong'],
    level: 'concern',
    pattern: `\\b${alt('the point of it all', 'the point of anything', 'point in anything', 'if i had never been born', 'if i would never been born', 'if i had not been born', 'wish i had never been born', 'never been born', 'waste of space', 'waste of oxygen', 'waste of air', 'should not be here', 'do not belong here')}\\b`,
  },
  {
    id: 'relapse-signs',
    gate: ['section', 'sectioning', 'sectioned', 'crisis', 'treatment', 'hospital', 'admitted'],
    level: 'concern',
    pattern: `\\b${alt('section(?:ing|ed)? me', 'put me on a section', 'sectioning', 'section me', 'the crisis team', 'home treatment team', 'back in hospital', 'admitted again')}\\b`,
  },
  {
    id: 'not-sleeping',
    gate: ['nights', 'days'],
    level: 'concern',
    pattern: `\\b(?:awake|up all night|no sleep|not slept|not sleeping)\\b[^.]{0,20}\\b(?:\\d+|two|three|four|five|six|seven|several|a few) (?:nights|days)\\b|\\b(?:\\d+|two|three|four|five|six|seven|several) (?:nights|days) (?:in a row )?(?:without (?:any )?sleep|awake|no sleep)\\b`,
  },
  {
    id: 'relapse-signs',
    gate: ['paranoid', 'watching', 'following', 'spying', 'talking', 'plotting', 'get', 'poisoning'],
    level: 'concern',
    pattern: `\\b(?:feeling|feel|felt|been|getting|am) (?:so |really |very |quite |a bit )?paranoid\\b|\\b(?:people|they|everyone|neighbours?)${'(?: [a-z]+){0,2}'} (?:are |is )?(?:watching|following|spying on|talking about|plotting against|out to get|poisoning) me\\b`,
  },
  {
    id: 'trauma-or-abuse',
    gate: ['terrified', 'frightened', 'scared', 'afraid'],
    level: 'concern',
    pattern: `\\b${alt('terrified', 'frightened', 'scared', 'afraid')} (?:of|to be around|to go home to) (?:my )?${alt('landlord', 'partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'ex', 'dad', 'mum', 'father', 'mother', 'stepdad', 'brother', 'son', 'neighbour', 'flatmate', 'carer', 'him', 'her')}\\b`,
  },
  {
    id: 'distress',
    gate: ['feel', 'coping'],
    level: 'concern',
    pattern: `\\b(?:need|needing|want|just want) to feel (?:something|anything|pain|the pain)\\b|\\bnot coping\\b`,
  },
];
