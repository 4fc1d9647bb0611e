// Concern rules added after the second blind set: distress said plainly, trauma and abuse disclosures, worsening
// illness, and other people at risk. Kept apart from concern.ts so each file stays short.

import type { Rule } from './rule.js';
import { alt, gap } from '../vocabulary/pattern.js';
import { MEDS } from '../vocabulary/medicines.js';

export const CONCERN_SIGN_RULES: readonly Rule[] = [
  { id: 'distress', level: 'concern', negatable: true, pattern: `\\bin crisis\\b` },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b(?:i am|i feel|feeling|i have been) (?:really |so |just |very |definitely )?not ${alt('ok', 'okay', 'alright', 'good', 'coping', 'well', 'safe')}\\b(?! ${alt('with', 'about', 'at', 'for', 'to', 'enough')}\\b)`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b${alt('things', 'everything', 'life', 'it')} (?:is|are|has been|have been) (?:really |so |very |just |pretty )?${alt('bad', 'awful', 'dire', 'grim', 'horrendous', 'unbearable', 'too much', 'falling apart', 'a mess')}\\b(?! ${alt('weather', 'traffic', 'at work', 'on the buses')}\\b)`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b${alt('feel like i am drowning', 'drowning', 'run away from (?:it all|everything|my life)', 'see a way forward', 'no way forward', 'cannot take (?:much|any) more', 'cannot take it', 'crying and (?:cannot|can not|could not) stop', 'cannot stop crying', 'stay in bed all day', 'in bed all day', 'everyone hates me', 'nobody (?:likes|wants|loves) me', 'everyone would be better off not knowing me')}\\b`,
  },
  {
    id: 'passive-hopelessness',
    level: 'concern',
    pattern: `\\b${alt('(?:do not|cannot|can not|fail to) see (?:the |a |any )?point', 'nothing (?:ever )?(?:gets|goes|will get) (?:any )?better', 'never gets better', 'nothing ever changes', 'no light at the end')}\\b`,
  },
  {
    id: 'relapse-signs',
    level: 'concern',
    pattern: `\\b${alt('sectioned', 'section (?:2|3|two|three)', 'psychiatric ward', 'mental health ward', 'getting worse', 'gotten worse', 'got worse', 'been worse')}\\b`,
  },
  {
    id: 'relapse-signs',
    level: 'concern',
    pattern: `\\b(?:${MEDS}) ${alt('are not', 'is not', 'not', 'have stopped', 'has stopped', 'stopped')} working\\b`,
  },
  {
    id: 'relapse-signs',
    level: 'concern',
    pattern: `\\b${alt('poisoning', 'poisoned', 'drugging', 'tampering with')} my ${alt('food', 'drink', 'water', 'tea', 'tablets', 'medication')}\\b`,
  },
  {
    id: 'trauma-or-abuse',
    level: 'concern',
    pattern: `\\b${alt('flashbacks?', 'raped', 'rape', 'sexually (?:abused|assaulted)', 'sexual (?:abuse|assault)', 'abused (?:as a child|when i was)', 'molested', 'groomed', 'ptsd', 'trauma')}\\b`,
  },
  {
    id: 'trauma-or-abuse',
    level: 'concern',
    pattern: `\\b${alt('used to', 'would', 'always')} ${alt('hit', 'beat', 'hurt', 'abuse', 'strangle', 'threaten', 'kick', 'punch', 'lock')} ${alt('me', 'us', 'my mum', 'my mom')}\\b`,
  },
  {
    id: 'trauma-or-abuse',
    level: 'concern',
    pattern: `\\b${alt('will not', 'does not', 'never', 'would not')} let me ${alt('see', 'go out', 'leave', 'have', 'talk to', 'use', 'out')}\\b|\\bcontrols? (?:all )?(?:of )?my ${alt('money', 'phone', 'benefits', 'bank')}\\b`,
  },
  { id: 'others-at-risk', level: 'concern', pattern: `\\bthirdpartymarker\\b` },
  {
    id: 'past-self-harm',
    level: 'concern',
    pattern: `\\bused to ${alt('cut', 'self harm', 'burn', 'hurt myself', 'scratch')}\\b`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b${alt('wish i could (?:just )?run away', 'want to run away', 'want to hide away forever', 'dark thoughts', 'in a dark place')}${gap(0)}\\b`,
  },
];
