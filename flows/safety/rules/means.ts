// Urgent rules for plans, preparations and means: overdose, poison, hanging, jumping, weapons.
// Crisis Text Line found means words predict an emergency better than the word "suicide".

import type { Rule } from './rule.js';
import { alt, gap } from '../vocabulary/pattern.js';
import { MEDS } from '../vocabulary/medicines.js';
import { WEAPON } from '../vocabulary/weapons.js';
import { EVERYDAY_BLOOD, ORDINARY_PLAN, PET_ATE, PILL_ORGANISER } from '../vocabulary/ordinary.js';
import { POISON_SIGNS, TAKING_HINTED } from '../vocabulary/means.js';

/** A daily dose as a schedule: "take 400 of lithium in the morning", with no other taking in the message. */
const DOSE_SCHEDULE = `^(?!.*\\b${alt('took', 'taken', 'swallowed', 'necked', 'downed', 'popped', 'overdos[a-z]*', 'all of', 'the lot', 'whole')}\\b).*\\btake [0-9]+(?: ?mg)? (?:of )?(?:my |the )?${MEDS}\\b[^.]{0,20}\\b${alt('in the morning', 'at night', 'at bedtime', 'a day', 'daily', 'each day', 'every (?:morning|night|day|evening)', 'twice a day', 'mornings', 'nights')}\\b`;

export const MEANS_RULES: readonly Rule[] = [
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
    unless: ORDINARY_PLAN,
  },
  {
    id: 'suicide-plan',
    level: 'urgent',
    pattern: `\\b${alt('sorted', 'sorting', 'put', 'putting', 'getting', 'got', 'organised', 'organising', 'tidied', 'tidying')} (?:out )?(?:all )?my affairs\\b`,
  },
  {
    id: 'suicide-plan',
    level: 'urgent',
    pattern: `\\b${alt('written', 'wrote', 'writing', 'left', 'leaving', 'made', 'updated', 'making', 'updating', 'done', 'sorted', 'sorting', 'finished')} (?:a |my |the |some )?${alt('suicide note', 'goodbye (?:letter|note|letters|notes|message|messages)', 'last letters?', 'will', 'notes? (?:for|to) (?:my |everyone|the (?!(?:exam|test|lecture|class|course|essay|meeting|session|module|quiz)s?\\b)|people|family|mum|dad|kids)', 'letters (?:for|to) (?:my |everyone|the |people|family|mum|dad|kids)')}\\b`,
    unless: `\\b(?:about the|asking|reminder|to remind|to say i (?:have|had|am|would)|shopping|bins|parcel|delivery|birthday|christmas card)\\b`,
  },
  {
    id: 'suicide-plan',
    level: 'urgent',
    pattern: `\\b(?:giving|given|gave|give) (?:away )?${alt('all (?:of )?my (?:things|stuff|belongings|possessions)', 'my (?:things|stuff|belongings|possessions) away', 'away my (?:things|stuff|belongings|possessions)', 'away everything', 'everything away')}\\b`,
  },
  {
    id: 'suicide-plan',
    level: 'urgent',
    pattern: `\\b${alt('today is the day i', 'it will be over soon', 'it will all be over', 'it will all be over soon', 'not be a problem for much longer')}\\b`,
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

    // A daily dose told ("i take 400 of lithium in the morning and 600 at night"), with nothing taken beyond it; a
    // pet that got into them.
    unless: `${DOSE_SCHEDULE}|${PET_ATE}`,
  },
  // Found by dev-33 (tenth round): the means in the hand, a weapon and a time, a weapon held for an hour.
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b(?:emptied|tipped|poured|popped|pushed) (?:out )?(?:all )?(?:the |my |all the |all my )?(?:blister packs?|packets?|boxes|bottles?|strips?|${MEDS}) (?:out )?(?:into|in|onto) my (?:hand|hands|palm|mouth|lap)\\b`,
  },
  {
    id: 'suicide-plan',
    level: 'urgent',
    pattern: `\\b(?:${WEAPON}|${MEDS})\\b[^]{0,120}?\\b(?:i am |am )?doing it ${alt('tonight', 'tomorrow', 'in the morning', 'at (?:the|dawn|midnight|first light)', 'this (?:weekend|evening|afternoon)', 'on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)')}\\b`,
  },
  {
    id: 'suicide-plan',
    level: 'urgent',
    pattern: `\\b${WEAPON}\\b[^]{0,100}?\\b(?:sat|sitting|been sat|been sitting|holding it|held it)(?: here)? with (?:it|them) (?:across|on|in|over) my (?:knees|lap|hands?)\\b`,
  },
  // The medicine named first, then all of it taken: "forgot my meds yesterday and took them all this morning".
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b${MEDS}\\b[^.]{0,60}\\b${alt('took', 'taken', 'swallowed', 'necked', 'downed', 'popped')} ${alt('them all', 'all of them', 'the lot', 'it all')}\\b(?! ${alt('back', 'to', 'in', 'with', 'out', 'home', 'off')}\\b)`,
  },
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b${alt('saving', 'saved', 'stockpil[a-z]*', 'hoard[a-z]*', 'collecting', 'collected', 'stashing', 'stashed', 'hiding', 'hidden', 'hid', 'stocking up on', 'building up', 'kept back', 'keeping back', 'held back', 'put aside', 'putting aside')} (?:up )?(?:all |some |my |the |a |loads of |lots of |a lot of |(?:a )?(?:months?|weeks?|fortnights?) (?:worth )?of )*${MEDS}\\b`,
    unless: PILL_ORGANISER,
  },
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b${MEDS} (?:are |is )?(?:all )?${alt('lined up', 'counted out', 'laid out', 'ready(?! (?:to|for) (?:collect|collection|pick ?up|be collected))', 'in front of me', 'next to me', 'in my hand', 'in my mouth', 'all out', 'saved up')}\\b`,
    unless: PET_ATE,
  },
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b${alt('how many', 'how much', 'what dose of', 'what amount of')} (?:of )?(?:my |the |these )?${gap(1)} ?${alt(MEDS, 'it')} ${alt('it would take', 'would it take', 'does it take', 'it takes', 'it will take', 'to take', 'to take to', 'would kill', 'will kill', 'to die', 'to overdose', 'is lethal', 'is a lethal', 'is fatal', 'to not wake up', 'would be fatal', 'would be enough')}`,
  },
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b${alt('lethal', 'fatal', 'deadly')} ${alt('dose', 'amount', 'overdose', 'quantity')}\\b`,
  },
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\benough ${gap(2)} ?${MEDS}${gap(2)} to ${alt('kill', 'end', 'do it', 'die', 'overdose', 'take (?:my|them all)', 'finish', 'not wake up')}`,
  },
  { id: 'method-overdose', level: 'urgent', pattern: `\\bpillemoji(?: [a-z]+)? pillemoji\\b` },
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b\\d{3,} ?(?:mg|milligrams?) (?:of )?(?:\\w+ ){0,2}(?:${alt('in one go', 'at once', 'all at once', 'tonight', 'just now')})\\b`,
  },
  {
    id: 'method-poison',
    level: 'urgent',
    pattern: `\\b${alt('drank', 'drunk', 'drink', 'drinking', 'swallowed', 'swallow', 'took', 'taken', 'ate', 'eaten', 'injected', 'inject', 'down', 'downed')} (?:some |a |the |a bottle of |a load of |loads of )?${alt('bleach', 'antifreeze', 'anti freeze', 'weedkiller', 'weed killer', 'rat poison', 'poison', 'cleaning (?:fluid|products?)', 'drain cleaner', 'white spirit', 'screenwash', 'paraquat', 'fabric softener', 'washing up liquid')}\\b`,
  },
  {
    id: 'method-poison',
    level: 'urgent',
    pattern: `\\b${alt('engine running in (?:the )?garage', 'hose ?pipe (?:to|from|on) the exhaust', 'exhaust pipe', 'carbon monoxide(?! (?:alarm|detector|monitor|tester))', 'charcoal in', 'helium', 'gas oven', 'head in the oven')}\\b`,
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
  // Found by dev-35 (eleventh round): tablets gathered from several chemists until there are enough ("went to 4
  // different chemists today to get enough. got them all now").
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b(?:[0-9]+|two|three|four|five|six|several|a few|diferent|different|lots of) (?:diferent |different )?(?:chemists|pharmacies|shops|supermarkets)\\b[^.]{0,40}\\bto get enough(?= \\.| $| now| together| of them| tablets| pills)`,
  },
  { id: 'method-hanging', level: 'urgent', pattern: `\\b${alt('ligature', 'ligatures')}\\b` },
  {
    id: 'method-hanging',
    level: 'urgent',
    pattern: `\\b${alt('rope', 'belt', 'cord', 'cable', 'scarf', 'tie', 'sheet', 'lead', 'wire')} ${alt('round', 'around', 'on', 'over', 'to', 'against')} my (?:own )?neck\\b`,
  },
  {
    id: 'method-hanging',
    level: 'urgent',
    pattern: `\\b${alt('tied', 'tying', 'made', 'making', 'bought', 'buying', 'ordered', 'got', 'getting', 'get', 'have', 'hung', 'hanging', 'attached', 'set up', 'found', 'hidden', 'strong')} (?:up )?(?:a |the |my |some |enough )?rope\\b`,
    unless: `\\b(?:for (?:the|my|our) (?:allotment|garden|dog|boat|tent|car|shed|swing|kids|washing|climbing|camping|van|trailer)|tug toy|rope swing|skipping rope|climbing|plank|swings?|tree ?house|hammock|climbing frame|grandkids|grandchildren)\\b`,
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
    // The blood of the kitchen, the butcher's or the vet's (context-dev-v: "beetroot. making borscht").
    unless: EVERYDAY_BLOOD,
  },
  {
    id: 'method-weapon',
    level: 'urgent',
    pattern: `\\b${alt('coffin', 'grave', 'skull', 'goodbye')}\\b[^.]{0,40}\\b${alt('gun', 'knife', 'razor', 'rope', 'pillemoji', 'blade')}\\b`,
  },

  // Found by the second blind set: "gonna od", the whole supply after a drink, standing on a height, dates picked.
  {
    id: 'method-overdose',
    level: 'urgent',
    negatable: true,
    pattern: `\\b${alt('going to', 'want to', 'about to', 'will', 'planning to', 'thinking of', 'thinking about', 'might', 'ready to', 'need to', 'urge to', 'tempted to')} (?:just )?(?:od|odd)\\b`,
  },
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b${alt('took', 'taken', 'swallowed', 'had', 'necked', 'downed', 'popped')} (?:all )?(?:of )?(?:my |the |his |her |mums |dads )?${MEDS}${gap(2)} ${alt('all of (?:it|them)', 'the lot', 'the whole (?:lot|box|packet|bottle)', 'every (?:one|last one)', 'in one go')}\\b`,
  },
  // A medicine the body needs left off on purpose (context-dev-e: "havent done my insulin since sunday. not by
  // accident"): insulin left off is a danger in days, and said to be deliberate it is a means.
  {
    id: 'method-omission',
    level: 'urgent',
    pattern: `\\b(?:not|have not|havent|stopped|quit|not been|skipping|skipped)(?: been)? (?:done|doing|taken|taking|had|having|injected|injecting|using) (?:my |any )?insulin\\b[^]{0,80}\\b${alt('not by accident', 'on purpose', 'deliberately', 'purposely', 'so i (?:die|go|do not wake up)', 'so that i (?:die|go)', 'for good')}\\b|\\b${alt('not by accident', 'on purpose', 'deliberately', 'purposely')}\\b[^]{0,40}\\b(?:not|have not|havent|stopped) (?:done|doing|taken|taking|had|injected|using) (?:my |any )?insulin\\b`,
  },
  // Every pack emptied and lying down after (scenes-dev: "all the blister packs empty on the floor lol. gonna lay
  // here"); "all my blister packs are empty, need my repeat" is a prescription.
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b(?:all (?:the|my|of the|of my) |every |the whole )(?:blister ${alt('packs?', 'packets?', 'strips?')}|${MEDS} ${alt('packs?', 'packets?', 'boxes', 'box', 'strips?', 'bottles?', 'tubs?')}|${alt('packs?', 'packets?', 'boxes', 'strips?', 'bottles?', 'tubs?')} of ${MEDS})${gap(2)} (?:are |is |now |lying )?(?:all )?empty\\b`,
    unless: `\\b${alt('prescription', 'repeat', 'collect', 'pharmacy', 'chemist', 'order', 'recycling', 'recycle', 'bin')}\\b`,
  },
  // Means laid out with a farewell ("tablets in a cup. water in a glass. kids at their nan's. txt u never i guess").
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b${MEDS}\\b[^]{0,120}\\b(?:text|txt|speak to|talk to|see) (?:you|u|ya|yous) never\\b`,
    unless: `\\b(?:jk|joking|only joking|kidding|see you tomorrow|see you later)\\b`,
  },
  // A medicine put into a drink and drunk now: "i put all my medication in a smoothie. drinking it now" (dev-21).
  {
    id: 'method-overdose',
    level: 'urgent',
    negatable: true,
    pattern: `\\b${alt('put', 'mixed', 'crushed', 'stirred', 'dissolved', 'emptied', 'tipped', 'poured')} (?:up )?(?:all|every one|the lot|the whole (?:box|packet|bottle)) (?:of )?(?:my |the |his |her )?${MEDS}${gap(2)} (?:in|into|with) (?:a |my |the |some )?${alt('smoothie', 'drink', 'tea', 'coffee', 'juice', 'vodka', 'wine', 'cider', 'beer', 'water', 'glass', 'bottle', 'milkshake', 'squash', 'cup', 'mug', 'whisky', 'gin')}\\b|\\b${MEDS}${gap(2)} (?:in|into) (?:a |my |the )?${alt('smoothie', 'drink', 'tea', 'coffee', 'juice', 'vodka', 'wine', 'cider', 'glass', 'milkshake', 'whisky', 'gin')}\\b[^]{0,30}\\b(?:drinking|downing|necking|drunk|downed|necked) (?:it|them)(?: all)? (?:now|all|down)\\b`,
  },
  // The medicine named first, then the rest of it taken: "the dog ate some of my tablets so i took the rest, all of
  // them". The rest must be theirs: after a medicine earlier in the same message.
  {
    id: 'method-overdose',
    level: 'urgent',
    negatable: true,
    pattern: `\\b${MEDS}\\b[^.]{0,80}\\bi (?:have |just |then )?${alt('took', 'taken', 'swallowed', 'necked', 'downed')} ${alt('the rest(?: of (?:them|it|the (?:box|packet|bottle|strip)))?', 'all of them', 'all the rest', 'them all', 'the lot', 'what was left', 'whats left')}\\b(?! ${alt('back', 'to the', 'in to', 'into')}\\b)`,
  },
  {
    id: 'method-jump',
    level: 'urgent',
    pattern: `\\b${alt('standing', 'am stood', 'am sat', 'sitting', 'waiting', 'perched', 'stuck', 'here')} (?:right )?${alt('on', 'at', 'by', 'near', 'under', 'over')} (?:the |a |top of (?:the |a )|the top of (?:the |a )|the edge of (?:the |a ))${alt('bridge', 'roof', 'ledge', 'edge', 'cliff', 'cliffs', 'tracks', 'railway line', 'railway', 'multi storey', 'top floor', 'platform edge', 'motorway bridge')}\\b(?! ${alt('club', 'cafe', 'road', 'street', 'inn', 'pub', 'game', 'of my nose', 'of my seat', 'party')}\\b)`,
  },
  {
    id: 'suicide-plan',
    level: 'urgent',
    // "set" as a word for fixed ("do you need a set day") is not a plan: not after need, want, have or on.
    pattern: `\\b(?<!\\b(?:need|want|have|got|on|prefer|with|there|is it) (?:a |the )?)${alt('picked', 'chosen', 'set', 'decided on', 'planned')} (?:a |the )?${alt('date', 'day', 'time', 'place', 'spot')}\\b(?= \\.| $| and| i will| for it| to do it)`,
  },
  {
    id: 'suicide-plan',
    level: 'urgent',
    pattern: `\\b(?:a |the |my )?plan and (?:a |the )?${alt('date', 'time', 'place', 'way', 'means')}\\b`,
  },
  // Found by dev-22 and dev-23 (sixth round): an overdose begun, told by its handful or by the tablets started on
  // while drinking; a mains appliance in the bath.
  {
    id: 'method-overdose',
    level: 'urgent',
    negatable: true,
    pattern: `\\b(?:taken|took|swallowed|had|necked|started on) (?:a|the first|another|two|a couple of|the second) handfuls?\\b(?= \\.| $| of (?:pills|tablets|meds|them|my|paracetamol|co codamol|ibuprofen)| and| now| down| already| so far| feel| x)`,
  },
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b(?:started|starting) (?:on|taking) (?:the|my|all the|all my) (?:tablets|pills|meds)\\b(?= now| \\.| $)`,
    gate: ['drinking', 'drunk', 'wine', 'vodka', 'whisky', 'gin', 'cider', 'beer', 'bottle', 'now'],
    unless: `\\b(?:gp|doctor|psychiatrist|nurse|cpn|prescribed|new|side effects|the course)\\b`,
  },
  {
    id: 'means-ready',
    level: 'urgent',
    pattern: `\\b(?:in the bath|in the tub|bath is run)\\b${gap(6)} ${alt('hair ?dryer', 'toaster', 'heater', 'radio', 'straighteners', 'extension lead', 'lamp')}\\b|\\b${alt('hair ?dryer', 'toaster', 'heater', 'radio', 'straighteners')}${gap(4)} (?:in|into|by|next to|beside) the bath\\b`,
  },
  // Found by dev-24 and dev-26 (sixth round): an overdose told in the plainest words ("took the whole lot", "they're
  // all in me now", "had about half the bottle" of bleach), and a blade or gun at hand with the act begun or set out.
  {
    id: 'method-overdose',
    level: 'urgent',
    negatable: true,
    pattern: `\\b(?:took|taken|swallowed|necked|downed|had|done) (?:the |my )?(?:whole |entire )?(?:lot|box|boxes|packet|packets|pack|packs|strip|strips|tub|all of them|them all)\\b(?= \\.| $| instead| now| lol| and| tonight| earlier| x| so| at once| in one| with (?:a|some|the|my)| already)`,
    unless: `\\b(?:back to|to the (?:tip|chemist|pharmacy|shop|car|recycling)|of (?:cake|chocolates?|biscuits|sweets|crisps|mince pies|pizza|beer|wine)|tea|lunch|dinner|breakfast|quiz|exam|test|photos|pictures)\\b`,
  },
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b(?:they are|theyre|they re|it is|its|the lot is|everything is) all (?:in me|down)(?: now)?\\b|\\b(?:had|drunk|drank|swallowed|necked) (?:about |around |nearly |over )?(?:half|most|all|the rest) (?:of )?the bottle\\b(?=[^]{0,80}\\b(?:bleach|antifreeze|weedkiller|poison|tablets|pills|${MEDS})\\b)|\\b(?:bleach|antifreeze|weedkiller)\\b[^]{0,80}\\b(?:had|drunk|drank|swallowed|necked) (?:about |around |nearly |over )?(?:half|most|all|the rest)\\b`,
  },
  {
    id: 'method-overdose',
    level: 'urgent',
    negatable: true,
    pattern: `\\b(?:took|taken|swallowed|had|necked|done) (?:like |about |around |nearly |over |at least )?(?:[2-9][0-9]|[1-9][0-9]{2}) (?:of (?:my |the |them|those)?)?(?:${MEDS})\\b`,
  },
  {
    id: 'method-weapon',
    level: 'urgent',
    pattern: `\\b(?:${WEAPON}|knife|gun|shotgun|rifle)\\b${gap(4)} (?:on|in) (?:my|the) (?:lap|hand|kitchen table|table|bed)\\b[^]{0,80}\\b(?:started|work(?:ing)? (?:myself )?up to it|ready|tonight|leaflet said|goodbye|signed|sold)\\b|\\b(?:${WEAPON}|knife|gun|shotgun|rifle) (?:in|on) (?:one|my) hand\\b[^]{0,120}\\bwork(?:ing)? (?:myself )?up to it\\b|\\bguns? (?:is |s )?on the (?:kitchen )?table\\b(?=[^]{0,120}\\b(?:leaflet|text|signed|sold|goodbye|last|sorry|done)\\b)`,
  },
  // Found by context-dev-h: most of a strip taken, and drink with a sedative until the count is lost.
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b(?:most|half|all|the rest) of (?:the|a|my|his|her) (?:strip|packet|box|bottle|tub|blister pack)\\b(?=[^]{0,80}\\b(?:took|taken|had|swallowed|necked|and some|sleepy|drowsy|tablets|pills)\\b)|\\b(?:took|taken|had|swallowed|necked)\\b[^.]{0,40}\\b(?:most|half) of (?:the|a|my) (?:strip|packet|box|bottle)\\b|\\blost count of how many\\b(?=[^]{0,80}\\b(?:${MEDS}|had|taken|took)\\b)|\\b(?:vodka|wine|whisky|gin|cider|drink|drinking)\\b[^.]{0,40}\\b(?:diazepam|valium|zopiclone|pregabalin|sleeping (?:pills|tablets)|methadone)\\b[^]{0,60}\\blost count\\b`,
  },
  // Found by dev-28: fumes and means set up in a closed space, pills told by their count or their names with drink.
  {
    id: 'means-ready',
    level: 'urgent',
    pattern: `\\bengines? (?:is |s )?running (?:in|inside) the garage\\b[^.]{0,40}\\b(?:door|doors|shut|closed|down|hose|me in)\\b|\\b(?:in|inside) the garage\\b[^.]{0,40}\\bengines? (?:is |s )?running\\b(?![^.]{0,20}\\b(?:rough|fine|smooth|sweet|again|better|lovely)\\b)|\\b(?:bbq|barbecue|barbeque|charcoal)\\b[^.]{0,40}\\b(?:inside|in) the (?:tent|car|bedroom|bathroom|room|van)\\b[^.]{0,40}\\b(?:zipped|shut|sealed|closed|taped|locked)\\b|\\bbaths? (?:is |s )?run\\b[^]{0,60}\\b(?:hair ?dryers?|toasters?|heaters?|radios?|straighteners)\\b`,
  },
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b(?:took|taken|swallowed|necked|had) all (?:[0-9]+|twenty|thirty|forty|fifty|sixty) of (?:them|the (?:tablets|pills))\\b|\\b(?:${MEDS})\\b[^.]{0,60}\\b(?:half a bottle|a bottle) of (?:gin|vodka|wine|whisky|rum|cider)\\b[^]{0,40}\\b(?:went down|gone down|down now|do not reply|dont reply|done)\\b`,
  },
  // Found by context-dev-j (seventh round): a count given after the fact, insulin injected all at once.
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b(?:took|taken|had|swallowed|necked) (?:a few|some|loads|a load|a handful|a bunch) of (?:my |the )?(?:${MEDS})\\b[^.]{0,20}\\b(?:like|about|maybe|probably) (?:[1-9][0-9]|twenty|thirty)\\b|\\binjected (?:all|the whole|every|both)\\b[^.]{0,25}\\b(?:insulin|pens?)\\b|\\b(?:put|done|did|used) (?:all|both|every one of) (?:my |the )?(?:insulin )?pens in\\b|^ (?:i have |i )?(?:done|did) it (?:with )?(?:the |my )?(?:tablets|pills|medication|insulin)\\b|^ (?:the |my )?(?:tablets|pills|medication) (?:all of them|the lot|every (?:one|last one))\\b`,
  },
  // Found by context-dev-s (fourteenth round): "did all the pens from the fridge" (insulin pens, all at once).
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b${alt('did', 'done', 'used', 'emptied', 'gone through', 'went through', 'injected', 'took')} (?:all|both|every one) (?:of )?(?:my |the )?(?:insulin )?pens\\b`,
    unless: `\\b${alt('colou?r(?:ing|ed)?', 'felt tips?', 'markers?', 'biros?', 'school', 'drawing', 'art', 'ink', 'fountain', 'highlighters?', 'sheep', 'pigs?', 'cattle', 'calves', 'lambs?')}\\b`,
  },
  {
    id: 'method-overdose',
    level: 'urgent',
    negatable: true,
    pattern: `\\b(?:took|taken|swallowed|necked|had) every (?:single |last )?one of (?:my|the|them|those|his|her)\\b(?![^.]{0,30}\\b(?:back|to the|on time|as prescribed|like (?:i am|im) meant)\\b)`,
  },
  // Found by dev-36 and dev-37 (twelfth round): an overdose told in a few words ("fifty paracetamol down", "all 28
  // gone", "tablets in, lights off"), the tablets before the end ("nearly finished the whisky, then the pills, then
  // thats me"), petrol on them and matches, a chair and beam ready, a ligature point they will use.
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b(?:all )?(?:[1-9][0-9]+|twenty|thirty|forty|fifty|sixty|seventy|a hundred) (?:of )?(?:the |my )?(?:tablets|pills|${MEDS}) (?:down|gone|in|taken|swallowed)(?= \\.| $| and| lights| now)|\\ball (?:[1-9][0-9]+|twenty|thirty|forty|fifty|sixty) gone(?= \\.| $| now)|\\ball (?:of )?my (?:tablets|pills|${MEDS}) (?:down|taken|swallowed)(?= \\.| $| and| now)|(?:^ |\\. )(?:tablets|pills) in(?= \\.| $| lights)|\\b(?:cancel+ing|cancel+ed) my subscription to life\\b`,
    unless: `\\b${alt('tickets?', 'raffle', 'cakes?', 'biscuits?', 'sweets', 'sandwiches', 'seats', 'places', 'spaces', 'copies', 'chickens', 'lambs', 'sheep', 'runs', 'wickets', 'goals', 'points')}\\b`,
  },
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b(?:pills|tablets|${MEDS})\\b[^.]{0,30}\\bthen (?:that is|thats) me\\b(?! (?:done|off|finished|sorted|for))`,
  },
  {
    id: 'method-poison',
    level: 'urgent',
    pattern: `\\b(?:poured|covered|soaked|doused|smell of|smells of|smell like|stink of)\\b[^.]{0,20}\\b(?:petrol|lighter fluid|paraffin|diesel)\\b[^]{0,60}\\b(?:matches|lighter)\\b`,
  },
  {
    id: 'method-hanging',
    level: 'urgent',
    pattern: `\\b(?:chair|stool|ladder|step)\\b[^.]{0,20}\\b(?:beam|hook|rope|banister|bannister|rafter)\\b[^.]{0,20}\\bready\\b|\\b(?:i am|i will|going to|gonna) (?:using|use) it (?:after|when|once|tonight)\\b[^.]{0,30}\\b(?:checks|obs|observations|lights out|everyone is asleep|staff)\\b`,
  },
  // Found by context-dev-zf (nineteenth round): an overdose in young people's words ("yeeted my whole script down",
  // "downed my meds with vodka"). Not a script thrown away ("yeeted my meds in the bin").
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `\\b(?:yeeted|downed|necked|swallowed|took|taken|popped|rinsed) (?:my |the |me )?(?:whole|entire|full) (?:script|prescription|supply|stash)\\b(?! (?:in|into|out|away|across|at|to|back|in the bin|changed|reviewed|review|renewed|collected|picked|sorted|cancelled|switched|moved|transferred|delivered|sent|off|with me)\\b)|\\b(?:yeeted|downed|necked) (?:all )?(?:of )?(?:my |the )?(?:meds|medication|pills|tablets|script|prescription)(?: [a-z]+)? (?:with|and|on) (?:vodka|gin|wine|whisky|cider|booze|alcohol|a bottle|rum|tequila|voddy)\\b|\\byeeted (?:all )?(?:of )?(?:my |the )?(?:meds|medication|pills|tablets)(?= \\.| $| down| lol| x| tbh| and)`,
  },
  // Found by dev-50 (twentieth round): an overdose or poisoning told by what the body is doing, with the taking only
  // hinted at ("had what was in the drawer", "did it at lunch and no one knows", "emptied the cupboard earlier",
  // "since i had them"): a sign of poisoning and a hidden taking in one message. Neither alone: people are sick with a
  // bug, and "since i had them" is about chickens as often as tablets.
  {
    id: 'method-overdose',
    level: 'urgent',
    pattern: `^(?=[^]*\\b${POISON_SIGNS})(?=[^]*\\b${TAKING_HINTED}\\b)`,
  },
];
