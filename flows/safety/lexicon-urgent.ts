// Urgent rules: risk to life or safety now or soon. A match sends the crisis reply and alerts a coordinator.
// Built from categories (self-harm verbs × self-reference, intent frames, means lists, goodbyes), not from examples.

import type { Rule } from './lexicon.js';
import { alt, gap, MEDS, OTHER_PERSON, OTHER_SUBJECT, SELF, WEAPON } from './lexicon.js';

const DEATH_STATE = alt(
  'die',
  'be dead',
  'not exist',
  'stop existing',
  'not be alive',
  'not be here',
  'not be here anymore',
  'disappear',
  'vanish',
  'sleep forever',
  'go to sleep forever',
  'go to sleep and (?:not|never) wake up',
  'be with [a-z]+ in heaven',
  'be in (?:a|my|the) (?:grave|coffin|graveemoji|coffinemoji)',
  'be gone',
  'not be around',
  'not wake up',
);

const GO_ON = alt(
  'live',
  'be alive',
  'be here',
  'exist',
  'wake up',
  'go on',
  'carry on',
  'keep going',
  'be around',
  'continue',
  'stay alive',
  'keep living',
  'survive',
);

// Intent frames that make a harmful verb about the sender's own will.
const HARM_FRAME = alt(
  'i',
  'i will',
  'i would',
  'i could',
  'i might',
  'i am going to',
  'going to',
  'want to',
  'wanted to',
  'wanting to',
  'feel like',
  'felt like',
  'urges? to',
  'thinking about',
  'thinking of',
  'thoughts (?:of|about)',
  'tempted to',
  'about to',
  'ready to',
  'i swear i will',
  'i should',
  'i need to',
  'fantasi[sz]ing about',
);

// Violence to someone's face or head, with no separate object word.
const FACE_HARM = `${alt('smash', 'smashing', 'punch', 'punching', 'kick', 'kicking', 'cave', 'caving', 'bash', 'bashing', 'stamp on', 'stamping on', 'slash', 'slashing', 'glass', 'glassing')} ${alt('his', 'her', 'their', 'someones', 'somebodys', 'the guys', 'the mans')} ${alt('face', 'head', 'skull', 'teeth')}`;

const HARM_VERB = alt(
  'kill',
  'killing',
  'hurt',
  'hurting',
  'stab',
  'stabbing',
  'strangle',
  'strangling',
  'murder',
  'murdering',
  'attack',
  'attacking',
  'batter',
  'battering',
  'punch',
  'punching',
  'harm',
  'harming',
  'shoot',
  'shooting',
  'poison',
  'poisoning',
  'choke',
  'choking',
  'smother',
  'suffocate',
  'hit',
  'hitting',
);

export const URGENT_RULES: readonly Rule[] = [
  // Suicidal thoughts and intent, in plain words and slang ("kms" and "unalive" are expanded by normalise.ts).
  {
    id: 'suicidal-intent',
    level: 'urgent',
    negatable: true,
    past: 'past-attempt',
    pattern: `\\bkill(?:ing|ed|s)? ${SELF}\\b`,
  },
  {
    id: 'suicidal-intent',
    level: 'urgent',
    negatable: true,
    past: 'past-attempt',
    pattern: `\\b(?:end|ending|ended|take|taking|took|taken) ${alt('my (?:own )?life', 'it all', 'my existence', 'everything')}\\b(?! ${alt('back', 'forward', 'into', 'on track', 'on board', 'in (?:a|the) (?:new|different|right|better|other)', 'in hand', 'in my (?:own )?hands', 'off', 'up', 'to', 'with', 'out')}\\b)`,
  },
  {
    id: 'suicidal-intent',
    level: 'urgent',
    negatable: true,
    pattern: `\\b${alt('want', 'going', 'need', 'planning', 'ready', 'decided', 'thinking about', 'thinking of', 'about', 'tempted')} (?:to )?(?:just )?end ${alt('it', 'things', 'me')}\\b`,
  },
  { id: 'suicidal-intent', level: 'urgent', negatable: true, past: 'past-attempt', pattern: `\\bunalive\\b` },
  {
    id: 'suicidal-intent',
    level: 'urgent',
    negatable: true,
    past: 'past-suicidal-thoughts',
    pattern: `\\b(?:suicid[a-z]*|su[a-z]{0,3}c[a-z]{0,3}d(?:e|es|al|ally|ality))\\b`,
  },
  {
    id: 'suicidal-intent',
    level: 'urgent',
    negatable: true,
    past: 'past-attempt',
    pattern: `\\b${alt('top', 'topping', 'topped', 'hang', 'hanging', 'hanged', 'hung', 'drown', 'drowning', 'shoot', 'shooting', 'shot', 'gas', 'gassing', 'poison', 'poisoning', 'suffocate', 'suffocating', 'strangle', 'strangling', 'electrocute', 'starve', 'starving')} ${SELF}\\b(?! in the foot)`,
  },
  {
    id: 'suicidal-intent',
    level: 'urgent',
    negatable: true,
    pattern: `\\b${alt('to', 'will', 'i', 'going to', 'gonna')} off ${SELF}\\b`,
  },
  {
    id: 'suicidal-intent',
    level: 'urgent',
    negatable: true,
    past: 'past-attempt',
    pattern: `\\b${alt('slit', 'slitting', 'slash', 'slashing', 'cut', 'cutting', 'open')} my ${alt('wrists?', 'throat', 'veins')}\\b`,
  },
  { id: 'suicidal-intent', level: 'urgent', negatable: true, pattern: `\\b${alt('homicidal', 'murderous')}\\b` },

  // Wishing to be dead, including passive wishes (7 Cups and Samaritans treat passive and active alike).
  {
    id: 'death-wish',
    level: 'urgent',
    negatable: true,
    past: 'past-suicidal-thoughts',
    pattern: `\\b${alt('want', 'wants', 'wanted', 'wanting', 'need', 'ready', 'deserve', 'deserved', 'going', 'trying', 'tempted', 'about', 'longing', 'desperate')} to (?:just )?${DEATH_STATE}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    past: 'past-suicidal-thoughts',
    pattern: `\\bwish (?:that )?i ${alt('was', 'were', 'had', 'could', 'would', 'did', 'had just', 'could just', 'would just', 'had never', 'would not', 'did not', 'could have', 'just')} (?:just )?${alt('dead', 'die', 'died', 'gone', 'never born', 'never been born', 'not been born', 'disappear', 'vanish', 'not wake up', 'never wake up', 'wake up', 'woken up', 'not here', 'not alive', 'not exist', 'exist', 'cease to exist')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\bbetter off ${alt('dead', 'gone', 'not here', 'not around', 'not alive', 'without me', 'if i was (?:dead|gone|not here)', 'if i were (?:dead|gone|not here)')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b${alt('world', 'everyone', 'everybody', 'everything', 'life', 'they', 'family')} ${alt('would be', 'will be', 'is', 'are')} better without me\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b(?:do not|never|not) (?:really |even )?${alt('want', 'wish', 'feel like i want', 'see the point', 'see any point', 'see a reason', 'know (?:how|if|why) i (?:can|should|want to)')} (?:to |in )?${GO_ON}\\b(?! ${alt('with\\b', 'the\\b', 'answering', 'talking', 'chatting', 'this (?:chat|conversation)', 'now\\b', 'today', 'yet', 'without', 'on my own', 'for (?!much|long|any|ever|good)', 'at (?:the|this|that|work)', 'in (?:the|this|that) (?:group|room|meeting|queue|waiting room)')})`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\bnot sure (?:if |that |whether )?i ${alt('want', 'can')} (?:to )?${GO_ON}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b(?:cannot|could not|unable to|not able to) ${alt('go on living', 'carry on living', 'keep living', 'live like this', 'live with (?:this|myself|my self)', 'face (?:another day|tomorrow|living|life)', 'take (?:it|this|any) ?(?:anymore|any more|much more|any longer)', 'stay alive', 'be alive', 'exist like this')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b(?:cannot|could not|unable to|not able to) ${alt('go on', 'carry on', 'keep going', 'do this', 'hold on', 'take it', 'take this', 'keep fighting', 'fight it')} ${alt('anymore', 'any more', 'any longer', 'much longer', 'like this')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b(?:do not|not) know how (?:much )?(?:longer|long) i can ${alt('go on', 'carry on', 'keep going', 'cope', 'do this', 'hold on', 'last', 'keep fighting', 'take it')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b${alt('no (?:reason|point|will|purpose) (?:for me )?(?:in |to |for )?', 'nothing (?:left )?to', 'not worth', '(?:what is|wat is|wots) the point (?:in |of )?(?:even )?', 'why (?:should|would|do) i (?:even )?(?:bother )?(?:to )?')}${alt('live', 'living', 'be alive', 'being alive', 'go on', 'going on', 'carry on', 'carrying on', 'keep going', 'stay alive', 'staying alive', 'exist', 'existing', 'wake up', 'waking up', 'live for', 'being here', 'be here', 'life')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\blife (?:is not|is no longer|not|is) ${alt('worth living', 'worth it', 'worth anything', 'not worth living', 'over', 'finished')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b${alt('tired', 'sick', 'exhausted', 'done', 'finished', 'fed up')} (?:of|with) ${alt('living', 'life', 'being alive', 'existing', 'this life', 'my life', 'fighting to stay alive', 'being here')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b${alt('hope', 'hoping', 'wish', 'wishing', 'want', 'wanting', 'pray', 'praying', 'rather', 'prefer', 'sleep and', 'sleep forever and', 'go to sleep and', 'fall asleep and', 'nice if i', 'easier if i', 'better if i')}${gap(3)} ${alt('not', 'never', 'did not', 'would not', 'will not', 'do not')} (?:to )?(?:wake|woke) up\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b${alt('easier', 'better')} (?:for everyone )?if i ${alt('was', 'were')} (?:just )?${alt('dead', 'gone', 'not here', 'not around', 'never born')}\\b`,
  },
  { id: 'death-wish', level: 'urgent', pattern: `\\bmy life is ${alt('over', 'finished', 'done', 'not worth')}\\b` },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b(?:i would|i d|would) rather ${alt('be dead', 'die', 'not exist', 'not be here', 'not be alive', 'not wake up')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b${alt('no one', 'noone', 'nobody', 'no body', 'none of them', 'they', 'you', 'anyone')} ${alt('would', 'will', 'wouldnt', 'would not', 'will not')} (?:even )?${alt('miss me', 'notice (?:if|when) i', 'care (?:if|when) i', 'be sad (?:if|when) i', 'notice i (?:was|am) gone')}\\b`,
  },

  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\bpoint (?:in |of |to )?${alt('living', 'being alive', 'life', 'going on', 'carrying on', 'existing', 'being here', 'staying alive', 'live', 'be alive', 'keep living')}\\b`,
  },
  { id: 'death-wish', level: 'urgent', pattern: `\\b${alt('die', 'dying', 'pass away')} in my sleep\\b` },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b(?:hope|hoping|pray|praying) (?:that )?i (?:just )?${alt('die', 'do not wake', 'never wake', 'get hit by', 'do not make it', 'am dead', 'will die')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b${alt('better', 'happier', 'easier', 'best', 'lighter')} (?:off )?(?:for (?:everyone|them|all|everybody) )?${alt('without me', 'if i (?:was|were|am|was just) (?:not|no longer|never) (?:here|around|alive|born|in their lives)', 'if i (?:was|were) (?:dead|gone)', 'when i am gone')}\\b`,
  },
  {
    id: 'command-voices',
    level: 'urgent',
    pattern: `\\b${alt('tell', 'tells', 'telling', 'told', 'say', 'says', 'saying', 'ordering', 'orders', 'commanding', 'want', 'wants', 'screaming at', 'shouting at')} me (?:that )?${alt('to', 'i (?:have to|must|should|need to|deserve to|ought to|am going to|got to)')}(?: go and| just| go)? ${alt('die', 'be dead', 'kill', 'hurt (?:myself|my self|him|her|them|someone|people|the)', 'end (?:it|my life)', 'jump', 'hang', 'stab', 'cut myself', 'overdose', 'take my (?:own )?life')}\\b`,
  },

  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b(?:cannot|can not|could not|no longer|do not) (?:be bothered|want|have the energy|have the strength) (?:to |with )?${alt('live', 'living', 'life', 'being alive', 'existing', 'exist', 'stay alive', 'keep living')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b${alt('no way', 'not going to', 'will not', 'do not think i will', 'do not think i can', 'cannot', 'not sure i will', 'not sure i can')} (?:i am |i will )?${alt('get', 'getting', 'make it', 'making it', 'survive', 'surviving', 'last', 'lasting', 'see')} (?:through )?${alt('tonight', 'the night', 'today', 'the weekend', 'another day', 'tomorrow', 'the morning', 'christmas')}\\b`,
  },
  { id: 'death-wish', level: 'urgent', pattern: `\\bmy (?:own )?funeral\\b` },
  {
    id: 'goodbye',
    level: 'urgent',
    pattern: `\\bif i am (?:not|no longer) (?:here|around|alive) ${alt('tomorrow', 'in the morning', 'by', 'anymore', 'any more', 'next week', 'after tonight')}`,
  },

  // Plans, preparations and means (Crisis Text Line: means words predict emergencies better than "suicide").
  {
    id: 'suicide-plan',
    level: 'urgent',
    pattern: `\\bplans? ${alt('to', 'for', 'of', 'about', 'on')} (?:how |when |where )?(?:to |i will |i am going to )?${alt('kill', 'end', 'die', 'do it', 'take my', 'jump', 'hang', 'overdose', 'go through with', 'not be here')}`,
  },
  {
    id: 'suicide-plan',
    level: 'urgent',
    pattern: `\\b${alt('know', 'decided', 'worked out', 'figured out', 'planned', 'planning', 'picked', 'chosen', 'chose', 'researched', 'researching', 'looked up', 'looking up', 'googled', 'googling')}${gap(2)} ${alt('how', 'when', 'where', 'ways')} (?:i will |i would |i am going to |i want to |to |i could |i might |i can )?${alt('do it', 'end it', 'die', 'kill', 'jump', 'end my life', 'overdose', 'hang', 'not wake up')}\\b`,
  },
  {
    id: 'suicide-plan',
    level: 'urgent',
    pattern: `\\b${alt('sorted', 'sorting', 'put', 'putting', 'getting', 'got', 'organised', 'organising', 'tidied', 'tidying')} (?:out )?(?:all )?my affairs\\b`,
  },
  {
    id: 'suicide-plan',
    level: 'urgent',
    pattern: `\\b${alt('written', 'wrote', 'writing', 'left', 'leaving', 'made', 'updated', 'making', 'updating', 'done')} (?:a |my |the |some )?${alt('suicide note', 'goodbye (?:letter|note|letters|notes|message|messages)', 'last letters?', 'will', 'notes? (?:for|to) (?:my |everyone|the |people|family|mum|dad|kids)', 'letters (?:for|to) (?:my |everyone|the |people|family|mum|dad|kids)')}\\b`,
  },
  {
    id: 'suicide-plan',
    level: 'urgent',
    pattern: `\\b(?:giving|given|gave|give) (?:away )?${alt('all (?:of )?my (?:things|stuff|belongings|possessions)', 'my (?:things|stuff|belongings|possessions) away', 'away my (?:things|stuff|belongings|possessions)', 'away everything', 'everything away')}\\b`,
  },
  {
    id: 'suicide-plan',
    level: 'urgent',
    pattern: `\\b${alt('tonight is the night', 'today is the day i', 'it will be over soon', 'it will all be over', 'it will all be over soon', 'not be a problem for much longer', 'wont be a problem much longer', 'my mind is made up', 'i have made my decision', 'i have made up my mind to')}\\b`,
  },
  {
    id: 'method-overdose',
    level: 'urgent',
    negatable: true,
    past: 'past-attempt',
    pattern: `\\b(?:overdos[a-z]*|oded|od ing|odding)\\b`,
  },
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b(?:i|i have|just|i just|have) (?:od|odd)\\b(?= \\.| $| on | again| last| tonight| earlier| today| this)`,
  },
  {
    id: 'method-overdose',
    level: 'urgent',
    past: 'past-attempt',
    pattern: `\\b${alt('took', 'taken', 'take', 'taking', 'swallowed', 'swallow', 'swallowing', 'necked', 'downed', 'had', 'eaten', 'ate', 'popped', 'popping')} (?:${alt('about', 'around', 'like', 'nearly', 'over', 'maybe', 'roughly', 'at least', 'almost', 'probably', 'just under')} )?${alt('all', 'the whole', 'a whole', 'whole', 'every', 'the rest of', 'a handful of', 'handfuls of', 'a bottle of', 'a box of', 'boxes of', 'packets? of', 'a packet of', 'two packets of', 'a load of', 'loads of', 'lots of', 'a lot of', 'too many', 'way too many', 'all of', 'double', 'triple', 'extra', '\\d{2,}', '[1-9]\\d* (?:boxes|packets|strips|bottles) of', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'a hundred', 'hundred', '(?:a |the |two |three |\\d+ )?(?:whole |full |entire )?(?:bottles?|box(?:es)?|packets?|strips?|handfuls?|tubs?|packs?|blister packs?|loads?|lots?|pots?) of', 'a month s', 'a weeks? worth of', 'a months? worth of')}(?: of)?(?: ${alt('my', 'the', 'them', 'those', 'these', 'his', 'her', 'mums?', 'dads?')})?${gap(1)} ?${alt(MEDS, 'them')}\\b`,
  },
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b${alt('saving', 'saved', 'stockpil[a-z]*', 'hoard[a-z]*', 'collecting', 'collected', 'stashing', 'stashed', 'hiding', 'hidden', 'hid', 'stocking up on', 'building up')} (?:up )?(?:all |some |my |the |a |loads of |lots of |a lot of )*${MEDS}\\b`,
  },
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b${MEDS} ${alt('lined up', 'counted out', 'laid out', 'ready', 'in front of me', 'next to me', 'in my hand', 'all out', 'saved up')}\\b`,
  },
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b${alt('how many', 'how much', 'what dose of', 'what amount of')} (?:of )?(?:my |the |these )?${gap(1)} ?${alt(MEDS, 'it')} ${alt('it would take', 'would it take', 'does it take', 'to take to', 'would kill', 'will kill', 'to die', 'to overdose', 'is lethal', 'is a lethal', 'is fatal', 'to not wake up', 'would be fatal', 'would be enough')}`,
  },
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b${alt('lethal', 'fatal', 'deadly')} ${alt('dose', 'amount', 'overdose', 'quantity')}\\b`,
  },
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\benough ${gap(2)} ?${MEDS} to ${alt('kill', 'end', 'do it', 'die', 'overdose', 'take (?:my|them all)', 'finish', 'not wake up')}`,
  },
  { id: 'method-overdose', level: 'urgent', pattern: `\\bpillemoji(?: [a-z]+)? pillemoji\\b` },
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b\\d{3,} ?(?:mg|milligrams?) (?:of )?(?:\\w+ ){0,2}(?:${alt('in one go', 'at once', 'all at once', 'tonight', 'just now')})\\b`,
  },
  { id: 'death-wish', level: 'urgent', pattern: `\\b(?:graveemoji|coffinemoji)\\b` },
  {
    id: 'method-poison',
    level: 'urgent',
    pattern: `\\b${alt('drank', 'drunk', 'drink', 'drinking', 'swallowed', 'swallow', 'took', 'taken', 'ate', 'eaten', 'injected', 'inject', 'down', 'downed')} (?:some |a |the |a bottle of |a load of |loads of )?${alt('bleach', 'antifreeze', 'anti freeze', 'weedkiller', 'weed killer', 'rat poison', 'poison', 'cleaning (?:fluid|products?)', 'drain cleaner', 'white spirit', 'screenwash', 'paraquat', 'fabric softener', 'washing up liquid')}\\b`,
  },
  {
    id: 'method-poison',
    level: 'urgent',
    pattern: `\\b${alt('engine running in (?:the )?garage', 'hose ?pipe (?:to|from|on) the exhaust', 'exhaust pipe', 'carbon monoxide', 'charcoal in', 'helium', 'gas oven', 'head in the oven')}\\b`,
  },
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b${alt('stash', 'stockpile', 'hoard', 'pile', 'supply', 'collection')} of (?:[a-z]+ )?${MEDS}\\b`,
  },
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b${alt('took', 'taken', 'take', 'taking', 'swallowed', 'had', 'necked')}${gap(5)} ${alt('at once', 'in one go', 'all at once', 'all together', 'at the same time')}\\b`,
  },
  { id: 'method-hanging', level: 'urgent', pattern: `\\b${alt('noose', 'ligature', 'ligatures')}\\b` },
  {
    id: 'method-hanging',
    level: 'urgent',
    pattern: `\\b${alt('rope', 'belt', 'cord', 'cable', 'scarf', 'tie', 'sheet', 'lead', 'wire')} ${alt('round', 'around', 'on', 'over', 'to', 'against')} my (?:own )?neck\\b`,
  },
  {
    id: 'method-hanging',
    level: 'urgent',
    pattern: `\\b${alt('tied', 'tying', 'made', 'making', 'bought', 'buying', 'ordered', 'got', 'getting', 'get', 'have', 'hung', 'hanging', 'attached', 'set up', 'found', 'hidden', 'strong')} (?:up )?(?:a |the |my |some |enough )?rope\\b`,
  },
  {
    id: 'method-hanging',
    level: 'urgent',
    pattern: `\\brope${gap(4)} ${alt('myself', 'my self', 'neck', 'loft', 'beam', 'tree', 'banister', 'door', 'hook', 'ceiling', 'ready', 'tonight')}\\b`,
  },
  {
    id: 'method-jump',
    level: 'urgent',
    past: 'past-attempt',
    pattern: `\\b${alt('jump', 'jumping', 'jumped', 'throw myself', 'throwing myself', 'threw myself', 'step', 'stepping', 'fall', 'falling', 'leap', 'leaping')} ${alt('off', 'from', 'over')} (?:a |the |that |my |this )?(?:[a-z]+ )?${alt('bridge', 'building', 'roof', 'cliffs?', 'tower', 'block', 'balcony', 'window', 'car park', 'multi storey', 'edge', 'ledge', 'quarry', 'flyover', 'overpass', 'top floor', 'viaduct', 'pier')}\\b`,
  },
  {
    id: 'method-jump',
    level: 'urgent',
    past: 'past-attempt',
    pattern: `\\b${alt('jump', 'jumping', 'jumped', 'throw myself', 'throwing myself', 'threw myself', 'step', 'stepping', 'walk', 'walking', 'lie', 'lying', 'drive', 'driving', 'crash', 'crashing', 'run', 'running')} ${alt('in front of', 'under', 'onto', 'into', 'out into')} (?:a |the |that |my |this )?(?:[a-z]+ )?${alt('train', 'trains', 'tracks', 'railway', 'lorry', 'lorries', 'bus', 'car', 'cars', 'traffic', 'river', 'sea', 'canal', 'motorway', 'wall', 'tree', 'lake', 'reservoir')}\\b`,
  },
  {
    id: 'method-jump',
    level: 'urgent',
    pattern: `\\bi am ${alt('on', 'at', 'up on', 'stood on', 'standing on', 'sat on', 'sitting on', 'by', 'near')} (?:the |a |top of (?:the |a )|the top of (?:the |a )|the edge of (?:the |a ))${alt('bridge', 'roof', 'ledge', 'edge', 'cliff', 'cliffs', 'tracks', 'railway line', 'railway', 'multi storey', 'top floor')}\\b(?! ${alt('club', 'cafe', 'road', 'street', 'inn', 'pub', 'game', 'of my nose', 'of my seat')})`,
  },
  {
    id: 'method-weapon',
    level: 'urgent',
    pattern: `\\b${WEAPON} ${alt('to', 'on', 'into', 'in', 'across', 'against', 'at', 'over', 'in my hand (?:and|by)')} my ${alt('arms?', 'wrists?', 'legs?', 'thighs?', 'skin', 'stomach', 'body', 'neck', 'throat', 'chest', 'head', 'face')}\\b`,
  },
  {
    id: 'method-weapon',
    level: 'urgent',
    pattern: `\\b(?:i am |i have )?${alt('holding', 'hiding', 'hid', 'sharpened', 'sharpening', 'clutching', 'stashed', 'stashing')} (?:a |the |my |some |this |these )?${WEAPON}\\b`,
  },
  {
    id: 'method-weapon',
    level: 'urgent',
    pattern: `\\b${WEAPON} ${alt('hidden', 'hid', 'stashed', 'ready', 'under my (?:bed|pillow|mattress)')}\\b`,
  },
  {
    id: 'method-weapon',
    level: 'urgent',
    pattern: `\\b${alt('got', 'have', 'bought', 'found')} (?:a |the |my |some |this )?${WEAPON} ${alt('here', 'with me', 'in my (?:hand|room|bag|pocket|bed)', 'next to me', 'ready', 'now', 'in front of me', 'on me', 'under my (?:bed|pillow)', 'to (?:use|do it|hurt|cut|kill)', 'and i want', 'and i am going')}\\b`,
  },
  {
    id: 'method-weapon',
    level: 'urgent',
    pattern: `\\b${alt('gun', 'knife', 'razor', 'rope', 'pillemoji', 'blade')}\\b[^.]{0,40}\\b${alt('coffin', 'grave', 'skull', 'goodbye', 'bye forever', 'wilted', 'blood')}\\b`,
  },
  {
    id: 'method-weapon',
    level: 'urgent',
    pattern: `\\b${alt('coffin', 'grave', 'skull', 'goodbye')}\\b[^.]{0,40}\\b${alt('gun', 'knife', 'razor', 'rope', 'pillemoji', 'blade')}\\b`,
  },

  // Self-harm now or ongoing. Past self-harm is a concern (see the `past` id).
  {
    id: 'self-harm-now',
    level: 'urgent',
    negatable: true,
    past: 'past-self-harm',
    pattern: `\\b${alt('cut', 'cutting', 'cuts', 'burn', 'burning', 'burnt', 'burned', 'hurt', 'hurting', 'hurts', 'harm', 'harming', 'harmed', 'scratch', 'scratching', 'scratched', 'punch', 'punching', 'punched', 'hit', 'hitting', 'bang', 'banging', 'banged', 'bite', 'biting', 'bit', 'stab', 'stabbing', 'stabbed', 'injure', 'injuring', 'injured', 'mutilate', 'mutilating', 'punish', 'punishing', 'carve', 'carving', 'carved')} ${SELF}\\b`,
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
    pattern: `\\b${alt('been', 'started', 'start', 'begun', 'began', 'gone back to', 'back to', 'went back to', 'keep', 'kept', 'urges? to', 'want to', 'wanting to')} ${alt('cutting', 'burning', 'scratching', 'harming', 'cut', 'burn')}\\b(?! ${alt('back', 'down', 'out', 'the', 'my hair', 'grass', 'up', 'off', 'calories', 'corners', 'it', 'some', 'a', 'bread', 'toast', 'wood', 'my (?:finger|fingers|thumb|nails|hair|fringe|toenails)')}\\b)`,
  },
  { id: 'self-harm-now', level: 'urgent', pattern: `\\bcutting again\\b` },
  {
    id: 'self-harm-now',
    level: 'urgent',
    pattern: `\\b${alt('fresh', 'new', 'deep', 'open')} ${alt('cuts', 'wounds?', 'burns')}\\b`,
  },
  {
    id: 'self-harm-now',
    level: 'urgent',
    pattern: `\\b${alt('cuts', 'wounds?', 'cut', 'burns', 'slashes', 'marks')} ${alt('on', 'across', 'down', 'all over', 'up')} my ${alt('arms?', 'wrists?', 'legs?', 'thighs?', 'stomach', 'body')}\\b(?! ${alt('from years', 'from when', 'are old', 'have healed')})`,
  },
  {
    id: 'self-harm-now',
    level: 'urgent',
    pattern: `\\b(?:bleeding|blood) ${alt('everywhere', 'a lot', 'loads', 'heavily', 'will not stop', 'badly', 'out', 'all over')}\\b`,
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
  {
    id: 'cannot-keep-safe',
    level: 'urgent',
    pattern: `\\b${alt('scared', 'afraid', 'frightened', 'terrified', 'worried')} (?:of |about )?what i ${alt('might', 'could', 'will', 'am going to', 'may')} do\\b`,
  },

  // Goodbyes and final acts.
  {
    id: 'goodbye',
    level: 'urgent',
    pattern: `\\bthis is (?:my |the |a )?(?:last |final )?${alt('goodbye', 'goodbyes', 'farewell', 'the end', 'it for me', 'the end for me', 'my last message', 'my last text', 'my final message')}\\b`,
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
    pattern: `\\b(?:my |a |the |this is )?(?:last|final) ${alt('message', 'text', 'words', 'goodbye', 'time you will hear from me', 'night on earth', 'day on earth')}\\b(?! ${alt('today', 'for now', 'for today', 'before', 'until', 'till', 'tonight', 'this week', 'was', 'i sent', 'you sent', 'did not', 'i need', 'i have to', 'i should', 'needed', 'for', 'of', 'about', 'in', 'on', 'was', 'is', 'got')}\\b)`,
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
    pattern: `\\b(?:thank you|thanks|thank u|ty) (?:so much )?for ${alt('everything', 'all you have done', 'all your help', 'trying', 'trying to help(?: me)?', 'being there', 'listening', 'putting up with me')}\\b(?=[^]*\\b${alt('sorry', 'forgive', 'goodbye', 'forever', 'last', 'anymore', 'any more', 'not be', 'no longer', 'love you all', 'gone', 'wave', 'goodbye')}\\b)`,
  },
  {
    id: 'goodbye',
    level: 'urgent',
    pattern: `\\b(?:please )?look after ${alt('my', 'the')} (?:[a-z]+ )?${alt('kids', 'children', 'cat', 'cats', 'dog', 'dogs', 'family', 'mum', 'pets', 'boys', 'girls', 'son', 'daughter')} (?:for me )?${alt('when i', 'after i', 'once i', 'for me when', 'for me after', 'forever')}\\b`,
  },

  // Voices that command harm (including voices telling them to hurt others).
  {
    id: 'command-voices',
    level: 'urgent',
    pattern: `\\b${alt('voices?', 'voice in my head', 'demons?', 'devil', 'satan', 'spirits?', 'god', 'the radio', 'the tv', 'the telly', 'the angels?')}${gap(4)} ${alt('tell', 'tells', 'telling', 'told', 'say', 'says', 'saying', 'said', 'want', 'wants', 'wanting', 'order', 'orders', 'ordering', 'ordered', 'command', 'commands', 'commanding', 'urge', 'urges', 'urging', 'make', 'makes', 'making', 'scream', 'screaming', 'shout', 'shouting', 'whisper', 'whispering', 'insist', 'insisting')}${gap(1)} (?:at )?(?:me )?(?:that )?${alt('to', 'i should', 'i must', 'i need to', 'i have to', 'i deserve to', 'i ought to', 'i am going to', 'i will')}${gap(3)} ${alt('kill', 'hurt', 'harm', 'cut', 'stab', 'jump', 'die', 'end', 'punish', 'burn', 'attack', 'hit', 'hang', 'drown', 'poison', 'overdose', 'take my life', 'take (?:all )?(?:the |my )?(?:pills|tablets)', 'be dead', 'set fire', 'strangle', 'stop (?:him|her|them)', 'get rid of', 'deal with (?:him|her|them)', 'punish', 'silence (?:him|her|them)', 'teach (?:him|her|them) a lesson', 'destroy')}\\b`,
  },
  {
    id: 'command-voices',
    level: 'urgent',
    pattern: `\\bvoices?\\b[^.]{0,60}\\b${alt('kill', 'killing', 'hurt', 'hurting', 'harm', 'harming', 'stab', 'stabbing', 'die', 'dead', 'attack', 'attacking', 'jump off', 'hang', 'punish', 'get rid of', 'stop (?:him|her|them)', 'poison', 'destroy')}\\b`,
  },

  // Intent to harm someone else.
  {
    id: 'harm-others',
    level: 'urgent',
    negatable: true,
    pattern: `\\b${HARM_FRAME}${gap(2)} ${HARM_VERB} ${OTHER_PERSON}\\b(?! ${alt('at', 'feelings', 'with kindness', 'in (?:a|the) game')})`,
  },
  { id: 'harm-others', level: 'urgent', negatable: true, pattern: `\\b${HARM_FRAME}${gap(2)} ${FACE_HARM}\\b` },
  {
    id: 'harm-others',
    level: 'urgent',
    negatable: true,
    pattern: `\\b${alt('beat', 'beating', 'kick', 'kicking', 'smash', 'smashing', 'do')} ${OTHER_PERSON} ${alt('up', 'in', 'over', 'to death')}\\b`,
  },
  {
    id: 'harm-others',
    level: 'urgent',
    pattern: `\\b${alt('set fire to', 'burn down', 'blow up')} ${alt('the house', 'the flat', 'my house', 'their house', 'his house', 'her house', 'the building', 'the ward', 'the school')}\\b`,
  },

  // In danger from someone else now or soon.
  {
    id: 'danger-from-others',
    level: 'urgent',
    past: 'past-abuse',
    pattern: `\\b${OTHER_SUBJECT}${gap(2)} ${alt('hitting', 'beating', 'punching', 'kicking', 'hurting', 'strangling', 'choking', 'attacking', 'threatening', 'following', 'stalking', 'chasing', 'grabbing', 'pushing', 'screaming at', 'locking', 'trapping', 'coming for', 'coming after', 'raping', 'abusing', 'touching', 'hits', 'beats', 'abuses', 'threatens', 'chokes', 'strangles', 'rapes')} me\\b`,
  },
  {
    id: 'danger-from-others',
    level: 'urgent',
    past: 'past-abuse',
    pattern: `\\b${OTHER_SUBJECT}${gap(2)} ${alt('hit', 'punched', 'kicked', 'strangled', 'choked', 'attacked', 'raped', 'assaulted', 'beat', 'beaten', 'stabbed', 'threatened', 'slapped', 'burned', 'battered', 'hurt', 'strangled', 'threw', 'thrown', 'pushed', 'shoved', 'dragged', 'pinned', 'bit', 'spat at', 'headbutted')} me\\b(?! ${alt('at', 'in', 'to', 'by', 'off', 'home', 'back')}\\b)`,
  },
  {
    id: 'danger-from-others',
    level: 'urgent',
    past: 'past-abuse',
    pattern: `\\b${OTHER_SUBJECT}${gap(1)} ${alt('is going to', 'will', 'wants to', 'want to', 'said (?:he|she|they) (?:would|will|is going to)', 'threatened to', 'has threatened to', 'is threatening to', 'tried to', 'is trying to', 'says (?:he|she|they) will', 'keeps saying (?:he|she|they) will', 'might', 'could', 'is coming to', 'is on (?:his|her|their) way to', 'is here to')} ${alt('kill', 'hurt', 'hit', 'stab', 'attack', 'beat', 'rape', 'shoot', 'strangle', 'burn', 'get', 'come for', 'batter', 'do')} ${alt('me', 'us', 'my (?:kids|children|baby|son|daughter|dog|cat|family)')}\\b(?! ${alt('a favour', 'some', 'a cuppa', 'a lift', 'from', 'at')})`,
  },
  {
    id: 'danger-from-others',
    level: 'urgent',
    pattern: `\\b${alt('outside', 'at (?:my|the) (?:door|window|house|flat|gate)', 'in (?:my|the) (?:house|flat|room|garden|hallway|kitchen|home)', 'downstairs', 'upstairs', 'here', 'coming (?:over|round|here)', 'waiting for me')}${gap(2)} with ${alt('a', 'an', 'his', 'her', 'the', 'their')} ${WEAPON}\\b`,
  },
  {
    id: 'danger-from-others',
    level: 'urgent',
    pattern: `\\b${OTHER_SUBJECT} ${alt('is ', 'has ', 'have ', 'has got ', 'got ', 'just ', 'now ')}*${alt('got', 'has', 'holding', 'waving', 'pulled', 'pulling', 'carrying', 'brandishing', 'grabbed')} (?:out )?${alt('a', 'an', 'his', 'her', 'the', 'their')} ${WEAPON}\\b`,
  },
  {
    id: 'danger-from-others',
    level: 'urgent',
    pattern: `\\b${alt('i am', 'i feel', 'feel', 'feeling', 'i have never felt')} (?:so |really |very )?(?:not|un) ?safe\\b(?! ${alt('going out', 'on buses', 'on the bus', 'in crowds', 'outside', 'in town', 'driving', 'with (?:people|strangers)')})`,
  },
  {
    id: 'danger-from-others',
    level: 'urgent',
    pattern: `\\b(?:do not|no longer|never) feel safe ${alt('at home', 'here', 'with (?:him|her|them)', 'in my (?:house|home|flat|own home)', 'around (?:him|her|them)', 'anymore', 'any more', 'right now', 'tonight')}`,
  },
  {
    id: 'danger-from-others',
    level: 'urgent',
    pattern: `\\b${alt('trying to', 'tried to', 'is going to', 'about to')} ${alt('break in', 'break the door', 'get in', 'kick the door', 'smash the door', 'force the door')}\\b`,
  },
  {
    id: 'danger-from-others',
    level: 'urgent',
    pattern: `\\b${alt('please', 'someone', 'somebody', 'need (?:to|you to)', 'can you', 'i need')} (?:call |get |ring )?(?:the |an )?${alt('police', 'ambulance', '999')}\\b`,
  },
  {
    id: 'danger-from-others',
    level: 'urgent',
    pattern: `\\b(?:his|her|their|hands?) (?:hands? )?(?:round|around|on|over) my (?:throat|neck|mouth)\\b`,
  },
  {
    id: 'danger-from-others',
    level: 'urgent',
    pattern: `\\b${alt('locked me in', 'will not let me leave', 'keeping me here', 'holding me here', 'took my phone and')}\\b`,
  },
];
