// Urgent rules for wanting out without a risk word (blind-3 and blind-4 misses): sleep or rest for ever, switching
// off or checking out for good, wanting out of life, being done with the world; plus commands and threats phrased
// without the usual verbs ("the voice says I have to sacrifice myself", "not leaving alive", "is getting it").

import type { Rule } from './rule.js';
import { alt } from '../vocabulary/pattern.js';
import { OTHER_SUBJECT } from '../vocabulary/people.js';
import { WEAPON } from '../vocabulary/weapons.js';
import { ORDINARY_ABSENCE } from '../vocabulary/ordinary.js';

/** Going over it all is reviewing it ("so depressing going over it all but nearly done"), and so is going through it
 * ("the nurse went through everything"): not done with it all. */
const REVIEWED = `(?:${alt('go', 'goes', 'going', 'went', 'gone', 'been', 'get', 'got', 'getting', 'read', 'reading', 'look', 'looking', 'looked', 'talk', 'talking', 'talked', 'think', 'thinking', 'mull', 'mulling', 'run', 'running', 'ran')})`;

/** Intransitive ways out that are only risk when made permanent. */
const GO_QUIET = alt(
  'sleep',
  'go to sleep',
  'fall asleep',
  'rest',
  'switch off',
  'switch it all off',
  'switch everything off',
  'switch myself off',
  'turn (?:it all|everything|myself) off',
  'turn off',
  'shut down',
  'shut (?:it all|everything) down',
  'go away',
  'go quiet',
  'go dark',
  'fade',
  'fade away',
  'fade out',
  'drift away',
  'slip away',
  'float away',
  'check out',
  'log off',
  'sign off',
  'bow out',
  'let go',
  'escape',
  'be free',
  'leave',
  'stop',
  'be still',
  'stop breathing',
);
const FOR_GOOD = alt(
  'forever',
  'for ever',
  'for good',
  'permanently',
  'and never (?:come back|wake up|wake)',
  'and not (?:come back|wake up|wake)',
  'once and for all',
  'for eternity',
);

/** What "out of" or "done with" means when it is life itself. */
const LIFE = alt(
  'this world',
  'the world',
  'this life',
  'life',
  'living',
  'it all',
  'everything',
  'existence',
  'existing',
  'this earth',
  'being alive',
  'being here',
  'breathing',
  'this planet',
  'my life',
  'this body',
);

/** A voice, god or "my head" commanding: "the voice says I have to", "god is telling me to". */
const COMMAND = `\\b${alt('voices?', 'the voice', 'god', 'the devil', 'demons?', 'spirits?', 'angels?', 'my head', 'my brain', 'the man in my head', 'the woman in my head', 'someone in my head', 'something in my head', 'the thoughts')}\\b[^.]{0,30}\\b${alt('says?', 'saying', 'said', 'tells?', 'telling', 'told', 'wants?', 'orders?', 'ordering', 'commanding', 'keeps? (?:telling|saying)', 'insists?', 'whispers?', 'whispering')} (?:me )?(?:that )?${alt('to', 'i (?:have to|must|should|need to|deserve to|ought to|am going to|will)')}`;

/** Who gives a command in a voice or a thought: every command rule needs one of these words. */
const VOICE_SOURCES: readonly string[] = [
  'voice',
  'voices',
  'god',
  'devil',
  'demon',
  'demons',
  'spirit',
  'spirits',
  'angel',
  'angels',
  'head',
  'brain',
  'thoughts',
];

export const ESCAPE_RULES: readonly Rule[] = [
  // Stopping it all at a set time, or how easy that would be: "I'm stopping it all tonight", "so easy to end
  // everything" (the word and sentence models retrained on 2026-12-06 no longer read these as urgent).
  {
    id: 'escape-wish',
    gate: ['tonight', 'easy'],
    level: 'urgent',
    negatable: true,
    pattern: `\\b(?:${alt('stopping', 'stop', 'ending', 'end')} ${alt('it all', 'everything')} tonight|so easy to (?:just )?${alt('stop', 'end')} ${alt('it all', 'everything')})\\b`,
  },
  // Going quiet for good: "want to switch off for good", "sleep for ever", "check out permanently".
  {
    id: 'escape-wish',
    gate: ['forever', 'ever', 'good', 'permanently', 'come', 'wake', 'once', 'eternity'],
    level: 'urgent',
    negatable: true,
    pattern: `\\b${GO_QUIET} ${FOR_GOOD}\\b`,
    unless: `${ORDINARY_ABSENCE}|\\b${alt('smoking', 'drinking', 'vaping', 'twitter', 'facebook', 'social media', 'instagram', 'tiktok', 'the news', 'caffeine', 'sugar', 'shop', 'cafe', 'pub', 'business', 'factory', 'store', 'centre', 'library', 'restaurant', 'company', 'account', 'channel', 'rain', 'noise')}\\b`,
  },
  {
    id: 'escape-wish',
    gate: ['breathing', 'heart', 'leave', 'cross', 'pass', 'side', 'peace', 'rest', 'check', 'released', 'free'],
    level: 'urgent',
    negatable: true,
    pattern: `\\b${alt('want', 'wanna', 'need', 'wish', 'just want', 'going', 'ready', 'longing', 'desperate', 'time')} (?:to )?(?:just )?${alt('stop breathing', 'stop my heart', 'leave this (?:world|earth|life|planet|body)', 'leave my body', 'cross over', 'pass over', 'go to the other side', 'be at peace(?= \\.| $| now| forever| at last)', 'rest in peace', 'check out(?= \\.| $| now| tonight| early| of (?:here|life|this|it all))', 'be released', 'be set free', 'be free of (?:this|it all|life|everything|my body)')}\\b`,
  },
  {
    id: 'escape-wish',
    gate: ['peace', 'rest', 'free', 'way', 'with'],
    level: 'urgent',
    pattern: `\\b(?:i will|i am going to|going to|soon i will|i will finally) (?:finally )?be ${alt('at peace', 'at rest', 'free (?:at last|finally|forever|for good|of (?:it all|this|everything|the pain))', 'out of (?:everyones|your|their) way', 'with (?:nan|gran|grandad|grandma|mum|dad|my [a-z]+) (?:again|up there|in heaven)', 'with (?:nan|gran|grandad|grandma|mum|dad|my [a-z]+) soon(?=[^]*\\b(?:doveemoji|angelemoji|graveemoji|coffinemoji)\\b)')}\\b(?= \\.| $| soon| tonight| at last| finally| forever| for good| now| x| [a-z]*emoji)`,
    unless: ORDINARY_ABSENCE,
  },
  // Wanting out of life, done with the world: "want out of this life", "I'm done with this world".
  {
    id: 'escape-wish',
    gate: ['out'],
    level: 'urgent',
    negatable: true,
    pattern: `\\b${alt('want', 'wanted', 'wanting', 'need', 'wish i could', 'just want', 'looking for a way', 'find a way', 'only way')} (?:to (?:get |be )?)?(?:just )?out of ${LIFE}\\b(?! ${alt('for (?:a|the) (?:bit|while|day|night|weekend|week)', 'for now', 'on', 'at')}\\b)`,
  },
  {
    id: 'escape-wish',
    gate: ['done', 'finished', 'through', 'over', 'enough', 'sick', 'tired', 'fed', 'exhausted', 'worn'],
    level: 'urgent',
    negatable: true,
    pattern: `\\b(?:${alt('done', 'finished', `(?<!${REVIEWED} )through`, `(?<!${REVIEWED} )over`)} (?:with )?${alt('it all', 'everything', 'everyone and everything')}|${alt('done', 'finished', 'through', 'over', 'had enough of', 'have had enough of', 'sick of', 'tired of', 'fed up of', 'fed up with', 'exhausted by', 'worn out by')} (?:with )?${alt('this world', 'the world', 'this earth', 'this planet', 'existence', 'existing', 'being alive', 'breathing', 'this life', 'trying to stay alive', 'surviving')})\\b(?! ${alt('for (?:today|tonight|now|the (?:day|night|week))', 'at work', 'on (?:my|the) (?:[a-z]+ ){0,2}list', 'in the (?:kitchen|garden|house)', 'i needed', 'of')}\\b)`,
    unless: `\\b${alt('course', 'exams?', 'homework', 'shopping', 'cleaning', 'housework', 'chores', 'form', 'packing', 'ironing', 'job', 'shift')}\\b`,
  },
  {
    id: 'escape-wish',
    gate: ['cannot', 'can', 'could'],
    level: 'urgent',
    pattern: `\\b(?:cannot|can not|could not) do (?:it|this) ${alt('no more', 'anymore', 'any more', 'any longer', 'much longer')}\\b|\\b(?:cannot|can not|could not) (?:keep going|go on|carry on|keep fighting)(?= \\.| $| i am| like this| with this)`,
    unless: `\\b${alt('knees?', 'my back', 'hips?', 'job', 'shifts?', 'commute', 'course', 'stairs', 'gym', 'exercise', 'driving', 'the walk', 'the bus')}\\b`,
  },
  {
    id: 'escape-wish',
    gate: ['plug', 'day', 'towel', 'boots', 'deserve'],
    level: 'urgent',
    pattern: `\\b${alt('pull the plug', 'call it a day', 'throw in the towel', 'hang up my boots')} (?:on )?${alt('myself', 'me', 'my life', 'life', 'living', 'it all', 'everything', 'for good', 'permanently', 'forever')}\\b|\\b(?:do not|never) deserve to ${alt('live', 'be alive', 'be here', 'exist', 'breathe', 'wake up')}\\b`,
  },
  {
    id: 'escape-wish',
    gate: ['point', 'pointless', 'reason', 'miss'],
    level: 'urgent',
    pattern: `\\b(?:no point|pointless|no reason) (?:in |for )?(?:me |my )(?:being|staying|still being) ${alt('here', 'alive', 'around')}\\b|\\b(?:no one|nobody|noone|no body) (?:would|will|is going to) (?:even )?miss me\\b`,
  },
  {
    id: 'escape-wish',
    gate: ['better', 'easier', 'happier', 'simpler', 'nicer', 'lighter', 'best'],
    level: 'urgent',
    pattern: `\\b(?:better|easier|happier|simpler|nicer|lighter|best)\\b[^.]{0,40}\\bif i (?:just )?(?:was|were|am) (?:just )?(?:not|no longer|never) ${alt('in it', 'in (?:their|your|his|her|everyones|everybodys|the|anyones) (?:li[fv]e|lives|world|way|picture)', 'here', 'around', 'alive', 'born', 'about', 'in the world')}\\b(?! ${alt('on', 'at', 'for (?:the|a) (?:meeting|day|week)', 'this (?:week|weekend)', 'next')}\\b)`,
  },
  // Self-harm intended now without an object: "gonna cut tonight", "scratched my arms till they bled".
  {
    id: 'self-harm-now',
    gate: ['cut', 'burn', 'scratch', 'harm', 'hurt'],
    level: 'urgent',
    negatable: true,
    pattern: `\\b${alt('going to', 'want to', 'need to', 'will', 'urge to', 'urges to', 'about to', 'tempted to', 'have to', 'i am going to', 'ready to')} (?:just )?${alt('cut', 'burn', 'scratch', 'harm', 'hurt')}(?: ${alt('again', 'tonight', 'now', 'today', 'later', 'deep', 'deeper', 'so bad', 'badly')})*(?= \\.| $| i need| i have to| because| so i| till| until| to feel)`,
  },
  {
    id: 'self-harm-now',
    gate: ['bled', 'bleeding', 'bleed', 'raw', 'blood', 'bruised', 'marks', 'scar', 'scars'],
    level: 'urgent',
    past: 'past-self-harm',
    pattern: `\\b${alt('scratched', 'scratching', 'scratch', 'cut', 'cutting', 'burnt', 'burned', 'burning', 'picked', 'picking', 'dug', 'digging', 'clawed', 'clawing', 'bit', 'biting', 'hit', 'hitting', 'punched', 'punching')} (?:at |into )?my ${alt('arms?', 'legs?', 'skin', 'wrists?', 'thighs?', 'stomach', 'hands?', 'face', 'chest')}\\b[^.]{0,30}\\b${alt('bled', 'bleeding', 'bleed', 'raw', 'blood', 'bruised', 'marks', 'scars?')}\\b`,
  },
  // Commands phrased without a harm verb: "the voice says I have to sacrifice myself", "god is telling me to leave my body".
  {
    id: 'command-voices',
    gate: VOICE_SOURCES,
    level: 'urgent',
    pattern: `${COMMAND} ${alt('sacrifice', 'punish', 'destroy', 'burn', 'drown', 'starve', 'bleed', 'cleanse', 'purify', 'stop breathing', 'suffer', 'not exist', 'disappear', 'be punished', 'atone', 'offer (?:myself|my self|my body|my life)')}\\b`,
  },
  {
    id: 'command-voices',
    gate: VOICE_SOURCES,
    level: 'urgent',
    pattern: `${COMMAND} ${alt('give', 'leave', 'go', 'join', 'walk', 'drive', 'step', 'swallow', 'drink', 'sleep', 'free', 'pay', 'let go', 'end', 'finish', 'take')}\\b[^.]{0,25}\\b${alt('myself', 'my self', 'my body', 'my life', 'my soul', 'my blood', 'this world', 'this earth', 'forever', 'for good', 'into (?:the|traffic|a)', 'off (?:the|a)', 'in front of', 'the lot', 'the baby', 'all (?:the|my) (?:pills|tablets)')}\\b`,
  },
  // Threats and danger without the usual verbs: "not leaving alive", "is getting it, I've got a hammer".
  {
    id: 'danger-from-others',
    gate: ['alive'],
    level: 'urgent',
    pattern: `\\b(?:not|never|will not be|am not) ${alt('leaving', 'getting out', 'going to leave', 'going to get out', 'walk out', 'walking out', 'coming out', 'making it out')}(?: of)?(?: (?:here|this house|this flat|this room|the house|the flat))? alive\\b`,
  },
  {
    id: 'danger-from-others',
    gate: ['going', 'coming', 'here', 'waiting', 'out', 'trying', 'after'],
    level: 'urgent',
    pattern: `\\b${OTHER_SUBJECT}${'(?: [a-z]+){0,3}'} ${alt('are going to', 'are coming to', 'are gonna', 'are here to', 'are waiting to', 'are out to', 'is out to', 'are trying to', 'are after', 'is after')} ${alt('get me', 'kill me', 'hurt me', 'do me', 'get us', 'kill us', 'hurt us', 'take me', 'me\\b')}(?! ${alt('a', 'an', 'some', 'the', 'one', 'something', 'home', 'from', 'to', 'at', 'in', 'tickets?', 'there', 'back', 'out', 'up')}\\b)`,
  },
  {
    id: 'harm-others',
    gate: [
      'whoever',
      'knife',
      'knives',
      'gun',
      'weapon',
      'bat',
      'hammer',
      'machete',
      'axe',
      'crowbar',
      'blade',
      'blades',
      'razor',
      'razors',
      'razorblade',
      'razorblades',
      'scissors',
      'screwdriver',
      'shotgun',
      'rifle',
      'pistol',
      'firearm',
    ],
    level: 'urgent',
    pattern: `\\b(?:is|are|will be) ${alt('getting it', 'going to get it', 'going to pay', 'gonna get it', 'getting what is coming')}\\b[^]{0,60}\\b${WEAPON}\\b|\\b${WEAPON}\\b[^]{0,60}\\b(?:is|are|will be) ${alt('getting it', 'going to get it', 'going to pay')}\\b|\\bwhoever ${alt('comes', 'walks', 'knocks', 'tries')}\\b[^.]{0,40}\\b${alt('getting it', 'will get it', 'is dead', 'will regret it', 'gets it', 'will pay')}\\b`,
  },
  {
    id: 'harm-others',
    gate: ['end', 'finish', 'do', 'destroy', 'slit', 'gut', 'batter', 'knife'],
    level: 'urgent',
    negatable: true,
    pattern: `\\b(?:i will|i am going to|going to|gonna|i swear i will) ${alt('end', 'finish', 'do in', 'destroy', 'slit', 'gut', 'batter', 'knife')} ${alt('him', 'her', 'them', 'that (?:man|woman|guy|bloke|lad|girl)', 'my (?:dad|mum|ex|partner|brother|sister|neighbour|landlord|boss)')}\\b(?! ${alt('at', 'in (?:the|a) (?:game|quiz|argument|debate|match)', 'off (?:the|my) list', 'a (?:message|text|letter)')}\\b)`,
  },
];
