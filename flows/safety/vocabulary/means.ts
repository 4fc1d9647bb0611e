// Means of harm beyond medicines and weapons: ligatures and what they are tied to, means nouns, the qualifiers that
// make keeping them sinister ("for when it gets bad", "just in case"), and their everyday uses. Read by the
// preparation rules (../rules/preparation.ts) and, as single words, by the learned layer.

import { alt } from './pattern.js';
import { MEDS } from './medicines.js';
import { WEAPON } from './weapons.js';

/** Things used to hang or strangle. */
export const LIGATURE = alt(
  'ropes?',
  'belts?',
  'cables?',
  'cords?',
  'dressing gown cord',
  'scarf',
  'scarves',
  'ties?',
  'sheets?',
  'bed ?sheets?',
  'washing line',
  'clothes ?line',
  'dog lead',
  'leads?',
  'wires?',
  'flex',
  'straps?',
  'shoe ?laces?',
  'tow rope',
  'extension lead',
);

/** Fixtures a ligature is tied to. */
export const ANCHOR = alt(
  'banisters?',
  'stairs',
  'loft(?: hatch)?',
  'hatch',
  'beams?',
  'rafters?',
  'ceiling',
  'hooks?',
  'door(?: handle| frame)?',
  'tree',
  'branch',
  'wardrobe',
  'curtain rail',
  'shower rail',
  'rail',
  'pipe',
  'bars?',
  'railings?',
  'light fitting',
  'bed frame',
);

/** Gate words for rules that need an anchor (see Rule.gate). */
export const ANCHOR_WORDS: readonly string[] = [
  'banister',
  'banisters',
  'stairs',
  'loft',
  'hatch',
  'beam',
  'beams',
  'rafter',
  'rafters',
  'ceiling',
  'hook',
  'hooks',
  'door',
  'tree',
  'branch',
  'wardrobe',
  'rail',
  'pipe',
  'bar',
  'bars',
  'railing',
  'railings',
  'fitting',
  'frame',
];

/** Any means of suicide or self-harm, as a noun. */
export const MEANS = alt(
  MEDS,
  WEAPON,
  LIGATURE,
  'bag of [a-z]+',
  'stash',
  'petrol',
  'lighter fluid',
  'bleach',
  'charcoal',
);

/** A qualifier that makes keeping any means sinister: "for when it gets bad", "ready for later". */
export const KEPT_FOR = alt(
  'for when (?:it|i|things|the|everything|i am)',
  'for the end',
  'for the right (?:time|moment|night|day)',
  'when the time (?:comes|is right)',
  'ready for (?:later|tonight|when|it|the end|the weekend)',
  '(?:saved|saving|keeping|kept|hidden|hid|stashed)(?: [a-z]+){0,3} for (?:later|tonight|when|the end|it)',
  'ready (?:to go|now|and waiting)(?= \\.| $)',
  'for a bad (?:day|night)',
  'not for washing',
);

/** Where or why a blade or cord is kept that makes it sinister: "just in case", "in my drawer". */
export const KEPT_WHERE = alt(
  'just in case',
  'in case (?:it|i|things|nothing|i need)',
  'in the boot',
  'under my (?:bed|pillow|mattress)',
  'in my (?:drawer|bedside|sock drawer|wardrobe)',
  'hidden',
  'where no one',
  'where nobody',
);

/** Everyday uses of the same nouns. */
export const EVERYDAY_MEANS = `\\b${alt('tug toy', 'for the (?:dog|garden|kids|boat|tent|car|party|trip|holiday)', 'for work', 'first aid', 'emergency kit', 'camping', 'doctor said', 'prescribed', 'cricket', 'rounders', 'baseball', 'softball', 'tow', 'climbing', 'sewing', 'crafts?', 'wrapping', 'swings?', 'plank', 'tree ?house', 'hammock', 'climbing frame', 'for the (?:grandkids|grandchildren|allotment|shed)', 'boats?', 'marina', 'chandlers?', 'rig(?:ging)? (?:it|the boat)', 'belay(?:ing|ed)?', '[0-9]+ ?m dynamic', 'dynamic rope', 'carabiners?', 'crag', 'bouldering', '(?:cats?|dogs?|pupp(?:y|ies)|kittens?|pets?|horses?|pony) to (?:take|swallow|eat) (?:a |the |his |her |its |their )?(?:tablets?|pills?)', 'worming', 'flea (?:tablets?|treatment)', 'roast', 'joint of (?:beef|lamb|pork)', 'carving', 'cooking', 'chef', 'kitchen knives')}\\b`;

/** The same means in the plain single words the learned layer counts as its `@means` class (with ./medicines.ts
 * and ./weapons.ts). A noose is read as "ligature" (normalise.ts: squeezed, "noose" would be "nose"). */
export const LIGATURE_WORDS: readonly string[] = ['rope', 'belt', 'cable', 'cord', 'knot', 'ligature'];
export const POISONS: readonly string[] = ['bleach', 'antifreeze', 'charcoal', 'poison', 'weedkiller'];
export const FUMES: readonly string[] = ['exhaust', 'hosepipe', 'hose', 'tape'];
export const DRINK: readonly string[] = ['vodka', 'whisky', 'gin'];
export const SHARP_THINGS: readonly string[] = ['glass'];
