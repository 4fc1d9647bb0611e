// Places of danger: heights, traffic and railways, water. The place rules (../rules/places.ts) read the patterns and
// the gate words (see Rule.gate) that every match of a place rule contains; the learned layer counts HIGH_PLACE_NAMES,
// RAILINGS, RAIL_AND_ROAD, OPEN_WATER and LONELY_PLACES as its `@place` class.

import { alt } from './pattern.js';

/** High places, one word each. */
export const HIGH_PLACE_NAMES: readonly string[] = [
  'platform',
  'ledge',
  'edge',
  'roof',
  'rooftop',
  'cliff',
  'cliffs',
  'bridge',
  'viaduct',
  'flyover',
  'balcony',
  'multistorey',
  'tower',
  'quarry',
  'pier',
];
export const RAILINGS: readonly string[] = ['railing', 'railings', 'parapet'];
export const RAIL_AND_ROAD: readonly string[] = ['train', 'trains', 'tracks', 'railway', 'motorway'];
export const OPEN_WATER: readonly string[] = ['sea', 'river', 'canal', 'lake', 'reservoir', 'tide', 'weir', 'estuary'];
/** Where people go to be alone and unseen. */
export const LONELY_PLACES: readonly string[] = ['woods', 'crossing'];

export const HEIGHT = alt(
  'platform(?: edge)?',
  'ledge',
  'edge',
  'roof',
  'rooftop',
  'cliffs?',
  'cliff top',
  'cliff edge',
  'bridge',
  'viaduct',
  'flyover',
  'balcony',
  'top floor',
  'multi ?storey',
  'car park roof',
  'tower',
  'quarry',
  'pier',
  'beachy head',
  'top of [a-z ]{1,25}',
);
/** Vehicles and roads: the rules' pattern and the model's word class both start from this one list. */
const VEHICLES: readonly string[] = [
  'train',
  'trains',
  'lorry',
  'lorries',
  'bus',
  'buses',
  'car',
  'cars',
  'traffic',
  'tram',
  'truck',
  'van',
  'motorway',
];
export const TRAFFIC = alt(...VEHICLES, 'oncoming traffic', 'express', 'fast train', 'the tracks', 'tracks');
export const WATER = alt(
  'sea',
  'river',
  'canal',
  'lake',
  'reservoir',
  'water',
  'waves',
  'tide',
  'weir',
  'quarry',
  'loch',
  'estuary',
);
/** The service area's rivers, by the names people use for them ("walking into the brue"). Another area lists its own. */
export const LOCAL_RIVERS = alt(
  'the brue',
  'the parrett',
  'the parret',
  'the tone',
  'the axe',
  'the yeo',
  'the avon',
  'the exe',
  'the barle',
  'the cary',
  'the sheppey',
  'the isle',
  'the huntspill',
  'the cut',
  'the drain',
);
/** The service area's own heights and waters, known by name (the context rules read them as places of danger). Another
 * area deploying the service lists its own here. */
export const LOCAL_DANGER_PLACES = alt(
  'cheddar gorge',
  'the gorge',
  'brean down',
  'ham hill',
  'glastonbury tor',
  'the tor',
  'burrow mump',
  'wimbleball',
  'clatworthy',
  'firepool',
  'the weir',
  'kilve',
  'watchet harbour',
  'brean',
  '(?:burnham )?jetty',
  'harbour wall',
  'clifton(?: suspension)?(?: bridge| end)?',
  'junction (?:2[0-9]|1[0-9])',
  'st audries',
  '(?:the |river )?parrett',
  'the levels',
  'the m5',
  'm5',
  'a303',
  'a38',
);

export const DANGER_PLACE = alt(
  HEIGHT,
  'railway(?: line)?',
  'tracks',
  'level crossing',
  'train line',
  'motorway',
  'bypass',
  WATER,
);

export const WISH = alt(
  'want to',
  'wanna',
  'going to',
  'could',
  'might',
  'will',
  'thinking of',
  'thinking about',
  'tempted to',
  'about to',
  'ready to',
  'planning to',
  'urge to',
  'just',
  'should',
  'i will',
  'tonight i will',
);

/** Gate words, one list per group of place rules. */
/** High places: both the height rules and the wider danger-place rules look for them. */
const HIGH_PLACES: readonly string[] = [...HIGH_PLACE_NAMES, 'top', 'multi', 'car', 'beachy'];

export const HEIGHT_WORDS: readonly string[] = [...HIGH_PLACES, ...RAILINGS, 'side', 'barrier'];
export const TRAFFIC_WORDS: readonly string[] = [...VEHICLES, 'express', 'tracks', 'railway', 'road', 'line'];
export const WATER_WORDS: readonly string[] = [...OPEN_WATER, 'water', 'waves', 'quarry', 'loch'];
export const VEHICLE_CRASH_WORDS: readonly string[] = [
  'road',
  'bridge',
  'cliff',
  'edge',
  'pier',
  'motorway',
  'oncoming',
  'river',
  'sea',
  'canal',
  'reservation',
  'lake',
  'quarry',
  'tree',
  'wall',
  'lorry',
  'pillar',
  'lamp',
  'lampost',
  'post',
];
export const DANGER_PLACE_WORDS: readonly string[] = [
  ...HIGH_PLACES,
  'railway',
  'tracks',
  'level',
  'train',
  'motorway',
  'bypass',
  ...WATER_WORDS,
];
export const DESTINATION_WORDS: readonly string[] = [
  'railway',
  'tracks',
  'level',
  'train',
  'cliff',
  'cliffs',
  'top',
  'roof',
  'beachy',
  'viaduct',
  'motorway',
];

/** Roads and lines a person can be on foot on (the scene rules: "im on the hard shoulder"). */
export const ROADS_AND_LINES: readonly string[] = [
  'hard shoulder',
  'central reservation',
  'motorway',
  'dual carriageway',
  'm5',
  'm4',
  'a303',
  'a38',
  'a36',
  'a39',
  'a361',
  'a37',
  'railway line',
  'train line',
  'tracks',
  'level crossing',
];
