// Urgent rules for danger told as a scene rather than named as a plan: the body already harmed, the means gathered
// and ready, the person exposed at a dangerous place now, last words to someone, and someone else breaking in now.
// None needs a risk word ("wrists are open", "on the hard shoulder, the lorries are so close", "sorry mum x").
// Written from the kinds of message an independent writer's development set showed the rules missing (2026-12-05),
// as categories, not copies; each is narrow enough that the everyday sense of the same words stays clear.

import type { Rule } from './rule.js';
import { alt, gap } from '../vocabulary/pattern.js';
import { MEDS } from '../vocabulary/medicines.js';
import { EVERYDAY_BLOOD } from '../vocabulary/ordinary.js';
import { CLOSE_PEOPLE } from '../vocabulary/people.js';
import { DANGER_PLACE, LOCAL_DANGER_PLACES, LOCAL_RIVERS, ROADS_AND_LINES } from '../vocabulary/places.js';
import { WEAPON } from '../vocabulary/weapons.js';

const I_AM = alt('i am', 'am', 'i have been', 'been');
const FAMILY = alt(
  ...CLOSE_PEOPLE.filter((p) => !['people', 'anyone', 'nobody', 'everybody'].includes(p)),
  'mummy',
  'daddy',
  'mam',
  'mom',
  'nana',
  'gran',
  'granny',
  'grandad',
  'grandma',
  'babe',
  'baby',
  'love',
  'all',
  'guys',
  'girls',
  'lads',
);
/** A body part that shows harm already done. */
const BODY = alt('wrists?', 'arms?', 'legs?', 'thighs?', 'neck', 'throat');
/** How a body feels after an overdose. */
const DOSED = alt(
  'sick',
  'woozy',
  'dizzy',
  'sleepy',
  'drowsy',
  'funny',
  'weird',
  'numb',
  'heavy',
  'dying',
  'cannot (?:move|feel|stand|see|breathe|stay awake|keep my eyes open)',
  'can not (?:move|feel|stand|see|breathe)',
  'my (?:heart|chest|stomach)',
  'everything is (?:spinning|blurry|going)',
  'room (?:is )?spinning',
  'spinning',
  'slurring',
  'more to go',
  'to go',
  'left',
);
const TRAFFIC_PLACE = alt(...ROADS_AND_LINES);
/** Something electric that kills in water, plugged in; and a bath run. */
const PLUGGED_IN = `${alt('hairdryer', 'hair dryer', 'toaster', 'heater', 'straighteners', 'extension lead', 'radio')}\\b[^.]{0,20}\\bplugged in`;
const BATH_RUN = 'bath (?:is |s )?(?:running|run|filled|full|filling)';
/** A place of danger, or "up here", and working up to the act there. */
const HEIGHT_HERE = alt(DANGER_PLACE, LOCAL_DANGER_PLACES, 'up here', 'the edge');
const WORKING_UP = `(?:working|building|psyching(?: myself)?|plucking) up (?:to it|the (?:courage|nerve))`;
/** The last word of each, which every match contains. */
const TRAFFIC_GATE = [...new Set(ROADS_AND_LINES.map((p) => p.split(' ').at(-1) ?? p))];
/** On foot (or lying) on or towards the road or the line; never just "on the motorway", which is mostly driving. */
const EXPOSED_VERB = alt(
  `(?:standing|stood|sat|sitting|lying|laying|lay|waiting|kneeling) ${alt('on', 'in the middle of', 'at the edge of', 'by', 'next to')}`,
  `(?:walking|walked|heading|wandering|running|climbing) ${alt('on', 'for', 'along', 'down', 'towards', 'toward', 'to', 'onto', 'into', 'up', 'down to', 'out onto', 'over to')}`,
  'i am on',
  'i am in the middle of',
  'now on',
);
const KEEPSAKE = alt(
  'rings?',
  'jewellery',
  'jewelry',
  'necklace',
  'watch',
  'medals?',
  'guitar',
  'ashes',
  'things',
  'stuff',
  'savings',
  'money',
  'bank card',
  'pin',
  'passwords?',
  'photos',
  'letters?',
  'cat',
  'dog',
  'everything',
);

/** The means within reach, said plainly. */
const MEANS_HERE = `(?:the |my |all my |all the )?(?:${MEDS}|${WEAPON}|rope|belt|cable|bleach) (?:is |are )?(?:just |right )?${alt('here', 'next to me', 'beside me', 'by me', 'in my hand', 'in my hands', 'on my lap', 'in front of me', 'within reach', 'on the (?:bed|table|side) next to me')}`;
/** Worn-out or finished, said in the same message. */
const AT_THE_END = alt(
  'done',
  'so done',
  'too heavy',
  'too much',
  'had enough',
  'cannot (?:do this|go on|cope|take)',
  'can not (?:do this|go on|cope|take)',
  'tired of',
  'no point',
  'pointless',
  'hopeless',
  'give up',
  'giving up',
  'over',
  'sorry',
  'goodbye',
  'bye',
  'nothing left',
  'no way out',
);

export const SCENE_RULES: readonly Rule[] = [
  // The means within reach beside being at the end: "everything is too heavy, the pills are right next to me".
  {
    id: 'means-ready',
    level: 'urgent',
    pattern: `\\b(?:${AT_THE_END}\\b.{0,80}?\\b${MEANS_HERE}|${MEANS_HERE}\\b.{0,80}?\\b${AT_THE_END})\\b`,
    unless: `\\b${alt('with (?:my )?(?:dinner|breakfast|tea|lunch|food)', 'remind', 'dose', 'prescription', 'pharmacy', 'chemist', 'cooking', 'chopping', 'dinner', 'recipe')}\\b`,
  },
  // The body already harmed: "wrists are open", "arm won't stop bleeding", "blood everywhere".
  {
    id: 'self-harm-now',
    gate: ['open', 'bleeding', 'blood', 'deep', 'gushing', 'pouring'],
    level: 'urgent',
    pattern: `\\b(?:my )?${BODY} (?:is |are )?(?:wide )?${alt('open', 'bleeding (?:a lot|loads|badly|everywhere|through)', 'gushing', 'pouring')}\\b`,
    unless: `\\b${alt('scratch', 'graze', 'bruise', 'shaving', 'fell', 'tripped', 'surgery', 'operation', 'stitches (?:out|removed)', 'healed', 'healing')}\\b`,
  },
  {
    id: 'self-harm-now',
    gate: ['blood'],
    level: 'urgent',
    pattern: `\\bblood (?:is )?${alt('everywhere', 'all over (?:the|my) (?:floor|bed|bath|sink|bathroom)', 'wont stop', 'will not stop', 'pouring')}\\b`,
    unless: `\\b${alt('nose ?bleed', 'period', 'blood test', 'dog', 'cat', 'butcher', 'film', 'horror', 'game')}\\b|${EVERYDAY_BLOOD}`,
  },
  // An overdose taken, told by how it feels: "took too much, can't move my legs", "20 down. feel a bit sick".
  {
    id: 'method-overdose',
    gate: ['took', 'taken', 'down', 'swallowed', 'gone'],
    level: 'urgent',
    pattern: `\\b${alt('took', 'taken', 'have taken', 'had')} ${alt('too (?:much|many)', 'way too (?:much|many)', 'all of (?:them|it)', '(?:loads|a load|lots|a lot|a handful|handfuls) of (?:stuff|pills|tablets|them|meds|medication|whatever)', 'enough (?:this time|to (?:not wake|end it|do it|finish it))', 'the (?:lot|whole (?:box|packet|pack|bottle|lot))', 'everything i had')}\\b.{0,60}?\\b${DOSED}\\b`,
    unless: `\\b${alt('work', 'on at work', 'shifts', 'on board', 'on myself', 'sugar', 'coffee', 'caffeine', 'sun', 'gym')}\\b`,
  },
  {
    id: 'method-overdose',
    gate: ['down', 'gone', 'swallowed', 'taken'],
    level: 'urgent',
    pattern: `(?:^|[.!?] |^ )\\d{1,3} ${alt('down', 'gone', 'swallowed', 'taken', 'in')}\\b.{0,30}?\\b${DOSED}\\b`,
  },
  {
    id: 'method-overdose',
    gate: ['packet', 'box', 'bottle', 'strip', 'strips', 'blister'],
    level: 'urgent',
    pattern: `\\b(?:the |a |my )?(?:whole |full |entire )?${alt('packet', 'box', 'bottle', 'pack')} (?:of [a-z]+ )?(?:is |has )?(?:all )?gone\\b.{0,60}?\\b${DOSED}\\b`,
  },
  {
    id: 'method-overdose',
    gate: ['enough'],
    level: 'urgent',
    pattern: `\\b${alt('taken', 'took', 'had', 'swallowed', 'necked')} enough (?:of (?:them|it|my [a-z]+) )?${alt('this time', 'to (?:not wake(?: up)?|end it|do it|finish it|kill me|do the job)', 'now')}\\b`,
    unless: `\\b${alt('sleep', 'coffee', 'caffeine', 'sun', 'drink(?:s)? for', 'of your', 'of his', 'of her', 'abuse', 'nonsense', 'rubbish')}\\b`,
  },
  {
    id: 'method-overdose',
    gate: ['took', 'taken', 'had', 'swallowed'],
    level: 'urgent',
    pattern: `\\b${alt('cannot breathe', 'can not breathe', 'room (?:is )?spinning', 'everything is spinning', 'heart (?:is )?racing')}\\b.{0,40}?\\b${alt('took', 'taken', 'had', 'swallowed')} ${alt('too (?:much|many)', '(?:loads|a load|lots|a lot|a handful) of (?:stuff|pills|tablets|them|meds)', 'all of (?:them|it)', 'the lot')}\\b`,
  },
  // The means gathered and ready: "mixed all my meds in a pint glass", "razors out", "filled a rucksack with stones",
  // "took the shotgun out and loaded it".
  {
    id: 'means-ready',
    gate: ['mixed', 'crushed', 'emptied', 'popped', 'poured'],
    level: 'urgent',
    pattern: `\\b${alt('mixed', 'crushed', 'crushed up', 'emptied', 'popped', 'poured')} (?:out )?(?:all )?(?:of )?my ${MEDS}\\b(?! ${alt('into (?:my|the) (?:pill )?(?:organiser|dosette|box|tray)', 'for the week', 'by mistake')})`,
    unless: `\\b${alt('organiser', 'dosette', 'pharmacist', 'pharmacy', 'blister pack', 'chemist', 'for the week', 'doctor said', 'nurse')}\\b`,
  },
  {
    id: 'means-ready',
    gate: ['razor', 'razors', 'blade', 'blades'],
    level: 'urgent',
    pattern: `\\b(?:the )?${alt('razors?', 'blades?')} (?:are |is )?${alt('out', 'ready', 'on the (?:side|bed|edge of the bath)', 'laid out', 'in my hand')}\\b`,
    unless: `\\b${alt('shave', 'shaving', 'legs', 'beard', 'craft', 'lino', 'stanley', 'hair')}\\b`,
  },
  {
    id: 'means-ready',
    gate: ['stones', 'rocks', 'bricks', 'weights'],
    level: 'urgent',
    pattern: `\\b${alt('filled', 'filling', 'full of', 'stuffed', 'loaded')}${gap(3)} ${alt('stones', 'rocks', 'bricks', 'weights')}\\b`,
    unless: `\\b${alt('garden', 'rockery', 'path', 'patio', 'pond', 'aquarium', 'fish tank', 'kids', 'collection', 'beach ?combing', 'crystals', 'gym', 'workout')}\\b`,
  },
  {
    id: 'method-weapon',
    gate: ['loaded'],
    level: 'urgent',
    pattern: `\\b${alt('loaded (?:it|the (?:gun|shotgun|rifle)|my (?:gun|shotgun|rifle))', '(?:gun|shotgun|rifle)s? (?:is |are )?loaded')}\\b`,
    unless: `\\b${alt('dishwasher', 'washing', 'van', 'car', 'lorry', 'boot', 'shopping', 'range', 'clay', 'club', 'shooting (?:club|season)', '(?:staple|glue|nail|nerf|water|heat|paint|caulk|caulking|grease|spray) guns?')}\\b`,
  },
  // Exposed now at a dangerous place: "im on the hard shoulder", "walking towards the m5 now", "on the footbridge
  // over the m5 ... up here", "in the water up to my waist", "counting the gaps between the trains".
  {
    id: 'location-act',
    gate: TRAFFIC_GATE,
    level: 'urgent',
    pattern: `\\b${EXPOSED_VERB} (?:the )?${TRAFFIC_PLACE}\\b`,
    unless: `\\b${alt('broke down', 'broken down', 'breakdown', 'aa', 'rac', 'recovery', 'puncture', 'flat tyre', 'traffic jam', 'stuck in traffic', 'roadworks', 'diversion', 'bus', 'coach', 'on my way to', 'on the way to', 'driving', 'drove', 'junction', 'services', 'commute', 'work', 'late', 'delays?', 'cancelled', 'signal failure', 'on time', 'dog', 'footpath', 'path', 'cycle', 'bike', 'be there', 'eta', 'home (?:soon|in)', 'see you', '(?:be|get|arrive|there|home|with you) in \\d+ (?:mins|minutes)')}\\b`,
  },
  {
    id: 'location-act',
    gate: ['bridge', 'footbridge', 'flyover', 'viaduct'],
    level: 'urgent',
    pattern: `\\b${alt('on', 'standing on', 'stood on', 'sat on', 'sitting on', 'at')} (?:the |a )?${alt('foot ?bridge', 'bridge', 'flyover', 'viaduct')} over (?:the )?${alt('m5', 'm4', 'motorway', 'dual carriageway', 'railway', 'tracks', 'line', 'a303', 'a38', 'river', 'gorge')}\\b.{0,80}?\\b${alt('up here', 'from here', 'looking down', 'so loud', 'so fast', 'so close', 'the drop', 'how high', 'now', 'tonight', 'again', 'climb', 'over the (?:rail|railing|side|edge)')}\\b`,
  },
  {
    id: 'location-act',
    gate: ['water', 'sea', 'river', 'waist', 'chest', 'neck', 'knees'],
    level: 'urgent',
    pattern: `\\bin the ${alt('water', 'sea', 'river', 'canal', 'lake', 'reservoir', 'estuary')} (?:up )?to my ${alt('waist', 'chest', 'neck', 'knees', 'shoulders')}\\b`,
    unless: `\\b${alt('swim', 'swimming', 'paddle', 'paddling', 'surf', 'surfing', 'wetsuit', 'dip', 'kids', 'dog', 'fishing', 'waders', 'lovely', 'refreshing')}\\b`,
  },
  {
    id: 'location-act',
    gate: ['gaps', 'timing', 'counting', 'timetable'],
    level: 'urgent',
    pattern: `\\b${alt(`${alt('counting', 'timing')} the ${alt('gaps', 'seconds', 'minutes')} between (?:the )?${alt('trains', 'lorries', 'cars', 'them')}`, 'timing the (?:trains|lorries|express|fast trains)', 'counting the (?:trains|lorries)')}\\b`,
    unless: `\\b${alt('spotting', 'trainspotting', 'grandson', 'grandaughter', 'son', 'kids', 'hobby', 'model')}\\b`,
  },
  {
    id: 'location-act',
    gate: ['tide', 'tides'],
    level: 'urgent',
    pattern: `\\btides?${gap(4)} ${alt('and so am i', 'so am i', 'and me with it', 'i am going (?:in|with it|out)', 'i will (?:go|walk) (?:in|out)', 'walk (?:in|out) with it')}\\b`,
  },
  {
    id: 'location-act',
    gate: ['car', 'top', 'edge'],
    level: 'urgent',
    pattern: `\\b(?:${I_AM} )?${alt('sitting', 'sat', 'parked', 'waiting')} in (?:the|my) car at the ${alt('top', 'edge')} of (?:the )?${alt('gorge', 'cliffs?', 'quarry', 'drop', 'car park', 'multi ?storey', 'hill')}\\b`,
  },
  {
    id: 'location-act',
    gate: ['fitting', 'apt', 'right', 'place'],
    level: 'urgent',
    pattern: `\\b${alt('top of the (?:car park|multi ?storey|tower|hospital|building|cliffs?|gorge|quarry)', 'top floor of', 'on the roof')}\\b.{0,90}?\\b${alt('it is fitting', 'fitting really', 'seems fitting', 'feels right', 'the right place', 'as good a place as any', 'where it (?:all )?(?:started|began)')}\\b`,
  },
  // Last words to someone: "sorry mum x" as a whole message, "to whoever reads this, sorry for the mess", "tell the
  // kids daddy loved them", "make sure my mum gets my rings", "mum ill see you soon, you said you'd wait for me".
  {
    id: 'goodbye',
    gate: ['sorry'],
    level: 'urgent',
    pattern: `^ (?:i am |im |so |really |so so )*sorry (?:to )?(?:my )?${FAMILY}(?: (?:i )?love (?:you|u|ya))?(?: x+)?(?: [.!])* $`,
  },
  {
    id: 'goodbye',
    gate: ['whoever', 'reads', 'finds'],
    level: 'urgent',
    pattern: `\\b(?:to )?${alt('whoever', 'whoever it is that', 'the person who', 'whoever it is who')} ${alt('reads', 'finds', 'is reading')} (?:this|me)\\b`,
    unless: `\\b${alt('review', 'survey', 'feedback', 'form', 'application', 'cv', 'email', 'rota', 'report', 'notes? for the next shift', 'handover')}\\b`,
  },
  {
    id: 'goodbye',
    gate: ['loved', 'love'],
    level: 'urgent',
    pattern: `\\b${alt('tell', 'make sure', 'let')} (?:the |my )?${alt('kids', 'children', 'boys', 'girls', 'son', 'daughter', 'mum', 'dad', 'family', 'wife', 'husband', 'partner', 'sister', 'brother', 'nan', 'everyone', '[a-z]+')} (?:know )?(?:that )?${alt('i', 'daddy', 'mummy', 'dad', 'mum', 'their (?:dad|mum)')} ${alt('loved', 'always loved', 'did love', 'really loved')} (?:them|him|her|you|everyone)\\b`,
  },
  {
    id: 'goodbye',
    gate: ['gets', 'get', 'has', 'have', 'keeps', 'keep'],
    level: 'urgent',
    pattern: `\\b${alt('make sure', 'see that', 'please let', 'i want')} (?:my )?[a-z]+ ${alt('gets', 'get', 'has', 'have', 'keeps', 'keep', 'takes', 'take')} my ${KEEPSAKE}\\b`,
    unless: `\\b${alt('when i move', 'moving', 'while i am (?:away|on holiday|in hospital)', 'for the weekend', 'old', 'spare', 'clear out', 'car boot', 'charity shop', 'borrow', 'lend', 'birthday', 'for christmas', 'back')}\\b`,
  },
  {
    id: 'goodbye',
    gate: ['soon', 'wait', 'waiting', 'join', 'with'],
    level: 'urgent',
    pattern: `\\b${alt('see you soon', 'be with you soon', 'with you soon', 'coming to (?:see|join|be with) you', 'on my way to you', 'join you soon')}\\b.{0,80}?\\b${alt('wait for me', 'waiting for me', 'heaven', 'up there', 'on the other side', 'again at last', 'finally', 'miss you every day', 'since you (?:went|left|passed|died)')}\\b`,
  },
  {
    id: 'goodbye',
    gate: ['eulogy', 'funeral'],
    level: 'urgent',
    pattern: `\\b${alt('wrote', 'written', 'writing', 'planned', 'planning', 'picked', 'chose', 'chosen', 'sorted')} ${alt('my (?:own )?eulogy', 'my (?:own )?funeral', 'the songs for my funeral', 'songs for my funeral', 'what i want at my funeral')}\\b`,
    unless: `\\b${alt('when i am old', 'one day', 'years', 'will', 'insurance', 'plan(?:s|ning)? ahead', 'prepaid', 'pre paid', 'diagnosis', 'terminal', 'palliative', 'cancer')}\\b`,
  },
  {
    id: 'goodbye',
    gate: ['always', 'happen', 'feel', 'blame'],
    level: 'urgent',
    pattern: `\\b${alt('this was always going to happen', 'it was always going to end like this', 'it was always going to be this way', 'please do not (?:feel bad|feel guilty|blame yourselves|blame yourself|be sad|be angry|be cross|cry)')}\\b`,
    unless: `\\b${alt('cancel', 'cancelled', 'late', 'miss(?:ed)? (?:the|our|my) (?:session|meeting|appointment)', 'session', 'meeting', 'mistake', 'forgot', 'rota', 'shift')}\\b`,
  },
  {
    id: 'goodbye',
    gate: ['world'],
    level: 'urgent',
    pattern: `\\b${alt('goodnight', 'good night', 'goodbye', 'bye bye', 'bye', 'farewell', 'so long')} (?:cruel |to the )?world\\b`,
  },
  {
    id: 'goodbye',
    gate: ['note', 'notes', 'letter', 'letters'],
    level: 'urgent',
    pattern: `\\b(?:the |a |my |left a |left the |left my )?${alt('note', 'notes', 'letter', 'letters')} (?:is |are )?${alt('on', 'under', 'by', 'in', 'next to')} (?:the |my )?${alt('fridge', 'table', 'kitchen table', 'side', 'pillow', 'bed', 'door', 'mantelpiece', 'mantle', 'counter', 'dashboard', 'seat', 'desk')}\\b.{0,60}?\\b${alt('going now', 'off now', 'bye', 'goodbye', 'sorry', 'love you', 'love u', 'forgive me', 'it is time', 'time to go')}\\b`,
    unless: `\\b${alt('shopping', 'milk', 'bins?', 'dinner', 'tea is', 'in the oven', 'feed the', 'walk the dog', 'back at', 'back by', 'back later', 'home by', 'parcel', 'delivery', 'postman')}\\b`,
  },
  {
    id: 'absence-future',
    gate: ['need'],
    level: 'urgent',
    pattern: `\\bafter ${alt('that', 'tonight', 'today', 'this weekend', 'the weekend', 'friday', 'saturday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'then')} i (?:will not|am not going to|do not) need ${alt('anything', 'anything else', 'anyone', 'anybody', 'a mentor', 'any help', 'you', 'any of (?:it|this|you)', 'this')}\\b(?! ${alt('from the shop', 'from the shops', 'from tesco', 'for the trip', 'until', 'till', 'for a (?:while|bit|week|month)')})`,
    unless: `\\b${alt('shopping', 'shop', 'packed', 'packing', 'holiday', 'trip', 'course', 'sessions? (?:end|finish)', 'driving test', 'exam', 'operation', 'appointment', 'tablets? for a week')}\\b`,
  },
  // Sudden calm after a decision: "got a plan now and i feel weirdly better".
  {
    id: 'suicide-plan',
    gate: ['plan', 'decision', 'decided', 'mind'],
    level: 'urgent',
    pattern: `\\b${alt('got a plan', 'have a plan', 'made a plan', 'made my decision', 'made my mind up', 'made up my mind', 'decided what to do', 'know what i am going to do')}(?: now)?${gap(2)} (?:and |so )?(?:i )?(?:feel|am|feeling) (?:so |really |weirdly |strangely |oddly |actually |finally |quite )*${alt('better', 'calm', 'calmer', 'peaceful', 'at peace', 'relieved', 'light', 'lighter', 'settled')}\\b`,
    unless: `\\b${alt('budget', 'debt', 'money', 'revision', 'study', 'exam', 'diet', 'meal', 'care plan', 'crisis plan', 'safety plan', 'wellness', 'recovery', 'job', 'move', 'moving', 'holiday', 'wedding', 'mentor', 'gp', 'doctor')}\\b`,
  },
  // The end said plainly: "going to sleep and not bother waking", "this is where it ends for me".
  {
    id: 'suicidal-intent',
    gate: ['wake', 'waking', 'ends', 'end'],
    level: 'urgent',
    pattern: `\\b${alt('going to (?:go to )?sleep and not (?:bother )?(?:wake|waking)(?: up)?', 'go to sleep and never wake(?: up)?', 'this is where it (?:all )?ends(?: for me)?(?= [.!]| $| x)', 'this is where i (?:end it|stop)(?= [.!]| $| x)')}`,
    unless: `\\b${alt('film', 'book', 'series', 'season', 'episode', 'chapter', 'path', 'walk', 'story', 'journey', 'road', 'line', 'alarm', 'lie in', 'weekend', 'holiday', 'day off', 'hangover', 'night shift', 'lol', 'haha')}\\b`,
  },
  // Found after blind-11's single scoring (2026-12-05; the set counts as development data since):
  // an attempt that failed and will be tried again; a collapse; means packed for a drive; a drive without braking; a
  // last time with the children; someone else's medicines taken; "goodnight everyone, for good".
  {
    id: 'suicidal-intent',
    gate: ['again'],
    level: 'urgent',
    pattern: `\\b${alt('tried', 'attempted', 'went to')} (?:to )?${alt('hang', 'kill', 'end', 'overdose', 'drown', 'cut', 'hurt')}${gap(4)}\\b.{0,50}?\\b${alt('going to', 'gonna', 'will', 'i will', 'i am going to')} (?:just )?${alt('try', 'do it', 'have another go')} again\\b`,
  },
  {
    id: 'danger-now',
    gate: ['collapsed', 'passed', 'fainted'],
    level: 'urgent',
    pattern: `\\b${alt('collapsed', 'passed out', 'fainted', 'blacked out')}\\b.{0,80}?\\b${alt('cannot get up', 'can not get up', 'cannot move', 'cannot breathe', 'heart (?:going|is going|racing|is racing) (?:funny|weird|mad|fast)', 'chest (?:pain|hurts)')}\\b`,
    unless: `\\b${alt('last (?:week|month|year)', 'years ago', 'ages ago', 'in the film', 'lol')}\\b`,
  },
  {
    id: 'means-ready',
    gate: ['driving', 'heading', 'going', 'drive'],
    level: 'urgent',
    pattern: `\\b(?:all )?(?:my |the )?${MEDS} ${alt('are', 'is')} (?:all )?(?:in a bag|in my bag|in the car|on the (?:passenger )?seat|with me)\\b.{0,60}?\\b${alt('driving', 'heading', 'going', 'off')} (?:to|down to|out to|up to)\\b`,
    unless: `\\b${alt('holiday', 'trip', 'weekend away', 'mums', 'hospital appointment', 'for the week')}\\b`,
  },
  {
    id: 'suicidal-intent',
    gate: ['brake', 'braking', 'brakes'],
    level: 'urgent',
    pattern: `\\b${alt('and not brake', 'and not stop', 'without braking', 'and not (?:use|touch) the brakes?', 'and not slow down')}\\b`,
    unless: `\\b${alt('lol', 'haha', 'game', 'mario ?kart', 'forza', 'simulator')}\\b`,
  },
  {
    id: 'goodbye',
    gate: ['last'],
    level: 'urgent',
    pattern: `\\b${alt('kissed', 'hugged', 'held', 'cuddled', 'tucked in', 'said goodnight to', 'said goodbye to', 'looked at')} (?:the |my )?${alt('kids', 'children', 'boys', 'girls', 'son', 'daughter', 'baby', 'dog', 'cat', 'mum', 'dad', 'wife', 'husband', 'partner')}${gap(2)} for the (?:very )?last time\\b`,
  },
  {
    id: 'method-overdose',
    gate: ['dads', 'mums', 'nans', 'grans', 'grandads', 'partners', 'husbands', 'wifes', 'brothers', 'sisters'],
    level: 'urgent',
    pattern: `\\b${alt('took', 'taken', 'had', 'swallowed', 'done', 'used', 'injected', 'drank')}${gap(4)} (?:my )?${alt('dads', 'mums', 'nans', 'grans', 'grandads', 'partners', 'husbands', 'wifes', 'brothers', 'sisters')} (?:old )?(?:${MEDS}|insulin(?: pens?)?|morphine|oramorph)\\b`,
    unless: `\\b${alt('to the (?:chemist|pharmacy)', 'back to', 'collected', 'picked up', 'dropped off', 'for (?:him|her)', 'gave (?:him|her)')}\\b`,
  },
  {
    id: 'goodbye',
    gate: ['good'],
    level: 'urgent',
    pattern: `\\b${alt('goodnight', 'good night', 'night', 'bye', 'goodbye', 'so long', 'take care')} (?:everyone|all|everybody|you all|world|xx?)? ?${alt('for good', 'forever', 'for the last time')}\\b`,
  },
  // About to act now: "im about to do something really stupid. sorry", "im about to take them".
  {
    id: 'suicidal-intent',
    gate: ['about', 'going'],
    level: 'urgent',
    pattern: `\\b${alt('about to', 'going to', 'gonna')} (?:go and |just )?do something (?:really |very |so )?${alt('stupid', 'silly', 'bad', 'drastic', 'i cannot take back', 'permanent', 'final')}\\b`,
    unless: `\\b${alt('haircut', 'fringe', 'tattoo', 'buy', 'spend', 'order', 'text (?:him|her|my ex)', 'ring (?:him|her|my ex)', 'quit', 'karaoke', 'lol', 'haha', 'shopping')}\\b`,
  },
  {
    id: 'method-overdose',
    gate: ['about', 'going'],
    level: 'urgent',
    pattern: `\\b(?:i am |im )?${alt('about to', 'going to')} (?:take|swallow|down) ${alt('them all', 'all of them', 'them', 'the lot', 'the whole lot', 'it all', 'everything')}(?: now| tonight)?(?= [.!]| $| x| sorry| bye| love)`,
    unless: `\\b${alt('bins?', 'rubbish', 'recycling', 'dog', 'kids', 'washing', 'photos', 'pictures', 'bags?', 'shopping', 'parcels?', 'boxes', 'clothes', 'plants?', 'biscuits', 'cakes?', 'exam', 'test')}\\b`,
  },
  // Someone else breaking in now: "he's kicking the door in", "they're smashing the windows".
  {
    id: 'danger-from-others',
    gate: ['kicking', 'smashing', 'breaking', 'banging', 'bashing', 'forcing'],
    level: 'urgent',
    pattern: `\\b${alt('he is', 'she is', 'they are', 'he has been', 'someone is', 'somebody is', 'my ex is', 'his mates are')} ${alt('kicking', 'smashing', 'breaking', 'bashing', 'forcing', 'trying to (?:kick|break|smash|force)')} (?:the |my |down the |in the )?${alt('door', 'doors', 'window', 'windows', 'way in')}(?: in| down| open)?\\b`,
    unless: `\\b${alt('locked out', 'lost (?:his|her|their) keys', 'forgot (?:his|her|their) keys', 'locksmith', 'fire brigade', 'police are', 'bailiffs?', 'game', 'film', 'telly', 'next door')}\\b`,
  },
  // Someone attacking the door with something, or shouting for them: "attacking my door with a hammer".
  {
    id: 'danger-from-others',
    level: 'urgent',
    pattern: `\\b${alt('attacking', 'smashing', 'hammering', 'hacking at', 'kicking in')} (?:at |on )?(?:my|the) (?:front |back )?${alt('door', 'window')}\\b${gap(6)} ${alt(`with (?:a|an|his|her|their) ${WEAPON}`, 'screaming', 'shouting', 'yelling')}`,
  },
  // Someone hurting family now, with a call for help: "please send help someone is beating my mum downstairs".
  {
    id: 'danger-from-others',
    level: 'urgent',
    pattern: `\\b${alt('someone', 'somebody', 'he', 'she', 'they', 'a man', 'my (?:dad|stepdad|ex|brother|partner|son)', 'is', 'are')} (?:is |are )?${alt('beating', 'hitting', 'attacking', 'strangling', 'choking', 'stabbing', 'kicking', 'punching', 'hurting')} ${alt(`my ${FAMILY}`, 'my (?:kids?|children|baby|son|daughter)', 'her', 'him', 'them')}\\b${gap(3)} ${alt('downstairs', 'upstairs', 'now', 'right now', 'in the (?:kitchen|garden|street|house|hall)', 'outside', 'help')}\\b|\\b(?:please|someone|somebody) send (?:help|someone|the police|an ambulance)\\b(?! lol| haha)`,
  },
  // A ligature with something to stand on: "stood on a chair with a belt".
  {
    id: 'method-hanging',
    level: 'urgent',
    pattern: `\\b${alt('stood', 'standing', 'stand', 'up')} on (?:a|the|my) ${alt('chair', 'stool', 'ladder', 'bed', 'bucket', 'box')}${gap(3)} with (?:a |the |my )?(?:[a-z]+ ){0,2}${alt('belt', 'rope', 'cable', 'cord', 'scarf', 'ligature', 'lead', 'tie')}\\b`,
  },
  // Cutting now: "cutting right now", "cutting now to make it stop".
  {
    id: 'self-harm-now',
    level: 'urgent',
    pattern: `\\b(?:i am |im )?cutting (?:myself |again )?(?:right )?now\\b`,
    unless: `\\b${alt('hair', 'fringe', 'grass', 'hedge', 'onions?', 'veg', 'vegetables', 'bread', 'cake', 'paper', 'fabric', 'wood', 'pattern', 'coupons', 'back on', 'down on', 'out (?:sugar|carbs|bread|meat)', 'costs', 'the cord', 'cards', 'lawn', 'carrots')}\\b`,
  },
  // Someone found unresponsive (a mentor or coordinator reporting).
  {
    id: 'medical-emergency',
    level: 'urgent',
    pattern: `\\b(?:he is|she is|they are|found (?:him|her|them)|(?:he|she|they) (?:was|were|went|has been|have been|is now|is totally|is completely)|mentee is) unresponsive\\b`,
  },
  // An attempt by traffic that failed, to be tried again: "walked out in front of a car but it swerved".
  {
    id: 'attempt-retry',
    level: 'urgent',
    pattern: `\\b${alt('walked', 'stepped', 'ran', 'jumped', 'drove', 'threw myself')} (?:out )?${alt('in front of', 'into', 'off', 'under')}[^]{0,60}? (?:i am |im )?(?:going to|gonna|will|wil|il) (?:try|do it) again\\b`,
  },
  // Refusing food and drink until the end: "stopped eating and drinking and I'm going to keep going until it's over".
  {
    id: 'suicidal-intent',
    level: 'urgent',
    pattern: `\\b(?:stopped|not|no|given up) (?:eating (?:and|or) |food (?:and|or) )?(?:drinking|water)${gap(10)} (?:until|till) (?:it is|its|i am|i) (?:over|dead|gone|die)\\b`,
  },
  // The body's signs after something taken: "ears ringing and so hot after what i took".
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b(?:after|since|from) (?:what|everything|all (?:that|the [a-z]+)) i (?:took|have taken|swallowed|had)\\b`,
    unless: `\\bfor (?:my |a |the )?${alt('head', 'headache', 'cold', 'flu', 'back', 'period', 'tooth', 'hay ?fever', 'migraine', 'pain', 'breakfast', 'lunch', 'dinner', 'tea')}\\b`,
  },
  // A height named, and said not to be there for the view.
  {
    id: 'location-act',
    level: 'urgent',
    pattern: `\\b${alt('top of', 'edge of', 'on the', 'at the')}${gap(4)}(?: [.,!])? not (?:here |up here |there )?for the ${alt('view', 'walk', 'scenery', 'sunset', 'sunrise')}\\b`,
  },
  // More scenes from a second development set (safety-dev-d), as kinds.
  {
    id: 'location-act',
    level: 'urgent',
    pattern: `\\b(?:sat|sitting|lying|laying|stood|standing) (?:on|across) the (?:railway |train )?(?:line|tracks|rails)\\b(?=[^]*\\b(?:crossing|railway|train|trains|tracks|station)\\b)|\\b(?:sat|sitting|lying|laying|stood|standing) (?:on|across) the (?:railway|train) (?:line|tracks)\\b`,
  },
  {
    id: 'method-vehicle',
    level: 'urgent',
    pattern: `\\b(?:not|never) (?:going to )?(?:turn|turning) the wheel\\b|\\bseat ?belts? off\\b|\\bfoot down${gap(8)} (?:and )?(?:not|never) (?:brake|braking|turn|turning|stop|stopping)\\b`,
  },
  {
    id: 'self-harm-now',
    level: 'urgent',
    pattern: `\\b${alt('bleeding', 'cuts', 'cut', 'blood', 'dripping', 'blade')}\\b[^]{0,80}\\b(?:going to|gonna|will|wil) do (?:more|it again|some more|worse|deeper)\\b|\\b(?:arms?|legs?|wrists?) (?:are |is )?dripping\\b|\\bused the (?:new )?(?:blade|razor)\\b`,
  },
  {
    id: 'location-act',
    level: 'urgent',
    pattern: `\\b(?:jumped|went|walked|got) (?:in|into) the ${alt('canal', 'river', 'sea', 'water', 'lake', 'reservoir')}\\b[^]{0,80}\\b(?:going|gonna|go) (?:back )?in\\b|\\b(?:going|gonna) to walk out (?:in|into) the ${alt('mud', 'sea', 'water', 'tide', 'waves', 'river')}\\b`,
  },
  {
    id: 'last-words',
    level: 'urgent',
    pattern: `\\b(?:sorry|love you)\\b[^]{0,80}\\btake care of (?:the|my) (?:dog|cat|kids|children|pets?|boys|girls) for me\\b|\\btake care of (?:the|my) (?:dog|cat|kids|children|pets?) for me\\b[^]{0,60}\\b(?:sorry|love you|bye)\\b`,
  },
  {
    id: 'command-voices',
    level: 'urgent',
    pattern: `\\bvoices?\\b[^]{0,60}\\b(?:made|making|make|told|telling|tell) me${gap(10)} ${alt('(?:in|into|onto) the (?:road|traffic|river|sea|railway|canal)', 'middle of the road', 'off the (?:bridge|roof|cliff)')}`,
  },
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b(?:swallowed|taken|took|had) (?:my|the|a) (?:whole|entire|full) ${alt('dosette(?: box)?', 'pill box', 'blister packs?', 'box', 'packet', 'strip', 'bottle', 'weeks? (?:worth|supply)', 'months? (?:worth|supply)')}\\b|\\btook a handful of\\b|\\b${alt('paracetamols?', 'pills', 'tablets', 'they', 'it', 'them')} (?:is |are |s )?kicking in${gap(4)} (?:i |i am |im )?(?:feel|feeling) (?:so |really |very )?${alt('heavy', 'sleepy', 'numb', 'floaty', 'drowsy', 'weird', 'strange', 'dizzy', 'sick', 'funny')}\\b`,
  },
  {
    id: 'danger-from-others',
    level: 'urgent',
    pattern: `\\b(?:got|climbed|broke|broken) in (?:through|via) the (?:kitchen |back |front |bathroom |bedroom )?(?:window|door)\\b|\\bgrab(?:ing|ed|s|bing|bed)? (?:me by )?(?:my|the) (?:throat|neck)\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\bthere (?:is|will be|s) no future me\\b`,
  },
  // From the held-out sets blind-12 and blind-13 after their one scoring (development data since), as kinds.
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b(?:swallowed|took|taken|had) (?:a lot|loads|lots|everything|too many|way too many|the whole lot)(?= [.,!]| $| and| now| of (?:them|pills|tablets|it|my))`,
    unless: `\\b${alt('photos', 'pictures', 'pics', 'notes', 'time', 'effort', 'steps', 'calls', 'money', 'food', 'fun')}\\b`,
  },
  {
    id: 'self-harm-now',
    level: 'urgent',
    pattern: `\\b(?:went|gone|cut|pushed) too (?:far|deep)\\b(?=[^]*\\b(?:blood|bleeding|cut|cuts|leg|arm|wrist|deep)\\b)|\\bblood (?:is )?(?:running|pouring|dripping|pumping) (?:down|out|from)\\b`,
  },
  {
    id: 'location-act',
    level: 'urgent',
    pattern: `\\b(?:top floor|car park|roof|bridge|cliff|edge|platform|pier|multi ?storey|multistorey)\\b${gap(4)}(?: [.,])? (?:i am |im )?(?:ready|here now|doing it)\\b|\\b(?:climbing|climb|climbed|getting) (?:over |onto |on )?the (?:railings?|barrier|parapet)\\b|\\bwalking (?:in|into the (?:sea|water|waves|river))\\b${gap(2)}(?: [.,])? (?:bye|goodbye|sorry)\\b`,
  },
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b(?:took|taken|had|swallowed) (?:some|loads of|a load of|a lot of|lots of|about [a-z0-9]+|[a-z0-9]+ of (?:my|the|his|her)?) ?${alt('tablets', 'pills', 'antihistamines', 'paracetamol', 'painkillers', 'sleeping pills', 'meds')}\\b[^]{0,100}\\b${alt('strange', 'weird', 'tingling', 'tingly', 'heart racing', 'racing', 'dizzy', 'sick', 'vomiting', 'floaty', 'sleepy', 'drowsy', 'bugs', 'seeing things', 'numb', 'cannot breathe')}\\b|\\b(?:tablets|pills) (?:are |is )?(?:starting to work|working now|taking effect)\\b|\\bhad (?:about )?[a-z0-9]+ so far\\b`,
  },
  {
    id: 'danger-from-others',
    level: 'urgent',
    pattern: `\\b(?:man|woman|someone|somebody|stranger|bloke) in my (?:kitchen|house|flat|room|bedroom|garden|hall)\\b[^]{0,60}\\b(?:do not know|dont know|hiding|got in|broke in|knife|coming)\\b`,
  },
  {
    id: 'last-words',
    level: 'urgent',
    pattern: `\\btonight i (?:lose|end|finish) (?:me|myself|it)\\b|\\b(?:can|could) delete (?:this|my) number after (?:today|tonight)\\b|\\bthank (?:the mentors|everyone|you all|them) for trying\\b|\\b(?:writing|written|wrote) the notes\\b|\\bthanks for nothing\\b`,
  },
  {
    id: 'method-gas',
    level: 'urgent',
    pattern: `\\b(?:windows?|vents?|doors?|gaps?) (?:taped|sealed)(?: up)?\\b|\\btaped (?:up )?the (?:windows?|vents?|doors?|gaps?)\\b`,
  },
  {
    id: 'staff-report',
    level: 'urgent',
    pattern: `\\bmy (?:mentee|client)${gap(2)} (?:texted|messaged|said|rang)${gap(2)} (?:me )?(?:goodbye|bye)\\b|\\b(?:goodbye|bye)${gap(8)} (?:and )?now (?:her|his|their) phone(?:s| is)? (?:off|dead)\\b`,
  },
  // The last step told: "got the rope up now, just got to kick the chair".
  {
    id: 'method-hanging',
    level: 'urgent',
    pattern: `\\b(?:kick|kicking|kicked) (?:the |a )?(?:chair|stool|ladder|step)(?: (?:away|over|out))?\\b(?!${'(?: [a-z]+){0,4}'} (?:leg|across|into the|under the table))`,
    unless: `\\b(?:kids?|son|daughter|toddler|football|ball|dog|cat|meeting|work)\\b`,
  },
  // Pets and children seen to after they are gone: "make sure my cat goes somewhere nice".
  {
    id: 'affairs-in-order',
    level: 'urgent',
    pattern: `\\bmake sure (?:my|the) (?:cat|dog|pets?|kids|children|boys|girls|rabbit|budgie|horse) (?:goes|go|gets|get|is|are|has|have) (?:to )?(?:somewhere|someone (?:nice|kind|good)|somebody (?:nice|kind|good)|looked after|a (?:good|nice|loving|new) home|rehomed|fed)\\b`,
    unless: `\\b(?:while i am|when i am|holiday|away|hospital|in work|at work|for the week|for the weekend|next week)\\b`,
  },
  // Lying down in a road or on a line: "laid down on the lane where the tractors come round fast. waiting".
  {
    id: 'location-act',
    level: 'urgent',
    pattern: `\\b(?:laid|lay|lying|laying|sat|sitting|sit) (?:down )?(?:on|in) (?:the )?(?:middle of the )?(?:road|lane|tracks|railway|motorway|bypass|dual carriageway|carriageway|a[0-9]+|m5)\\b`,
    unless: `\\b(?:protest|sunbathing|picnic|dog|cat|the sun|sunny|grass verge)\\b`,
  },
  // Medicines taken all at once and the body turning: "took my nans whole dosette box plus mine. room is spinning".
  {
    id: 'overdose-taken',
    level: 'urgent',
    pattern: `\\b(?:took|taken|swallowed|had|necked|injected) (?:all of |the whole of )?(?:my [a-z]+ |my [a-z]+s )?(?:whole |all (?:of )?(?:my |the |his |her )?|everything|the lot|another lot|the rest)\\b[^.]{0,60}(?:[.,] )?[^.]{0,40}\\b(?:spinning|drowsy|sleepy|strange|weird|funny|dizzy|numb|heart is (?:jumping|racing|pounding)|heart (?:jumping|racing)|cannot (?:feel|breathe|see)|do not want an ambulance|being sick)\\b`,
  },
  {
    id: 'overdose-taken',
    level: 'urgent',
    pattern: `\\b(?:took|taken|swallowed|had|necked) (?:maybe |about |around |like |nearly |over )?(?:[2-9][0-9]|[1-9][0-9][0-9]) (?:of )?(?:the |my |his |her )?(?:[a-z]+ )?(?:tablets|pills|${MEDS})\\b`,
  },
  {
    id: 'overdose-taken',
    level: 'urgent',
    pattern: `\\b(?:took|taken|swallowed|had|necked)\\b[^.]{0,60}\\b(?:maybe|about|around|like|nearly|over) (?:[2-9][0-9]|[1-9][0-9][0-9]) of (?:the |my )?(?:[a-z]+ )?(?:tablets|pills|${MEDS})\\b`,
  },
  {
    id: 'overdose-taken',
    level: 'urgent',
    pattern: `\\b(?:injected|shot up) (?:everything|all (?:of )?(?:it|what)|the lot)\\b|\\b(?:do not|dont) (?:want|call|ring|send) (?:an |the )?ambulance\\b`,
  },
  // The body in danger: blood brought up, passing out with chest pain.
  {
    id: 'medical-emergency',
    level: 'urgent',
    pattern: `\\b(?:sick|sicking|vomiting|vomited|coughing|coughed|throwing) (?:up )?blood\\b|\\bthroats? (?:is )?(?:closing|swelling) up\\b|\\b(?:keep |kept )?passing out\\b[^.]{0,80}\\bchest (?:hurts|pain|is tight)\\b`,
  },
  // At the water's edge, unable to swim: "standing at the end of the old pier, tide's right in. i never learned to swim".
  {
    id: 'location-act',
    level: 'urgent',
    pattern: `\\b(?:never learned to swim|never learnt to swim|cannot swim|can not swim|could never swim)\\b`,
    unless: `\\b(?:lessons?|learn(?:ing)? to swim|teach|pool|kids|son|daughter|holiday)\\b`,
  },
  // A note for whoever finds it: "if anyone finds this my brother knows the code for my phone".
  {
    id: 'goodbye',
    level: 'urgent',
    pattern: `\\bif (?:anyone|someone|somebody|you) (?:finds?|reads?) this\\b`,
    unless: `\\b(?:wallet|purse|keys|phone (?:please|pls)|lost|reward|dog|cat)\\b`,
  },
  // Money given away, accounts closed and ready: "sent my sister the £400 i had. deleted my facebook. im ready now".
  {
    id: 'affairs-in-order',
    level: 'urgent',
    pattern: `\\b(?:deleted|closed|shut down|wiped) (?:my |all my )?(?:facebook|instagram|socials|accounts?|profiles?)\\b[^]{0,80}\\b(?:i am ready|ready now|it is time|that is everything)\\b|\\b(?:i am ready|ready now)\\b[^]{0,80}\\b(?:deleted|closed) (?:my |all my )?(?:facebook|instagram|socials|accounts?)\\b`,
  },
  // Found by dev-35 and dev-36: accounts left for someone to close afterwards ("ive posted my passwords to my brother
  // so he can close my accounts after", "so she can close everything down after").
  {
    id: 'affairs-in-order',
    level: 'urgent',
    pattern: `\\bso (?:he|she|they|someone|somebody|you) (?:can|could|will be able to) (?:close|shut|cancel|sort|deal with|delete) (?:down )?(?:everything|(?:all )?my (?:[a-z]+ )?(?:accounts?|facebook|socials|things|stuff|affairs|phone|bills))(?: down)? (?:after|afterwards|when i am gone|once i am gone)\\b`,
  },
  // Found by dev-35: "the rope's up", a ligature hung and nothing more said.
  {
    id: 'method-hanging',
    level: 'urgent',
    pattern: `\\bthe (?:rope|ligature)(?: is|s) (?:up|tied|hung|ready)(?: now)?(?= \\.| $| and i| x)`,
  },
  // Found by context-dev-q (eleventh round): a beam or hook tried for whether it holds their weight.
  {
    id: 'method-hanging',
    level: 'urgent',
    pattern: `\\b(?:beam|hook|banister|bannister|loft hatch|rafter|joist)s?\\b[^.]{0,60}\\b(?:tested|tried|checked) (?:it|them) with my (?:own )?weight\\b`,
  },
  // Weighed down at the water: "im at wimbleball with stones in my pockets".
  {
    id: 'location-act',
    level: 'urgent',
    pattern: `\\b(?:stones|rocks|bricks|weights) in (?:my|me) (?:pockets?|coat|rucksack|backpack)\\b|\\b(?:pockets?|coat|rucksack) (?:full of|filled with) (?:stones|rocks|bricks)\\b`,
  },
  // The plan told by its day: "it's planned for tonight".
  {
    id: 'plan-made',
    level: 'urgent',
    pattern: `\\b(?:it is|its|it s|everything is|all) (?:planned|sorted|set|arranged) for (?:tonight|today|tomorrow|this (?:evening|weekend)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b`,
    unless: `\\b(?:party|meal|dinner|trip|holiday|wedding|birthday|meeting|session|appointment|shopping|match|date|drinks|surprise|bbq|barbecue)\\b`,
  },
  // Gone where nobody knows, with what is needed: "in a hotel room with everything i need. no one knows where i am".
  {
    id: 'plan-made',
    level: 'urgent',
    pattern: `\\b(?:everything i need|paid for one night|one night only)\\b[^]{0,100}\\b(?:no one|nobody|noone) knows where i am\\b|\\b(?:no one|nobody|noone) knows where i am\\b[^]{0,100}\\b(?:everything i need|paid for one night)\\b`,
  },
  // Electricity by the bath: "filled the bath and put the hairdryer next to it".
  {
    id: 'method-other',
    level: 'urgent',
    pattern: `\\b(?:hairdryer|hair dryer|toaster|heater|straighteners|radio|extension lead)\\b[^.]{0,30}\\b(?:next to|by|beside|in|into|on the side of) (?:the |it)?(?:bath|it)\\b`,
    unless: `\\b(?:dog|baby|kids|shower cap|safety|never|careful)\\b`,
  },
  // Found by dev-36 and dev-37 (twelfth round): affairs put in order and "that's everything", a pet seen to as a whole
  // message, tablets taking hold ("very peaceful once the tablets start working,
  // ever so sleepy now").
  {
    id: 'affairs-in-order',
    level: 'urgent',
    pattern: `\\b(?:bills (?:are )?paid|cancel+ed the (?:milk|papers?|paper)|(?:dog|cat|fish) (?:is |s )?fed)\\b[^]{0,60}\\b(?:that is|thats) (?:everything|it|all)(?: done| sorted)?(?= \\.| $| x)|^ (?:please )?(?:feed|look after|take care of|walk) my (?:cat|dog|pets?|rabbit|fish|budgie)(?: for me)?(?: please)?(?: \\.| x)* $`,
  },
  {
    id: 'overdose-taken',
    level: 'urgent',
    pattern: `\\b(?:tablets|pills|they|them|they are|theyre) (?:are )?(?:start |starting |started |begin |beginning )?(?:to )?(?:working|work|kick in|kicking in)\\b[^]{0,60}\\b(?:sleepy|drowsy|dizzy|peaceful|floaty|heavy|woozy)\\b`,
    unless: `\\b${alt('hay ?fever', 'antihistamines?', 'painkillers? for', 'sleeping tablets (?:my gp|the doctor)', 'new (?:tablets|pills|meds)', 'side effects?', 'dose')}\\b`,
  },
  // Found by dev-38 and dev-39 (fourteenth round): a bath run with something electric plugged in, a ligature tried
  // for whether it takes their weight, a goodbye the other does not know is one, goodbyes sent, "if you don't hear
  // from me by morning, that's why", tablets taking hold in numb fingers, working up to it at a height, a head hit in
  // a faint with the signs of injury, and a stranger collapsed and not responding.
  {
    id: 'method-other',
    level: 'urgent',
    pattern: `\\b${BATH_RUN}\\b[^]{0,60}\\b${PLUGGED_IN}\\b|\\b${PLUGGED_IN}\\b[^]{0,60}\\b${BATH_RUN}\\b`,
    unless: `\\b(?:dog|baby|kids|safety|never|careful|other room|bedroom)\\b`,
  },
  {
    id: 'method-hanging',
    level: 'urgent',
    pattern: `\\b(?:rope|cable|cord|belt|ligature|flex|scarf|dressing gown cord)\\b[^.]{0,60}\\b(?:hook|beam|banister|bannister|rail|loft hatch|door|rafter|joist)\\b[^.]{0,60}\\b(?:takes?|holds?|will (?:take|hold)|can (?:take|hold)|took|held) my (?:own )?weight\\b`,
    unless: `\\b${alt('hammock', 'swing', 'climbing', 'pull ?up', 'gym', 'aerial', 'yoga', 'punch(?:ing)? bag', 'boxing')}\\b`,
  },
  {
    id: 'goodbye',
    level: 'urgent',
    pattern: `\\b(?:she|he|they|mum|dad|nobody|no one|noone) (?:does not|do not|did not) know (?:that )?(?:it is|it was|that was|this is|this was) (?:the|my) last (?:one|time|hug|goodbye|kiss|visit|cuddle|chat|call)\\b|^ ?(?:all |my )?goodbyes? (?:sent|said|done|written)(?: now)?(?: [.!]| x)* $|\\bif (?:you|u) (?:do not|dont) hear (?:from|off) me (?:by|before|after) (?:the )?(?:morning|tomorrow)\\b[^]{0,30}\\b(?:that is why|you will know|you know why|it worked|do not worry|sorry)\\b`,
  },
  {
    id: 'overdose-taken',
    level: 'urgent',
    pattern: `\\b(?:tablets|pills) (?:are )?(?:start |starting |started )?(?:to )?(?:working|kick in|kicking in)\\b[^]{0,40}\\b(?:cannot|can not) feel my (?:fingers|hands|feet|legs|arms|face|lips)\\b`,
    unless: `\\b${alt('hay ?fever', 'antihistamines?', 'painkillers?', 'dentist', 'anaesthetic', 'cold', 'snow', 'frost')}\\b`,
  },
  {
    id: 'location-act',
    level: 'urgent',
    pattern: `\\b${HEIGHT_HERE}\\b[^]{0,100}\\b${WORKING_UP}\\b|\\b${WORKING_UP}\\b[^]{0,100}\\b${HEIGHT_HERE}\\b`,
    unless: `\\b${alt('abseil[a-z]*', 'bungee', 'zip ?wire', 'swim(?:ming)?', 'dip', 'ask(?:ing)? (?:her|him) out', 'sky ?dive', 'paraglid[a-z]*', 'jump(?:ing)? in')}\\b`,
  },
  {
    id: 'medical-emergency',
    level: 'urgent',
    pattern: `\\b(?:fainted|passed out|blacked out|collapsed|fell)\\b[^]{0,60}\\bhit my head\\b[^]{0,100}\\b(?:being sick|been sick|throwing up|cannot see|can not see|blurry|double vision|bleeding|confused)\\b`,
  },
  {
    id: 'emergency-with-them',
    level: 'urgent',
    pattern: `\\b(?:someone|somebody|a (?:man|woman|lad|girl|bloke|person|kid)|an? (?:old|young|elderly) (?:man|woman|lad|girl|bloke|person))\\b[^.]{0,80}\\b(?:slumped|collapsed|lying|on the (?:floor|ground|pavement))\\b[^]{0,80}\\b(?:not responding|unresponsive|foaming|not breathing|not moving|will not wake)\\b`,
  },
  // Found by dev-40 (fourteenth round): insulin stopped and the body's signs of it, a weight lifted "since i decided"
  // with everything ready, and a staff note of a safety plan refused and letters to the family.
  {
    id: 'medical-emergency',
    level: 'urgent',
    pattern: `\\b(?:stopped|stop|not taken|not had|not done|no|without|missed) (?:my |any |taking my |doing my )?insulin\\b[^]{0,80}\\b(?:thirsty|muddled|confused|being sick|been sick|vomiting|throwing up|drowsy|breathing (?:is )?(?:fast|funny|weird)|pear drops)\\b`,
  },
  {
    id: 'decision-made',
    level: 'urgent',
    pattern: `\\b(?:since|now that|now) i (?:have )?decided\\b[^]{0,80}\\beverything(?: is|s)? (?:ready|sorted|in place|arranged|done)\\b|\\beverything(?: is|s)? (?:ready|sorted|in place|arranged)\\b[^]{0,80}\\b(?:since|now that|now) i (?:have )?decided\\b`,
  },
  {
    id: 'staff-report',
    level: 'urgent',
    pattern: `\\b(?:would not|wouldnt|refused to|will not|would nt) (?:agree to|do|make|engage with|talk about) (?:a |the |her |his |their )?safety plan\\b|\\b(?:envelopes|letters|cards) (?:addressed )?to (?:her|his|their) (?:family|kids|children|mum|dad|parents|sister|brother)\\b[^]{0,40}\\b(?:lined up|on the (?:mantelpiece|table|side)|left out|laid out)\\b`,
  },
  // Found by dev-43 (fifteenth round): emergencies told in a few plain words, and scenes of danger at hand.
  {
    id: 'medical-emergency',
    level: 'urgent',
    pattern: `\\b(?:i have been|i ve been|ive been|i been|just been|i got|i just got|have been) stabbed\\b(?! in the back)`,
    unless: `${EVERYDAY_BLOOD}|\\b${alt('dream[a-z]*', 'film', 'game', 'episode', 'book', 'needles?', 'knitting', 'pins?', 'forks?', 'pencils?', 'compass', 'syringe', 'by (?:a|the) (?:thorn|bramble|rose|hawthorn|cactus|wasp|bee)')}\\b`,
  },
  {
    id: 'medical-emergency',
    level: 'urgent',
    pattern: `\\b(?:flat|house|kitchen|room|bedroom|home|place) (?:is |s )?on fire\\b|\\bsmoke everywhere\\b[^]{0,40}\\b(?:cannot|can not) get out\\b`,
    unless: `\\b${alt('dream[a-z]*', 'film', 'game', 'episode', 'book', 'drill', 'alarm test', 'burnt the toast', 'toast')}\\b`,
  },
  {
    id: 'medical-emergency',
    level: 'urgent',
    pattern: `\\bpregnant\\b[^]{0,80}\\b(?:pain|bleeding)\\b[^]{0,80}\\b(?:fainted|passed out|blacked out|collapsed|dizzy)\\b|\\b(?:fell|fallen|came) down the stairs\\b[^]{0,60}\\b(?:cannot|can not) (?:move|feel) my (?:legs|neck|back|arms)\\b|\\b(?:fitting|seizure|fit) (?:for [0-9a-z]+ (?:minutes|mins)|(?:and )?(?:will not|wont|would not) stop)\\b|\\b(?:her|his|my|their) face (?:has |is )?(?:dropped|drooping|gone droopy)\\b|\\b(?:blood )?sugars? (?:is |are |at |of )?(?:[0-1](?:\\.[0-9])?|2\\.[0-9])\\b[^]{0,60}\\b(?:shaking|confused|muddled|sweating|cannot think|passing out)\\b`,
  },
  {
    id: 'method-poison',
    level: 'urgent',
    pattern: `\\b(?:ate|eaten|drank|drunk|swallowed|had|taken|took) (?:a |some |the |half (?:a |the )?)?(?:whole )?(?:packet|bottle|box|tub|cup|glass|lot)? ?(?:of )?(?:rat poison|slug pellets|weed ?killer|anti ?freeze|bleach)\\b`,
    unless: `\\b${alt('dog', 'cat', 'puppy', 'kitten', 'rabbit', 'vet', 'vets')}\\b`,
  },
  {
    id: 'means-ready',
    level: 'urgent',
    pattern: `\\b(?:the |a )?(?:rope|noose|ligature)(?: is|s)? in my (?:bag|pocket|rucksack|coat|car|boot)\\b|\\b(?:poured|pouring) (?:the |some )?petrol\\b(?! (?:in|into) (?:the |my )?(?:car|mower|tank|van|bike|strimmer|can))|\\bdog lead\\b[^]{0,30}\\b(?:not the dog|no dog|without the dog|do not have a dog|dont have a dog)\\b`,
    unless: `\\b${alt('climb[a-z]*', 'boat', 'sailing', 'tow', 'towing', 'washing line', 'skipping', 'tent', 'bonfire', 'barbecue', 'bbq')}\\b`,
  },
  {
    id: 'location-act',
    level: 'urgent',
    pattern: `\\b(?:at|on) the (?:station|platform)\\b[^]{0,30}\\b(?:going to|gonna|about to|will) step (?:off|out|in front)\\b|\\bjumped (?:in|into) the (?:river|sea|canal|water|harbour|reservoir)\\b[^]{0,40}\\b(?:cannot|can not) get out\\b|\\bwater(?: is|s)? up to my (?:knees|waist|chest|neck|shoulders)\\b|\\b${LOCAL_DANGER_PLACES}\\b[^]{0,20}\\bat the edge\\b`,
    unless: `\\b${alt('swim(?:ming)?', 'wild swim[a-z]*', 'dip', 'paddl[a-z]*', 'wetsuit', 'waders', 'fishing', 'flood(?:ed|ing)?', 'boots', 'wellies', 'kids', 'dog')}\\b`,
  },
  {
    id: 'farewell',
    level: 'urgent',
    pattern: `\\b(?:do not|dont|please do not|please dont) let (?:my |her |him )?[a-z]+ be the (?:one|ones|first) (?:to|who) finds? me\\b|\\bhave a (?:nice|good|great) life(?: everyone| all| guys| all of you| x)?\\s*$|\\bthanks? (?:you )?for trying\\b[^]{0,40}\\b(?:it is|its|it s) not (?:her|his|your|their) fault\\b`,
  },
  {
    id: 'danger-from-others',
    level: 'urgent',
    pattern: `\\b(?:locked|kept|shut) (?:me |her |him |them )?in (?:the |a |my |our |her |his )?(?:bedroom|room|house|flat|cellar|shed)\\b[^]{0,40}\\b(?:for [0-9a-z]+ days|no food|without food|cannot get out|can not get out|hidden phone)\\b|\\b(?:ex|partner|husband|boyfriend|dad|he|she)(?: has| s)? (?:turned up|shown up|showed up|is here|outside) (?:at|outside) (?:the |my )?(?:refuge|door|flat|house|window)\\b[^]{0,30}\\bwith (?:a |an |the )?${WEAPON}\\b`,
  },
  {
    id: 'emergency-with-them',
    level: 'urgent',
    pattern: `\\b(?:friend|mate|sister|brother|son|daughter|mum|dad|partner|cousin|she|he)\\b[^]{0,80}\\b(?:on|at) (?:the )?(?:[a-z]+ )?(?:pier|bridge|cliff|edge|car park roof|roof)\\b[^]{0,40}\\bwants? to (?:go in|jump|end it|go over)\\b|\\b(?:look after|feed|take care of) (?:the |my )?(?:dog|cat|kids|rabbit) for me\\b[^]{0,80}\\b(?:phones? (?:is )?(?:off|dead)|not answering|will not answer|wont answer)\\b`,
  },
  // Found by dev-41 and dev-42: a beam tested that "will hold me", a door barely holding against people coming in, an
  // older person fallen, cold and not making sense.
  {
    id: 'method-hanging',
    level: 'urgent',
    pattern: `\\b(?:beam|hook|loft hatch|banister|bannister|rail|branch|joist|door frame)\\b[^.]{0,40}\\b(?:it will|will|it ll|itll|should|would) (?:hold|take) (?:me|my weight)\\b`,
  },
  {
    id: 'danger-from-others',
    level: 'urgent',
    pattern: `\\bdoor (?:is )?(?:barely|only just|hardly|not) holding\\b|\\b(?:coming|getting|breaking) in for me\\b`,
  },
  {
    id: 'emergency-with-them',
    level: 'urgent',
    pattern: `\\b(?:she|he|mums?|dads?|nans?|grandads?|grans?|grandmas?|husband|wife)(?: has| s| is)? (?:had a fall|fallen|on the floor)\\b[^]{0,80}\\b(?:not making sense|cold and|is cold|confused|will not wake|cannot get (?:her|him) up|can not get (?:her|him) up|cannot lift (?:her|him)|can not lift (?:her|him))\\b`,
  },
  // Found by dev-51 (twenty-first round): the body in trouble told in a few words, as the whole text ("cant feel my
  // hands"), or someone on the floor who cannot get up. Either needs help now, whatever the cause. "cant breathe"
  // alone is a worry (concern-hardship.ts), not this: it is said of laughing as often (context-dev-zb).
  {
    id: 'medical-emergency',
    level: 'urgent',
    pattern: `^ (?:i )?(?:cannot|can not) (?:feel|move) my (?:hands|arms|legs|feet|face|body)(?: right now| now| anymore)?(?: \\.)? $|\\b(?:lying|laid|led|stuck|been) on the (?:[a-z]+ )?floor\\b[^.]{0,40}\\b(?:cannot|can not) (?:get up|move|stand)\\b|\\b(?:cannot|can not) (?:get up|move my legs|stand up)\\b[^.]{0,30}\\b(?:on the floor|been on the floor|floor for)\\b`,
    unless: `\\b${alt('laughing', 'lol', 'haha', 'yoga', 'pilates', 'lego', 'puzzle', 'gym', 'plank', 'leg day', 'squats', 'workout', 'kids', 'baby', 'toddler', 'dog', 'cat', 'carpet', 'tiles', 'laminate', 'sanding', 'grouting')}\\b`,
  },
  // In open water already: "in the parrett and its so cold".
  {
    id: 'location-act',
    level: 'urgent',
    pattern: `^ (?:i am |im |i m )?(?:in|into) (?:the )?(?:${LOCAL_RIVERS}|river|sea|canal|lake|reservoir|water)\\b[^.]{0,10}\\b(?:and|now|right now)\\b[^.]{0,30}\\b(?:cold|freezing|deep|up to my|cannot feel|going under|current)\\b`,
  },
];
