// Concern rules for worries told in a few everyday words (dev-51, twenty-first round): money and a home at risk, food
// going short, drink and drugs taking over, medicine stopped or out of reach, and plain lows sent as a whole text
// ("so alone", "struggling"). Each needs the worry itself, not the topic: "skint till payday lol" and "no food in the
// fridge, off to tesco" stay ordinary. The first three kinds carry reasons of their own, which the concern reader
// never lets go (../model/concern-layer.ts): it had lowered these worries when they shared broader rules' reasons.

import type { Rule } from './rule.js';
import { alt } from '../vocabulary/pattern.js';
import { MEDS } from '../vocabulary/medicines.js';

const DAYS = alt(
  'payday',
  'pay day',
  'friday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'saturday',
  'sunday',
  'next week',
  'the [0-9]+(?:st|nd|rd|th)?',
  'next (?:week|[a-z]+day)',
  'my next payment',
  'benefits day',
);
const MONEY_FOR_LIVING = alt(
  'pip',
  'benefits?',
  'wages',
  'money',
  'rent(?: money)?',
  'universal credit',
  'uc',
  'pay',
  'savings',
  'pension',
  'student loan',
  'loan',
  'overdraft',
  'benefits? payment',
  'universal credit payment',
);
const BILLS = alt('rent', 'mortgage', 'council tax', 'gas', 'electric', 'electricity', 'bills?', 'water bill');

export const CONCERN_HARDSHIP_RULES: readonly Rule[] = [
  // Money and a home at risk.
  {
    id: 'money-or-home',
    level: 'concern',
    pattern: `\\b${BILLS} (?:is |are |s )?(?:[0-9]+|two|three|four|five|six|a few|several) (?:months?|weeks?) behind\\b|\\bbehind (?:on|with) (?:the |my |our )?${BILLS}\\b[^.]{0,40}\\b(?:again|letters?|threatening|scared|cannot|can not|no idea|do not know|dunno)\\b|\\b(?:rent |council tax )?arrears\\b[^.]{0,40}\\b(?:letter|court|eviction|evicted|bailiffs|notice)\\b|\\bbailiffs\\b[^.]{0,40}\\b(?:coming|came|at the door|letter|knocking)\\b|\\b(?:payday|pay day) loans?\\b|\\bloan shark\\b|\\bborrowed (?:off|from) (?:a|some) (?:bloke|guy|man|lad|fella|mate of a mate)\\b[^.]{0,60}\\bwants?\\b`,
    // A debt told as paid or past: "paid off the payday loan from last year".
    unless: `\\b(?:paid (?:it |them |the [a-z]+ |that )?off|paid back|cleared|debt free|used to|from last year|years ago)\\b`,
  },
  {
    id: 'money-or-home',
    level: 'concern',
    pattern: `\\b(?:cannot|can not|could not) afford (?:my |the |a )?(?:prescriptions?|medication|tablets|food|to eat|the gas|gas|the electric|electric|heating|the heating|rent|the rent|nappies|formula|the meter)\\b|\\b(?:skipping|skip|missing|going without) (?:meals|food|dinner|tea)\\b[^.]{0,20}\\bto (?:pay|afford|save|feed)\\b|\\bno (?:food|money|gas|electric|electricity|credit on the meter)(?: left)?(?: in the (?:house|flat|cupboards?|fridge))?\\b[^.]{0,20}\\b(?:till|until|before) ${DAYS}\\b`,
  },
  {
    id: 'money-or-home',
    level: 'concern',
    pattern: `\\b(?:lost my job|been sacked|got sacked|got the sack|made redundant|lost my hours)\\b[^.]{0,40}\\b(?:(?:do not know|dunno|no idea) how (?:i will|i am going to|to|we will|we are going to) pay|cannot pay|can not pay|pay (?:the )?(?:rent|bills|mortgage))\\b|\\b(?:kicked|thrown|chucked|turfed) out (?:of|by) (?:my |me )?(?:mums?|dads?|nans?|parents|partners?|boyfriends?|girlfriends?|flat|house|home|place)\\b|\\b(?:losing|going to lose|about to lose) (?:my|our|the) (?:flat|house|home|room|tenancy)\\b|\\b(?:gambling|gambled|betting|bet) (?:all|most|half) (?:of )?my ${MONEY_FOR_LIVING} (?:away|on)\\b|\\b(?:spent|lost|blown|blew|gambled) (?:my whole|my entire|the whole of my|all of my) ${MONEY_FOR_LIVING}\\b(?=[^.]{0,40}\\b(?:on|at) (?:betting|gambling|the bookies|bookies|slots|scratch ?cards|online|the machines|fruit machines|bets|casino)\\b)|\\bskint and (?:scared|desperate|behind|no food|terrified|cannot|can not)\\b`,
  },
  // Found by dev-52: money gambled or a home threatened in other words.
  {
    id: 'money-or-home',
    level: 'concern',
    pattern: `\\b(?:gambling|gambled|betting|bet|spent|blown|blew|lost|put) (?:all |most |half )?(?:of )?(?:my |the |the whole |my whole |my entire )?${MONEY_FOR_LIVING} (?:away|on (?:scratch ?cards|slots|betting|bets|the bookies|bookies|fruit machines|the machines|online casino|casino|the horses|the dogs|roulette))\\b|\\b(?:i am|we are) (?:[0-9]+|two|three|four|five|six) (?:months?|weeks?) behind\\b(?![^.]{0,30}\\b(?:work|emails?|college|uni|coursework|homework|studies|reading|marking|paperwork)\\b)|\\blandlord\\b[^.]{0,40}\\b(?:change the locks|chuck me out|kick me out|throw me out|evict(?:ing)? me|gave me notice|given me notice|section 21)\\b|\\bno (?:money|cash) (?:for|to buy) (?:food|the kids|nappies|the meter|gas|electric)\\b[^.]{0,20}\\b(?:till|until|before) ${DAYS}\\b`,
  },
  // Drink and drugs taking over.
  {
    id: 'drink-or-drugs',
    level: 'concern',
    pattern: `\\bdrinking\\b[^.]{0,25}\\bjust to (?:sleep|get to sleep|cope|get through|get by|feel normal|stop the shakes|stop shaking|steady my hands|stop my hands shaking)\\b|\\bdrinking (?:on|with) my (?:medication|tablets|pills|${MEDS})\\b|\\bdrinking (?:on my own|alone|by myself|in the mornings?|before work|at work) (?:most|every|each|all) (?:days?|nights?|mornings?)\\b|\\bdrinking since i (?:woke|got) up\\b|\\b(?:need|needing|needed) a drink (?:to get (?:out of bed|up|going|through the day|to work)|before (?:work|i can|i go out)|first thing|in the morning)\\b|\\bhiding (?:the |my )?(?:bottles|cans|drink|booze|vodka|empties)\\b|\\bevery (?:weekend|week|friday)\\b[^.]{0,20}\\b(?:turned into|became|is now|now) every (?:day|night)\\b`,
  },
  {
    id: 'drink-or-drugs',
    level: 'concern',
    pattern: `\\bcravings (?:are |is |s )?(?:bad|awful|terrible|really bad|so bad|strong|mad|unreal|back|horrendous)\\b`,
    unless: `\\b${alt('pregnan[a-z]*', 'chocolate', 'crisps', 'kebab', 'sugar', 'carbs', 'cake', 'pizza', 'bump', 'baby', 'weeks gone', 'sweets', 'biscuits', 'chips', 'cheese', 'maccies')}\\b`,
  },
  {
    id: 'drink-or-drugs',
    level: 'concern',
    pattern: `\\b(?:taking|took|been taking|having) (?:more|double|extra|twice as much) (?:of )?(?:my |the )?${MEDS} than (?:i should|i am meant to|i am supposed to|prescribed|it says)\\b|\\b(?:taking|took|been taking) (?:double|twice|extra) (?:my |the )?(?:dose of (?:my |the )?)?${MEDS}\\b`,
  },
  {
    id: 'drink-or-drugs',
    level: 'concern',
    pattern: `\\bowe (?:my |the |a )?dealer\\b|\\b(?:using|taking (?:it|something|stuff)|on it) (?:most|every) (?:days?|nights?)(?: now)?\\b|\\b(?:keep|keeps) buying more\\b`,
  },
  // Medicine stopped or left off.
  {
    id: 'medicine-left-off',
    level: 'concern',
    pattern: `\\b${MEDS}\\b[^.]{0,60}\\bso (?:i have |i |ive )?(?:just )?stopped (?:it|them|taking (?:it|them))\\b|\\bwithdrawal (?:off|of|from) (?:the |my )?${MEDS} (?:is |s )?(?:so |really )?(?:horrible|awful|hell|unbearable|killing me|terrible|horrendous)\\b`,
  },
  // Food going short on purpose.
  {
    id: 'not-eating',
    level: 'concern',
    pattern: `\\bonly (?:eating|eat|ate|been eating) (?:every other day|once a day|once every (?:two|2|three|3) days|one meal a (?:day|week)|a bit every other day)\\b`,
  },
  // Experiences that distress, in plain words.
  {
    id: 'psychosis-distress',
    level: 'concern',
    pattern: `\\b(?:hearing|seeing|smelling) (?:stuff|things|voices|noises|people|shadows) (?:that|which|who) (?:is not|are not|were not|was not) (?:really )?(?:there|real)\\b`,
  },
  // A low sent as the whole text.
  {
    id: 'distress',
    level: 'concern',
    pattern: `^ (?:i am |i feel |feel |feeling )?(?:so|really|very|totally|completely|just) (?:alone|lonely|low|empty)(?: \\.)? $|^ (?:i am |still |really |just )?struggling(?: \\.)? $|\\bmentally not (?:ok|okay|good|great|well|in a good place)\\b|\\bnot ok(?:ay)? mentally\\b|^ everything(?: is|s) (?:grey|gray|black|dark|pointless)(?: \\.)? $`,
  },
  // Breath short, as the whole text: a worry with its own reason, which does not linger (../context/lingering.ts), as
  // it is said of laughing as often as of panic ("cant breathe" … "this tiktok of a goat screaming").
  {
    id: 'body-in-trouble',
    level: 'concern',
    pattern: `^ (?:i )?(?:cannot|can not) breathe(?: properly| at all| right now)?(?: \\.)? $`,
  },
];
