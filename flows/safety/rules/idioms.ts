// Idioms that are not risk ("dying to meet my mentor", "my phone died", "killed it at the quiz"), removed before
// matching. Each is narrow and local, so real risk elsewhere in the same message still matches.

import { unmark } from '../normalise.js';
import { rx } from './rule.js';
import { alt, gap } from '../vocabulary/pattern.js';
import { RulePrefilter } from './prefilter.js';
import { WEEKDAYS, YEARS_OR_MONTHS } from '../vocabulary/time.js';
import { MEDS } from '../vocabulary/medicines.js';

/** The mark an idiom leaves in canonical text where it was taken out (unless the idiom names its own marker). */
export const IDIOM_MARK = '~';

interface Idiom {
  /** Why this phrase is not risk, for the reviewer. */
  why: string;
  pattern: string;
  /** Replacement token; a plain gap by default. Some idioms become a marker a concern rule looks for. */
  marker?: string;
  /** Staff talk about risk as a topic (a form, a training, a policy): no learned layer may raise what is left. */
  topic?: true;
}

const DEVICE = alt(
  'phone',
  'mobile',
  'battery',
  'laptop',
  'charger',
  'car',
  'van',
  'tv',
  'telly',
  'plants?',
  'wifi',
  'internet',
  'signal',
  'tablet',
  'ipad',
  'kindle',
  'computer',
  'pc',
  'console',
  'headphones',
  'fridge',
  'boiler',
  'heating',
  'lights?',
  'bulb',
  'torch',
  'printer',
  'mouse',
  'keyboard',
  'watch',
  'fitbit',
  'speaker',
  'router',
  'hoover',
  'kettle',
  'engine',
  'screen',
);

/** A slip with a needle or pin: "stabbed myself", "pricked my finger". */
const STABBED = `(?:stabbed|stab|jabbed|pricked|poked|spiked) (?:myself|my (?:finger|thumb|hand))(?: again)?`;

const WEEKDAY = alt(...WEEKDAYS, 'mon', 'tues?', 'wed', 'weds', 'thurs?', 'fri', 'sat', 'sun');

/** The risks staff name as topics of policy and training. */
const RISK_TOPIC = alt(
  'overdoses?',
  'self harm',
  'suicide',
  'su[a-z]?cidal (?:thoughts|ideation|disclosures?|feelings|intent)',
  'finality(?: messages)?',
  'ligatures?',
  'domestic (?:abuse|violence)',
  'coercive control',
  'abuse',
);

/** One character of a span an idiom may swallow after its key words, up to where the sender starts speaking of
 * themselves or a new clause begins ("if a mentee says they want to die what do i do, honestly i want to die too";
 * "the sheep fell off the cliff and i'm going to jump off after it"): what follows is theirs and stays readable. */
const NOT_THE_SENDER = `(?:(?!\\b(?:i|me|my|myself|and|but|then|so|because|cos|honestly)\\b)[^.?!])`;

/** Several risk topics named together, as a training outline or a form lists them: "suicide risk, self harm and
 * domestic abuse" (commas are gone in canonical text). */
const RISK_TOPICS = `${RISK_TOPIC}(?: risk)?(?: (?:and |or )?(?:a |an )?(?:${RISK_TOPIC}|plans?|means(?: at hand)?|intent)(?: risk)?){0,4}`;

/** Treats and shows had too much of: "overdosed on chocolate", "one more mince pie and i'll die". */
const TREAT = alt(
  'chocolates?',
  'cake',
  'sugar',
  'caffeine',
  'coffee',
  'sweets',
  'crisps',
  'biscuits?',
  'pizza',
  'carbs',
  'cheese',
  'netflix',
  'telly',
  'tv',
  'box ?sets?',
  'christmas',
  'mince pies?',
  'easter eggs?',
  'food',
  'junk',
  'sunshine',
  'vitamin d',
  'love',
  'cuteness',
  'nostalgia',
  'roast potato(?:es)?',
  'sprouts?',
  'slices? of [a-z]+',
  'pints?',
  'glass of [a-z]+',
  'cups? of (?:tea|coffee)',
  'doughnuts?',
  'pasty',
  'pasties',
  'quality street',
  'roses',
  'celebrations',
  'heroes',
  'mince pies',
  // Found by dev-49 (nineteenth round): "overdosed on gardeners question time".
  'gardeners (?:question time|world)',
  'the archers',
  'radio',
  'podcasts?',
  'crosswords?',
  'quizzes',
  'gardening',
  'fresh air',
  'strictly',
  'bake off',
  'countryfile',
);

/** Animals on a farm or in the wild: "sheep got stuck on the edge of the rhyne", "loads of dead ones at lambing". */
const ANIMAL = alt(
  'sheep',
  'ewes?',
  'lambs?',
  'cows?',
  'calf',
  'calves',
  'cattle',
  'bullocks?',
  'horses?',
  'pony',
  'ponies',
  'goats?',
  'pigs?',
  'piglets?',
  'hens?',
  'chickens?',
  'chicks?',
  'ducks?',
  'dogs?',
  'cats?',
  'deer',
  'badgers?',
  'fox',
  'foxes',
  'pheasants?',
  'rabbits?',
  'hedgehogs?',
  'heifers?',
  'bulls?',
  'rams?',
  'stags?',
  'geese',
);

/** What someone is years free of: "5 years free of self harm", "cutting free for a year". */
const SELF_HARM_HABIT = '(?:self harm(?:ing)?|cutting|overdosing)';

/** Words in quotation marks that are not the sender speaking. Read first, on the marks normalise(text, true) leaves,
 * which are then taken out, so the guards after it (some read up to the sender's own words) see the quotation gone
 * and no guard or rule ever sees a mark. */
const REPORTED_SPEECH: Idiom = {
  why: 'words in quotation marks that are not the sender speaking (normalise.ts marks them): what a mentee might text, a song, a motto, a message passed on',
  topic: true,
  pattern: `\\b(?:(?:if|when|what if) (?:a|the|my|our|one of (?:my|our|the)|someone|somebody|anyone|a person|people|you|i)(?: [a-z]+){0,2} ${alt('says?', 'texts?', 'writes?', 'messages?', 'sends?', 'types?', 'puts?', 'tells? (?:you|us|me|them|staff)', 'said', 'texted', 'wrote', 'asks?')}|${alt('lyrics?', 'songs?', 'quoting', 'quoted', 'a quote', 'motto', 'catchphrase', 'slogan', 'caption', 'a line from')}|texted (?:her|his|their|the|my) ${alt('mentor', 'coordinator', 'team', 'support worker')}|${alt('called', 'named', 'titled', 'entitled')})\\b(?: [a-z0-9]+){0,6} quoteopen [^]*? quoteclose`,
};

const IDIOMS: readonly Idiom[] = [
  { why: 'figure of speech', pattern: `\\bnot going to ${alt('lie', 'pretend', 'sugar ?coat it')}\\b` },
  {
    why: 'eagerness',
    pattern: `\\bdying ${alt('to (?!die|end|be dead|disappear|kill)[a-z]+', 'for (?:a|an|some|the|my|one)')}\\b`,
  },
  {
    why: 'a device or plant died',
    pattern: `\\b${DEVICE}s? ${alt('has ', 'had ', 'just ', 'is ', 'was ', 'went ', 'keeps ', 'about to ', 'going to ', 'will ', 'might ', 'is about to ', 'is going to ', 'always ', 'keeps ', 'kept ')}*${alt('died', 'dead', 'dying', 'dies', 'die')}\\b`,
  },
  {
    why: 'a device or plant died',
    pattern: `\\b${alt('died', 'dead', 'dying')} ${alt('phone', 'battery', 'laptop', 'plant', 'car')}\\b`,
  },
  {
    why: 'laughing fit to die, said as the whole text: "ha im dead", "im literally dead" (dev-51, dev-52)',
    pattern: `^ (?:(?:ha|haha|lol|lmao|omg|pmsl|dying|oh my god) )+i am (?:literally |actually |so )?(?:dead|deceased)(?: (?:lol|haha|lmao))*(?: \\.)? $|^ i am (?:literally|actually) (?:dead|deceased)(?: (?:lol|haha|lmao))*(?: \\.)? $`,
  },
  {
    why: 'a phone about to die on a low battery: "phone on 2% gonna die any sec" (context-dev-zi)',
    pattern: `\\b(?:phone|battery|laptop)(?: is| s)? (?:on|at) [0-9]+(?: percent)? (?:and )?(?:it is |it will |it is going to )?(?:going to|about to|will|gonna) die\\b`,
  },
  {
    why: 'annoyance, not violence',
    pattern: `(?<!\\b${alt('he', 'she', 'they', 'someone', 'somebody', 'partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'ex', 'dad', 'mum', 'him', 'man', 'guy', 'bloke')} ${alt('is ', 'are ', 'was ', 'keeps ', 'will ')}?)killing me\\b`,
  },
  { why: 'success', pattern: `\\b${alt('killed', 'killing', 'kill')} it\\b(?! all)` },
  {
    why: 'everyday use of kill',
    pattern: `\\bkill(?:ing|ed)? (?:the |some |a few |an |a |my )?${alt('lights?', 'time', 'music', 'engine', 'tv', 'telly', 'mood', 'hours?', 'minutes', 'spiders?', 'fly', 'flies', 'wasps?', 'weeds', 'germs', 'bacteria', 'bugs', 'process', 'app', 'vibe', 'buzz', 'battery', 'power', 'pain', 'headache', 'boredom', 'two birds')}\\b`,
  },
  {
    why: 'praise',
    pattern: `(?<!\\b(?:want|need|going|ready|about|deserve|trying) )\\bto die for\\b(?! ${alt('real', 'good', 'ever', 'sure', 'it', 'the', 'my', 'this', 'what', 'you')}\\b)`,
  },
  {
    why: 'exaggeration',
    // Not after "to": "I want to die lol" is a death wish with a nervous laugh.
    pattern: `(?<!\\bto )\\b${alt('died', 'dying', 'die', 'dead', 'nearly died', 'could have died')} ${alt('of', 'from', 'with')}? ?${alt('laughing', 'laughter', 'embarrassment', 'shame', 'cringe', 'boredom', 'lol', 'haha', 'hunger', 'thirst', 'heat')}\\b`,
  },
  {
    why: 'exaggeration',
    pattern: `\\b${alt('bored', 'scared', 'worried', 'frightened', 'sick', 'tired', 'loved', 'done')} to death\\b`,
  },
  {
    why: 'dead as an intensifier',
    pattern: `\\bdead ${alt('tired', 'funny', 'good', 'nice', 'easy', 'excited', 'proud', 'chuffed', 'serious', 'happy', 'keen', 'on time', 'right', 'jealous', 'lucky', 'hard', 'quiet', 'busy', 'boring', 'cold', 'hot', 'late', 'early', 'posh', 'friendly', 'sweet', 'good', 'lovely', 'kind', 'helpful', 'simple', 'end', 'heat', 'line', 'nervous', 'worried', 'scared', 'anxious', 'pleased', 'hungry', 'sleepy', 'slow', 'fast', 'loud', 'bored', 'embarrassed', 'awkward', 'annoying', 'sure', 'certain', 'straight', 'ahead', 'centre', 'on my feet', 'set on', 'against', 'cheap', 'expensive')}\\b`,
  },
  {
    why: 'hyperbole about an ordinary ordeal',
    pattern: `\\b${alt('will', 'would', 'could', 'might')} (?:literally |actually |honestly |just )?die if i ${alt('have', 'had', 'got', 'need')} to\\b`,
  },
  { why: 'death metal', pattern: `\\bdeath ${alt('metal', 'stare')}\\b` },
  { why: 'craving', pattern: `\\bcould ${alt('murder', 'kill')} ${alt('a', 'an', 'for a', 'for an', 'some')}\\b` },
  {
    why: 'family scolding',
    pattern: `\\b${alt('mum', 'mam', 'mom', 'nan', 'nana', 'gran', 'granny', 'boss', 'teacher', 'manager', 'sister', 'you')} ${alt('will', 'would', 'is going to', 'is', 'going to')} (?:literally )?${alt('kill me', 'be the death of me')}\\b`,
  },
  {
    why: 'exaggeration',
    pattern: `\\b${alt('be the death of me', 'dead to me', 'drop dead gorgeous', 'over my dead body', 'the walking dead', 'dead or alive')}\\b`,
  },
  { why: 'relationship, not life', pattern: `\\bend(?:ing|ed)? ${alt('it', 'things', 'everything')} with\\b` },
  {
    why: 'hurt feelings',
    pattern: `\\bhurt(?:ing)? ${alt('his', 'her', 'their', 'your', 'my', 'anyones', 'peoples')} feelings\\b`,
  },
  {
    why: 'accidental injury',
    pattern: `\\b${alt('hurt', 'cut', 'burnt', 'burned', 'burn', 'injured')} ${alt('myself', 'my self')}(?!${gap(14)} (?:want|wanting|going|need) to (?:do (?:it )?(?:more|again|worse)|kep (?:going|doing it)|carry on)) ${alt('falling', 'when i fell', 'at the gym', 'playing', 'running', 'lifting', 'tripping', 'slipping', 'shaving', 'cooking', 'chopping', 'gardening', 'on the', 'on a', 'at work', 'doing', 'with the (?:iron|oven|kettle|tin)', 'by accident', 'accidentally')}\\b`,
  },
  {
    why: 'accidental injury',
    pattern: `\\b${alt('fell', 'tripped', 'slipped')} (?:over |down |and )${gap(2)} ?${alt('hurt', 'cut')} ${alt('myself', 'my self')}\\b`,
  },
  {
    why: 'cooking',
    pattern: `\\b${alt('knife and fork', 'butter knife', 'bread knife', 'knife block', 'steak knife')}\\b`,
  },
  {
    why: 'someone else self-harming or overdosing: concern for them, the sender is not the one at risk',
    marker: 'thirdpartymarker',
    pattern: `\\b${alt('he', 'she', 'they', 'my (?:[a-z]+ )?(?:son|daughter|friend|mate|brother|sister|partner|husband|wife|boyfriend|girlfriend|mum|dad|cousin|flatmate|neighbour|kid|kids)')} (?:has |have |is |are |keeps |has been |have been |had )?${alt('self harms', 'self harming', 'self harmed', 'overdosed', 'took an overdose', 'cuts (?:himself|herself|themselves)', 'cutting (?:himself|herself|themselves)')}\\b`,
  },
  { why: 'films and training, not intent', pattern: `\\bsuicide ${alt('squad', 'prevention', 'awareness')}\\b` },
  {
    why: 'a question about coming off a medicine safely, not a refusal of it',
    pattern: `\\b(?:if i ${alt('stop', 'come off', 'reduce', 'lower', 'change', 'switch')}(?: taking)?(?: my| the)?(?: [a-z]+)? )?${alt('do', 'should', 'would', 'will', 'can')} i (?:need|have) to ${alt('taper', 'wean')}(?: ${alt('it', 'them', 'off', 'down', 'of')})?\\b`,
  },
  {
    why: 'staff talk about disclosures, policy and training: the topic, not the sender',
    topic: true,
    pattern: `\\b${RISK_TOPICS} ${alt('disclosures?', 'polic(?:y|ies)', 'procedures?', 'protocols?', 'training', 'guidance', 'risk assessments?', 'referrals?', 'questions?', 'forms?', 'sessions?', 'signposting', 'screening', 'leaflets?', 'resources', 'section', 'wording', 'scripts?', 'prompts?', 'pathways?', 'modules?', 'courses?', 'workshops?')}\\b`,
  },
  {
    why: 'staff talk about disclosures, policy and training: the topic, not the sender',
    topic: true,
    pattern: `\\b${alt('polic(?:y|ies)', 'procedures?', 'protocols?', 'training', 'guidance', 'module', 'questions?', 'forms?', 'section', 'wording', 'templates?', 'leaflets?', 'sessions?', 'workshops?', 'webinars?', 'courses?')} ${alt('on', 'about', 'covers', 'covering', 'for', 'around', 'asking about', 'for recording', 'for logging')} (?:the |their |a |your )?${RISK_TOPICS}\\b`,
  },
  {
    why: 'staff training and policy, not intent',
    topic: true,
    pattern: `\\b${alt('self harm', 'suicide', 'overdose', 'ligature', 'crisis', 'risk')}(?: and ${alt('self harm', 'suicide', 'overdose', 'ligature', 'crisis')}| and\\s+~)?\\s+(?:prevention )?${alt('awareness', 'training', 'refresher', 'module', 'course', 'policy', 'procedure', 'risk assessment', 'workshop', 'webinar', 'first aid', 'guidance', 'protocol', 'e ?learning')}\\b`,
  },
  {
    why: 'sorting medicines into a pill organiser',
    pattern: `\\b${alt('popped', 'put', 'sorted', 'emptied', 'counted')} (?:out )?(?:all )?(?:of )?my ${alt('tablets', 'pills', 'meds', 'medication', 'medicine')} ${alt('into', 'in', 'out into')} (?:the |my |a )?(?:new )?${alt('dosette', 'pill box', 'pill organiser', 'organiser', 'weekly box', 'blister pack', 'days of the week box')}\\b`,
  },
  {
    why: 'a rash purchase or a silly act, not harm',
    pattern: `\\b(?:about to|going to|gonna) (?:go and )?do something (?:really |very |so )?(?:stupid|silly|daft) (?:and|like) ${alt('buy', 'order', 'book', 'get', 'eat', 'text', 'ring', 'dye', 'cut my (?:own )?(?:hair|fringe)', 'adopt', 'sign up')}\\b`,
  },
  {
    why: 'everyday exasperation',
    pattern: `\\b${alt('driving me up the wall', 'drive me up the wall', 'driving me round the bend', 'drive me round the bend', 'took forever', 'takes forever', 'taking forever', 'cannot end soon enough', 'can not end soon enough', 'cannot come soon enough', 'can not come soon enough')}\\b`,
  },
  {
    why: 'family scolding about someone else',
    pattern: `\\b(?:i will|il|i am going to|i am gonna|i would|you will|you wil) be the death of ${alt('him', 'her', 'them', 'us', 'my (?:mum|dad|nan|gran|mam)')}\\b`,
  },
  {
    why: 'laughing hard',
    pattern: `\\b${alt('killing', 'killed', 'kill', 'wet', 'wetting', 'peed', 'pee', 'weeing')} ${alt('myself', 'my self')} ${alt('laughing', 'with laughter', 'laughin')}\\b`,
  },
  {
    why: 'hyperbole about an ordinary ordeal: "if i have to watch another episode I will throw myself out the window"',
    pattern: `\\bif i ${alt('have', 'had', 'need', 'got')} to ${alt('watch', 'listen to', 'hear', 'sit through', 'do', 'go to', 'eat', 'wait', 'see', 'sing', 'play', 'read', 'fill in', 'explain')}${gap(6)} ${alt('another', 'again', 'one more', 'any more', 'anymore', 'more')}\\b${gap(6)} (?:i am going to|i will|il|i would|i might|i swear i will) ${alt('throw myself', 'jump', 'scream', 'die', 'kill myself', 'top myself', 'walk into the sea', 'lose it')}${gap(4)}`,
  },
  {
    why: 'exaggeration: rather do something drastic than an ordinary chore',
    pattern: `\\brather ${alt('jump (?:off|of) (?:a|the) (?:cliff|bridge|roof)', 'throw myself (?:off|out|under) [a-z ]{1,20}', 'stick pins in my eyes', 'eat glass', 'walk into the sea')} than ${alt('go', 'do', 'sit', 'watch', 'listen', 'have', 'eat', 'spend', 'attend', 'work', 'talk', 'ring', 'call', 'queue', 'face', 'deal')}\\b`,
  },
  {
    why: 'old fashioned phrases',
    pattern: `\\b${alt('break a leg', 'shoot me an? (?:email|message|text)', 'shoot me a line', 'give it a shot', 'hang on', 'hang in there', 'hang out', 'hanging out')}\\b`,
  },
  { why: 'banging head in frustration', pattern: `\\bbang(?:ing)? my head against a (?:brick )?wall\\b` },
  {
    why: 'bereavement by suicide: concern, not the sender at risk',
    marker: 'bereavementmarker',
    pattern: `\\b${alt('died', 'death', 'dying', 'lost [a-z]+', 'lost my [a-z]+')} ${alt('by', 'to', 'through', 'from', 'of', 'after')} suicide\\b`,
  },
  {
    why: 'bereavement by suicide: concern, not the sender at risk',
    marker: 'bereavementmarker',
    pattern: `\\bwho ${alt('committed suicide', 'took (?:his|her|their) own life', 'killed (?:himself|herself|themselves)')}\\b`,
  },
  {
    why: 'bereavement by suicide: concern, not the sender at risk',
    marker: 'bereavementmarker',
    pattern: `\\b${alt('he', 'she', 'they', 'uncle', 'aunt', 'dad', 'father', 'mum', 'mother', 'brother', 'sister', 'son', 'daughter', 'friend', 'mate', 'cousin', 'grandad', 'grandfather', 'nan', 'gran', 'partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'ex', 'colleague', 'neighbour')}${gap(2)} ${alt('committed', 'completed', 'died by', 'died from', 'died of')} suicide\\b`,
  },
  {
    why: 'staff training and meetings that cover risk as a topic: "training today was heavy going, loads about overdoses"',
    topic: true,
    pattern: `\\b${alt('training', 'refresher', 'workshop', 'webinar', 'course', 'module', 'teaching', 'presentation', 'case stud(?:y|ies)', 'safeguarding')}\\b[^]{0,90}? (?:about |on |over |covering |covers |cover |to |the )*${RISK_TOPICS}(?: ${alt('risk', 'pathway', 'disclosures?', 'policy', 'awareness', 'signposting')})?\\b`,
  },
  {
    why: 'a story on screen or in print, not the sender: "the overdose storyline in hollyoaks", "a book about suicide"',
    pattern: `\\b(?:${RISK_TOPIC} ${alt('storyline', 'plot', 'episode', 'scene', 'documentary')}|${alt('storyline', 'drama', 'series', 'film', 'movie', 'book', 'novel', 'documentary', 'programme', 'episode', 'podcast', 'article', 'soap')} (?:about|on|where|in which|with (?:the|a|an))${gap(8)} ${alt(RISK_TOPIC, 'took (?:his|her|their) own life', 'killed (?:himself|herself|themselves)')})\\b`,
  },
  {
    why: 'annoyance at someone for a small thing: "gonna kill my brother, he ate the last of the biscuits"',
    pattern: `\\b(?:going to|gonna|i will|il|i am going to|i could|could) (?:actually |literally )?${alt('kill', 'strangle', 'throttle', 'murder', 'swing for')} ${alt('him', 'her', 'them', 'my [a-z]+')}\\b(?=${gap(8)} ${alt('ate', 'eaten', 'eating', 'eats', 'nicked', 'pinched', 'borrowed', 'took my', 'used (?:my|all)', 'finished', 'forgot', 'forgets', 'late', 'snoring', 'snores', 'hogging', 'left the', 'moved my', 'spoiled', 'spoilt', 'spoilers?', 'food', 'biscuits?', 'chocolate', 'remote')}\\b)`,
  },
  {
    why: 'annoyance at someone for a small thing: "my flatmate keeps eating my food, im going to kill him"',
    pattern: `\\b${alt('ate', 'eaten', 'eating', 'eats', 'nicked', 'pinched', 'borrowed', 'used (?:my|all)', 'finished', 'snoring', 'snores', 'hogging', 'spoiled', 'spoilt')}${gap(8)} (?:going to|gonna|i will|il|i am going to|i could) (?:actually |literally )?${alt('kill', 'strangle', 'throttle', 'murder', 'swing for')} ${alt('him', 'her', 'them')}\\b`,
  },
  {
    why: 'too much of a treat or a show',
    pattern: `\\b(?:overdosed|overdosing|overdose|od d|oded) (?:on|of) ${TREAT}\\b`,
  },
  {
    why: 'one more treat and they will burst: "one more mince pie and i\'ll actually die"',
    pattern: `\\bone more (?:[a-z]+ )?${TREAT} and i (?:will|am going to|could|might|would) (?:actually |literally |honestly |just )?(?:die|explode|burst|pop)\\b`,
  },
  { why: 'a dreaded errand', pattern: `\\bsuicide (?:mission|run|dash)\\b` },
  {
    why: 'wanting the ground to swallow them after a public mishap: "i want to die. just walked into a glass door in front of everyone" (context-dev-u)',
    pattern: `\\bi (?:just |literally |actually )?(?:want|wanted|wana|wanna) to (?:just )?die\\b(?=[^]{0,40}\\b(?:walked (?:straight |right )?into (?:a|the) (?:glass )?(?:door|window|lamp ?post|pole)|fell (?:flat )?on my (?:face|bum|arse)|tripped (?:up|over)|in front of (?:everyone|the whole|all of them|the entire))\\b)`,
  },
  {
    why: 'ending a relationship, not a life: "im going to end it with my boyfriend"',
    pattern: `\\b(?:end|ending|ended|finish|finishing) (?:it|things)(?: tonight| today| now| for good)? with (?:him|her|them|my (?:boyfriend|girlfriend|partner|bf|gf|fella|husband|wife|ex)|(?!(?:a|an|the|some|my|his|her|these|those|them|it|pills|tablets|rope|knife|drink|booze|everything|this|that|me)\\b)[a-z]+\\b(?=[^]{0,120}\\b(?:years|together|relationship|break ?up|split|dumped|dumping|boyfriend|girlfriend|husband|wife|partner|sofa)\\b))`,
  },
  {
    why: 'exaggeration about a hangover, a big meal or the weather',
    pattern: `\\b(?:so|too) (?:hungover|full|stuffed|embarrassed|bored|hot|cold|hungry|cringe)(?: [a-z]+){0,2} (?:that )?i (?:want to|could|might|will|am going to|wana|wanna|just want to) (?:just )?die\\b|\\b(?:ate|eaten|eating) so much${gap(2)} i (?:could|might|will|am going to) (?:just )?(?:die|explode|burst)\\b|\\bi will (?:just )?die in (?:the|this) (?:rain|heat|cold|queue|traffic)\\b`,
  },
  {
    why: 'hyperbole about a small annoyance: "if one more person asks me about the election im walking into the sea"',
    pattern: `\\bif ${alt('one more person', 'anyone', 'someone', 'somebody', 'i hear', 'i see', 'he', 'she', 'they', 'my [a-z]+')}${gap(8)} ${alt('one more time', 'one more', 'asks? me (?:about|if|whether)', 'that song', 'that advert', 'the word', 'about the election')}\\b${gap(6)} (?:i am|i will|il|i am going to|i swear i will|i swear i am) ${alt('jumping', 'jump', 'walking into', 'walk into', 'throwing myself', 'throw myself', 'moving', 'emigrating')}${gap(6)}`,
  },
  {
    why: 'saying goodbye to a place, a job or a habit, not to life',
    pattern: `\\b(?:say|saying|said|waving) (?:goodbye|bye) to (?:my |the |our |this )?(?:old )?${alt('flat', 'house', 'home', 'job', 'car', 'van', 'office', 'hair', 'nights?', 'night shifts', 'shifts', 'desk', 'school', 'uni', 'college', 'street', 'town', 'area', 'summer', 'winter', 'year', 'cast', 'crutches', 'braces')}\\b|\\bgoodbye ${alt('nights', 'night shifts', 'mondays', 'winter', 'summer', 'january', 'old [a-z]+')}\\b`,
  },
  {
    why: 'thanks with things better: "thanks for listening last week, feeling loads better now"',
    pattern: `\\b(?:thanks|thank you|cheers|ta) for (?:listening|the chat|your help|all your help|everything)${gap(6)} (?:feeling|feel|i feel|i am feeling|i am) (?:loads |much |a lot |heaps |so much |way )?better\\b`,
  },
  {
    why: "someone else's overdose or attempt: concern for them, the sender is not the one at risk",
    marker: 'thirdpartymarker',
    pattern: `\\b(?:his|her|their) (?:own )?(?:overdoses?|suicide attempts?|attempts? on (?:his|her|their) life|self harm(?:ing)?)\\b`,
  },
  {
    why: 'a dose forgotten and then taken: "forgot my meds yesterday, took them this morning"',
    pattern: `\\b(?:forgot|missed) (?:to take )?my (?:meds|tablets|pills|dose|medication|${MEDS})(?: [a-z]+){0,3} (?:took|taken|had) (?:them|it)\\b(?! all| the lot| both| together| double| extra| at once)`,
  },
  {
    why: 'checking a dose was taken, not a risk',
    pattern: `\\b(?:guessing|remember(?:ing)?|forget(?:ting)?|forgot|check(?:ing)?|sure|know) (?:if|whether) i (?:took|have taken|had|have had) my\\b`,
  },
  {
    why: 'ropes for play and sport',
    pattern: `\\b${alt('rope swing', 'climbing (?:wall|rope|gym|centre)', 'harness and rope', 'tow rope', 'skipping rope', 'rope ladder', 'tug of war')}\\b`,
  },
  {
    why: 'dead as slang or a small thing dead',
    pattern: `\\b(?:dead meat|death by [a-z]+|dead (?:mouse|bird|rat|fly|flies|wasp|spider|fish|leaves|battery|end job|ones|${ANIMAL})|dead to the world|${DEVICE}s? (?:wants?|is trying to get) me dead)\\b`,
  },
  {
    why: 'a craving or a sofa, not a death: "i would die for a cup of tea", "might just die on the sofa with a takeaway"',
    pattern: `\\b(?:would|could|d|i would|i d) die for (?:a|an|some|one)\\b|\\bdie on the (?:sofa|settee|couch)\\b`,
  },
  {
    why: 'coming or not to a day or a group',
    pattern: `\\b(?:can|cannot|can not|could|could not) make (?:it )?(?:to )?(?:${WEEKDAY}|today|tomorrow|tonight|group|the group|the session|the meeting|it today|it tomorrow|this week|next week)\\b`,
  },
  {
    why: 'staff asking about logging or policy: the topic, not the sender',
    topic: true,
    pattern: `\\b(?:if|when) (?:a|the|my|our|one of (?:my|our|the)) (?:mentee|client|service user|young person|volunteer)s?${gap(2)} (?:says|mentions|discloses|tells|talks about|raises|brings up)(?: (?:me|us|you|them|staff))?\\b(?:\\b(?:e \\. g|i \\. e) \\.|${NOT_THE_SENDER}){0,90}|\\b(?:log|record)${gap(4)} (?:risk|conversations|disclosures)\\b[^]{0,90}?${RISK_TOPIC}|\\b(?:induction|handbook|pack|section [0-9]+) covers\\b[^]{0,60}?${RISK_TOPICS}`,
  },
  {
    why: 'the plot of a book or film: "it is about a woman who wants to die"',
    pattern: `\\b(?:it is|its|the book is|the film is|the show is|the story is|book about|film about|show about|story about|novel about) (?:about )?(?:a|an|this) (?:woman|man|girl|boy|guy|bloke|lady|character|family|mum|dad|teenager|soldier|detective)\\b[^.]{0,60}`,
  },
  {
    why: 'sport and hobbies with guns and bows',
    pattern: `\\b${alt('gun club', 'clay (?:pigeon )?shooting', 'archery', 'air rifle club', 'shooting range', 'rifle range', 'paintball(?:ing)?', 'laser tag')}\\b`,
  },
  {
    why: 'a device dropped or lost',
    pattern: `\\b(?:dropped|lost|cracked) my ${alt('phone', 'mobile', 'laptop', 'ipad', 'kindle', 'watch', 'keys', 'headphones', 'glasses')}\\b[^.]{0,50}`,
  },
  {
    why: 'medicines mislaid and found, not kept back',
    pattern: `\\b(?:lost|found|misplaced) my (?:tablets|meds|pills|medication|prescription|inhaler)\\b`,
  },
  {
    why: 'fossil hunting on the cliffs and beaches',
    pattern: `\\b(?:cliffs?|beach|coast|shore)${gap(4)} (?:looking for |hunting for |for )?(?:fossils?|ammonites?)\\b|\\bfossil hunting\\b`,
  },
  {
    why: 'goodbye to a group or work on moving on',
    pattern: `\\b(?:say|saying|said) (?:goodbye|bye) to (?:everyone|you all|all|the group|the team) at (?:group|work|the group|the hub|college|the office)\\b`,
  },
  {
    why: 'dead as tired limbs, slang for embarrassment, or something dead the dog found',
    pattern: `\\b(?:(?:legs|arms|feet) (?:are |is |feel |felt )?dead|dead (?:legs|arms))\\b|\\b(?:i am|im|i m) (?:so |literally |actually |totally )?dead(?= (?:if|he|she|they|lol|haha|at|when|omg|mum|mate|bro|that|this|skul|laughemoji|cryingemoji))|\\bsomething dead\\b`,
  },
  {
    why: 'a scene on screen: "the guy in the film jumped off the building", "the bit in corrie where the bloke overdoses"',
    pattern: `\\b(?:the )?(?:guy|bloke|man|woman|girl|lad|lead|character|dog|mum|dad|bit|scene|end|ending)${gap(3)} (?:in|on|of|at the end of) (?:the |a |last nights? )?(?:film|movie|drama|show|programme|series|episode|soap|corrie|eastenders|emmerdale|hollyoaks)\\b[^.]{0,70}|\\b(?:watching|watched) (?:a |the |that )?(?:drama|film|movie|show|episode|series|programme)${gap(3)} (?:and|where|when) the (?:lead|guy|bloke|man|woman|girl|character|dog|mum|dad)\\b[^.]{0,70}`,
  },
  {
    why: 'hyperbole about the weather or a song: "enough to make anyone want to jump off a cliff lol"',
    pattern: `\\benough to make (?:anyone|you|me|anybody|a saint) (?:want to )?${alt('jump', 'die', 'kill', 'scream', 'walk into')}${gap(6)}|\\bif i (?:have to |had to |hear |see )${gap(6)} (?:one more time|again|once more)${gap(1)} (?:il|i will|i am going to|i am gonna|i swear i will|i would) ${alt('jump', 'die', 'kill myself', 'throw myself', 'scream')}${gap(6)}`,
  },
  // Found by dev-36 and dev-37 (twelfth round).
  {
    why: '"dead" as "very": "i\'ll be dead honest", "dead chuffed"',
    pattern: `\\bdead ${alt('honest', 'serious', 'chuffed', 'good', 'lucky', 'keen', 'nice', 'easy', 'proud', 'excited', 'right', 'funny', 'posh', 'quiet', 'busy', 'pleased')}\\b`,
  },
  {
    why: 'a flat battery, not a death: "your car sounded dead"',
    pattern: `\\b${DEVICE}s? (?:sounded|sounds|sounding|looked|looks|seemed|seems) (?:totally |completely |proper )?dead\\b`,
  },
  {
    why: 'a race or a walk, not a wish: "off to die in a ditch at the ilminster 10k lol"',
    pattern: `\\bdie in a ditch\\b(?=[^.]{0,50}\\b(?:lol|haha|10k|5k|race|run|marathon|half|hill|walk|trained|training|parkrun)\\b)`,
  },
  {
    why: 'dyeing, spelt as dying: "dying my hair pink this weekend"',
    pattern: `\\bdying ${alt('my', 'her', 'his', 'their', 'the', 'our', 'some')} (?:old )?${alt('hair', 'roots', 'fringe', 'beard', 'eyebrows', 'clothes', 'jeans', 'tops?', 'shirts?', 'wool', 'yarn', 'fabric', 'eggs', 'curtains')}\\b`,
  },
  {
    why: 'ruin, not suicide: "this weather is suicide for my hair"',
    pattern: `\\bsuicide for (?:my|your|the) [a-z]+\\b`,
  },
  {
    why: 'work that met overdoses, not the sender',
    pattern: `\\b(?:seen|dealt with|attended|treated) (?:a lot of|loads of|lots of|many|plenty of|hundreds of|countless) ${alt('overdoses', 'suicides', 'self harm(?:ers)?', 'attempts')}\\b`,
  },
  {
    why: 'a jump for charity: "my nephew jumped off clevedon pier on a charity dip" (dev-39)',
    pattern: `\\b(?:jumped|jumping|jump|leapt|dived|diving)\\b[^.]{0,60}\\b(?:charity|sponsored|fundraiser|for the lifeboats|new years? day (?:dip|swim))\\b|\\b(?:charity|sponsored|new years? day) (?:dip|swim|plunge|jump)\\b[^.]{0,60}\\b(?:jumped|jumping|jump|leapt|dived|diving)\\b[^.]{0,40}`,
  },
  {
    why: 'fed up with a thing, not with life: "cant go on like this with the broadband", "hopeless at diy" (dev-40)',
    pattern: `\\b(?:cannot|can not) go on like this with (?:the|my|this|these|our) ${alt('broadband', 'wifi', 'internet', 'phone', 'car', 'van', 'boiler', 'heating', 'traffic', 'roadworks', 'buses', 'trains', 'printer', 'laptop', 'computer', 'noise', 'neighbours', 'weather', 'rain', 'damp', 'landlord', 'council', 'post')}\\b|\\b(?:i am|im|i m|so|totally|completely|utterly) hopeless (?:at|with) ${alt('diy', 'cooking', 'maths', 'directions', 'computers', 'technology', 'tech', 'names', 'spelling', 'sport', 'football', 'quizzes', '[a-z]+ing')}\\b`,
  },
  {
    why: 'an old relative who says they are not long for this world, for years: "my nan keeps saying shes not long for this world but shes been saying that since 2009" (dev-40)',
    pattern: `\\b(?:she|he|nan|gran|grandad|grandma|grandpa|granny)(?: is| s| keeps saying (?:she|he) is| says (?:she|he) is| keeps saying (?:she|he)s| always says (?:she|he) is)? not long for this world\\b(?=[^]{0,80}\\b(?:since|years|still|beats|lol|haha|bless|every (?:christmas|year|week))\\b)`,
  },
  {
    why: 'beaten at a game: "she still beats me at whist" (dev-40)',
    pattern: `\\b(?:beats?|beat|beaten|thrashed|thrashes|hammered|hammers) me at ${alt('whist', 'cards', 'chess', 'scrabble', 'darts', 'pool', 'snooker', 'monopoly', 'rummy', 'cribbage', 'crib', 'bingo', 'quizzes', 'the quiz', 'tennis', 'golf', 'football', 'fifa', 'games?', 'uno', 'dominoes', 'bowls', 'skittles', 'draughts', 'backgammon', 'connect (?:4|four)', 'wordle', 'mario ?kart', 'badminton', 'squash', 'table tennis', 'ping pong', 'arm wrestling')}\\b`,
  },
  {
    why: 'voices through the wall at a party: "hearing voices from next door again, theyre having a right old party" (dev-40)',
    pattern: `\\bhearing voices (?:from|through|coming from) (?:next door|upstairs|downstairs|the neighbours?|the flat (?:above|below|next door))(?: again)?\\b(?=[^]{0,60}\\b(?:party|telly|tv|music|arguing|having a|laugh|kids|baby|dog|barbecue|bbq)\\b)`,
  },
  {
    why: 'a mum or a boss who will "kill me" over a chore: "my mum says if i dont ring her on sunday shes going to kill me", "my boss said if i dont finish the report by friday hes going to kill me" (dev-39, dev-40); not a partner or an ex, whose threat is real',
    pattern: `\\b(?:mum|mam|mom|nan|gran|grandma|boss|manager|teacher|tutor|sister|auntie)(?: [a-z]+){0,2} (?:says|said|reckons) (?:that )?if i (?:do not|dont|forget to|am late|miss|do nt) ${alt('ring', 'call', 'phone', 'text', 'visit', 'tidy', 'finish', 'clean', 'come', 'turn up', 'pick up', 'bring', 'remember', 'send', 'hand', 'get', 'hoover', 'do')}\\b[^.]{0,50}\\b(?:going to|will|gonna|is going to) (?:kill|murder) me\\b`,
  },
  {
    why: 'a suicide intervention course is training',
    pattern: `\\b(?:asist |safetalk |mental health first aid )?${RISK_TOPIC}(?: [a-z]+){0,2} ${alt('course', 'training', 'workshop', 'refresher', 'webinar', 'session')}\\b`,
  },
  {
    why: 'leaving the service, a job or a place with thanks and goodbye',
    pattern: `\\b${alt('moved to', 'moving (?:to|up|down|house|away|abroad|in with|back)', 'relocating', 'stepping down', 'emigrating', 'starting (?:a )?(?:new |full time )?job', 'going to uni', 'take me off the list', 'to focus on')}\\b[^]{0,140}\\b(?:goodbye|bye|last message|thanks for everything|thank you (?:all )?for everything|you have changed my life)\\b|\\b(?:goodbye|bye|last message|thanks for everything|thank you (?:all )?for everything)\\b[^]{0,100}\\b${alt('moved to', 'moving (?:to|up|down|house|away|abroad|in with|back)', 'relocating', 'stepping down', 'emigrating', 'starting (?:a )?(?:new |full time )?job', 'going to uni')}\\b`,
  },
  {
    why: 'medicine logistics: levels, blood tests, crushing tablets to swallow them',
    pattern: `\\b(?:lithium|clozapine|drug|blood) levels\\b|\\bcrush(?:ing)? (?:my |the )?(?:tablets|pills|meds)\\b|\\bstruggle to swallow (?:them|tablets|pills|my tablets)\\b`,
  },
  {
    why: 'knives sharpened at work: "been boning out and sharpening knives all morning" (context-dev-s)',
    pattern: `\\b${alt('butcher[a-z]*', 'boning (?:out|knives?)', 'abattoir', 'chef', 'kitchen', 'catering', 'fishmonger', 'deli counter', 'on shift', 'at work')}\\b[^.]{0,60}\\b(?:sharpen(?:ing|ed)?|honing|honed) (?:the |my |all the |our )?knives\\b|\\b(?:sharpen(?:ing|ed)?|honing|honed) (?:the |my |all the |our )?knives\\b[^.]{0,40}\\b${alt('butcher[a-z]*', 'for (?:the )?(?:shift|service|chef|kitchen)', 'at work', 'on shift', 'boning')}\\b`,
  },
  {
    why: 'a craft needle slipped: "stabbed myself with a knitting needle again", "stabbed myself with the needle twice already lol" at a knitting class (dev-38, context-dev-t)',
    pattern: `\\b${STABBED} with (?:a |the |my )?${alt('knitting', 'sewing', 'darning', 'crochet', 'embroidery', 'tapestry')} (?:needles?|hook|pins?)\\b|\\b${STABBED} with (?:a |the |my )?(?:needles?|pins?)\\b(?=[^]{0,120}\\b${alt('knit[a-z]*', 'sewing', 'sew', 'darning', 'crochet[a-z]*', 'embroider[a-z]*', 'scarf', 'jumper', 'wool', 'yarn', 'clumsy', 'lol', 'haha', 'tapestry', 'cross stitch', 'quilt[a-z]*')}\\b)|\\b${alt('knit[a-z]*', 'sewing', 'crochet[a-z]*', 'embroider[a-z]*', 'quilt[a-z]*')}\\b[^]{0,120}\\b${STABBED} with (?:a |the |my )?(?:needles?|pins?)\\b`,
  },
  {
    why: 'crafts and outdoor hobbies with blades',
    pattern: `\\b${alt('wood ?carving', 'bushcraft', 'whittling', 'carving (?:set|tools)', 'chisels?', 'hook knife', 'fishing knife', 'knife sharpening', 'all legal')}\\b`,
  },
  {
    why: 'an abseil for charity',
    pattern: `\\babseil(?:ing)?${gap(6)}|\\bfundraiser\\b${gap(8)}`,
  },
  {
    why: 'children and pets jumping off furniture',
    pattern: `\\b(?:he|she|they|niece|nephew|kids?|son|daughter|dog|cat|grandson|granddaughter)${gap(2)} jump(?:ing|s|ed)? off the (?:sofa|bed|settee|couch|trampoline|swing|table|stairs|wall)\\b`,
  },
  {
    why: `rather die than go to a dull or awkward outing (the ward is not one): "i'd rather die than go back to that salsa class"`,
    pattern: `\\brather die than${gap(5)} ${alt('class', 'classes', 'party', 'gym', 'dance', 'disco', 'wedding', 'work do', 'quiz', 'dinner', 'christmas do', 'office party', 'bingo', 'panto', 'karaoke', 'zumba', 'salsa', 'football', 'shopping', 'ikea', 'fancy dress', 'sing', 'speak in public', 'make a speech', 'give a speech', 'public speaking', 'paper hat', 'wear (?:a|that|those|the) [a-z]+')}\\b`,
  },
  {
    why: 'exaggeration with a harmless "than": still worth a gentle note',
    marker: 'ratherdieidiom',
    pattern: `\\brather (?:be dead|die) than (?!${alt('live', 'living', 'go on', 'going on', 'carry on', 'carrying on', 'be like this', 'feel like this', 'keep going', 'feel this way', 'suffer', 'spend another', 'be here', 'wake up')})`,
  },
  {
    why: 'travel over a bridge or a view of one: "getting the bus over the bridge at langport", "the bridge was lit up beautifully"',
    pattern: `\\b(?:bus|train|coach|drove|drive|driving|cycled|cycling|walked|went) (?:over|across) (?:the|a|that) (?:suspension |new |old |big )?bridge\\b|\\bbridge (?:was |is )?(?:all )?(?:lit up|looked|looks|looking) (?:beautiful[a-z]*|lovely|amazing|gorgeous|stunning|pretty)\\b`,
  },
  {
    why: 'said goodbye to someone moving on, as news: "my old mentor moved on and i said goodbye"',
    pattern: `\\b(?:i|we) said (?:goodbye|bye)\\b(?! to (?:everyone|the world|life))`,
  },
  {
    why: 'dread of an everyday thing: "dreading the dentist more than death"',
    pattern: `\\bmore than death\\b`,
  },
  {
    why: 'a pet groomed: "got my dog groomed"',
    pattern: `\\b(?:got|had|getting|took) (?:my|the|her|his|our) (?:dog|cat|pony|horse|puppy) groomed\\b|\\b(?:dog|pet) groom(?:er|ers|ing)\\b`,
  },
  {
    why: 'plants and pets going wild: "my tomato plants are going crazy this year"',
    pattern: `\\b(?:plants?|tomatoes|courgettes|garden|weeds|roses|beans|dog|cat|puppy|kitten) (?:are|is|have been|has been) (?:going )?(?:crazy|mad|nuts|wild)\\b`,
  },
  {
    why: 'a hobby with tools told as a hobby: "my husband does bushcraft, hes got an axe and six knives in the shed"',
    pattern: `\\b(?:does|into|loves|doing|took up|taken up) (?:bushcraft|woodwork|wood ?carving|whittling)\\b[^.]{0,80}`,
  },
  // Found by dev-47 (eighteenth round): a fright in an everyday ordeal, and someone else's "i'd rather die".
  {
    why: 'a fright told after it, in an ordeal or with a laugh: "thought i was going to die on the hill up from burnham"',
    pattern: `\\b(?:thought|was convinced|was sure|genuinely thought|actually thought) (?:(?:i|we) (?:was|were) (?:going to|gonna|about to)|(?:i|we) (?:d|would)) die (?:on|in|at|of|from|doing|during|halfway|up|lol|haha|laughing|[a-z]*emoji)\\b`,
  },
  {
    why: 'someone else\'s "i\'d rather die", reported: "every time i ask him to do something he says i\'d rather die"',
    pattern: `\\b(?:he|she|they|son|daughter|kids?|mum|dad|nan|gran|brother|sister|boss|mate|friend) (?:just )?(?:says|said|goes|went|replies|replied|keeps saying|always says|will say) (?:that )?(?:i would|i d|id) rather die\\b`,
  },
  // Found by context-dev-ze (nineteenth round): a plan of care, not a plan to die.
  {
    why: 'a plan of care from a team, said bare: "shes home now with a plan from the team", "the gp gave him a plan" (a "crisis plan" or "care plan" is left to the word model, which knows it)',
    pattern: `\\b(?:a|the) plan (?:from|made (?:by|with)|written (?:by|with)|agreed with|drawn up (?:by|with)) (?:the|her|his|my|their|our) (?:team|crisis team|home treatment team|gp|doctor|nurse|consultant|psychiatrist|care coordinator|cpn|hospital|ward)\\b|\\b(?:team|gp|doctor|nurse|consultant|psychiatrist|hospital|ward|cpn) (?:gave|made|wrote|put together|drew up|sent) (?:him|her|them|me|us) (?:home )?(?:with )?a plan\\b`,
  },
  // Found by dev-49 (nineteenth round): cheerful threats and a man not dead yet.
  {
    why: 'a cheerful threat over a small wrong: "i could cheerfully strangle whoever left the gate open"',
    pattern: `\\bcould (?:cheerfully|happily|quite happily|gladly) (?:strangle|murder|kill|throttle|wring (?:his|her|their|its) necks?)\\b`,
  },
  {
    why: 'still here and saying so: "he said well im not dead yet"',
    pattern: `\\b(?:i am|he is|she is|we are|they are) not dead yet\\b`,
  },
  // Found by dev-49 (nineteenth round): someone fearing an accident in a venture.
  {
    why: 'someone else fearing an accident in a venture: "my son says ive lost my marbles and ill kill myself" (a parachute jump)',
    pattern: `\\b(?:he|she|they|wife|husband|son|daughter|mum|dad|kids|family|everyone|sister|brother) (?:says|said|thinks|reckons|is convinced|is sure)(?: [a-z]+){0,6} (?:i will|il|i am going to|i m going to|i am gonna) (?:kill myself|break my neck|cut my (?:leg|arm|hand|fingers?|foot) off)\\b(?=[^]{0,120}\\b(?:jump|parachute|skydive|ladder|roof|chainsaw|motorbike|bike|climb|climbing|horse|trampoline|ski|skiing|surf|surfing|marathon|zip ?wire|abseil)\\b)|\\b(?:jump|parachute|skydive|ladder|roof|chainsaw|motorbike|climbing|horse|trampoline|skiing|surfing|marathon|zip ?wire|abseil)\\b[^]{0,120}\\b(?:he|she|they|wife|husband|son|daughter|mum|dad|kids|family|everyone|sister|brother) (?:says|said|thinks|reckons|is convinced|is sure)(?: [a-z]+){0,6} (?:i will|il|i am going to|i m going to|i am gonna) (?:kill myself|break my neck|cut my (?:leg|arm|hand|fingers?|foot) off)\\b`,
  },
  {
    why: 'a panic attack told: "panic attack after panic attack, thought i was going to die"',
    pattern: `\\bpanic(?: attacks?)?\\b[^.]{0,80}\\bthought i was (?:going to|gonna|about to) (?:die|have a heart attack)\\b|\\bthought i was (?:going to|gonna|about to) die\\b[^.]{0,60}\\bpanic`,
  },
  {
    why: 'tired, or a family row told with a laugh: "im dead tired", "mum keeps threatening to disown me"',
    pattern: `\\bdead (?:tired|beat|on my feet)\\b|\\bthreat[a-z]* to disown\\b`,
  },
  {
    why: 'a will or a funeral plan made for ordinary reasons: "written my will because we have just had a baby"',
    pattern: `\\b(?:written|wrote|made|making|sorting|sorted|doing) (?:out )?(?:my|our|a|her|his|mums|dads|nans) (?:will|wills|funeral plan)\\b[^]{0,80}\\b(?:baby|solicitor|mortgage|married|at my age|sensible|grown up|fit as a fiddle|wanted it (?:all )?arranged|so we do not have to worry)\\b`,
  },
  {
    why: 'medicines bought for the children: "paracetamol and calpol for the kids, theyve got the lurgy"',
    pattern: `\\b(?:paracetamol|ibuprofen|calpol|medicine)\\b[^.]{0,40}\\bfor (?:the|my) (?:kids|children|baby|boys|girls|little one)\\b`,
  },
  {
    why: 'cold as a complaint: "if they dont fix the heating ill freeze to death in this flat lol"',
    pattern: `\\b(?:freeze|freezing|froze) to death (?:in (?:this|the|my|here)|at (?:the|work)|waiting|out here|lol|haha)\\b`,
  },
  {
    why: 'dying of embarrassment, shame or boredom',
    pattern: `\\b(?:die|died|dying) (?:of|from) (?:embarrassment|shame|boredom|cringe|laughing|laughter)\\b`,
  },
  {
    why: 'a family member cross about a small thing: "my daughter will murder me if i miss her parents evening"',
    pattern: `\\b(?:murder|kill) me if i (?:miss|forget|do not|am late|was late|were late|eat|spend|tell|lose|break)\\b`,
  },
  {
    why: 'a fright on the road: "my life flashed before my eyes"',
    pattern: `\\b(?:my )?life flashed before my eyes\\b[^.]{0,60}`,
  },
  {
    why: 'a story in the news or on screen about someone else: "that film about the girl who jumped off the bridge"',
    pattern: `\\b(?:film|movie|book|documentary|programme|show|drama|thing on the news|story on the news|news(?: story)?|article|podcast|series) (?:about|on|where|of) (?:the|a|an|this|that) ${alt('woman', 'man', 'girl', 'boy', 'guy', 'bloke', 'lady', 'lad', 'teenager', 'soldier', 'family', 'mum', 'dad', 'couple', 'railway', 'bridge')}\\b[^.?!]{0,80}`,
  },
  {
    why: 'work that sees overdoses as part of the job: "i see overdoses every shift"',
    pattern: `\\bsee ${alt('overdoses', 'suicides', 'self harm', 'attempts', 'ods')} (?:every|each|most|all the time|a lot|daily)\\b`,
  },
  {
    why: 'the last message of the day, not of life: "my last message as im going to sign off for the night"',
    pattern: `\\b(?:last message|sign(?:ing)? off|signing out|logging off)\\b[^.]{0,40}\\bfor (?:the night|tonight|today|the day|the weekend|now)\\b|\\b(?:that is|that s) (?:all|it) (?:from me )?for (?:tonight|today|now)\\b(?: (?:ok|goodbye|bye|night|and|thanks|thank you|x+))*`,
  },
  {
    why: 'a night in with a treat: "a bottle of wine and a takeaway in, perfect friday"',
    pattern: `\\bbottle of (?:wine|prosecco|fizz|red|white|rose|bubbly) and (?:a |some )?(?:takeaway|chinese|curry|pizza|film|chocolates?|crisps|box ?set)\\b`,
  },
  {
    why: 'medicines on a repeat prescription and in short supply at the pharmacy',
    pattern: `\\b(?:tablets|meds|pills|medication|prescription|inhalers?)(?: are| is)? on repeat\\b|\\b(?:have|has|had|got|get) (?:them|it|my [a-z]+) in stock\\b|\\b(?:out of stock|a shortage|shortages)\\b`,
  },
  {
    why: 'an everyday reply at the end of a question: "nothing else i can think of"',
    pattern: `\\bnothing (?:else|more) (?:i can think of|to add|really|that i can think of)\\b`,
  },
  {
    why: 'feeling ill with a bug: "i feel like death warmed up, got the flu"',
    pattern: `\\b(?:like|as) death warmed up\\b|\\bgot (?:the|a) (?:flu|cold|bug|virus|covid|sickness bug)\\b`,
  },
  {
    why: 'a dream told as a dream: "had a nightmare that i fell off a cliff, woke up and laughed"',
    pattern: `\\b(?:had a|had this|weird|bad) (?:nightmare|dream)(?: last night)?(?: that| where| about)? (?:i|we|my)\\b[^.]{0,60}`,
  },
  {
    why: 'a programme watched: "just watched the new series of that hospital drama, cried my eyes out"',
    pattern: `\\b(?:watched|watching|binged|binge watched) (?:a |the |that )?(?:new )?(?:series of |episode of |end of )?(?:that |the )?[a-z ]{0,25}(?:drama|film|movie|show|episode|series|programme|documentary|soap)\\b[^.]{0,80}`,
  },
];

/** A shrug after a flat battery at the end of a conversation: "phones nearly dead anyway", "doesn't matter now". */
const FLAT_SHRUG = alt('anyway', 'so what', 'does not matter', 'not that it matters', 'who cares', 'no point');

/** Everyday senses of risk words in hobbies, work, jokes and errands; after the idioms above, which they may share a
 * message with. */
const EVERYDAY_IDIOMS: readonly Idiom[] = [
  // Found by dev-22 and dev-23 (sixth round): everyday traffic that names a risk word in passing.
  {
    why: 'a mental health history told as history: "I used to sing in a choir before my breakdown", "I\'ve been sectioned twice, will that stop me being accepted?", "the crisis team helped me a lot last year"',
    pattern: `\\b(?:${alt(
      '(?<!(?:like|as|how) i (?:did|was|felt|acted) )(?:before|after|since|during) my (?:first |last |second |big |last big )?(?:breakdown|admission|section|sectioning|illness|hospital stay|time in hospital|episode)',
      'when i was (?:really )?(?:unwell|ill|poorly|in hospital|on the ward|sectioned|in crisis)',
      '(?:i|i have) had (?:a|my) (?:breakdown|mental breakdown) (?:in (?:my|20|19)|at [0-9]|when|years|back in|a few years|a long time|after)',
      '(?:been|was) sectioned (?:once|twice|a few times|[a-z]+ times|before|in the past|years ago|as a|when i was|back in|in (?:20|19)[0-9]{2})',
      '(?:the )?crisis team (?:helped|were|was|have been) (?:me )?(?:a lot |so much |really )?(?:brilliant|great|amazing|good|lovely|kind|helpful|a lifeline)?(?: with me)?(?: last year| back then| at the time| years ago| when)?',
      'through a (?:really |very )?(?:dark|bad|rough|hard) (?:time|patch|period) (?:after|when|in|back|years)',
      '(?:used to be|was|have been|i have been) on (?:a )?section(?: [0-9]+| two| three)?',
    )})\\b(?![^.]{0,80}\\b(?:again|now|back|lately|this week|getting worse|starting|happening|coming)\\b)`,
  },
  // Found by dev-31 and dev-32 (tenth round): hyperbole, jokes about friends and teams, accidents, DIY, plants, and
  // a history told with its year.
  {
    why: 'hyperbole with "to death": "it scares me to death but i want to crack it", "stressed to death about the MOT"',
    pattern: `\\b${alt('scares?', 'scaring', 'stressed', 'stressing', 'frozen', 'freezing', 'annoyed', 'annoys', 'embarrassed', 'bores?', 'worries', 'worrying', 'freaked', 'freaks?')} (?:me |him |her |us |them )?(?:half )?to death\\b`,
  },
  {
    why: 'tired, not a wish: "so tired i could sleep forever", "could sleep for a week after that shift"',
    pattern: `(?<!\\b(?:wish|if|wished|only) (?:i )?)\\bcould (?:just )?sleep (?:forever|for ever|for a (?:week|month|year)|for days|for england)\\b(?![^.]{0,25}\\b(?:wake|waking|woke|come back|be here|not be|never)\\b)`,
  },
  {
    why: 'a good night\'s sleep: "slept like the dead last night"',
    pattern: `\\bslept like (?:the dead|a log|a baby|a corpse)\\b`,
  },
  {
    why: 'a scare told with a laugh: "got stung by a wasp, thought i was gonna die lol"',
    pattern: `\\bthought i was (?:going to|about to|gonna) die\\b(?=[^.]{0,30}\\b(?:lol|haha|lmao|ha)\\b)`,
  },
  {
    why: 'a joke about a team or a sister: "coach says he will kill us in training if we lose", "leaves the milk out one more time i swear i will strangle her"',
    pattern: `\\b(?:kill|strangle|throttle|murder) (?:us|her|him|them|you) (?:in training|at training|at practice|if (?:we|they|you|he|she) (?:lose|lost|are late|do not win))\\b|\\bone more time i (?:swear )?(?:i )?(?:will|would|am going to) (?:kill|strangle|throttle|murder) (?:her|him|them|you)\\b`,
  },
  {
    why: 'a clumsy accident: "stabbed myself in the thumb with a fork, proper clumsy"',
    pattern: `\\b${alt('stabbed', 'jabbed', 'pricked', 'cut', 'burnt', 'burned', 'nicked', 'sliced', 'caught')} myself (?:in|on) the ${alt('thumb', 'finger', 'hand', 'leg', 'foot', 'arm')} (?:with|on) (?:a |the |my )?${alt('fork', 'pin', 'needle', 'pencil', 'compass', 'skewer', 'drawing pin', 'screwdriver', 'stapler', 'tin', 'grater', 'peeler', 'secateurs', 'thorn', 'rose bush')}\\b`,
  },
  {
    why: 'a plant or basket dying: "got a hanging basket that is dying on me"',
    pattern: `\\b(?:hanging baskets?|baskets?|plants?|tomatoes|roses|lawn|grass|hedge|tree|bonsai|basil|orchid|cactus)\\b${gap(3)} (?:is |are |keeps |keep )?(?:dying|dead|died)(?: on me)?\\b`,
  },
  {
    why: 'a band or a team name: "our band is called dead weight"',
    pattern: `\\b(?:band|team|group|podcast|album|song)s? (?:is |was )?(?:called|named) [a-z]+(?: [a-z]+)?\\b`,
  },
  {
    why: 'an errand or a holiday wished for with a jump: "i would jump off a cliff for a week in spain"',
    pattern: `\\b(?:i would|id|would) (?:happily )?jump off a (?:cliff|bridge) (?:for|to get) (?:a|an|some|the)\\b`,
  },
  {
    why: 'a pet meant, not a person: "i am going to kill him (the dog not the postman)"',
    pattern: `\\b(?:kill|strangle|murder|throttle) (?:him|her|it|them) (?:the|my) ${ANIMAL}\\b`,
  },
  {
    why: 'a question about the service: "is peer connect the same as the crisis team?"',
    pattern: `\\b(?:is|are) (?:this|it|you|peer [a-z]+|the service|mentoring) (?:the same as|like|part of|different (?:from|to)|linked to|instead of) (?:the )?(?:crisis team|home treatment team|mental health team|cmht|crisis line)\\b`,
  },
  {
    why: 'a near miss in the garden or the weather: "the hedge trimmer nearly took my arm off", "dad nearly set himself on fire lighting the bbq"',
    pattern: `\\bnearly (?:took|taken|had) (?:the|my|his|her|our|their) [a-z]+ (?:off|out)\\b|\\bnearly set (?:himself|herself|themselves|the [a-z]+|his [a-z]+|her [a-z]+) (?:on fire|alight)\\b`,
  },
  {
    why: 'a murder mystery evening, a hangover: "i was the victim lol", "hanging after that wedding"',
    pattern: `\\bmurder mystery\\b[^.]{0,80}|\\bhanging (?:after|from) (?:that|the|last|a|my|our) (?:wedding|party|night out|night|do|session|stag|hen|birthday|christening|gig|festival)\\b`,
  },
  // Found by dev-24 and dev-26 (sixth round): close look-alikes of a goodbye, a note, letters, means and places.
  {
    why: 'a goodbye at a station, a leaving do or a new job: "said goodbye to my nan at the train station", "saying my goodbyes at work, leaving the care home after 8 years"',
    pattern: `\\b(?:saying|said|say|saying all) (?:my )?(?:goodbyes?|bye|byes) (?:to [a-z ]{1,30}?)?(?:at (?:the )?(?:train |bus |railway )?(?:station|airport|coach station|work|school|college|party|leaving do|pub|spoons|the door|gate)|from (?:the|my) old (?:job|team|work|school))\\b(?=[^]{0,200}\\b(?:leaving|new job|starting|moving|going back|back (?:at|for|in|on|up)|retir|holiday|proud|walking home|reply (?:properly )?tomorrow|easter|christmas|next (?:week|month|year))\\b)`,
  },
  {
    why: 'letters written as an exercise or for birthdays: "written letters to my kids for their birthdays as part of my recovery group", "letters to everyone I\'ve fallen out with as part of the 12 steps"',
    pattern: `\\b(?:written|writing|wrote|write) (?:some )?letters? to [a-z ]{1,40}?(?:for (?:their|his|her) (?:birthdays?|christmas)|as (?:part of|an exercise)|for (?:my )?(?:recovery|therapy|course|group|homework)|(?:the )?12 steps|(?:my )?therapist (?:suggested|asked))\\b`,
  },
  {
    why: 'medicines set out for the week or taken as prescribed: "tablets all lined up in the dosette box", "took all my tablets this morning like I\'m meant to"',
    pattern: `\\b(?:lined up|laid out|sorted|set out|all out|counted out) (?:in|into) (?:the |my |a )?(?:dosette|pill organiser|pill box|blister packs?|weekly box|nomad)(?: box)?\\b|\\b(?:took|taken|take) (?:all )?my (?:tablets|pills|meds|medication)(?: this morning| tonight| today| last night)? (?:like i am meant to|like i am supposed to|as prescribed|as normal|as usual|like normal|on time|like a good (?:girl|boy|lad|un))\\b`,
  },
  {
    why: 'a railway station or a car park roof for the everyday reason: "at the railway station, trains delayed", "top of the multi storey cos it\'s the only place with spaces"',
    pattern: `\\b(?:at|on) the (?:railway|train) station\\b(?=[^]{0,80}\\b(?:delayed|late|cancelled|waiting for (?:the|my)|meet|pick (?:up|me)|session|appointment|work)\\b)|\\btop (?:floor )?of the multi ?storey\\b(?=[^]{0,60}\\b(?:spaces|parking|park|parked|be there in)\\b)`,
  },
  {
    why: 'a funeral plan bought for the family\'s sake: "arranged my funeral plan with the Co-op, at our age you want it sorted"',
    pattern: `\\b(?:arranged|sorted|taken out|bought|paid for|got|set up) (?:my|our|a) (?:pre ?paid )?funeral plans?\\b(?=[^]{0,120}\\b(?:co op|coop|golden charter|dignity|at (?:our|my) age|for the (?:children|kids|family)|sorted|peace of mind)\\b)`,
  },
  {
    why: 'a note left about being back late: "left a note for my flatmate saying I\'d be back late"',
    pattern: `\\bleft a note (?:for|to) [a-z ]{1,20}?(?:saying|to say) (?:i would be back|i will be back|i am (?:at|in|out)|where i am|to feed|about|dinner|tea)\\b`,
  },
  {
    why: 'knives put away from a messy cook: "my partner\'s hidden the good knives cos I keep leaving them in the sink lol"',
    pattern: `\\bhidden (?:the |my |all the )?(?:good |sharp |kitchen )?knives (?:cos|because|as) (?:i|we) keep (?:leaving|losing|blunting|putting)\\b`,
  },
  {
    why: 'a sibling who ate the last of something: "i wanna kill my brother he ate my last yoghurt lmao"',
    pattern: `\\b(?:wanna|want to|could|going to|gonna|will) (?:literally )?kill (?:my|him|her|them)(?: [a-z]+)?\\b(?=[^.]{0,30}\\b(?:ate|took|stole|drank|used|finished|broke|borrowed|nicked)\\b)`,
  },
  {
    why: 'too excited to sleep: "can\'t sleep, excited about starting the allotment group tomorrow"',
    pattern: `\\b(?:can not|cannot|cant) sleep\\b(?=[^.]{0,30}\\b(?:excited|buzzing|looking forward|cannot wait|can not wait)\\b)`,
  },
  {
    why: 'drinking more water: "drinking more water and less coke"',
    pattern: `\\bdrinking (?:more|loads of|lots of|plenty of) (?:water|fluids|squash|herbal tea)\\b`,
  },
  {
    why: 'a building\'s ligature points checked by staff: "risk assessment for the new room is done, windows, ligature points checked"',
    topic: true,
    pattern: `\\b(?:anti )?ligature (?:points?|risks?|cutters?|audits?|checks?|assessments?|surveys?|fittings?|free)\\b`,
  },
  {
    why: 'a question about the crisis team as a service: "how is this different from the crisis team?", "what is the crisis team number, just to have it saved"',
    topic: true,
    pattern: `\\b(?:how (?:is (?:this|it|that)|does (?:this|it|that)|do you|would (?:this|it)) (?:different|differ|fit|compare|work)[^.]{0,40}\\bcrisis team|(?:difference|different) (?:between|from) (?:you|this|you lot|a mentor|mentors|the mentors|peer support)[^.]{0,30}\\bcrisis team|crisis team(?: s)? (?:number|phone number|contact)|(?:share|pass)[^.]{0,40}\\b(?:with|to|on to) the crisis team)\\b`,
  },
  {
    why: 'a question about what happens to a past disclosure: "if I mention self harm from when I was a teenager, will that go on a record?"',
    pattern: `\\bif i (?:mention|say|tell (?:you|them|my mentor)|write|put)[^.]{0,60}\\b(?:from when i was|when i was|years ago|in my (?:teens|twenties|20s|past)|history|used to)\\b[^.]{0,60}\\b(?:will|would|does|do) (?:that|it|you|they|anyone)\\b`,
  },
  {
    why: 'someone who will kill them for being late: "my mate says if I\'m late again she\'ll kill me haha"',
    pattern: `\\bif i am late(?: again)?[^.]{0,20}\\b(?:she|he|they|you)(?: will| are going to| is going to| ll)? (?:literally )?kill me\\b`,
  },
  {
    why: 'the dead of winter or night',
    pattern: `\\bthe dead of (?:winter|night)\\b`,
  },
  {
    why: 'oilseed rape, the crop, and the gas gun that scares birds off it: "for the farm, pigeons on the rape"',
    pattern: `\\b(?:oil ?seed rape|rape ?(?:field|seed|crop|harvest)|fields? of rape|(?:pigeons|birds|crows) on the rape|(?:drilling|drilled|sowing|sowed|cutting|harvesting|spraying|sprayed|combining) (?:the )?rape|(?:gas|bird) (?:guns?|bangers?|scarers?))\\b`,
  },
  {
    why: 'a device or app giving up: "Teams is dying on me, can someone resend the link"',
    pattern: `\\b${alt('teams', 'zoom', 'phones?', 'laptop', 'battery', 'app', 'wifi', 'internet', 'signal', 'computer', 'tablet', 'printer', 'car', 'charger', 'broadband')} (?:is |keeps |has )?(?:dying|died|dead|killing me)(?: on (?:me|us))?\\b`,
  },
  {
    why: 'one more of a treat and they will die: "if I eat another sprout I\'ll die"',
    pattern: `\\bif i (?:eat|have|hear|see|watch|drink) (?:another|one more|any more|anymore)${gap(3)} (?:i will|i am going to|i am gonna|gonna) (?:actually |literally )?(?:die|explode|burst|end up in a and e)\\b`,
  },
  {
    why: 'old at an age, as a joke: "my daughter said I\'m basically dead because I\'m 40"',
    pattern: `\\b(?:basically|practically|virtually|nearly|as good as) (?:dead|ancient|prehistoric)\\b(?:${gap(3)} (?:because|cos|at) (?:i am )?[0-9]+)?`,
  },
  {
    why: 'a last message that was only the one before: "just checking you got my last message"',
    pattern: `\\b(?:(?:got|get|see|saw|seen|read|received|reply to|replied to|check|ignore|answer) my last (?:message|text|email)|my last (?:message|text|email) (?:to (?:my|the) (?:boss|manager|mum|group|wrong)|was (?:about|a|just)|by mistake|did not|didnt|went))\\b`,
  },
  {
    why: 'jumping in eagerly: "ready to jump in with both feet"',
    pattern: `\\bjump(?:ing)? (?:in|straight in) with both feet\\b`,
  },
  {
    why: 'a job or a printer that makes them want to end it all, as a joke: "Some days I could end it all with this job lol"',
    pattern: `\\bend it all with (?:this|my|the) (?:job|printer|rota|paperwork|admin|laptop|computer|boss|team)\\b`,
  },
  {
    why: 'ending it all by uninstalling a game or quitting an app: "im gonna end it all" … "by uninstalling lol" (context-dev-zh)',
    pattern: `\\bend (?:it|it all|everything)(?: right now| now| tonight| today)?(?: \\.)? by ${alt('uninstalling', 'deleting', 'rage quitting', 'quitting', 'selling', 'cancelling', 'unsubscribing', 'unfollowing', 'blocking', 'muting', 'leaving the (?:group|chat|server)', 'logging off', 'turning it off', 'switching it off')}\\b`,
  },
  {
    why: 'the sender\'s own work with a crisis team: "doing my placement with the crisis team"',
    topic: true,
    pattern: `\\b(?:placement|work|job|shifts?|volunteer|volunteering|rotation) (?:is |are |s )?(?:with|for|on|in) the (?:crisis|home treatment) (?:team|line|service)\\b`,
  },
  {
    why: 'a will made for an operation: "writing my will because I\'m having a hip operation"',
    pattern: `\\b(?:writing|doing|sorting|making|made|wrote|updating|updated) (?:out )?(?:my|a|our) wills? (?:because|cos|as|before) (?:i am having |i have got |of )?(?:an? |my )?(?:[a-z]+ )?(?:operation|op|surgery|procedure)\\b`,
  },
  {
    why: 'a service\'s own question about risk: "the bot asked someone about suicide too bluntly"',
    topic: true,
    pattern: `\\b(?:asked|asking|ask|asks) (?:someone|somebody|a mentee|mentees|people|them|him|her) about ${RISK_TOPICS}\\b`,
  },
  {
    why: 'medicine side effects and blood tests: "the pills I take make me gain weight", "clozapine bloods at 9"',
    pattern: `\\b(?:(?:pills|tablets|meds|medication|medicine)(?: i take| i am on)? (?:make|makes|made|are making|is making) me (?:gain weight|put on weight|tired|sleepy|hungry|drowsy|shaky|dizzy|thirsty|sick)|(?:clozapine|lithium|blood) (?:bloods|blood tests?|levels?|clinic)(?: at [0-9]+| on ${WEEKDAY}| today| tomorrow)?)\\b`,
  },
  // Found by the development set dev-21 (2026-12-06, a writer who never saw the code): a disclosure named in a team
  // reminder, something read about risk, someone else in crisis, and everyday senses of drowning, goodbye letters,
  // rather dying and being dragged along.
  {
    why: 'any disclosure of risk, as a team reminder names it: "any disclosure of current suicidal intent, a plan, means"',
    pattern: `\\b(?:any|a|every|all) disclosures? of (?:current |immediate |active |new )?${RISK_TOPICS}\\b`,
  },
  {
    why: 'something read or watched about risk: "a really good article about suicide in farmers"',
    topic: true,
    pattern: `\\b${alt('articles?', 'books?', 'documentar(?:y|ies)', 'podcasts?', 'programmes?', 'research', 'statistics', 'stats', 'reports?', 'campaigns?', 'charity', 'charities')} (?:about|on|into|around) ${RISK_TOPICS}\\b`,
  },
  {
    why: 'what a mentee might disclose, as staff talk about it: "role plays include a mentee disclosing suicidal thoughts", "any mentee mentioning thoughts of suicide needs a same-day call back"',
    topic: true,
    pattern: `\\b(?:(?:a|any|every|the|our|new|your|if a|when a) (?:mentees?|clients?|service users?|persons?|volunteers?|mentors?)|those|anyone) (?:who (?:(?:has|have|s|ve) )?${alt('disclosed', 'mentioned', 'raised', 'reported', 'expressed', 'talked', 'brought', 'discloses', 'mentions', 'raises', 'reports', 'expresses', 'talks', 'brings')}|${alt('disclosing', 'mentioning', 'raising', 'reporting', 'expressing', 'talking', 'bringing')})(?: (?:up|about|of))?(?: (?:their|past|previous|recent|any|abuse or|thoughts of|feelings of))* ${RISK_TOPICS}\\b`,
  },
  {
    why: 'a form\'s section on risk: "the new referral form has a section on current risk"',
    topic: true,
    pattern: `\\b(?:sections?|box(?:es)?|questions?|parts?|fields?) (?:on|about|for|asking about|covering) (?:current |past |any |the )?risks?(?: ~)?(?: (?:${RISK_TOPIC}|harm (?:from|to) (?:others|self)|to (?:self|others)|and|or)){0,6}\\b`,
  },
  {
    why: 'first aid learned for someone else: "learned what to do if someone overdoses"',
    topic: true,
    pattern: `\\b(?:what to do|how to help|how to respond)(?: if| when)? (?:someone|somebody|a mentee|a person|anyone|they|a patient) ${alt('overdoses', 'has overdosed', 'takes an overdose', 'self harms', 'is self harming', 'collapses', 'discloses')}\\b`,
  },
  {
    why: 'what to do when someone else is in crisis: a question about the service',
    topic: true,
    pattern: `\\b(?:what to do|how to help|how to respond|training (?:on|for|in))\\b${gap(4)} (?:someone|somebody|a mentee|a person|people|others|anyone|someones?)(?: is| are)? in (?:a )?crisis\\b`,
  },
  {
    why: 'drowning in chores, not water: "drowning in paperwork for pip"',
    pattern: `\\bdrowning in ${alt('paperwork', 'work', 'emails', 'forms', 'admin', 'washing', 'laundry', 'homework', 'marking', 'assignments', 'essays', 'post', 'letters', 'toys', 'boxes')}\\b`,
  },
  {
    why: 'a goodbye letter to a job or a habit: "wrote a goodbye letter to my old job"',
    pattern: `\\bgoodbye (?:letter|note|message)(?: [a-z]+){0,3} to (?:my |the )?(?:old )?${alt('job', 'work', 'boss', 'workplace', 'office', 'ex', 'smoking', 'cigarettes', 'fags', 'booze', 'drink', 'drinking', 'alcohol', 'anxiety', 'depression', 'old self', 'younger self', 'house', 'flat', 'twenties', 'thirties')}\\b`,
  },
  {
    why: 'rather die than sit through an everyday ordeal: "i\'d rather die than go to another zumba class"',
    pattern: `\\brather (?:die|be dead) than ${alt('go to', 'sit through', 'watch', 'attend', 'do', 'eat', 'wear', 'listen to', 'play')} (?:a |an |the |another |that |this |more |any more |her |his )?(?:[a-z]+ )?${alt('class', 'classes', 'zumba', 'meeting', 'meetings', 'party', 'wedding', 'quiz', 'karaoke', 'panto', 'match', 'episode', 'film', 'sprouts', 'maths', 'homework', 'exam', 'jumper', 'game', 'gym', 'session')}\\b`,
  },
  {
    why: 'dragged along to a class or a do by family: "my sister dragged me to zumba"',
    pattern: `\\b(?:dragged|drags|dragging) me (?:along )?(?:to|out to|round to|into) (?:a |an |the |another |her |his |my |our |some )?${alt('class', 'classes', 'zumba', 'gym', 'party', 'pub', 'shops', 'church', 'wedding', 'meeting', 'gig', 'concert', 'yoga', 'pilates', 'spin', 'quiz', 'bingo', 'karaoke', 'panto', 'match', 'football', 'rugby', 'walk', 'park run', 'parkrun', 'club')}\\b`,
  },
  // Found by the development set dev-20 (2026-12-06, another writer who never saw the code): risk named as a topic of
  // the sender's job, a question or a group; years free of it; goodbyes at the end of something good; hyperbole.
  {
    why: 'staff learning how to ask or respond: "how to ask directly about suicide", "how to respond if someone discloses"',
    topic: true,
    pattern: `\\bhow to ${alt('ask', 'respond', 'react', 'reply', 'talk', 'support someone', 'handle it', 'deal with it')}(?: ${alt('people', 'someone', 'a mentee', 'mentees', 'them', 'somebody')})?(?: directly)? (?:about |to |if |when )(?:the |a |an )?(?:${RISK_TOPICS}|(?:a |the )?(?:mentee|client|person|someone|somebody) ${alt('discloses', 'says', 'mentions', 'talks about', 'tells you')}${NOT_THE_SENDER}{0,60})`,
  },
  {
    why: 'messages and questions about risk as a topic: "what does the bot do with messages about self harm"',
    topic: true,
    pattern: `\\b${alt('messages?', 'texts?', 'questions?', 'conversations?', 'chats?', 'posts?', 'calls?', 'disclosures?')} ${alt('about', 'on', 'around', 'mentioning', 'that mention', 'regarding')} (?:the |their |a )?${RISK_TOPICS}\\b`,
  },
  {
    why: 'support for people bereaved by suicide: a question for someone else, not the sender at risk',
    pattern: `\\b(?:people |families |those |anyone |someone |groups? for (?:people )?)?(?:bereaved|affected|touched) by suicide\\b|\\bsuicide ${alt('bereavement', 'loss support', 'bereaved')}\\b`,
  },
  {
    why: 'risk seen at work by a nurse, a paramedic, a police officer: "i see a lot of overdoses and self harm at work"',
    topic: true,
    pattern: `\\b(?:i|we) ${alt('see', 'deal with', 'treat', 'handle', 'get', 'nurse', 'look after')}(?: ${alt('a lot of', 'lots of', 'loads of', 'plenty of', 'so many', 'a fair few')})? ${RISK_TOPICS}(?: ${alt('patients', 'cases', 'calls', 'jobs')})?${gap(2)} ${alt('at work', 'in my job', 'on (?:the|my) (?:ward|shifts?|job)', 'every shift', 'in a and e', 'at the hospital', 'on call outs')}\\b`,
  },
  {
    why: 'overdoses met at work: "my sister works on the mental health ward… people coming in after overdoses", "trainee paramedic here… overdoses, car crashes" (dev-39)',
    pattern: `\\b(?:paramedic|nurse|nursing|placement|shifts?|works? (?:on|at|in) (?:the|a))\\b[^.]{0,80}\\boverdoses\\b`,
  },
  {
    why: 'years free of self harm, told with pride: "5 years free of self harm this month"',
    pattern: `\\b${YEARS_OR_MONTHS} (?:free|clean|clear) (?:of|from) ${SELF_HARM_HABIT}\\b|\\b${SELF_HARM_HABIT} free for ${YEARS_OR_MONTHS}\\b|\\b${YEARS_OR_MONTHS} ${SELF_HARM_HABIT} (?:free|clean)\\b|\\b(?:her|his|their) old self harm\\b(?: (?:she|he|they) (?:is|are|has been|have been) [0-9a-z]+ (?:years?|months?) clear)?|\\b(?:off|stopped|quit|given up) (?:the )?${SELF_HARM_HABIT} (?:for|since) ${YEARS_OR_MONTHS}`,
  },
  {
    why: 'goodbyes at the end of something good: a leaving do, the last session, mentoring completed',
    pattern: `\\b(?:saying|said|say) (?:my |our )?goodbyes? (?:at|to) (?:my |the |our )?${alt('leaving do', 'leaving party', 'leaving drinks', 'retirement do', 'retirement party', 'last day', 'work do', 'office party', 'old job', 'team', 'colleagues', 'mentor', 'coordinator', 'group')}\\b|\\b(?:the|my|our|her|his) ${alt('mentor', 'coordinator', 'tutor', 'teacher', 'nan', 'mum', 'dad', 'friend', 'mate', 'boss')} said goodbye\\b|\\b(?:writing|wanted|want|just) to say goodbye (?:as|because|since|now|that) (?:i have|i am|we have|we are|our|my) ${alt('completed', 'finished', 'done', 'come to the end', 'sessions', 'mentoring', 'time')}\\b`,
  },
  {
    why: 'hyperbole about something bad or dull: "that film was so bad i wanted to die"',
    pattern: `\\bso ${alt('bad', 'boring', 'awful', 'embarrassing', 'embarrassed', 'cringe', 'cringey', 'dull', 'cheesy', 'terrible', 'painful', 'long')}(?: that)? i (?:literally |actually )?(?:wanted to|could have|could|nearly|almost|thought i would) (?:die|died)\\b|\\b(?:i will|il|you can|you will) sleep when (?:i am|you are|we are) dead\\b`,
  },
  {
    why: 'asking how the safety side would read a joke: "if i text something like im dying here will someone ring the police on me"',
    topic: true,
    pattern: `\\bif i (?:text|say|write|send|type|put) (?:something|stuff|things|anything) like\\b[^.?!]{0,60}`,
  },
  {
    why: 'a leaflet or a section on what to do: "the section on what to do if i feel unsafe"',
    topic: true,
    pattern: `\\b${alt('section', 'page', 'bit', 'part', 'leaflet', 'info', 'information', 'advice', 'card', 'sheet')} (?:on|about) what to do (?:if|when) (?:i|you|we|someone|a mentee) (?:feel|am|are|get|become|need)(?: [a-z]+){1,2}\\b`,
  },
  {
    why: 'discharged from the crisis team: a step forward',
    pattern: `\\b(?:been |got |getting |being )?discharged (?:from|by) (?:the |my )?(?:crisis|home treatment|mental health) team\\b`,
  },
  {
    why: 'a joke about a chore, said as a joke: "another form?! kill me now jk"',
    pattern: `\\b(?:just |please )?kill me now\\b(?=${gap(3)} (?:jk|lol|haha|joking|only joking|ha)\\b)`,
  },
  { why: 'good luck: "knock em dead at your interview"', pattern: `\\bknock (?:em|them|him|her|it) dead\\b` },
  {
    why: `a flat battery: "phone's on 2%, dying", "phones nearly dead" (not with "anyway": a last message's shrug)`,
    pattern: `\\b${DEVICE}s?(?: is| are)? (?:(?:on |at )?[0-9]+(?: percent)? (?:and )?(?:dying|nearly dead|almost dead)|(?:nearly|almost|practically|basically|about|pretty much) dead)\\b(?! ${FLAT_SHRUG})`,
  },
  {
    why: 'at the end of their tether with a thing: "at the end of my rope with this printer"',
    pattern: `\\bend of my (?:rope|tether)\\b(?= with (?:this|the|my|that|these|those) (?:[a-z]+ )?${alt(DEVICE, 'forms?', 'paperwork', 'admin', 'spreadsheet', 'homework', 'kids', 'dog', 'traffic', 'weather', 'council', 'bank', 'builders?', 'landlord', 'queue')}\\b)`,
  },
  {
    why: 'a joke of being cross with someone: "feeling a bit murderous about the bin men lol"',
    pattern: `\\b(?:a bit|a little|slightly|mildly|bit) (?:murderous|stabby|homicidal)\\b(?=[^.]{0,50}\\b(?:lol|haha|jk|ha)\\b)`,
  },
  {
    why: 'suicidal as a joke about a game or a team: "feeling a bit suicidal about my fantasy football team lol"',
    pattern: `\\bsuicidal about (?:my|the|our|this|that) (?:[a-z]+ ){0,2}${alt('team', 'league', 'results?', 'score', 'quiz', 'haircut', 'hair', 'bracket', 'picks?', 'fixtures?')}\\b`,
  },
  {
    why: 'an animal stuck, fallen or trapped somewhere, not the sender: "sheep got stuck on the edge of the rhyne"',
    pattern: `\\b${ANIMAL} (?:got |was |is |has been |were |are |had )?(?:stuck|stranded|trapped|caught|fell|fallen|wandered) (?:on|in|at|by|into|over|off|down|through)\\b${NOT_THE_SENDER}{0,30}`,
  },
  {
    why: 'rope, cord, straps or a ladder for a job: "need rope to tie the tarp down on the trailer", "bought rope and a ladder from b and q to sort the guttering"',
    pattern: `\\b(?:rope|cord|twine|bungees?|ratchet straps?|straps?|ladders?)\\b${gap(8)} (?:to|for) (?:(?:tie|tying|tow|towing|secure|securing|lash|lashing|hold|holding|strap|strapping|sort|fix|clear|clean|do|paint|reach)\\b${gap(2)} ?)?(?:out )?(?:the |my |our )?${alt('tarp', 'trailer', 'load', 'boat', 'tent', 'fence', 'gate', 'hay', 'bales?', 'roof rack', 'sofa', 'mattress', 'down', 'car', 'gutters?', 'guttering', 'loft', 'roof', 'shed', 'washing line', 'swing', 'tree ?house')}\\b(?![^]{0,80}\\b(?:for me|myself|my neck|neck|for my|ligature|hang|hanging|not (?:really )?for|one for)\\b)`,
  },
  {
    why: 'a ladder for jobs round the house: "got the ladder out to do the gutters"',
    pattern: `\\bladders?\\b${gap(8)} ${alt('gutters?', 'guttering', 'windows?', 'loft', 'painting', 'paint', 'roof tiles?', 'ceiling', 'decorating', 'hedges?', 'apples', 'christmas lights', 'aerial', 'satellite dish', 'bulb', 'shelves', 'fascias?')}\\b`,
  },
  {
    why: 'parking at the top of a car park: "parked on the top floor of the car park cos it was the only space"',
    pattern: `\\b(?:parked|park|parking) (?:up )?(?:on|at|in) (?:the )?(?:top|roof|highest) (?:floor|level|deck|storey)(?: of (?:the )?(?:car park|multi ?storey))?\\b|\\b(?:top|roof|highest) (?:floor|level|deck|storey) of (?:the )?(?:car park|multi ?storey)\\b(?=[^.]{0,60}\\b(?:park|parked|parking|spaces?)\\b)`,
  },
  {
    why: 'watching trains as a pastime: "stood at the level crossing and watched the train go by, my mentee loves trains"',
    pattern: `\\b(?:(?:at|by|on) the (?:level crossing|platform|station|bridge)\\b[^.]{0,40}?\\b)?watch(?:ed|ing)? the trains? (?:go|come|went|going|coming|pass)[a-z]*(?: by| past| through| in)?\\b(?![^.]{0,60}\\b(?:wait|waiting|fast one|next one|step|stepping|jump|jumping|in front|lie|lying|walk out)\\b)|\\b(?:(?:loves?|into|likes?) trains|train ?spotting)\\b(?![^]{0,120}\\b(?:on the (?:tracks?|line|rails)|in front of|last (?:one|train)|step(?:ping)? out|jump|wait(?:ing)? for the (?:fast|express|next))\\b)`,
  },
  {
    why: 'kept away from an edge by a fear of heights: "scared of heights so i didnt go near the edge"',
    pattern: `\\b(?:scared|afraid|terrified|frightened) of heights(?: so)?(?: i)? (?:(?:did not|do not|would not|will not|never|could not) go (?:near|close to|up to|up) the (?:edge|top)|stayed (?:at the bottom|in the car|in the cafe|downstairs|on the ground|below))\\b`,
  },
  {
    why: 'poison and traps for pests: "put rat poison down in the barn"',
    pattern: `(?<!\\b(?:ate|eaten|drank|drunk|swallowed|taken|took)\\b[^.]{0,25})(?:\\b(?:rat|mouse|slug|weed|wasp|ant|rodent|fly) (?:poison|killer|bait|traps?|pellets)\\b|\\bpoison (?:down )?for the (?:rats|mice|slugs|wasps|moles)\\b)(?![^]{0,100}\\b(?:myself|on me|for me|take it|drink it|swallow|eat it|the problem is me|i am the problem|how much)\\b)`,
  },
  {
    why: 'a late night of games or telly, and kills in a game: "up all night on call of duty, got 40 kills"',
    pattern: `\\bup (?:all night|till [0-9a-z]+|late) (?:playing|gaming|watching|binging|reading|partying|dancing|on (?:the )?(?:xbox|playstation|ps[0-9]|switch|call of duty|cod|fortnite|fifa|netflix|tiktok|games?))\\b|\\b[0-9]+ kills\\b`,
  },
  {
    why: 'a scary film or true crime keeping them up: "that true crime doc about the murders, couldnt sleep lol"',
    pattern: `\\b(?:doc|documentary|film|horror|true crime|podcast|scary|ghost story|thriller)\\b[^.]{0,80}\\b(?:could not|can not|cannot) sleep\\b|\\b(?:could not|can not|cannot) sleep after (?:that|the|a|watching|listening to)${gap(4)} ${alt('doc', 'documentary', 'film', 'horror', 'podcast', 'episode', 'thriller', 'true crime')}\\b`,
  },
];

const COMPILED_IDIOMS = [...IDIOMS, ...EVERYDAY_IDIOMS].map((idiom) => ({
  regex: rx(idiom.pattern),
  replacement: ` ${idiom.marker ?? IDIOM_MARK} `,
}));
const REPORTED_SPEECH_REGEX = rx(REPORTED_SPEECH.pattern);
const TOPIC_IDIOMS = [REPORTED_SPEECH, ...IDIOMS, ...EVERYDAY_IDIOMS]
  .filter((idiom) => idiom.topic)
  .map((idiom) => rx(idiom.pattern, ''));

/** True when normalised text talks about risk as a staff topic (a form's question, a training, what to do if a
 * mentee says something): what is left of it is the sender's own words about the topic. */
export function talksAboutRiskAsTopic(normalised: string): boolean {
  return TOPIC_IDIOMS.some((regex) => regex.test(normalised));
}
// Most idioms cannot match a given message at all; the prefilter says which can, in one pass over the text.
const PREFILTER = new RulePrefilter(COMPILED_IDIOMS.map((idiom) => idiom.regex));

/** Replaces idioms with a gap (or a marker) so the risk rules never see them. */
export function removeIdioms(text: string): string {
  let out = unmark(text.replace(REPORTED_SPEECH_REGEX, ' ~ '));
  let open = PREFILTER.open(out);
  COMPILED_IDIOMS.forEach((idiom, index) => {
    if (open[index] === 0) return;
    const replaced = out.replace(idiom.regex, idiom.replacement);
    // A replacement can create text a later idiom matches, so the later ones are re-checked against the new text.
    if (replaced !== out) open = PREFILTER.open(replaced);
    out = replaced;
  });
  return out;
}
