// Whose risk, and when: a sentence that tells of risk in someone else's past ("my uncle killed himself when i was a
// kid", "a friend told me she'd had thoughts of suicide at uni"), in a story ("a character in my book club novel
// overdoses in chapter 3", "the song lyrics are all about wanting to die") or in a question about what the service
// would do if someone else said it ("hypothetically, if someone texted saying they wanted to die, what happens?") is
// not the sender's own risk now. Such a sentence is taken out of the text the rules and the word model read, as an
// idiom is (idioms.ts), unless it also speaks of the sender ("myself", "i want", "i can't") or of now ("tonight",
// "right now", "she's not breathing", "what do i do"): someone else in danger now is still read, and so is a story
// the sender ties to themselves. Sentences are the canonical text's own (split at " . ").

import { alt } from '../vocabulary/pattern.js';
import { rx } from './rule.js';

/** Someone the sender is not close to, or supports, or has only heard of: their past is not the sender's loss. A
 * death or crisis of the sender's own family or friends is left to the rules (bereaved by suicide is a worry the
 * team should hear of). */
const SOMEONE_ELSE = rx(
  `\\b(?:${alt(
    '(?:a|the|one of (?:my|our|the)|his|her|their) (?:(?:young|old|older) )?' +
      alt(
        'lad',
        'girl',
        'woman',
        'man',
        'guy',
        'bloke',
        'mentees?',
        'clients?',
        'patients?',
        'service users?',
        'characters?',
        'classmates?',
      ),
    '(?:my|our|a|the|her|his|their) (?:[a-z]+ )?mentees?',
    '(?:his|her|their) (?:mum|dad|mother|father|brother|sister|son|daughter|husband|wife|partner|friend|cousin|uncle|aunt|auntie|nan|gran|grandad|grandma)',
    'a friend of (?:mine|ours|a friend)',
    'my friends? (?:little |big |older |younger )?(?:brother|sister|son|daughter|dad|mum)',
    '(?:someone|somebody|a person|people) (?:i|we) (?:know|knew|work with|met)',
    'someone',
    'somebody',
    '(?:^ |\\. )mentees?',
    'mentees',
  )})\\b`,
  '',
);

/** A story, a show or a song: the risk belongs to its people. */
const STORY = rx(
  `\\b${alt(
    'films?',
    'movies?',
    'series',
    'episodes? of',
    'storylines?',
    'soaps?',
    'novels?',
    'book club',
    'in the book',
    'poems?',
    'poetry',
    'songs?',
    'lyrics',
    'in chapter',
    'chapter [0-9]+',
    'characters?',
    'documentar(?:y|ies)',
    'drama',
    'podcasts?',
    'the crown',
    'eastenders',
    'hollyoaks',
    'coronation street',
    'corrie',
    'emmerdale',
    'casualty',
    'netflix',
    'on (?:the )?(?:telly|tv)',
    'musical',
    '(?:the|a|that) play (?:we|i|at|in|about)',
    'opera',
    'horror',
    'thriller',
  )}\\b`,
  '',
);

/** Someone else's risk told as past: a time gone, or a verb of a death or crisis that is over. */
const THEN = rx(
  `\\b${alt(
    'ago',
    'last (?:year|month|week|summer|winter|spring|autumn|christmas)',
    'past (?:suicidal|self harm|attempts?|overdoses?|thoughts|episodes?|crisis|crises|history)',
    'in (?:19|20)[0-9]{2}',
    'back in',
    'years back',
    'when (?:i|he|she|they|we) (?:was|were)',
    'as a (?:kid|child|teenager)',
    'at (?:uni|university|school|college)',
    'died',
    'passed',
    'lost (?:my|our|him|her|them)',
    'took (?:his|her|their) (?:own )?life',
    'killed (?:himself|herself|themselves)',
    'had (?:had )?(?:thoughts|a breakdown|an overdose)',
    'used to',
    'the other day',
  )}\\b`,
  '',
);

/** A question about what would happen if someone else said it, or a training's or a leaflet's example. */
const WHAT_IF = rx(
  `\\b${alt(
    'hypothetically',
    'what (?:would|should|do|does|will) (?:happen|(?:i|we|you|they|a mentor) (?:do|say))',
    'what if (?:someone|somebody|a|my|one of)',
    'if (?:someone|somebody|a mentee|one of (?:my|our|the) mentees|a person|a client)(?: [a-z]+)? (?:says|said|texts|texted|tells|told|mentions|mentioned|discloses|disclosed|wants|wanted|is|was|were|feels|felt|talks|talked)',
    'if you were a (?:mentee|client|person)',
    'even if (?:they|he|she) (?:are|is|were|was)',
    'how do (?:you|we|i) (?:handle|respond|deal|cope|reply|react)',
    'when (?:someone|somebody|a mentee|a person) (?:says|tells|texts|mentions|discloses)',
    'asking for (?:the|a|our) (?:training|leaflet|session|pack|course|new starters?)',
    'role ?play',
    'for the (?:training|leaflet|induction|new starters?)',
  )}\\b`,
  '',
);

/** The sender's own risk or feeling in the same sentence: the sentence is theirs too. */
const SELF = rx(
  `\\b${alt(
    'myself',
    'my (?:own )?life',
    'me (?:too|as well)',
    'same (?:as|way|thing)',
    'like (?:he|she|they) did',
    'join (?:him|her|them)',
    'be with (?:him|her|them)',
    'i (?:want|wanna|wish|am going|am gonna|will|plan|need(?! to know)|could|might|feel|felt like|keep|cannot|can not|do not want|think about|have been thinking|am thinking|have thought|have stopped|have (?:got|taken|bought|written))',
    'the (?:pills|tablets|rope) (?:are|is) (?:in|on|here|ready)',
    'i am (?:not ok|not okay|scared|struggling|the one|in)',
    '(?:about|to|at|for) me',
    'me (?:messages|signs|a sign)',
    'not coping',
    'coming back',
    'never (?:really )?got over',
  )}\\b`,
  '',
);

/** Danger now, whoever it is: a message that says it is always read whole. */
const NOW = rx(
  `\\b${alt(
    'right now',
    'just now',
    'tonight',
    '(?:an?|one|two|three|few|[0-9]+) (?:hours?|hrs?|minutes?|mins?) ago',
    'not (?:breathing|waking|responding|answering|moving)',
    'unconscious',
    'what do i do',
    'help',
    'on (?:the|a) (?:bridge|roof|ledge|edge|line|tracks)',
    'threatening',
  )}\\b`,
  '',
);

/** A present or a future: someone else's risk told with it may be theirs now ("she's going to", "he's at it again"),
 * so it is read; a story or a question about what would happen carries its own. */
const SOON = rx(
  `\\b${alt('todays?', 'this (?:morning|afternoon|evening)', 'going to', 'gonna', 'about to', 'still', 'again')}\\b`,
  '',
);

/** Words of risk: a sentence without them is left alone (taking it out would only change what the model reads). */
const RISK = rx(
  `\\b${alt(
    'die',
    'dies',
    'dying',
    'died',
    'dead',
    'death',
    'suicid[a-z]*',
    'kil[a-z]*',
    'overdos[a-z]*',
    'od',
    'self harm[a-z]*',
    'harm',
    'hurt',
    'cut[a-z]*',
    'drown[a-z]*',
    'jump[a-z]*',
    'hang[a-z]*',
    'breakdown',
    'relaps[a-z]*',
    'crisis',
    'blood',
    'end (?:it|it all|their life|his life|her life|things)',
    '(?:own|their|his|her) life',
    'the sea',
    'the river',
    'bridge',
    'rope',
    'pills',
    'tablets',
    'in a bad way',
    'bereavementmarker',
  )}\\b`,
  '',
);

/** A sentence longer than this is a run of clauses ("lost my job, then my nan died, … and i'm going up the tor"): its
 * parts may belong to different people, so it is never taken out whole. */
const MAX_WORDS = 30;

/** Someone's distress now in the same sentence ("he's been drinking heavily since his mum died and feels empty"):
 * the past in it is the cause, not the story, so the sentence is read. */
const DISTRESS_NOW = rx(
  `\\b${alt(
    '(?:he|she|they|i) (?:feels?|is feeling|are feeling|am feeling) (?:so |really |very )?(?:empty|low|awful|hopeless|numb|worthless|alone|lost|unsafe|suicidal|worse)',
    'drinking (?:heavily|a lot|every day|again)',
    'not coping',
    'struggling',
    '(?:has|have|s) been (?:low|struggling|drinking|crying|isolating)',
  )}\\b`,
  '',
);

const told = (sentence: string, soon: boolean): boolean =>
  !DISTRESS_NOW.test(sentence) &&
  sentence.split(' ').length <= MAX_WORDS + 2 &&
  RISK.test(sentence) &&
  (STORY.test(sentence) ||
    (WHAT_IF.test(sentence) && SOMEONE_ELSE.test(sentence)) ||
    (!soon && SOMEONE_ELSE.test(sentence) && THEN.test(sentence)));

/** The canonical text with every sentence that tells of someone else's risk then, or of a story's, taken out; nothing
 * is taken from a message that speaks anywhere of the sender's own risk or of danger now ("that film where she walks
 * into the sea. i'm going to do that tonight"): its sentences lean on each other. */
export function removeOthersRisk(canonical: string): string {
  if (!STORY.test(canonical) && !SOMEONE_ELSE.test(canonical)) return canonical;
  if (SELF.test(canonical) || NOW.test(canonical)) return canonical;
  const soon = SOON.test(canonical);
  let changed = false;
  const sentences = canonical.split(' . ').map((sentence) => {
    if (!told(sentence, soon)) return sentence;
    changed = true;
    return ' ~ ';
  });
  return changed ? sentences.join(' . ').replace(/ +/g, ' ') : canonical;
}
