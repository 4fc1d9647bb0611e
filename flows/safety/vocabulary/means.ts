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

/** Signs of poisoning in the body (an overdose told by what it does): read with a taking only hinted at, in one message
 * (../rules/means.ts) and across a conversation's texts (../context/body.ts). */
export const POISON_SIGNS = alt(
  'lips (?:have |are |s )?(?:gone|going|turned|turning) (?:a )?(?:funny |weird |bit |bit of a )?(?:blue|purple|grey)',
  'lips (?:have |are |s )?(?:gone|going|turned|turning) (?:a )?(?:funny|weird|strange|odd) colou?r',
  'whites of my eyes',
  'heart(?:s| is)? going (?:like |at )?[0-9]+',
  '(?:cannot|can not) (?:stand|get) up',
  '(?:eyes|skin) (?:look |looks |are |is |have gone |has gone |gone |going |turned )(?:a bit |bit |really )?yellow',
  'cannot stop (?:being sick|throwing up|shaking|being ill)',
  '(?:been|keep|kept|keeps) (?:being )?(?:sick|throwing up|bringing (?:it )?up)',
  'throwing up',
  'bringing up (?:yellow|green|blood|black|stuff)',
  'sick (?:[0-9]+|two|three|four|five|six) times',
  '(?:ears?|head) (?:will not|wont|do not|does not|keeps?|keep on) (?:stop )?ringing',
  'ringing in my ears',
  'slurring',
  'seeing double',
  'everything(?:s| is)? (?:swimming|spinning|blurry|going blurry)',
  'drifting (?:off|of)',
  'cannot (?:keep|stay) (?:my eyes(?: open)?|awake)',
  '(?:feel|feeling) (?:so |really |very |well )?(?:sleepy|floaty|drowsy|woozy)',
  '(?:so|really|very) (?:sleepy|drowsy) now',
  '(?:hands|fingers|face|arms|feet|legs|lips|tongue)(?: have| has| are| is)? (?:gone|going) (?:all )?(?:numb|tingly|dead)',
  'numb (?:and tingly|down one side)',
  'cannot feel my (?:hands|fingers|legs|feet|face|arms|lips)',
  'heart(?:s| is)? (?:going (?:really |so )?(?:fast|mad)|racing|pounding|skipping|keeps skipping|doing a weird)',
  'chest (?:feels |is |gone )?(?:tight|heavy)',
  'stomach cramps',
  '(?:tummy|tummys|stomach|stomachs|belly|throat|insides)(?: is| are)? (?:burning|on fire)',
  'skin feels (?:all )?(?:hot|prickly)',
  'sweating buckets',
  'numb all over',
);

/** A taking told only by a hint: what was in the drawer, the whole lot, someone else's taken, nobody knows. */
export const TAKING_HINTED = alt(
  '(?:what|whatever) (?:i |was )?(?:did|done|had|took|taken|swallowed|drank|in (?:the|my|mums?|dads?|nans?|his|her) [a-z]+)',
  'did (?:it|something (?:stupid|daft|silly|bad|dumb))\\b(?! (?:for|with|to) )',
  'since i (?:had|took|swallowed|drank|did|necked|downed) (?:them|it|the [a-z]+|those|that|the lot|all)',
  'emptied (?:the|my|mums?|dads?) (?:cupboard|drawer|box|packet|cabinet|tin|bottle|blister|stash)',
  'empty (?:box|boxes|packet|packets|bottle|blisters?)\\b[^.]{0,40}\\b(?:full|this morning|earlier|yesterday)',
  'had (?:the whole lot|them all|way more|more than|all of them|the lot)',
  'the whole lot',
  'the weekend thing',
  'how many i (?:would|d) need',
  'more than it says',
  'no one knows',
  'nobody knows',
  'not (?:going to|gonna) tell anyone what',
  'do not (?:ring|call|tell) anyone',
  '(?:did|done|had|took|taken) (?:way |loads |so much |a lot )?more than i (?:should|shoulda|should have|meant to|normally do)',
  '(?:took|had|swallowed|necked) (?:my )?(?:mums?|dads?|nans?|grans?|his|hers|my partners?|my brothers?|my sisters?)(?= \\.| $)',
  'after (?:all )?(?:those|them|the|all the|all my|my) (?:tablets|pills|medication|capsules|paracetamol)',
  '(?:took|taken|swallowed|necked|downed) (?:way )?too (?:much|many)',
);
