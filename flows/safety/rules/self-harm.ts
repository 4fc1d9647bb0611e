// Urgent rules for self-harm now or ongoing, not being able to keep safe, and goodbyes or final acts.
// Past self-harm is reported at concern level through each rule's `past` id.

import type { Rule } from './rule.js';
import { alt, gap } from '../vocabulary/pattern.js';
import { SELF } from '../vocabulary/people.js';
import { EVERYDAY_BLOOD, PLAIN_LEAVING } from '../vocabulary/ordinary.js';
import { URGES_RESISTED } from './negations.js';

/** What people burn or cut every day, after "been burning", "kept cutting": candles, logs, the hedge. */
const EVERYDAY_BURNT_OR_CUT = [
  ...['candles?', 'incense', 'sage', 'logs?', 'rubbish', 'leaves', 'oils?', 'the midnight oil', 'fuel', 'bridges'],
  ...['hedges?', 'trees', 'wood', 'veg', 'vegetables', 'onions?', 'carrots?', 'meat', 'fabric', 'patterns?', 'costs'],
  ...['carbs', 'sugar', 'coupons', 'keys', 'class', 'school', 'lectures?'],
];

export const SELF_HARM_AND_GOODBYE_RULES: readonly Rule[] = [
  {
    id: 'goodbye',
    level: 'urgent',
    pattern: `\\bif i am (?:not|no longer) (?:here|around|alive) ${alt('tomorrow', 'in the morning', 'by', 'anymore', 'any more', 'next week', 'after tonight')}`,
  },
  // Self-harm now or ongoing. Past self-harm is a concern (see the `past` id).
  {
    id: 'self-harm-now',
    level: 'urgent',
    negatable: true,
    past: 'past-self-harm',
    pattern: `\\b${alt('cut', 'cutting', 'cuts', 'burn', 'burning', 'burnt', 'burned', 'hurt', 'hurting', 'hurts', 'harm', 'harming', 'harmed', 'scratch', 'scratching', 'scratched', 'punch', 'punching', 'punched', 'hit', 'hitting', 'bang', 'banging', 'banged', 'bite', 'biting', 'bit', 'stab', 'stabbing', 'stabbed', 'injure', 'injuring', 'injured', 'mutilate', 'mutilating', 'punish', 'punishing', 'carve', 'carving', 'carved')} ${SELF}\\b`,

    unless: URGES_RESISTED,
  },
  {
    id: 'self-harm-now',
    level: 'urgent',
    negatable: true,
    past: 'past-self-harm',
    pattern: `\\bself ${alt('harm[a-z]*', 'injur[a-z]*', 'mutilat[a-z]*', 'hurt[a-z]*', 'destruct[a-z]*')}`,
  },
  {
    id: 'self-harm-now',
    level: 'urgent',
    past: 'past-self-harm',
    pattern: `\\b${alt('doing', 'done', 'did', 'relapsed', 'relapse', 'relapsing', 'urges? to', 'want to', 'started', 'start', 'been doing', 'back to')}(?: with| on| into)? sh\\b`,
  },
  {
    id: 'self-harm-now',
    level: 'urgent',
    past: 'past-self-harm',
    pattern: `\\b${alt('been', 'started', 'start', 'begun', 'began', 'gone back to', 'back to', 'went back to', 'keep', 'kept', 'urges? to', 'want to', 'wanting to')} ${alt('cutting', 'burning', 'scratching', 'harming', 'cut', 'burn')}\\b(?! ${alt('back', 'down', 'out', 'the', 'my hair', 'grass', 'up', 'off', 'calories', 'corners', 'it', 'some', 'a', 'bread', 'toast', 'wood', 'my (?:finger|fingers|thumb|nails|hair|fringe|toenails)', ...EVERYDAY_BURNT_OR_CUT)}\\b)`,

    unless: URGES_RESISTED,
  },
  { id: 'self-harm-now', level: 'urgent', pattern: `\\bcutting again\\b` },
  // "cut again", "burnt myself again" as the whole news, now (found by context-dev-n, tenth round); a time after it
  // ("cut again last night") is the concern rule's (concern-strain.ts).
  {
    id: 'self-harm-now',
    level: 'urgent',
    pattern: `(?:^ |\\. |\\bi )(?:have )?(?:cut|burnt|burned) (?:myself )?again(?= \\.| $| ${alt('tonight', 'now', 'and', 'just', 'deeper', 'sorry')}\\b)`,
  },
  {
    id: 'self-harm-now',
    level: 'urgent',
    pattern: `\\b${alt('fresh', 'new', 'deep', 'open')} ${alt('cuts', 'wounds?', 'burns')}\\b`,
  },
  {
    id: 'self-harm-now',
    level: 'urgent',
    pattern: `\\b${alt('cuts', 'wounds?', 'cut', 'burns', 'slashes', 'marks')} ${alt('on', 'across', 'down', 'all over', 'up')} my ${alt('arms?', 'wrists?', 'legs?', 'thighs?', 'stomach', 'body')}\\b(?! ${alt('from years', 'from when', 'are old', 'have healed', 'healed', '(?:mostly |all |now )?faded', 'long gone')})`,
  },
  {
    id: 'self-harm-now',
    level: 'urgent',
    pattern: `\\b(?:bleeding|blood) ${alt('everywhere', 'a lot', 'loads', 'heavily', 'will not stop', 'badly', 'out', 'all over')}\\b`,
    unless: EVERYDAY_BLOOD,
  },
  { id: 'self-harm-now', level: 'urgent', pattern: `\\b(?:cannot|can not|will not) stop (?:the )?bleeding\\b` },
  {
    id: 'self-harm-now',
    level: 'urgent',
    pattern: `\\b${alt('bang', 'banging', 'banged', 'hit', 'hitting', 'smash', 'smashing', 'smashed')} my head ${alt('against', 'on', 'off', 'into')} (?:the )?${alt('wall', 'walls', 'floor', 'door')}\\b`,
  },
  {
    id: 'cannot-keep-safe',
    level: 'urgent',
    pattern: `\\b${alt('cannot', 'can not', 'could not', 'unable to', 'not able to', 'do not know if i can', 'not sure i can', 'not sure if i can', 'struggling to', 'do not think i can', 'do not feel i can')} ${alt('keep', 'stay')} (?:myself |my self |me )?safe\\b`,
  },
  { id: 'cannot-keep-safe', level: 'urgent', pattern: `\\b(?:do not|cannot|can not) trust ${SELF}\\b` },
  // Found by context-dev-l (ninth round): "i dont think i can be trusted on my own tonight".
  {
    id: 'cannot-keep-safe',
    level: 'urgent',
    pattern: `\\b(?:${alt('do not think', 'not sure', 'not sure if', 'do not know if', 'doubt')} i can|i ${alt('cannot', 'can not', 'should not')}) be trusted ${alt('on my own', 'alone', 'by myself', 'with myself', 'left alone')}\\b(?! (?:with|near|around|in) (?:a |the |an |my )?${alt('packet', 'box', 'bag', 'tub', 'tin', 'jar', 'biscuits', 'chocolate', 'cake', 'sweets', 'crisps', 'pizza', 'cheese', 'wine', 'credit card', 'card', 'money', 'shopping', 'amazon', 'shops?', 'kitchen', 'fridge', 'remote', 'puppy', 'dog', 'cat', 'kids')})`,
  },
  {
    id: 'cannot-keep-safe',
    level: 'urgent',
    pattern: `\\b${alt('scared', 'afraid', 'frightened', 'terrified', 'worried')} (?:of |about )?what i ${alt('might', 'could', 'will', 'am going to', 'may')} do\\b`,
  },
  // Goodbyes and final acts.
  {
    id: 'goodbye',
    level: 'urgent',
    pattern: `\\bthis is (?:my |the |a )?(?:last |final )?${alt('goodbye', 'goodbyes', 'farewell', 'the end', 'it for me', 'the end for me', 'my last message', 'my last text', 'my final message')}\\b(?! ${alt('for (?:a bit|a while|now|today|tonight|the day|the week|the weekend|a few days|a couple of|ages)', 'before (?:i|my|the|we)', 'until', 'till')}\\b)`,
    unless: `\\b${alt('speak soon', 'talk soon', 'back (?:on|next|in|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)', 'no signal', 'camping', 'holiday', 'festival', 'signing off for', 'off to', 'see you (?:next|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)', 'battery', 'last session', '(?:drop|pop|send|post) (?:in )?a card')}\\b`,
  },
  {
    id: 'goodbye',
    level: 'urgent',
    pattern: `\\b${alt('goodbye', 'bye', 'farewell')} ${alt('forever', 'for good', 'for ever', 'world', 'cruel world', 'everyone', 'everybody', 'to everyone', 'to you all', 'to the world', 'my friends', 'all')}\\b(?! ${alt('see', 'speak', 'talk', 'catch', 'until', 'til', 'till', 'for now', 'have', 'x', 'love', 'thanks', 'thank', 'take care')})`,
  },
  {
    id: 'goodbye',
    level: 'urgent',
    pattern: `\\b${alt('saying', 'said', 'made', 'done', 'time to say', 'wanted to say', 'want to say', 'need to say', 'came to say', 'just to say')} (?:my )?${alt('goodbyes?', 'goodbye to (?:everyone|you all|everybody|the world|all of you)')}\\b`,
  },
  {
    id: 'goodbye',
    level: 'urgent',
    pattern: `\\b(?:my |a |the |this is )?(?:last|final) ${alt('message', 'text', 'words', 'goodbye', 'time you will hear from me', 'night on earth', 'day on earth')}\\b(?! ${alt('today', 'for now', 'for today', 'before', 'until', 'till', 'tonight', 'this week', 'was', 'i sent', 'you sent', 'did not', 'i need', 'i have to', 'i should', 'needed', 'for', 'of', 'about', 'in', 'on', 'was', 'is', 'got', 'from (?:this|my|that|the|me on|me from) (?:old )?(?:number|phone|mobile|sim|account|email)')}\\b)`,
  },
  {
    id: 'goodbye',
    level: 'urgent',
    pattern: `\\b${alt('will not', 'will never', 'never', 'not going to', 'will no longer', 'no one will', 'nobody will')} (?:be )?${alt('hearing', 'hear', 'see')} (?:from )?me ${alt('again', 'anymore', 'any more', 'after (?:today|tonight)', 'ever again')}\\b`,
  },
  {
    id: 'goodbye',
    level: 'urgent',
    pattern: `\\b${alt('will not', 'not going to', 'will no longer')} be ${alt('around', 'here', 'alive', 'about')} ${alt('much longer', 'for much longer', 'for long', 'any more', 'anymore', 'after tonight', 'after today', 'by (?:the )?morning', 'to see', 'tomorrow', 'much more', 'to bother you')}\\b`,
    // Away for a plain reason said with it (dev-39: "my contract on the farm ends in march, then im off to my brothers").
    unless: `\\b${PLAIN_LEAVING}\\b`,
  },
  {
    id: 'goodbye',
    level: 'urgent',
    pattern: `\\bby the time ${alt('you', 'anyone', 'someone', 'they', 'somebody')} ${alt('read', 'reads', 'see', 'sees', 'get', 'gets')} this\\b`,
  },
  {
    id: 'goodbye',
    level: 'urgent',
    pattern: `\\b(?:when|after|once|if) i (?:am|have) ${alt('gone', 'not here', 'not around', 'dead', 'no longer here', 'passed')}\\b(?! ${alt('on', 'to', 'for', 'away', 'out', 'back', 'shopping', 'home', 'into', 'through', 'over', 'up', 'down', 'the')})`,
  },
  {
    id: 'goodbye',
    level: 'urgent',
    pattern: `\\b(?:tell|let) (?:my |her |him |them |the )?(?:[a-z]+ )?(?:know )?${alt('i love (?:her|him|them|you|you all)', 'i am sorry', 'sorry for everything', 'i am sorry for everything')}\\b`,
  },
  {
    id: 'goodbye',
    level: 'urgent',
    pattern: `\\b(?:sorry|forgive me) for ${alt('everything', 'what i am about to do', 'what i am going to do', 'being a burden', 'all the trouble i have caused', 'being such a burden', 'being born')}\\b(?! ${alt('being', 'in', 'that', 'going', 'with', 'i said', 'earlier', 'yesterday')}\\b)`,
  },
  {
    id: 'goodbye',
    level: 'urgent',
    pattern: `\\b(?:thank you|thanks|thank u|ty) (?:so much )?for ${alt('everything', 'all you have done', 'all your help', 'trying', 'trying to help(?: me)?', 'being there', 'listening', 'putting up with me')}\\b(?=[^]*\\b${alt('sorry', 'forgive', 'goodbye', 'forever', 'last', 'anymore', 'any more', 'not be', 'no longer', 'love you all', 'gone', 'wave', 'goodbye', 'look after (?:yourselves|yourself|each other|everyone)', 'going now')}\\b)`,
    unless: `\\b${alt('last session', '(?:drop|pop|send|post) (?:in )?a card', 'see you (?:around|at|next|soon)', 'keep in touch', 'moving (?:to|up|away|house)', 'new job')}\\b`,
  },
  {
    id: 'goodbye',
    level: 'urgent',
    pattern: `\\b(?:please )?look after ${alt('my', 'the')} (?:[a-z]+ )?${alt('kids', 'children', 'cat', 'cats', 'dog', 'dogs', 'family', 'mum', 'pets', 'boys', 'girls', 'son', 'daughter')} (?:for me )?${alt('when i', 'after i', 'once i', 'for me when', 'for me after', 'forever')}\\b`,
  },

  // Found by the second blind set: depth and blood words carry self-harm on their own.
  {
    id: 'self-harm-now',
    level: 'urgent',
    past: 'past-self-harm',
    pattern: `\\b${alt('cut', 'cutting', 'cuts', 'went')} ${alt('deeper', 'too deep', 'really deep', 'so deep', 'deep')}\\b`,
  },
  {
    id: 'self-harm-now',
    level: 'urgent',
    pattern: `\\b${alt('a lot of', 'so much', 'loads of', 'lots of', 'too much', 'pool of')} blood\\b|\\b(?:blood|bleeding)${gap(4)} ${alt('will not stop', 'cannot stop', 'does not stop', 'not stopping', 'keeps coming')}\\b`,
    // The blood of an everyday job, a pet at the vet's, a nosebleed (dev-39).
    unless: EVERYDAY_BLOOD,
  },
  // Burning or cutting with something, said plainly (issue 18's varied tuning lines).
  {
    id: 'self-harm-now',
    level: 'urgent',
    negatable: true,
    past: 'past-self-harm',
    pattern: `\\b(?:burned|burnt|burning|cut|cutting|carved|scratched) my ${alt('arms?', 'wrists?', 'legs?', 'skin', 'thighs?', 'stomach')} with (?:a|the|my) ${alt('iron', 'lighter', 'cigarette', 'fag', 'blade', 'razor', 'knife', 'glass', 'scissors')}\\b`,
  },
  // A flame or heat held to the skin (context-dev-zm): "been using my lighter on my arm".
  {
    id: 'self-harm-now',
    level: 'urgent',
    negatable: true,
    past: 'past-self-harm',
    pattern: `\\b(?:using|used|putting|put|holding|held|pressing|pressed) (?:my |a |the )?(?:lighter|flame|iron|hot knife|cigarette|fag|lit fag|lit cigarette|hair straighteners|straighteners) (?:on|to|against|into) my ${alt('arms?', 'wrists?', 'legs?', 'skin', 'thighs?', 'stomach', 'hands?')}\\b`,
  },
  // Found by dev-24 and dev-26: a wound that will not stop ("the one on my leg won't stop, there's a puddle now").
  {
    id: 'self-harm-now',
    level: 'urgent',
    pattern: `\\b(?:the one|the cut|cut|cuts|it) on my (?:leg|arm|wrist|thigh|stomach) (?:will not|wont|won t|does not|doesnt) stop\\b|\\b(?:there is|theres|there s) a puddle (?:of blood )?now\\b`,
  },
  // Found by dev-28: harm told by what it does ("the water's going pink", "reopened the old one", "hitting my leg with
  // the hammer over and over").
  {
    id: 'self-harm-now',
    level: 'urgent',
    pattern: `\\b(?:waters?|towels?|sinks?|baths?|showers?|flannels?|sheets?)(?: is| s)? (?:going|gone|turning|turned) (?:pink|red)\\b|\\b(?:reopened|re opened|opened up|pulled open) (?:the|a|my) (?:old )?(?:one|cut|cuts|wound|stitches)\\b|\\b(?:took|pulled|ripped) (?:the|my) stitches out\\b|\\b(?:hitting|smashing|bashing|punching|burning|scalding) (?:my|myself)\\b[^.]{0,40}\\b(?:hammer|iron|kettle|over and over|till|until|cant stop|can not stop|cannot stop)\\b|\\bpunching (?:the|a) (?:brick )?wall\\b[^.]{0,60}\\b(?:cant stop|can not stop|cannot stop|knuckles)\\b`,
  },
  // Found by dev-36 and dev-37 (twelfth round): harm under way that will not stop ("cutting. cant stop", "nicked myself a
  // lot deeper than planned, cant really stop it"), blood and the body failing, the bath water gone pink.
  {
    id: 'self-harm-now',
    level: 'urgent',
    pattern: `\\b(?:cutting|cut myself|stabbing|stabbed myself|nicked myself|slashing|burning myself|bleeding)\\b[^]{0,60}\\b(?:can not|cannot|cant) (?:really )?(?:stop(?! (?:laughing|smiling|eating|thinking about (?:the|my|that|this|food|cake)))|get it to stop)\\b`,
    unless: EVERYDAY_BLOOD,
  },
  {
    id: 'self-harm-now',
    level: 'urgent',
    pattern: `\\b(?:bled|bleeding|blood)\\b[^]{0,60}\\b(?:dizzy|can not stand|cannot stand|cant stand|fainting|passing out|going faint|light ?headed)\\b|\\bbath ?(?:waters? )?(?:is |has )?(?:gone |going |turned |turning )?(?:a )?(?:[a-z]+ )?(?:shade of )?(?:pink|red)\\b`,
    unless: `${EVERYDAY_BLOOD}|\\b(?:period|dye|bath bomb|bubble|nose ?bleed|giving blood|blood (?:tests?|pressure|sugars?|results|donors?)|donat[a-z]+)\\b`,
  },
  // Found by dev-50 (twentieth round): a wound that will not close, told by the dressings soaked ("keeps opening up
  // again every time i move my wrist, soaked through 3 plasters").
  {
    id: 'self-harm-now',
    level: 'urgent',
    pattern: `\\b(?:keeps|kept|keep) (?:opening|splitting|bursting) (?:up |open )?again\\b[^.]{0,60}\\b(?:wrist|arm|leg|thigh|plasters?|bandages?|dressings?|sleeve)\\b|\\bsoaked (?:through )?(?:[0-9]+|two|three|four|five|a few|all the) (?:plasters|towels|tea towels|bandages|dressings|pads)\\b`,
    unless: `\\b(?:stitches came out|dog|cat|horse|paw|hoof|ewe|lamb|knee op|operation|surgery|c section|after the op)\\b`,
  },
];
