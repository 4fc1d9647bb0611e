// Weapons and objects used to hurt. The rules read WEAPON; the learned layer counts BLADES and GUNS in its `@means`
// class.

import { alt } from './pattern.js';

export const BLADES: readonly string[] = ['knife', 'knives', 'blade', 'blades', 'razor'];
export const GUNS: readonly string[] = ['gun', 'shotgun'];

export const WEAPON = alt(
  ...BLADES,
  'razors',
  'razor blades?',
  'razorblades?',
  'scissors',
  'screwdriver',
  'machete',
  'bayonet',
  'sword',
  'axe',
  ...GUNS,
  'rifle',
  'pistol',
  'firearm',
  'weapon',
  'bat',
  'hammer',
  'crowbar',
);
