// Urgent rules: risk to life or safety now or soon. A match sends the crisis reply and alerts a coordinator.
// Built from categories (self-harm verbs × self-reference, intent frames, means lists, goodbyes), not from examples;
// each category lives in its own file so a reviewer can read one at a time.

import type { Rule } from './rule.js';
import { SUICIDAL_INTENT_RULES } from './intent.js';
import { DEATH_WISH_RULES } from './death-wish.js';
import { MEANS_RULES } from './means.js';
import { SELF_HARM_AND_GOODBYE_RULES } from './self-harm.js';
import { OTHERS_RULES } from './others.js';
import { FINALITY_RULES } from './finality.js';
import { PREPARATION_RULES } from './preparation.js';
import { PLACE_RULES } from './places.js';
import { ESCAPE_RULES } from './escape.js';
import { ROUND6_RULES } from './plan-signs.js';
import { SCENE_RULES } from './scenes.js';

export const URGENT_RULES: readonly Rule[] = [
  ...SUICIDAL_INTENT_RULES,
  ...DEATH_WISH_RULES,
  ...MEANS_RULES,
  ...SELF_HARM_AND_GOODBYE_RULES,
  ...OTHERS_RULES,
  // Indirect phrasings without a risk word, added after blind-3 and blind-4 (see tests/safety/README.md).
  ...FINALITY_RULES,
  ...PREPARATION_RULES,
  ...PLACE_RULES,
  ...ESCAPE_RULES,
  // Sixth round: the categories the learned layer (model/model.ts) left below its threshold.
  ...ROUND6_RULES,
  // Danger told as a scene, and last words to someone (2026-12-05).
  ...SCENE_RULES,
];
