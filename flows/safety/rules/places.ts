// Urgent rules for places of danger without a risk word (blind-3 and blind-4 misses): an act at a height, a railway,
// a road or water ("step off the platform", "walk out in front of a lorry", "drive off the road into the river");
// being at such a place with a thought about it ("stood by the canal thinking how cold the water is").
// Leisure (swims, walks, fireworks, trains to town) is guarded by ORDINARY_PLACE.

import type { Rule } from './rule.js';
import { alt } from '../vocabulary/pattern.js';
import { ORDINARY_PLACE } from '../vocabulary/ordinary.js';
import {
  DANGER_PLACE,
  LOCAL_RIVERS,
  HEIGHT,
  TRAFFIC,
  WATER,
  WISH,
  HEIGHT_WORDS,
  TRAFFIC_WORDS,
  WATER_WORDS,
  VEHICLE_CRASH_WORDS,
  DANGER_PLACE_WORDS,
  DESTINATION_WORDS,
} from '../vocabulary/places.js';

export const PLACE_RULES: readonly Rule[] = [
  // An act at a height or in front of traffic: "step off the platform", "walk out in front of a lorry".
  // "Finish it" or "end it" at a place of danger, said as what they are there or about to do: "outside the ward i was in
  // 2 yrs ago, not to go back in, to finish it on the car park roof". Not a time they tried or wanted to.
  {
    id: 'location-act',
    gate: ['finish', 'end'],
    level: 'urgent',
    negatable: true,
    pattern: `(?<!\\b(?:tried|wanted|went|nearly|almost|used|planned|meant|thought about|was going) )\\b(?:going to|gonna|about to|ready to|here to|want to|wanna|to) (?:finish|end) it (?:all )?(?:on|at|off|from|in) (?:the |a |that )?(?:[a-z]+ )?${DANGER_PLACE}\\b`,
  },
  {
    id: 'location-act',
    gate: HEIGHT_WORDS,
    level: 'urgent',
    past: 'past-attempt',
    pattern: `\\b${alt('step', 'stepping', 'walk', 'walking', 'jump', 'jumping', 'fall', 'falling', 'roll', 'rolling', 'throw myself', 'drop', 'dropping', 'let myself fall', 'let go')} ${alt('off', 'from')} (?:the |a |that |this |my )?(?:edge of (?:the |a )?)?${HEIGHT}\\b|\\b${alt('step', 'stepping', 'walk', 'walking', 'jump', 'jumping', 'fall', 'falling', 'lean', 'leaning', 'throw myself', 'climb', 'climbing', 'go', 'going', 'tip', 'tipping')} over (?:the |a |that )?${alt('edge', 'ledge', 'cliffs?', 'cliff edge', 'railings?', 'balcony', 'side', 'barrier', 'parapet')}\\b`,
    unless: ORDINARY_PLACE,
  },
  {
    id: 'location-act',
    gate: TRAFFIC_WORDS,
    level: 'urgent',
    past: 'past-attempt',
    pattern: `\\b${alt('step', 'stepping', 'walk', 'walking', 'jump', 'jumping', 'run', 'running', 'throw myself', 'drive', 'driving', 'steer', 'swerve', 'cycle')} (?:out )?${alt('in front of', 'out in front of', 'under', 'into')} (?:the |a |an |that |some )?(?:[a-z]+ )?${TRAFFIC}\\b(?! ${alt('to', 'into town', 'home', 'station', 'stop', 'times?', 'ticket', 'pass', 'journey', 'driver', 'set', 'museum')}\\b)|\\b${alt('lie', 'lay', 'lying', 'laying', 'stand', 'standing', 'sit', 'sitting')} (?:down )?${alt('on', 'across', 'in front of')} (?:the )?${alt('tracks', 'railway(?: line)?', 'train line', 'motorway', 'road', 'line')}\\b`,
    unless: ORDINARY_PLACE,
  },
  {
    id: 'location-act',
    gate: WATER_WORDS,
    level: 'urgent',
    past: 'past-attempt',
    pattern: `\\b${alt('walk', 'walking', 'wade', 'wading', 'swim', 'swimming', 'go', 'drive', 'driving', 'jump', 'jumping', 'throw myself')} (?:out )?(?:in|into|under) (?:the )?${WATER}\\b[^.]{0,30}\\b${alt('keep (?:going|walking|swimming)', 'not (?:come|coming) (?:back|out|up)', 'never (?:come|coming) (?:back|out|up)', 'let (?:it|the water|the current|the waves) take me', 'not stop', 'until', 'till', 'sink', 'stones', 'rocks')}`,
  },
  {
    id: 'location-act',
    gate: VEHICLE_CRASH_WORDS,
    level: 'urgent',
    pattern: `\\b${alt('drive', 'driving', 'crash', 'crashing', 'steer', 'swerve', 'put', 'wrap', 'wrapping', 'plough')} (?:the |my )?(?:car |van |motor |bike )?${alt('off (?:the|a) (?:road|bridge|cliff|edge|pier|motorway)', 'into (?:oncoming|the (?:river|sea|canal|central reservation|lake|quarry)|a (?:tree|wall|lorry|bridge|pillar))', '(?:round|around) a (?:tree|lamp ?post|pillar)')}\\b`,
  },
  // Found by dev-31 (tenth round): "doing a ton on the a303, might just let go of the wheel at the next bend".
  {
    id: 'location-act',
    gate: ['wheel'],
    level: 'urgent',
    pattern: `\\b${alt('might', 'going to', 'will', 'could', 'want to', 'tempted to', 'just', 'about to')} (?:just )?(?:let go of|take (?:my )?hands off) the (?:steering )?wheel\\b`,
  },
  {
    id: 'location-act',
    gate: ['stones', 'rocks', 'bricks'],
    level: 'urgent',
    pattern: `\\b(?:pockets?|coat|bag) (?:full of|with|filled with) (?:stones|rocks|bricks)\\b`,
  },
  // Being at a dangerous place with intent or rumination: "thinking how cold the water is", "waiting for the right train".
  {
    id: 'location-rumination',
    gate: ['how'],
    level: 'urgent',
    pattern: `\\b${alt('thinking', 'thought', 'wondering', 'picturing', 'imagining', 'staring', 'looking', 'keep looking', 'cannot stop looking', 'cannot stop thinking')} ${alt('how', 'about how', 'at how', 'whether', 'if')} ${alt('cold', 'deep', 'high', 'far down', 'far', 'fast', 'quick', 'quickly', 'peaceful')}\\b[^.]{0,30}\\b${alt('water', 'drop', 'fall', 'river', 'sea', 'canal', 'jump', 'bridge', 'edge', 'ground', 'tracks', 'train would')}\\b|\\b(?:thinking|wondering|imagining) how ${alt('easy', 'simple', 'quick', 'peaceful')} it would be(?= \\.| $| to (?:just )?(?:end|go|step|jump|stop|disappear|not|let go|fall|walk))`,
    unless: ORDINARY_PLACE,
  },
  {
    id: 'location-rumination',
    gate: DANGER_PLACE_WORDS,
    level: 'urgent',
    pattern: `\\b${alt('looking at', 'staring at', 'stare at', 'look at', 'thinking about', 'picturing', 'drawn to', 'keep going back to', 'keep walking past', 'keep driving past', 'keep going to')} (?:the |a |that )?${DANGER_PLACE}\\b[^.]{0,60}\\b${alt('thinking', 'wondering', 'and think', 'the top floor', 'the drop', 'the edge', 'how (?:easy|high|far|deep|cold|quick)', 'jumping', 'just going', 'calling', 'inviting', 'tempting', 'one step', 'the fall', 'it would be')}\\b`,
    unless: ORDINARY_PLACE,
  },
  {
    id: 'location-rumination',
    gate: ['inviting', 'peaceful', 'tempting', 'calling', 'welcoming', 'beautiful'],
    level: 'urgent',
    pattern: `\\bthe ${alt(DANGER_PLACE, 'drop', 'edge', 'fall', 'trains', 'traffic', 'darkness', 'dark water')} ${alt('looks', 'look', 'seems', 'seem', 'is', 'are', 'keeps', 'keep')} (?:so |really |very )?${alt('inviting', 'peaceful', 'tempting', 'calling (?:me|to me)', 'calling', 'welcoming', 'beautiful tonight')}\\b`,
  },
  {
    id: 'location-rumination',
    gate: ['waiting', 'through'],
    level: 'urgent',
    pattern: `\\bwaiting for (?:the |a )?${alt('right', 'perfect', 'fast', 'fastest', 'express', 'freight', 'non stop', 'non stopping', 'next fast', 'last', 'big')} ${alt('train', 'one', 'lorry', 'bus', 'moment', 'wave', 'tide')}\\b(?! ${alt('to', 'home', 'into', 'back', 'from')}\\b)|\\b(?:train|trains|one|lorry|lorries) ${alt('comes', 'come', 'goes', 'go', 'speeds', 'pass', 'passes', 'rush', 'rushes')} through\\b`,
    unless: ORDINARY_PLACE,
  },
  {
    id: 'location-rumination',
    gate: DESTINATION_WORDS,
    level: 'urgent',
    pattern: `\\b${alt('going', 'heading', 'walking', 'driving', 'off', 'on my way')} (?:down |out |up |back )?to (?:the )?${alt('railway(?: line)?', 'tracks', 'level crossing', 'train line', 'cliff edge', 'cliff top', 'cliffs', 'top of the (?:multi ?storey|car park|building|tower|block)', 'roof', 'beachy head', 'viaduct', 'motorway bridge')}\\b[^.]{0,40}\\b${alt('later', 'tonight', 'now', 'alone', 'on my own', 'for the last time', 'one last time', 'to end', 'i know', 'when')}\\b`,
    unless: ORDINARY_PLACE,
  },
  {
    id: 'location-rumination',
    gate: ['edge', 'top', 'side'],
    level: 'urgent',
    pattern: `\\b(?:sat|sitting|stood|standing|am|i am|here|up|perched|climbed) (?:on|at|onto|over) (?:the )?(?:edge|top|wrong side|other side) of (?:the |a |my )?(?:[a-z]+ )?${alt('cliffs?', 'roof', 'bridge', 'building', 'car park', 'multi ?storey', 'tower', 'quarry', 'platform', 'railings?', 'balcony', 'block', 'viaduct', 'flyover')}\\b`,
    unless: ORDINARY_PLACE,
  },
  {
    id: 'location-rumination',
    gate: ['sure', 'know'],
    level: 'urgent',
    pattern: `\\b(?:not sure|do not know) (?:if |whether )?i (?:will|should|am going to|want to|can) ${alt('come (?:back )?down', 'come back', 'climb down', 'get down', 'go (?:back )?home', 'make it (?:back|home)', 'step back', 'walk away')}\\b(?! ${alt('to', 'for', 'next', 'after', 'on', 'in time')}\\b)`,
  },
  // Intent to jump with a time or place: "thinking of jumping tonight".
  {
    id: 'location-act',
    gate: ['jump', 'jumping'],
    level: 'urgent',
    pattern: `\\b${WISH} (?:just )?(?:jump|jumping)(?= \\.| $| tonight| today| now| later| again| off| from| in front| when| before)`,
    unless: `${ORDINARY_PLACE}|\\b${alt('queue', 'bandwagon', 'trampoline', 'chance', 'ship', 'gun', 'ahead', 'right in', 'on board', 'at')}\\b`,
  },
  // At a height, thinking of the drop (issue 18's varied tuning lines).
  {
    id: 'location-rumination',
    level: 'urgent',
    gate: ['jumping', 'falling', 'drop'],
    pattern: `\\b(?:stand|standing|stood|sit|sitting|sat) (?:on|at) (?:the|a) ${alt('bridge', 'cliff', 'cliffs', 'ledge', 'edge', 'roof', 'platform', 'viaduct', 'car park roof')}(?: [a-z]+){0,6} (?:and )?(?:think|thinking|thought|wonder|wondering) (?:about|of) (?:jumping|falling|the drop)\\b`,
  },
  // Walking into the water until they cannot feel or stand: "tide's right in. gonna keep walking till i can't feel
  // anything".
  {
    id: 'location-act',
    level: 'urgent',
    pattern: `\\b(?:${WATER}|tides?|seafront|beach|shore|harbour)\\b[^]{0,120}\\b(?:keep|going to|gonna|will|just) (?:walking|walk|wading|wade|swimming|swim|going)\\b[^.]{0,40}\\b(?:till|until|til) i (?:can not|cannot|cant|can t) (?:feel|touch|stand|breathe)\\b`,
  },
  // Found by scenes-dev (2026-12-06, fifth round): walking into the water with something final beside it ("walking
  // into the brue at glastonbury, coat's heavy"); walking on into the water with no end told ("the river's right
  // there and i'm just gonna keep walking"); setting off for a height or the water now after putting things in order
  // ("left the cat flap open and food for a week. walking to the bridge now").
  {
    id: 'location-act',
    level: 'urgent',
    pattern: `\\bwalking (?:into|in to|out into) (?:the )?(?:${WATER}|${LOCAL_RIVERS})\\b[^]{0,60}\\b${alt('coat', 'coats', 'pockets', 'stones', 'rocks', 'heavy', 'tonight', 'night all', 'bye', 'goodbye', 'sorry', 'not coming back', 'for good', 'cold')}\\b`,
  },
  {
    id: 'location-act',
    level: 'urgent',
    pattern: `\\b(?:(?:${WATER})s?|${LOCAL_RIVERS}|tides?|seafront|shore)\\b[^]{0,80}\\b(?:just )?(?:gonna|going to|will|am going to) keep (?:on )?(?:walking|wading|going)(?: (?:in|into it|out|on))?(?= \\.| $)`,
  },
  {
    id: 'location-act',
    level: 'urgent',
    pattern: `\\b${alt('food for a (?:week|fortnight|month)', 'left the (?:cat flap|back door|door|key|keys)', 'unplugged everything', 'letters? (?:for|to) (?:everyone|my|the)', 'sorry for everything', 'not coming back', 'for good')}\\b[^]{0,120}\\b(?:walking|heading|going|driving|on my way) (?:up |down |out )?to (?:the )?(?:${HEIGHT}|${WATER}|${LOCAL_RIVERS}|level crossing|railway|tracks|pier|jetty)(?: [a-z]+)? now(?= \\.| $)`,
  },
  // Found by dev-24 and dev-26: at a height or the water now, with what makes it a crisis beside it: drink, shoes off,
  // the edge itself, a wish to go in, a goodbye just said ("told her i loved her and gave her my ring … on my way to
  // the bridge now"), or a place named as the answer to an intake question.
  {
    id: 'location-act',
    level: 'urgent',
    pattern: `\\b(?:i am|im|i m|i was|been|i have been|sat|stood|standing|sitting|out|writing this) (?:on my way to|heading (?:to|for)|on|at|by|up on|out on) (?:the )?(?:end of |top of |edge (?:of|at) )?(?:[a-z]+ )?(?:${HEIGHT}|${WATER}|jetty|quay|steps)\\b[^]{0,140}\\b(?:shoes off|had (?:a lot|loads|too much) to drink|been drinking|drunk|the edge(?: bit)?|want to go in|going in|push|just wanted to (?:talk|tell|say)|one last)\\b`,
    gate: ['drink', 'drinking', 'drunk', 'shoes', 'edge', 'go', 'going', 'push', 'wanted', 'last'],
    unless: `${ORDINARY_PLACE}|\\b(?:fishing|crabbing|paddling|photos?|photographs?|sunset|ice cream|chips|dog|walk|walking group|kids|grandkids|fireworks|view|swim|swimming|sailing|boat|work|shift|meeting|pint|pub|carnival)\\b`,
  },
  {
    id: 'location-act',
    level: 'urgent',
    pattern: `\\b(?:told (?:her|him|them|my [a-z]+) i love(?:d)? (?:her|him|them|you)|gave (?:her|him|them) my (?:ring|watch|necklace|things))\\b[^]{0,160}\\b(?:on my way to|heading (?:to|for)|walking to|driving to) (?:the )?(?:[a-z]+ )?(?:${HEIGHT}|${WATER})\\b`,
  },
  // Found by context-dev-j: a leg over the rail.
  {
    id: 'location-act',
    level: 'urgent',
    pattern: `\\b(?:got|had|put|swung) (?:one|a|my) leg over(?: the (?:railing|railings|edge|barrier|side|wall|parapet))?\\b`,
    unless: `\\b(?:horse|pony|bike|motorbike|stile|fence to get|gate)\\b`,
  },
  // Found by dev-36 and dev-37 (twelfth round): at the edge or on a bridge, told as the whole message ("at the quarry
  // edge", "on the m5 bridge"), outside the railings, "about to step off", the tide coming in and "staying put".
  {
    id: 'location-act',
    level: 'urgent',
    pattern: `^ (?:i am |im |just )?(?:at|on|up on|standing on|sat on) (?:the|a) (?:[a-z0-9]+ ){0,2}(?:edge|quarry edge|cliff edge|cliffs?|bridge|viaduct|railings|tracks|roof|multi storey|ledge|railway line|rail line)(?: now)?(?: \\.| x)* $|^ (?:the )?(?:rail(?:way)? line|railway|train tracks)(?: now)?(?: \\.| x)* $|\\b(?:station|platform|the [0-9]+(?: \\. [0-9]+)?)\\b[^]{0,60}\\b(?:i am |im )?not (?:getting|going to get) on (?:it|a train|the train|one|any of them)\\b(?![^]{0,60}\\b(?:strike|cancel+ed|delay|late|bus|lift|replacement|too busy|rammed|packed|next one)\\b)|\\b(?:on |the )?(?:other|wrong) side of the (?:[a-z]+ )?(?:railings?|barrier|fence)\\b|\\boutside (?:of )?the (?:[a-z]+ )?railings\\b|\\babout to step off\\b|\\btides? (?:is )?coming in\\b[^]{0,30}\\b(?:staying put|not moving|staying here|will not move|wont move)\\b`,
    unless: `\\b(?:selfie|photo|view|walk|walking|dog|kids|tour|climbing|abseil|cafe|traffic|stuck|queue|jam|lorry|van|bus)\\b`,
  },
];
