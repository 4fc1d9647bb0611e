// Urgent rules involving other people or voices: voices commanding harm, intent to harm someone, danger from
// someone now. Third parties at risk themselves are concern (see concern.ts).

import type { Rule } from './rule.js';
import { alt, gap } from '../vocabulary/pattern.js';
import { OTHER_PERSON, OTHER_SUBJECT } from '../vocabulary/people.js';
import { WEAPON } from '../vocabulary/weapons.js';

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

/** Someone with them collapsed: what the emergency rules look for after the person ("she is", "mums"). */
const COLLAPSED = alt('unconscious', 'not breathing', 'barely breathing', 'unresponsive', 'turning blue', 'going blue');

export const OTHERS_RULES: readonly Rule[] = [
  {
    id: 'command-voices',
    level: 'urgent',
    past: 'past-command-voices',
    pattern: `\\b${alt('tell', 'tells', 'telling', 'told', 'say', 'says', 'saying', 'ordering', 'orders', 'commanding', 'want', 'wants', 'screaming at', 'shouting at')} me (?:that )?${alt('to', 'i (?:have to|must|should|need to|deserve to|ought to|am going to|got to)')}(?: go and| just| go)? ${alt('die', 'be dead', 'kill', 'hurt (?:myself|my self|him|her|them|someone|people|the)', 'end (?:it|my life)', 'jump', 'hang', 'stab', 'cut myself', 'overdose', 'take my (?:own )?life')}\\b`,
  },
  // Voices that command harm (including voices telling them to hurt others).
  {
    id: 'command-voices',
    level: 'urgent',
    past: 'past-command-voices',
    pattern: `\\b${alt('voices?', 'voice in my head', 'demons?', 'devil', 'satan', 'spirits?', 'god', 'the radio', 'the tv', 'the telly', 'the angels?')}${gap(4)} ${alt('tell', 'tells', 'telling', 'told', 'say', 'says', 'saying', 'said', 'want', 'wants', 'wanting', 'order', 'orders', 'ordering', 'ordered', 'command', 'commands', 'commanding', 'urge', 'urges', 'urging', 'make', 'makes', 'making', 'scream', 'screaming', 'shout', 'shouting', 'whisper', 'whispering', 'insist', 'insisting')}${gap(1)} (?:at )?(?:me )?(?:that )?${alt('to', 'i should', 'i must', 'i need to', 'i have to', 'i deserve to', 'i ought to', 'i am going to', 'i will')}${gap(3)} ${alt('kill', 'hurt', 'harm', 'cut', 'stab', 'jump', 'die', 'end', 'punish', 'burn', 'attack', 'hit', 'hang', 'drown', 'poison', 'overdose', 'take my life', 'take (?:all )?(?:the |my )?(?:pills|tablets)', 'be dead', 'set fire', 'strangle', 'stop (?:him|her|them)', 'get rid of', 'deal with (?:him|her|them)', 'punish', 'silence (?:him|her|them)', 'teach (?:him|her|them) a lesson', 'destroy', 'do it', 'go through with it')}\\b`,
  },
  {
    id: 'command-voices',
    level: 'urgent',
    past: 'past-command-voices',
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
  // Revenge with a weapon or a time: "bats in the boot. tonight he gets what's coming".
  {
    id: 'harm-others',
    level: 'urgent',
    pattern: `\\b(?:${WEAPON}s?|tonight|today|right now)\\b[^]{0,60}\\b(?:gets?|getting|will get|is going to get|going to get) what is coming\\b|\\b(?:gets?|getting|will get|is going to get|going to get) what is coming\\b[^]{0,40}\\b(?:tonight|today|${WEAPON}s?)\\b`,
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
    pattern: `\\b${OTHER_SUBJECT}${gap(3)} ${alt('is going to', 'will', 'wants to', 'want to', 'said (?:he|she|they) (?:would|will|is going to)', 'threatened to', 'has threatened to', 'is threatening to', 'tried to', 'is trying to', 'says (?:he|she|they) will', 'keeps saying (?:he|she|they) will', 'might', 'could', 'is coming to', 'is on (?:his|her|their) way to', 'is here to')} ${alt('kill', 'hurt', 'hit', 'stab', 'attack', 'beat', 'rape', 'shoot', 'strangle', 'burn', 'get', 'come for', 'batter', 'do')} ${alt('me', 'us', 'my (?:kids|children|baby|son|daughter|dog|cat|family)')}\\b(?! ${alt('a favour', 'some', 'a cuppa', 'a lift', 'from', 'at', 'good', 'the world of good', 'no harm', 'a lot of good')})`,
    unless: ` get (?:me|us) (?:a|an|some|the|one|something|new|home|back|from|lunch|dinner|tea|coffee|presents?|flowers|tickets?)\\b`,
  },
  {
    id: 'danger-from-others',
    level: 'urgent',
    pattern: `\\b${alt('outside', 'at (?:my|the) (?:door|window|house|flat|gate)', 'in (?:my|the) (?:house|flat|room|garden|hallway|kitchen|home)', 'downstairs', 'upstairs', 'here', 'coming (?:over|round|here)', 'waiting for me')}${gap(4)} with ${alt('a', 'an', 'his', 'her', 'the', 'their')} ${WEAPON}\\b`,
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
  // Something thrown at them, or someone at the door they cannot keep out, now: "just thrown a plate at my head and
  // now he's looking for his belt", "someone keeps trying my front door handle… pls help".
  {
    id: 'danger-from-others',
    level: 'urgent',
    pattern: `\\b(?:thrown|threw|throwing|chucked|chucking|hurled|lobbed) (?:a|an|the|his|her|their|my)? ?${alt('plates?', 'glass(?:es)?', 'bottles?', 'mugs?', 'cups?', 'chairs?', 'knife', 'knives', 'bricks?', 'stones?', 'rocks?', 'ashtray', 'pans?', 'iron', 'hammer', 'lamp', 'bowls?', 'vase', 'kettle', 'tin', 'can')} at (?:my head|my face|me)\\b|\\blooking for (?:his|her|their) belt\\b|\\b(?:someone|somebody|he|she|they|a man|a bloke)${gap(2)} (?:keeps? |is |are )?(?:trying|rattling|banging on|kicking|forcing) (?:my|the) (?:front |back )?(?:door|window)s?\\b[^.]{0,60}\\b(?:help|scared|terrified|on my own|alone)\\b`,
  },
  // Someone with them in a medical emergency now (found by dev-21: "my daughter is unconscious and there's empty
  // packets everywhere"): the crisis reply's 999 is for them. Not someone at risk in general, which is concern.
  {
    id: 'emergency-with-them',
    level: 'urgent',
    negatable: true,
    pattern: `\\b(?:${OTHER_SUBJECT}|my [a-z]+|mum|dad|nan)${gap(1)} (?:is|are|has gone|is still|keeps) ${alt(COLLAPSED, 'not waking up', 'fitting', 'having a fit', 'having a seizure')}\\b|\\b(?:can not|cannot|can't) (?:wake|rouse) (?:him|her|them|my [a-z]+) (?:up)?\\b`,
  },
  // Found by dev-35 (eleventh round): the verb dropped ("mums unconscious on the kitchen floor") or where they lie
  // said first ("she's on the floor barely breathing, empty packets next to her").
  {
    id: 'emergency-with-them',
    level: 'urgent',
    negatable: true,
    pattern: `\\b(?:${alt('mum', 'dad', 'nan', 'gran', 'grandad', 'son', 'daughter', 'partner', 'wife', 'husband', 'brother', 'sister', 'mate', 'friend', 'flatmate', 'boyfriend', 'girlfriend')}s|(?:${OTHER_SUBJECT}|my [a-z]+) (?:is|are)(?: still)?)(?: (?:on|in) the (?:[a-z]+ )?${alt('flor', 'floor', 'ground', 'bed', 'sofa', 'bath', 'car')}(?: and)?)? ${COLLAPSED}\\b`,
  },
  // Found by dev-22 and dev-23: someone with them about to harm themselves, or whose body shows an overdose taking hold.
  {
    id: 'emergency-with-them',
    level: 'urgent',
    pattern: `\\b(?:${OTHER_SUBJECT}|my [a-z]+)${gap(3)} (?:is|are|s|keeps saying (?:she|he|they) (?:is|are)|said (?:she|he|they) (?:is|are)|saying (?:she|he|they) (?:is|are)) (?:going to|gonna|about to) (?:(?:throw|kill|hang|hurt|drown|cut) (?:herself|himself|themselves)|jump (?:off|in front of)|end (?:it|her life|his life|their life))\\b|\\b(?:throw|kill|hang|hurt|drown) (?:herself|himself|themselves)\\b(?=[^.]{0,60}\\b(?:following|who do i call|what do i do|right now)\\b)`,
  },
  {
    id: 'emergency-with-them',
    level: 'urgent',
    pattern: `\\b(?:(?:gone|going|turned|turning) (?:a )?(?:grey|gray|blue|purple)(?: colour)?|(?:breathing|breath) is (?:really |very )?(?:weird|funny|strange|shallow|slow|rattly|noisy))\\b[^]{0,80}\\b(?:after|taken|took|taking|pills|tablets|something|what do i do)\\b`,
  },
  // Found by dev-24 and dev-26: someone hurting them or theirs right now, and a body in front of them that will not
  // wake, breathe or respond.
  {
    id: 'danger-from-others',
    level: 'urgent',
    pattern: `\\b(?:he|she|they|my (?:ex|partner|dad|husband|wife|boyfriend|girlfriend|brother|son|stepdad)|someone)${gap(1)} (?:is|s|are|has|keeps) (?:${alt('throttling', 'strangling', 'choking', 'hitting', 'beating', 'punching', 'kicking', 'stabbing', 'attacking', 'smashing', 'kicking in', 'breaking')}) ${alt('me', 'my (?:mum|dad|nan|sister|brother|kids?|baby|son|daughter|partner)', 'us', 'the (?:door|doors|windows?)', 'the house')}\\b|\\bturned up with a (?:crowbar|knife|hammer|bat|gun|machete)\\b`,
  },
  {
    id: 'emergency-with-them',
    level: 'urgent',
    pattern: `\\b(?:${OTHER_SUBJECT}|my [a-z]+|mum|dad|nan)${gap(2)} (?:has|have|is|s) (?:not (?:woke|woken|waking) up|slumped|barely (?:responding|breathing|conscious))\\b|\\bnot breathing (?:good|right|properly|well)\\b|\\b(?:hanged|hung|hang) (?:himself|herself|themselves)\\b[^]{0,60}\\b(?:cut (?:him|her|them) down|not breathing|what (?:do|should) i do|help)\\b`,
  },
  {
    id: 'emergency-with-them',
    level: 'urgent',
    pattern: `\\b(?:his|her|their|my [a-z]+ s) lips (?:are |have |look |went |were )?(?:going |gone |turning |turned )?(?:a )?(?:funny |bit |slightly )?(?:blue|bluey|bluish|grey|greyish|purple)\\b`,
  },
  // Found by dev-28: someone with them who has taken an overdose and shows it, a mentee who has just said so, a gang
  // outside, a car they were dragged into.
  {
    id: 'emergency-with-them',
    level: 'urgent',
    pattern: `\\b(?:he|she|they|my [a-z]+)${gap(1)} (?:has|have|s|just) (?:taken|took|swallowed)\\b[^]{0,60}\\b(?:slurring|not making sense|can not wake|cannot wake|will not wake|wont wake|unconscious|drowsy|passing out)\\b|\\b(?:she|he|they) (?:has |have )?(?:just )?(?:told me (?:she|he|they) )?(?:took|taken|had) an overdose (?:this morning|today|tonight|earlier|an hour ago|just now)\\b|\\b(?:sitting next to me|here with me|with me now|in front of me)\\b[^]{0,80}\\bthirdpartymarker\\b|\\bthirdpartymarker (?:this morning|today|tonight|earlier|just now|an hour ago)\\b`,
  },
  {
    id: 'danger-from-others',
    level: 'urgent',
    pattern: `\\b(?:dragged|pulled|forced|bundled) (?:me )?into (?:a|the|his|their) (?:car|van)\\b|\\b(?:who|that) (?:robbed|attacked|beat up|threatened|stabbed|jumped) me\\b[^]{0,60}\\b(?:outside|waiting|seen me|coming)\\b`,
  },
  // Found by dev-29: a mentor or coordinator with someone in danger now, told in the staff's plain words.
  {
    id: 'emergency-with-them',
    level: 'urgent',
    pattern: `\\b(?:${alt(
      '(?:drinking|taking|swallowing|eating) (?:from )?(?:it|them) as we speak',
      '(?:fallen|fell|jumped|come off) (?:off |from )?(?:the|a) [a-z ]{1,40}?\\bnot moving',
      '(?:locked|kept|shut) in (?:the house |her room |his room )?by (?:her|his|their) (?:carer|partner|husband|wife|boyfriend|girlfriend|dad|mum|family)',
      'having (?:some kind of |a )?(?:fit|seizure)',
      '(?:gone|going|turned) blue (?:round|around) the lips',
      '(?:switched|turned) off (?:his|her|their) location',
      'posted a (?:farewell|goodbye)',
      // Found by context-dev-l (ninth round): "shes been texting me goodbye messages from down by the harbour".
      '(?:been|keeps?|kept) (?:texting|messaging|sending|ringing) (?:me |us |everyone |round )?(?:goodbye|farewell) (?:messages|texts)(?![^.]{0,60}\\b(?:flight|plane|airport|holiday|trip|leaving do|moving|uni|abroad|travelling|lol|haha)\\b)',
      '(?:belongings|things|stuff) listed for who gets what',
      'screenshot of (?:his|her|their) will',
      'going to the (?:river|bridge|sea|railway|cliffs?) instead',
      '(?:nearly|almost) at the (?:bridge|river|cliff|edge|railway|viaduct)',
      '(?:boyfriend|girlfriend|partner|husband|wife|ex|dad|brother) is (?:strangling|choking|hitting|beating|stabbing|attacking) (?:her|him|them)',
    )})\\b`,
  },
  // Found by dev-24 and context-dev-j: someone collapsed (not last year or once), breathing oddly and not waking.
  {
    id: 'emergency-with-them',
    level: 'urgent',
    pattern: `\\b(?:${OTHER_SUBJECT}|my (?:mums?|dads?|nans?|partners?|wifes?|husbands?|sons?|daughters?|brothers?|sisters?|flatmates?|friends?|mates?|mentees?|[a-z]+)|mum|dad|nan)(?: has| is| s| have)? (?:just )?collapsed\\b(?![^.]{0,40}\\b(?:last (?:year|month|week|summer|christmas)|years? ago|in (?:19|20)[0-9]{2}|once|for a bit)\\b)|\\b(?:breathing|breath) (?:is |s )?(?:all |really |very )?(?:weird|funny|strange|odd|strange)\\b[^]{0,60}\\b(?:will not|wont|can not|cant|cannot) (?:wake|come round)\\b`,
  },
  // Found by dev-33 (tenth round): a staff member flagging a person urgently, and someone going "to see" a parent who
  // has died ("she's sorry and she's going to see dad (her dad died last year)").
  {
    id: 'emergency-with-them',
    level: 'urgent',
    negatable: true,
    pattern: `\\bflag(?:ging|ged)? (?:this |it |her |him |them )?(?:as )?urgent(?:ly)?\\b`,
  },
  {
    id: 'emergency-with-them',
    level: 'urgent',
    pattern: `\\b(?:going|gone|wants? to go|ready) to (?:see|be with|join) (?:my |her |his |their )?(?:dad|mum|nan|gran|grandad|husband|wife|partner|son|daughter|brother|sister)\\b[^]{0,80}?\\b(?:died|passed|dead|lost (?:him|her))\\b`,
    unless: `\\b${alt('graves?', 'cemetery', 'churchyard', 'memorial', 'crematorium', 'bench', 'flowers', 'ashes', 'headstone', 'anniversary')}\\b`,
  },
  // Found by dev-36 and dev-37 (twelfth round): danger from someone now ("he's kicked the door in", "now he's loading
  // the shotgun", "coming back tonight to sort me out properly"), someone else harming themselves now ("she's taking
  // them all", "just stabbed himself", "had the whole prescription and gone to bed", "took an overdose at lunchtime").
  {
    id: 'danger-from-others',
    level: 'urgent',
    pattern: `\\b(?:he|she|they|someone|somebody|my ex|my partner|my husband|my wife)(?: is| s| has| have)? (?:just )?(?:kicked|smashed|broken|broke|booted) (?:the |my )?(?:front |back |bedroom |bathroom )?door (?:in|down)\\b|\\bloading (?:the|his|her|a) (?:shotgun|gun|rifle|air rifle)\\b|\\bcoming (?:back |round )?(?:tonight|later|tomorrow|now) to (?:sort me out|do me in|get me|finish me|kill me)\\b`,
  },
  {
    id: 'emergency-with-them',
    level: 'urgent',
    pattern: `\\b(?:she|he|they)(?: is| s| are)? (?:going to |gonna )?tak(?:ing|e) them all\\b|\\bjust (?:stabbed|cut|slashed|burnt|burned|hurt|strangled) (?:himself|herself|themselves)\\b|\\b(?:he|she|they)(?: is| s| has| have)? (?:had|taken|took|swallowed) (?:the|his|her|their) (?:whole|entire) (?:prescription|box|packet|bottle|strip)\\b|\\b(?:she|he|they) (?:has |have )?(?:took|taken|had) an overdose (?:at lunchtime|at lunch|this afternoon|this evening|last night|tonight)\\b`,
  },
];
