// Urgent rules for means and preparation phrased without a risk word (blind-3 and blind-4 misses): means kept
// "just in case" or "ready for later", a ligature fixed to an anchor, questions about how long or how many it would
// take, pills with a bottle, a gun in hand, gas with the windows shut. Means nouns × readiness, not sentences.

import type { Rule } from './rule.js';
import { alt, gap } from '../vocabulary/pattern.js';
import { MEDS } from '../vocabulary/medicines.js';
import { WEAPON } from '../vocabulary/weapons.js';
import { ANCHOR, ANCHOR_WORDS, EVERYDAY_MEANS, KEPT_FOR, KEPT_WHERE, LIGATURE, MEANS } from '../vocabulary/means.js';

export const PREPARATION_RULES: readonly Rule[] = [
  // Means kept back for later: "keep a blade in my drawer just in case", "pills and gin ready for later".
  {
    id: 'means-ready',
    gate: [
      'when',
      'end',
      'right',
      'ready',
      'saved',
      'saving',
      'keeping',
      'kept',
      'hidden',
      'hid',
      'stashed',
      'bad',
      'washing',
    ],
    level: 'urgent',
    pattern: `\\b${MEANS}\\b[^.]{0,50}\\b${KEPT_FOR}`,
    unless: EVERYDAY_MEANS,
  },
  {
    id: 'means-ready',
    gate: ['case', 'boot', 'under', 'drawer', 'bedside', 'wardrobe', 'hidden', 'where'],
    level: 'urgent',
    pattern: `\\b${alt(WEAPON, LIGATURE)}\\b[^.]{0,50}\\b${KEPT_WHERE}|\\b${KEPT_WHERE}\\b[^.]{0,30}\\b${alt(WEAPON, LIGATURE)}\\b`,
    unless: EVERYDAY_MEANS,
  },
  {
    id: 'means-ready',
    gate: ['not', 'strong', 'weight', 'length', 'boot', 'room', 'bag', 'car'],
    level: 'urgent',
    pattern: `\\b${alt('bought', 'buying', 'got', 'ordered', 'found', 'have', 'kept', 'keeping', 'keep')} (?:a |an |some |the |my |a length of |a new |enough )?${LIGATURE}\\b[^.]{0,40}\\b${alt('not for', 'strong enough', 'hold my weight', 'take my weight', 'the right length', 'in the boot', 'in my (?:room|bag|car)')}`,
    unless: EVERYDAY_MEANS,
  },
  // A ligature fixed to an anchor: "hung a belt from the loft hatch", "the cable's tied to the bannister".
  {
    id: 'method-hanging',
    gate: ANCHOR_WORDS,
    level: 'urgent',
    pattern: `\\b${LIGATURE}\\b${gap(3)} ${alt('tied', 'tying', 'attached', 'fixed', 'hung', 'hanging', 'looped', 'knotted', 'secured', 'fastened', 'up')} ${alt('to', 'from', 'over', 'round', 'around', 'on', 'onto')} (?:the |my |a |our )?${ANCHOR}\\b`,
  },
  {
    id: 'method-hanging',
    gate: ANCHOR_WORDS,
    level: 'urgent',
    pattern: `\\b${alt('tied', 'tying', 'tie', 'attached', 'attach', 'fixed', 'hung', 'hang', 'hanging', 'looped', 'loop', 'knotted', 'secured', 'rigged', 'put up', 'set up', 'tested', 'tried')} (?:up )?(?:a |the |my |some |an )?${LIGATURE}\\b${gap(2)} ${alt('to', 'from', 'over', 'round', 'around', 'on', 'onto')} (?:the |my |a |our )?${ANCHOR}\\b`,
  },
  {
    id: 'method-hanging',
    gate: ['weight', 'over'],
    level: 'urgent',
    pattern: `\\b(?:hold|take|bear|support) my weight\\b|\\b${alt('bag', 'plastic bag', 'pillow')} over my (?:head|face)\\b`,
  },
  // Questions about how it would go: "how long does it take to bleed out", "how many would it take".
  {
    id: 'method-question',
    gate: ['how'],
    level: 'urgent',
    pattern: `\\bhow ${alt('many', 'much', 'long', 'quick', 'quickly', 'fast', 'high', 'far', 'deep')}\\b[^.]{0,40}\\b${alt('do i need to (?:take|swallow|jump)', 'to die', 'to bleed out', 'bleed out', 'bleed to death', 'to drown', 'drown', 'to kill', 'would kill', 'will kill', 'kills you', 'until (?:you|i|someone) (?:die|dies|pass out|stop breathing)', 'to stop breathing', 'to not wake up', 'before (?:you|i|your heart|my heart) (?:die|stop)', 'is fatal', 'is lethal', 'to be fatal', 'to be sure', 'to make sure', 'to finish (?:me|it)', 'to end it')}`,
  },
  {
    id: 'method-question',
    gate: ['how'],
    level: 'urgent',
    pattern: `\\b${alt('how many', 'how much')} (?:would it take|does it take|will it take|would i need|do i need)(?= \\.| $)`,
  },
  {
    id: 'method-question',
    gate: ['way', 'ways', 'method', 'methods', 'means'],
    level: 'urgent',
    pattern: `\\b${alt('quickest', 'easiest', 'fastest', 'least painful', 'painless', 'surest', 'best', 'most peaceful', 'cleanest', 'simplest')} (?:way|method|means|ways|methods) (?:to |of )${alt('go(?= \\.| $| without| out| painlessly| peacefully| quietly| for good| that)', 'do it', 'die', 'dying', 'end (?:it|things|my life)', 'check out', 'not wake', 'go to sleep (?:and|forever)', 'disappear', 'get it over')}`,
  },
  {
    id: 'method-question',
    gate: ['if', 'enough'],
    level: 'urgent',
    pattern: `\\b(?:feel|hurt|painful|survive)\\b[^.]{0,30}\\bif (?:you|i|someone|a person) ${alt('jump', 'jumped', 'fall', 'fell', 'hang', 'drown', 'take', 'took', 'swallow', 'step')}\\b|\\b(?:high|deep|fast|many) enough\\b[^.]{0,30}\\b(?:jump|fall|drown|die|kill|not survive|not wake)|\\b(?:jump|fall|drop)\\b[^.]{0,30}\\b(?:high|far|deep) enough\\b`,
  },
  {
    id: 'method-question',
    gate: ['kill', 'finish'],
    level: 'urgent',
    pattern: `\\b(?:would|will|could|does|did) (?:the |a |that )?${alt('fall', 'drop', 'jump', 'height', 'it', 'that', 'impact', 'train', 'water')} ${alt('kill', 'finish')} (?:me|you|someone|a person|somebody)\\b`,
  },
  {
    id: 'method-question',
    gate: ['what', 'which'],
    level: 'urgent',
    pattern: `\\b(?:what|which) ${alt('tablets?', 'pills?', 'medication', 'drugs?', 'dose', 'amount', 'height', 'bridge', 'building')} (?:would|will|could|is|are|do you need to) (?:kill|be (?:fatal|lethal|enough)|do it|finish)\\b`,
  },
  // Pills with drink, now or ready: "downed a whole bottle of vodka and my meds".
  {
    id: 'method-overdose',
    gate: ['bottle', 'litre'],
    level: 'urgent',
    pattern: `\\b${alt('downed', 'necked', 'drank', 'drunk', 'swallowed', 'took', 'taken', 'had', 'mixed', 'mixing', 'going to (?:down|neck|take|mix)', 'about to (?:down|neck|take|mix)')} (?:a |the )?(?:whole |full |entire )?(?:bottle|litre|half bottle) of [a-z]+\\b[^.]{0,30}\\b(?:and|with|plus) (?:all )?(?:my |the |some |loads of |a load of )?(?:${MEDS}|them)\\b`,
  },
  {
    id: 'method-overdose',
    gate: ['bottle', 'litre'],
    level: 'urgent',
    pattern: `\\b${MEDS}\\b[^.]{0,30}\\b(?:and|with|plus) (?:a |the )?(?:whole )?(?:bottle|litre) of [a-z]+\\b[^.]{0,30}\\b${alt('ready', 'lined up', 'waiting', 'tonight', 'later', 'in front of me', 'next to me', 'together', 'all at once', 'going to', 'about to')}`,
  },
  {
    id: 'method-overdose',
    gate: ['got', 'have'],
    level: 'urgent',
    pattern: `\\b(?:got|have) (?:all )?(?:of )?(?:the |my |them |these |those )?(?:${MEDS} )?${alt('here', 'in my hand', 'in front of me', 'out', 'ready', 'with me')}\\b[^.]{0,30}\\b(?:going to|about to|will|want to|gonna|ready to) ${alt('take', 'swallow', 'neck', 'have', 'down')} (?:them|it|the lot|all|every)`,
  },
  {
    id: 'method-overdose',
    gate: ['lot', 'all', 'every', 'whole', 'rest'],
    level: 'urgent',
    pattern: `\\b${alt('want', 'tempted', 'going', 'about', 'ready', 'thinking of', 'thinking about', 'urge', 'urges', 'could', 'might', 'need')} (?:to )?(?:just )?${alt('swallow', 'take', 'neck', 'down', 'taking', 'swallowing')} ${alt('the lot', 'them all', 'all of them', 'the whole lot', 'every last one', 'the whole (?:box|packet|bottle|pack)', 'the rest of them')}\\b(?! ${alt('back', 'to', 'with me', 'out', 'home', 'off', 'in the morning', 'round', 'along')}\\b)`,
  },
  {
    id: 'method-overdose',
    gate: ['chemists', 'pharmacies', 'shops', 'supermarkets', 'boots'],
    level: 'urgent',
    pattern: `\\b(?:different|separate|several|a few|two|three|four|five|\\d+) ${alt('chemists', 'pharmacies', 'shops', 'supermarkets', 'boots')}\\b[^.]{0,40}\\b${MEDS}|\\b${MEDS}\\b[^.]{0,40}\\b(?:different|separate|several|a few|two|three|four|five|\\d+) ${alt('chemists', 'pharmacies', 'shops', 'supermarkets')}\\b`,
  },
  // A gun in hand: "found my dad's shotgun and I'm holding it now".
  {
    id: 'method-weapon',
    gate: ['gun', 'shotgun', 'rifle', 'pistol', 'firearm'],
    level: 'urgent',
    pattern: `\\b${alt('gun', 'shotgun', 'rifle', 'pistol', 'firearm')}\\b[^.]{0,40}\\b${alt('holding (?:it|him)', 'loaded', 'in my (?:hand|lap|mouth)', 'to my head', 'at my head', 'pointed at me', 'cocked', 'the safety')}\\b`,
  },
  // Gas or fumes with the room sealed.
  {
    id: 'method-poison',
    gate: ['gas', 'engine', 'barbecue', 'bbq', 'charcoal'],
    level: 'urgent',
    pattern: `\\bgas (?:is |has been |left |turned )?(?:on|turned on|left on|full on)\\b[^]{0,50}\\b(?:shut|closed|sealed|taped|blocked) (?:up )?(?:all )?(?:the )?${alt('windows', 'doors', 'vents', 'door', 'window', 'gaps')}\\b|\\b(?:shut|closed|sealed|taped|blocked) (?:up )?(?:all )?(?:the )?${alt('windows', 'doors', 'vents')}\\b[^]{0,50}\\b(?:gas|engine|barbecue|bbq|charcoal) (?:is |has been )?(?:on|running|lit)\\b`,
  },
  {
    id: 'method-poison',
    gate: ['running', 'barbecue', 'bbq', 'charcoal'],
    level: 'urgent',
    pattern: `\\b(?:engine|car) running\\b[^.]{0,30}\\b(?:garage|doors? (?:shut|closed)|windows (?:up|shut|closed))\\b|\\b(?:barbecue|bbq|charcoal|disposable barbecue) in (?:the |my )?(?:bedroom|room|car|tent|flat|bathroom)\\b`,
  },
  // Fumes in a closed garage (issue 18's varied tuning lines).
  {
    id: 'means-ready',
    level: 'urgent',
    gate: ['garage'],
    pattern: `\\bcar(?: [a-z]+){0,5} garage(?: [a-z]+){0,4} engine (?:on|running)\\b`,
  },
  // The car running in the garage with them in it ("the cars in the garage its running i cant hear anything but the
  // engine", scenes-dev): a car warmed up with the door open, or running well after a repair, is not.
  {
    id: 'means-ready',
    level: 'urgent',
    gate: ['garage'],
    unless: `\\b(?:doors? (?:is |are )?(?:open|up)|warming|warm (?:it )?up|defrost|fixing|mechanic|service|tuning|revving)\\b`,
    pattern: `\\bgarage\\b[^.]{0,40}\\b(?:it is|its|engine is|car is|engine|engines|car) (?:still )?running\\b(?=[^]{0,60}\\b(?:i (?:can not|cannot|cant) hear|sat in|sitting in|i am in (?:it|the car)|doors? (?:is |are )?(?:shut|closed|down)|windows (?:up|shut|closed)|sorry|bye)\\b)`,
  },
];
