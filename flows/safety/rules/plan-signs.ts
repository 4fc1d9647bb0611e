// Urgent rules added with the sixth round of tuning lines (tests/safety/README.md): one's own funeral arranged, a day
// picked with no ordinary event, a countdown with nothing to count down to, not planning on the next birthday, wishing
// to be only a memory or to "just stop", going off "and not come back", climbing over a railing, pills hidden away.
// Most sixth-round phrasings are left to the learned layer (model/model.ts); these are the categories it scored below its
// threshold on its own training lines (short ones, or long ones where its length penalty leaves it to the lexicon).

import type { Rule } from './rule.js';
import { alt, gap } from '../vocabulary/pattern.js';
import { MEDS } from '../vocabulary/medicines.js';
import { EVERYDAY_MEANS } from '../vocabulary/means.js';
import { ORDINARY_ABSENCE, ORDINARY_PLAN } from '../vocabulary/ordinary.js';
import { DANGER_PLACE, LOCAL_DANGER_PLACES } from '../vocabulary/places.js';

const DAY = alt(
  'new years eve',
  'new years day',
  'christmas(?: eve| day)?',
  'my birthday',
  '(?:mon|tues|wednes|thurs|fri|satur|sun)day',
  'the (?:day|date|night)',
  'a (?:day|date|night)',
);

export const ROUND6_RULES: readonly Rule[] = [
  // "paid for my own cremation", "arranged my own funeral"; a funeral plan or policy is ordinary prudence.
  {
    id: 'own-funeral',
    gate: ['own'],
    level: 'urgent',
    pattern: `\\b${alt('paid for', 'arranged', 'organised', 'organized', 'booked', 'planned', 'sorted(?: out)?')} my own ${alt('funeral', 'cremation', 'burial')}\\b(?! ${alt('plan', 'policy', 'insurance')})`,
    unless: `\\b${alt('funeral plan', 'policy', 'insurance', 'over 50s')}\\b`,
  },
  // "i've picked new year's eve", "chosen the day": a day picked for nothing ordinary.
  {
    id: 'decision-made',
    gate: ['picked', 'chosen', 'chose'],
    level: 'urgent',
    pattern: `\\b(?:i have|i|have|ive) ${alt('picked', 'chosen', 'chose')} ${DAY}\\b`,
    unless: ORDINARY_PLAN,
  },
  // "it's happening on friday": an unnamed "it" set for a day.
  {
    id: 'decision-made',
    gate: ['happening'],
    level: 'urgent',
    pattern: `\\bit is (?:all )?happening ${alt('tonight', 'tomorrow', 'this weekend', `(?:on|this|next) ${DAY}`)}\\b`,
    unless: ORDINARY_PLAN,
  },
  // "counted the days. 9 left": a countdown with no "until…" to say what to.
  {
    id: 'decision-made',
    gate: ['days'],
    level: 'urgent',
    pattern: `\\bcount(?:ed|ing)? (?:down )?the days(?: \\.)? (?:only )?\\d+ (?:days? )?(?:left|to go)\\b`,
    unless: `\\b${alt('until', 'till', 'til', 'before my', 'to my', 'to the', 'holiday', 'birthday', 'wedding', 'christmas')}\\b`,
  },
  // Found by dev-35 (eleventh round): "the plan is tomorrow at first light, at the cliffs past minehead", an unnamed
  // plan set for a time at a place of danger.
  {
    id: 'suicide-plan',
    gate: ['plan'],
    level: 'urgent',
    pattern: `\\bthe plan is (?:for )?${alt('tonight', 'tomorrow', 'this weekend', 'at (?:first light|dawn|sunrise|midnight)', `(?:on )?${DAY}`)}\\b[^.]{0,60}\\b(?:${DANGER_PLACE}|${LOCAL_DANGER_PLACES})\\b`,
    unless: ORDINARY_PLAN,
  },
  // Found by dev-35: "I don't need the mentoring anymore. Everything will be finished by the morning."
  {
    id: 'decision-made',
    gate: ['finished', 'over'],
    level: 'urgent',
    pattern: `\\b(?:everything|it all) will be (?:finished|over) ${alt('by (?:the )?morning', 'by tomorrow', 'tonight')}(?= \\.| $| x| then)`,
    unless: `${ORDINARY_PLAN}|\\b${alt('exams?', 'course', 'work', 'job', 'building', 'builders', 'decorating', 'move', 'moving', 'essay', 'project', 'renovations?', 'kitchen', 'bathroom', 'shift', 'painting', 'harvest')}\\b`,
  },
  // "I don't plan on seeing my next birthday".
  {
    id: 'absence-future',
    gate: ['plan', 'intend', 'expect'],
    level: 'urgent',
    pattern: `\\b(?:do not|not|never) ${alt('plan', 'intend', 'expect')} (?:on|to) ${alt('seeing', 'see', 'making it to', 'make it to', 'being around for', 'be around for', 'being here for', 'be here for')} ${alt('my (?:next )?birthday', 'christmas', 'new year', 'next (?:year|week|month)', 'another (?:year|christmas|birthday)', 'the (?:spring|summer|autumn|winter)', 'the weekend')}\\b`,
  },
  // Found by context-dev-l (ninth round): "honestly i dont plan on being around past friday", not being here past a
  // day or time.
  {
    id: 'absence-future',
    gate: ['plan', 'intend', 'expect'],
    level: 'urgent',
    pattern: `\\b(?:do not|not|never) ${alt('plan', 'intend', 'expect')} (?:on|to) (?:being|be) ${alt('around', 'here', 'alive')} ${alt('past', 'after', 'beyond', 'by')} (?:this |next |the )?${alt(DAY, 'tonight', 'tomorrow', 'the weekend', 'weekend', 'next week', 'the end of (?:the|this) (?:week|month)')}\\b`,
    // Away for a reason given ("not planning on being here after christmas, moving to spain").
    unless: `${ORDINARY_ABSENCE}|\\b${alt('moving', 'move', 'emigrating', 'leaving (?:the|this) (?:area|country|town|job)', 'new job', 'contract', 'flight', 'flying')}\\b`,
  },
  // "once the kids are at their dad's I'm going to do it": a vague act timed for when others are away or asleep.
  {
    id: 'decision-made',
    gate: ['do'],
    level: 'urgent',
    pattern: `\\b${alt('once', 'when', 'after', 'as soon as')}${gap(6)} ${alt('asleep', 'gone', 'out', 'away', 'at work', 'at (?:their|his|her|my)', 'at school', 'in bed', 'quiet', 'on nights', 'on holiday')}\\b${gap(5)} (?:i am going to|i will|going to|i am gona) do it(?= \\.| $| then| properly)`,
    unless: ORDINARY_PLAN,
  },
  // "good night everyone. and I mean good night": the goodbye stressed as final.
  {
    id: 'farewell',
    gate: ['mean'],
    level: 'urgent',
    pattern: `\\band i (?:really )?mean (?:it )?${alt('good ?night', 'good ?bye', 'bye', 'farewell')}\\b`,
  },
  // "take myself off somewhere quiet with the car and not come back".
  {
    id: 'escape-wish',
    gate: ['come'],
    level: 'urgent',
    pattern: `\\b${alt('go', 'going', 'take myself', 'taking myself', 'drive', 'driving', 'walk', 'walking', 'head', 'swim', 'get')}\\b${gap(6)} and (?:just )?(?:not|never) come back\\b`,
  },
  // "climbed over the railing" (of a bridge, a car park, a cliff path).
  {
    id: 'location-act',
    gate: ['railing', 'railings', 'barrier', 'parapet', 'ledge', 'edge'],
    level: 'urgent',
    pattern: `\\bclimb(?:ed|ing|s)? (?:over|onto|on to|up on|out on|out onto) (?:the |a )?${alt('railings?', 'barrier', 'parapet', 'ledge', 'edge')}\\b`,
  },
  // "buying extra paracetamol… and hiding them in my sock drawer".
  {
    id: 'means-ready',
    gate: ['hiding', 'hid', 'hidden', 'stashing', 'stashed', 'squirrelling', 'squirreling', 'squirrelled'],
    level: 'urgent',
    pattern: `\\b${MEDS}\\b${gap(10)} ${alt('hiding', 'hid', 'hidden', 'stashing', 'stashed', 'squirrelling', 'squirreling', 'squirrelled')} (?:them|it|those|they)\\b`,
    // A pet's tablet hidden in its food ("weve tried hiding it in ham": dev-50, twentieth round).
    unless: `${EVERYDAY_MEANS}|\\b(?:hid|hiding|hidden) (?:it|them) in (?:ham|cheese|butter|food|a treat|treats|his food|her food|jam|yoghurt|pate)\\b`,
  },
  // "i want to be a memory", "i'd like to just stop. not pause. stop."
  {
    id: 'escape-wish',
    gate: ['memory', 'stop'],
    level: 'urgent',
    pattern: `\\b(?:${alt('want', 'wanted', 'would like', 'wish i could', 'need', 'just want')} to (?:just )?(?:be|become) (?:a|just a|only a) memory|${alt('want', 'would like', 'wish i could')} to just stop(?= \\.| $))`,
  },
  // A plan gone over step by step ("went through everything in my head on the bus home, every step"): kept when the
  // reading of "went through everything" as being done with it all was narrowed (dev-50, twentieth round).
  {
    id: 'suicide-plan',
    gate: ['step', 'detail'],
    level: 'urgent',
    pattern: `\\b(?:went|gone|going|been going|go) (?:through|over) (?:it|everything|it all|the plan|the whole thing) (?:again )?in my head\\b[^.]{0,40}\\bevery (?:step|single step|detail)\\b`,
    unless: ORDINARY_PLAN,
  },
  // Knowing the amount that would be enough ("i know how much is enough, i was a nurse 40 year"): a dose known, said
  // as such (context-train-x; kept when the standing reader was retrained in the twentieth round).
  {
    id: 'suicide-plan',
    gate: ['enough'],
    level: 'urgent',
    pattern: `\\bi (?:know|knew|worked out|looked up) (?:exactly )?how (?:much|many)(?: of them| of it)? (?:is|would be|will be|are|would|will|it takes to be|i would need to be|i d need to be) (?:be )?enough\\b`,
    unless: `\\b${alt('pints?', 'drinks?', 'glass(?:es)?', 'cans?', 'cake', 'food', 'portions?', 'sugar', 'exercise', 'sleep', 'coffee', 'tea', 'paint', 'wallpaper', 'compost', 'seed', 'feed', 'hay', 'money', 'cash', 'presents?', 'sandwich(?:es)?', 'chairs?', 'tickets?')}\\b`,
  },
];
