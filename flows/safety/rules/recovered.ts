// A past told as past and well behind them ("5 years ago I tried to end my life. I'm in a really good place now",
// "I used to self harm as a teenager but I haven't in over 10 years", "took an overdose at 17, I'm 40 now"): only
// past reasons, or distress the message places in the past, fired, and the message says plainly that things are well
// now, with nothing said to be coming back. Read as everyday: an intake form's honest history is not a present worry.
import { rx } from './rule.js';
import { alt } from '../vocabulary/pattern.js';
import { COUNT, SHORT_WEEKDAYS, WEEKDAYS } from '../vocabulary/time.js';
import { ORDINARY_ABSENCE } from '../vocabulary/ordinary.js';
import { PAST_IN_SENTENCE } from './negations.js';
import { normalise } from '../normalise.js';
import { talksAboutRiskAsTopic } from './idioms.js';
import { PAST_ONLY } from '../combine.js';
import { MEANS } from '../vocabulary/means.js';
import { MEDS } from '../vocabulary/medicines.js';
import { WEAPON } from '../vocabulary/weapons.js';
import type { SafetyResult } from './lexicon.js';

/** Reasons that speak of the past, or of a low time that the same message says is over. */
const PAST_REASONS = new Set([
  'past-attempt',
  'past-self-harm',
  'past-suicidal-thoughts',
  'past-abuse',
  'past-command-voices',
  'risk-past',
  'relapse-signs',
]);
/** Reasons a past told with a time ("homeless for a year in 2016", "ptsd from the army") also raises: behind them
 * when the message says so, like the past reasons. */
const WITH_PAST = new Set([
  'distress',
  'model-concern',
  'others-at-risk',
  'not-sleeping',
  'not-eating',
  'trauma-or-abuse',
  'abuse-disclosure',
  'voices-worse',
  'stopped-medication',
]);

export const WELL_NOW = rx(
  `\\b${alt(
    '(?:in a|in such a) (?:really |much |very |so much |far )?(?:good|better|great|happy|stable|different) place(?: now)?',
    'doing (?:so |really |much |a lot |loads )?(?:much )?(?:better|well|great)(?: now)?',
    'stable (?:now|for years|these days|since)',
    '(?:and|am|i am|been|now) stable',
    'stable on (?:my |the )?[a-z]+',
    `(?:have not|havent|not) (?:done it |self harmed |harmed myself |had (?:those|them|any) (?:thoughts|urges) )?(?:in|for) (?:over |more than )?${COUNT} years`,
    `(?:been|am|i am|have been) (?:well|fine|ok|okay|settled|free of it|clean|good)(?: for| since)?(?: about| over| nearly| almost| more than)?(?: ${COUNT})? ?(?:years|yrs)`,
    `(?:well|clean|free of it|settled) for (?:about |over |nearly |almost )?(?:${COUNT} )?years`,
    `free (?:of it|from it)(?: ${COUNT} years)?`,
    '(?:been|am|i am|have been) (?:well|fine|ok|okay|settled|stable|good) (?:for|since) (?:a long time|ages|a (?:good )?while|years)',
    `(?:sober|clean|dry) (?:for )?(?:about |over |nearly |almost )?(?:${COUNT} )?(?:years|yrs)`,
    'these days i am (?:really |very )?(?:settled|happy|content|well|fine|ok|okay|good)',
    '(?:much|loads|a lot|so much|far|way) better now',
    'i am (?:really |very )?well(?: now| these days)',
    'i am (?:fine|ok|okay|good|better) now',
    'but i am (?:really |very )?well',
    'now i (?:run|lead|help (?:run|with)|volunteer|facilitate|co run|work)',
    'recovered',
    'well now',
    'living independently',
    'on the other side of it',
    '(?:on )?a different path',
    '(?:feels like|i am|was) a different person',
    '(?:things are|life is|lifes|everything is|everythings|it is all) (?:very |so |really |completely |totally )?different now',
    '(?<!not )proud of (?:it|that)',
    'part of my story',
    'how far i have come',
    '(?:clean|free) (?:from|of) self harm',
    'out the other side',
    '(?<!not )proud of (?:where i am|myself|how far)',
    'had (?:lots of|loads of|a lot of|years of) (?:therapy|help|support)',
    '(?:therapy|dbt|cbt|treatment|the group|medication|clozapine) (?:helped|changed everything|really helped)',
    'helped (?:massively|loads|a lot|hugely)',
    'changed everything',
    'got help and',
    'done the therapy',
    '(?:she is|he is|they are|we are) (?:fine|ok|okay|well) now',
    '(?:she is|he is|they are) fine',
    'doing (?:ok|okay|alright|fine) now',
    'been doing (?:ok|okay|alright|fine|well)',
    'manage (?:ok|okay|fine|well)',
    'want to (?:mentor|give back|help others|give something back|be a mentor)',
    'to give something back',
    'ready to help others',
    'i (?:do not|dont) any ?more',
    'not for a long time',
    '(?:mostly |long |all )?(?:faded|gone quiet|mostly gone|long gone)',
    '(?:tattoo|tattoos) (?:covers?|covering|over) (?:my |the )?(?:old )?scars',
    'out of services',
    'on good terms with life',
    'life is (?:really |so )?(?:good|great|grand|lovely)',
    'can talk about it',
    'learnt (?:my|the) (?:early )?warning signs',
    'last (?:crisis|episode|admission|attempt|relapse|breakdown) was (?:over |about |nearly )?[a-z0-9]+ (?:years|yrs) ago',
    '(?:got|have got|have|had) (?:a |my own |my )?(?:council )?(?:flat|house|place|home)(?: in [a-z]+)? (?:now|for|[0-9]+ years)',
    'no current (?:risk|concerns?|issues)',
    'nothing current',
    'no concerns',
    'in a (?:safe|happy|good|loving|stable) relationship',
    'pay it forward',
    '(?:saved|changed) (?:me|my life)',
    '(?:would|d) like to (?:help others|help other people|give (?:something )?back|be a (?:peer )?mentor|mentor)',
    'can i (?:be|become) a (?:peer )?mentor',
    'i (?:run|lead|help run|facilitate|co run) (?:a|the) [a-z ]{0,20}group',
    '(?:that )?chapter is closed',
    '(?:long )?behind me',
    '(?:ok|okay|fine|able) to talk about it',
    'clear of (?:it|all that|that|them) for',
    '(?:been|have been|i have been) (?:well|fine|ok|okay|stable) since',
    // Found by dev-28 and dev-29: the plain ways of saying it is over.
    '(?:mostly |all |long )?(?:quiet|gone|stopped|over) now',
    '(?:that|it|they|the voices|the self harm) (?:stopped|ended|went away|calmed down)',
    '(?:not|never) (?:done it|done that|had it|felt like that) (?:in|for|since) (?:years|ages|a long time|[0-9]+)',
    '(?:do not|dont) feel (?:that way|like that) any ?more',
    '(?:long|well and truly) over',
    // Found by dev-31 (tenth round): stable since, long ago now, hardly ever now.
    '(?:stable|settled|well) (?:on [a-z]+ )?since (?:then|[0-9]{4})',
    '(?:a )?long time ago now',
    '(?:now|these days) (?:it is |i get it |i hear them )?(?:hardly|barely) ever',
    '(?:hardly|barely) ever now',
    '(?:the )?(?:meds|medication|tablets|clozapine|injection) (?:sorted|stopped|fixed) (?:that|it|them)',
    '(?:been )?out of my life (?:since|for)',
    '(?:housed|settled|happy|content) (?:and (?:happy|settled) )?now',
    'doing (?:better|ok|okay|alright|well|good) now',
    '(?:do not|dont|does not|doesnt) bother me (?:now|any ?more)',
    'slowly rebuilding',
    '(?:helped|helpful) (?:me )?(?:mostly|a lot)',
    'i am [0-9]+ now and (?:doing|feeling|in a) (?:ok|okay|alright|fine|well|good|great|better|much better)',
    'no action needed',
    'no concerns today',
    'is well now',
    '(?:she is|he is|they are) (?:settled|safe|thriving|well)',
  )}\\b`,
  '',
);

/** Coming back, now or soon: the past is not behind them. */
export const RETURNING = rx(
  `\\b${alt('again', 'started', '(?<!give |give something |give a bit |give it |pay it |come |bounce |fight |got my kids |got them )back(?! in [0-9]| when| then| in the day| in the (?:summer|spring|winter|autumn)| on the (?:tractor|bike|horse)| walking| at (?:work|college|uni)| to (?:work|college|uni|the gym|school|normal))', 'relaps(?:e|ed|es|ing)(?! signature| plan| prevention)', 'lately', 'recently', 'last night', 'yesterday', 'this morning', 'earlier today', '(?:an|a few) (?:hours?|minutes?) ago', 'this week', '(?<!(?:well|stable|fine|good|ok|life|happy) )these days(?! i am (?:really |very )?(?:settled|happy|content|well|fine|ok|okay|good))', 'creeping', '(?<!(?:who are|who is|people|others) )struggling', 'worried', 'scared', 'thinking about', 'not coping', '(?<!without )falling apart', 'can not cope', 'cannot cope', 'hopeless', 'keep thinking', 'still (?:feel|get|have|struggle|think|hear|want|messes|affects|haunts|gets to|bothers)', 'getting (?:worse|louder|bad|harder)', '(?:coming|come) (?:on|back)', '(?:stopped|stopping) (?:my|taking)', 'lost (?:it|the plot|control|my way|hope|my grip|everything)', 'wobbly', 'not ready', 'do not know')}\\b`,
  '',
);

/** A past told without a date: a span told as over ("i heard voices for years"), or a trauma with its past cause
 * ("ptsd from the army", "trauma from my childhood"). */
export const TOLD_PAST = rx(
  `\\b(?:i|we) (?:heard|had|was|were|did|spent)\\b[^.]{0,40}\\bfor (?:years|ages|a long time)\\b|\\b(?:ptsd|trauma) from (?:the|my|a|an)\\b`,
  '',
);

/** Everyday, when only past reasons fired (or distress in a message told in the past tense: "in 2016", "used to") and
 * the message says plainly that things are well now. */
export function pastWellBehind(result: SafetyResult, canonical: string): boolean {
  if (result.level !== 'concern') return false;
  const lexical = result.reasons.filter((r) => !r.startsWith('model:'));
  const toldPast = PAST_IN_SENTENCE.test(canonical) || TOLD_PAST.test(canonical);
  if (!lexical.some((r) => PAST_REASONS.has(r)) && !toldPast) return false;
  if (!lexical.every((r) => PAST_REASONS.has(r) || WITH_PAST.has(r))) return false;
  return lastUnturned(WELL_NOW, canonical) && !RETURNING.test(canonical);
}

/** A turn after the good news ("i'm in a good place now but…") takes it back. */
const CONTRAST = rx(`\\b${alt('but', 'though', 'although', 'except', 'however', 'apart from', 'until')}\\b`, '');

/** Plainly everyday and in good heart: a catch, a sorted errand, a clear-out that feels great, someone fine now. */
export const GOOD_HEART = rx(
  `\\b${alt(
    'feels? (?:great|amazing|good|lovely|brilliant)',
    '(?<!not )proud of',
    'ha(?:ha)+',
    'love (?:the|my) job',
    'caught (?:[0-9]+|a|two|three) [a-z]+',
    '(?:got it|got them|all|it is|it was|got that) sorted',
    'sorted (?:it|them) (?:out)?',
    'took them back',
    '(?:she is|he is|they are|we are) (?:fine|ok|okay|close)',
    'doing (?:ok|okay|alright|well|fine)',
    'we laugh(?:ed)? about it',
    'laughed',
    'good days and bad days',
  )}\\b`,
  '',
);

/** Everyday, when only the word model raised it to concern and the message is plainly in good heart. */
export function learnedConcernInGoodHeart(result: SafetyResult, canonical: string): boolean {
  if (result.level !== 'concern') return false;
  return result.reasons.every((r) => r.startsWith('model')) && GOOD_HEART.test(canonical);
}

/** Medicines talked about as logistics: a switch or a taper the doctor planned, a dose asked about, tablets left
 * somewhere and found. */
const MEDICINE_LOGISTICS = rx(
  `\\b${alt(
    'switch(?:ing)? me',
    'come off (?:the |my )?[a-z]+ slowly',
    'slowly over [0-9]+ (?:weeks|months)',
    '(?:max|maximum|what) (?:is the )?dose',
    'dose of my',
    'left my (?:tablets|meds|pills) at',
    'found (?:them|my tablets|my meds)',
    'panic over',
    'reduce (?:my|the) dose',
    'taper[a-z]*',
    '(?:say|mention|tell [a-z]+|said|put down) (?:that )?i am on',
    'i am on (?:methadone|subutex|buprenorphine|a script)',
    'knocks? me out (?:till|until|for|at|by)',
    'makes? me (?:sleepy|drowsy|groggy|tired)',
  )}\\b`,
  '',
);

/** Taking, hoarding or a time: then it is not logistics. */
const TAKING = rx(
  `\\b${alt('took', 'taken', 'swallowed', 'all of', 'whole', 'enough', 'tonight', 'the lot', 'saving', 'stockpil[a-z]*')}`,
  '',
);

/** Everyday, when only the word model raised it and the message talks about medicines as logistics. */
export function learnedOnMedicineLogistics(result: SafetyResult, canonical: string): boolean {
  if (result.level === 'none' || !result.reasons.every((r) => r.startsWith('model'))) return false;
  return MEDICINE_LOGISTICS.test(canonical) && !TAKING.test(canonical);
}

/** Not being around for a while with an ordinary reason for it in the same sentence, as the finality rules accept
 * ("won't be around next weekend, visiting my sister"); "can't make coffee on friday. won't be here" is not one. */
const AWAY_FOR_A_REASON = rx(
  `\\b(?:will not|not going to|shall not) be ${alt('around', 'about')}\\b[^.]{0,40}?${ORDINARY_ABSENCE}`,
  '',
);

/** The absence stretched past its reason: "not going to be around for the thing on thursday. or anything. sorry x". */
const BEYOND_THE_REASON = rx(
  `\\b${alt('or anything', 'or ever', 'or after', 'or any (?:of it|more)', 'anything else', 'ever again', 'any more', 'anymore', 'for good', 'after that')}\\b`,
  '',
);

/** Everyday, when only the word model raised it and the absence comes with its ordinary reason: the rules read it as
 * a diary note, and so does this. */
export function learnedOnOrdinaryAbsence(result: SafetyResult, canonical: string): boolean {
  if (result.level === 'none' || !result.reasons.every((r) => r.startsWith('model'))) return false;
  return AWAY_FOR_A_REASON.test(canonical) && !BEYOND_THE_REASON.test(canonical);
}

/** Everyday, when only the word model raised it and the message talks about risk as a staff topic ("what do i say if
 * a mentee tells me they're suicidal? just want to be prepared"): the model reads the words left around the topic. */
export function learnedOnRiskAsTopic(result: SafetyResult, text: string): boolean {
  if (result.level === 'none' || !result.reasons.every((r) => r.startsWith('model'))) return false;
  // A means, a place or a final word in what is left is the sender's own ("asking for me really… I'm the one with
  // the rope in the car"), not the topic's.
  if (result.reasons.some((r) => /^model:@(?:means|place|final)/.test(r))) return false;
  // The topic patterns read the text before idioms are removed; normalised only here, for the few the model raised.
  return talksAboutRiskAsTopic(normalise(text, true));
}

/** A turn from then to now: "until tonight", "this time", "it's back", "started again", "here I am again". */
const TURNS = rx(
  `\\b${alt(
    '(?:until|till|til) (?:tonight|today|now)',
    'this time(?! (?:last|next) (?:year|month|week))',
    '(?:it is|its|they are|it has come|they have come) back',
    '(?:started|starting|doing it|at it|back to it|back there|there) again',
    '(?:here i am|i am|now) again',
    'again (?:now|tonight|today)',
    'right now',
    'tonight',
    'starting now',
  )}\\b`,
  'g',
);

/** What is done or about to be done, near the turn: means, a weapon, medicines, or the act itself. */
const ACT = rx(
  `\\b(?:${MEANS}|${WEAPON}|${MEDS}|${alt(
    'do it',
    'doing it',
    'go through with it',
    'let go',
    'end it',
    'finish (?:it|the job)',
    '(?:no one|nobody) (?:finds|will find|can find) me',
    '(?:taken|took|swallowed|had) (?:another|more|them|it|the lot|one|some)',
    'going in',
    'jump',
    'hang',
    'cut',
    'overdose',
    'the stuff',
    'kill myself',
    'die',
    'deeper',
    '(?:mess|muck|cock) it up',
  )})\\b`,
  '',
);

/** How far before and after the turn the act may be told. */
const BEFORE_TURN = 80;
const AFTER_TURN = 150;

/**
 * The past told, then the turn to now with an act beside it ("I took an overdose at 21 but I've been well for
 * years. Until tonight. I've just taken another one", "back at 19 I cut my wrists and got found. I've locked the door
 * this time so no one finds me"): urgent. A past-only reason keeps the learned layers from raising a message, so
 * without this the present act beside an old one would be read as history.
 */
export function pastTurnedNow(result: SafetyResult, canonical: string): boolean {
  if (result.level === 'urgent') return false;
  if (!result.reasons.some((r) => PAST_ONLY.has(r))) return false;
  for (const turn of canonical.matchAll(TURNS)) {
    const at = turn.index ?? 0;
    const near = canonical.slice(Math.max(0, at - BEFORE_TURN), at + turn[0].length + AFTER_TURN);
    if (ACT.test(near)) return true;
  }
  return false;
}

/** A life told as going on well, in its own words: the one they write about fine, plans made, good wishes sent
 * ("she's fine just grumpy"; "Anyway see you Tuesday"; "hope you're keeping well love"). Not a bare "i'm fine" or
 * "all good now": after distress that is the commonest turn away from it (context-dev-e, -f, context-train-ab). Older people's news (a funeral, a pet put to sleep, a farm sold) and staff notes are full of the words of
 * loss, which the learned layers read as risk (dev-41, dev-42). */
const LIFE_GOING_ON = rx(
  `\\b${alt(
    '(?:i am|i m|we are|we re) (?:doing (?:well|really well|great|brilliantly))',
    'all is well',
    'all s well',
    '(?:she is|he is|they are|shes|hes|theyre) (?:fine|comfortable|thrilled|relieved|in good spirits|bright as a button|doing (?:well|ok|okay|fine|really well|great|brilliantly)|much (?:better|less [a-z]+))',
    'in good spirits',
    'life goes on',
    'hope (?:you are|youre|you re|all is|everyone is) (?:well|keeping well|dry|ok|okay|good)',
    `see you (?:on )?(?:${alt(...WEEKDAYS)}|next week|then|soon|there)`,
    `(?:${alt(...WEEKDAYS)}|that|it) suits`,
    'have a (?:nice|lovely|good|great) (?:day|weekend|week|evening)',
    'thank you for (?:nagging|telling me about|the number)',
    'made (?:us|me) laugh',
    '(?<!not )proud of (?:him|her|them|myself)',
  )}\\b`,
  '',
);

/** Plans made with other people and everyday questions, as the newest text of a conversation writes them ("see you
 * thurs for the walk", "coffee sat?", "ill bring you a tub to the group", "anyone know if bleach gets it off tiles",
 * "will msg when home"): a life going on, said in few words. Not "can we do this another time", which after a
 * goodbye is a way out of the conversation (context-train-ab). */
const PLANS_WITH_OTHERS = rx(
  `\\b${alt(
    `see (?:you|u|ya|yous) (?:on |at |for |outside |in |after )?(?:${alt(...WEEKDAYS, ...SHORT_WEEKDAYS)}|tomorrow|next (?:week|month|time)|then|there|at (?:the )?(?:group|club|session|drop in|cafe)|(?:at )?[0-9]{1,2}(?: ?[0-9]{2})? ?(?:am|pm|ish|o clock))`,
    `(?:coffee|cuppa|lunch|meet up) (?:on |this |next )?(?:${alt(...WEEKDAYS, ...SHORT_WEEKDAYS)})`,
    '(?:i ll|ill|i will|we ll|we will) (?:bring|send|save|drop|pop|show) (?:you|u|some|a|the|pics|photos|it|them|round)',
    'will (?:msg|message|text|ring|call|send pics|send photos) (?:you |u )?(?:when|later|tomorrow|after|once)',
    `(?:ring|call|text|msg|message) me (?:the week after|next week|tomorrow|on (?:${alt(...WEEKDAYS, ...SHORT_WEEKDAYS)})|after|when you)`,
    'any ?(?:one|body) (?:know|tried|recommend|got)',
    'do (?:any ?(?:one|body)|any of you|you) know (?:if|how|where|what|a good)',
    'what (?:film|book|are you|r u|u|you) (?:watching|reading|seeing|up to|doing (?:this|at the) weekend)',
    'fingers crossed',
    'bring (?:a bag|tissues|a coat|your (?:wellies|brolly|appetite))',
  )}\\b`,
  '',
);

/** News told as good at the end of a long message ("Panic over", "all clear", "Will keep you posted", "photos to
 * follow", "both fine now", "worth every penny"): older people's and mentees' news full of the words of loss and
 * danger (dev-44 to dev-48). Not "how are you" (a question quoted back: "'how are you feeling today' — calm
 * actually…", scenes-dev), and "worth it" only where "not" does not come before it ("not worth it"). */
const NEWS_TOLD_WELL = rx(
  `\\b${alt(
    'panic over',
    '(?:all|an all) clear',
    '(?:results?|scan|test|biopsy|lump|tumour|it) (?:was|were|is|came back|s) (?:benign|all clear|clear|negative|a cyst)',
    '(?:will|ll) keep (?:you|u|everyone) posted',
    '(?:photos|pics|pictures) (?:to follow|soon|coming|later)',
    'come (?:along )?if you (?:can|fancy|like)',
    '(?:anyway|so) (?:that s|thats|that is) my news',
    'best news',
    // Found by dev-47 and dev-48 (eighteenth round): a fright or a row told to its end, everyone fine.
    '(?:we are|we re|we were|both|all|everyone is|everyones|both of us are) (?:both )?(?:fine|ok|okay|alright|safe|good) now',
    'both (?:alive|fine|ok|okay|well|safe)(?: and well)?',
    'forgiven (?:him|her|them|it)',
    'tired but (?:good|happy|ok|okay|content|proud|worth it)',
    '(?<!not (?:really |even )?)(?:so |well |totally |definitely )?worth (?:it|every (?:penny|minute|crumb|second|bit))',
    'will let (?:you|u) know how (?:it|i|that) (?:goes|get on|gets on)',
    '(?:treated|treating|treat) myself',
    '(?:that s|thats|that is) (?:farming|family|kids|life|parenting) (?:life )?for (?:you|ya)',
    'families eh',
    // Found by dev-49 (nineteenth round): older people's news told to a good end (a sale, a fall, a funeral, a scare).
    'on the mend',
    'went (?:very |so )?peacefully',
    '(?:a|such a) (?:good|lovely|grand) (?:long )?(?:life|innings)',
    'had a (?:good|lovely|grand|great|smashing|cracking) day',
    'celebrated with',
    'never a dull (?:day|moment)',
    'wish me luck',
    '(?:which|that|it) was a (?:relief|result)',
    '(?:no one|nobody|noone) (?:got |was |were )?(?:hurt|injured)',
    '(?:it was |its |it s )?(?:nobody s|nobodys|no one s) fault',
    '(?:she is|he is|they are|shes|hes|theyre) (?:back )?home now',
  )}\\b`,
  '',
);

/** A staff note that records the risk as assessed and none ("Current risk: none", "No concerns", "recording for
 * completeness only"). */
const NO_RISK_RECORDED = rx(
  `\\b${alt(
    'no (?:current |immediate |identified |new |further |other )?(?:risks?|concerns?|safeguarding (?:concerns?|issues?))(?: (?:identified|raised|noted|at present|today|from me))?',
    '(?:current |present )?risk(?: level)?(?: is)?(?: assessed as)? (?:none|low)',
    'nothing of concern',
    '(?:recording|recorded|noting|noted) (?:this |it )?for completeness',
    'for completeness only',
    'continue as (?:planned|before|usual)',
    'not commanding',
  )}\\b`,
  '',
);

/** How many words canonical text has (its sentence marks and stray signs are not words). */
export const wordsIn = (canonical: string): number => canonical.split(' ').filter((w) => /[a-z]/.test(w)).length;

/** How many words a message must have to be read as news of a life going on. */
const NEWS_WORDS = 25;

/** An ending said beside it: a calm that is a decision, a goodbye, affairs in order. */
const ENDING = rx(
  `\\b${alt(
    'good ?bye',
    'farewell',
    'for everything',
    'love you all',
    'look after (?:him|her|them|my|the|yourself|yourselves|each other)',
    'take care of (?:yourself|yourselves|each other|him|her|them|my)',
    '(?:do not|dont|don t) worry about me',
    'forget i said',
    'at peace',
    'no more',
    'forever',
    '(?:not|never|will not|wont|won t) be (?:here|around)',
    'if (?:i am|i m|im) (?:still )?(?:here|around|alive)',
    '(?:all|everything|its all|it is all) (?:sorted|in order|ready|done)',
    'decided',
    'the end',
    'letters?',
    'a note',
    'tonight',
    'last time',
    'one last',
    'final',
    'better off',
    'without me',
  )}\\b`,
  '',
);

/** Whether `cue` is in `canonical` with no turn ("but…") after its last match: "i'm in a good place now but…" takes it
 * back. */
export function lastUnturned(cue: RegExp, canonical: string): boolean {
  const all = new RegExp(cue.source, 'g');
  let last = -1;
  for (let m = all.exec(canonical); m !== null; m = all.exec(canonical)) last = m.index + m[0].length;
  return last >= 0 && !CONTRAST.test(canonical.slice(last));
}

/** No rule found anything (only the word model, if anything, raised it), the word model was not led by means, a
 * place or finality, and no ending is said: where a life told as going on may count. */
function learnedAloneWithoutEnding(result: SafetyResult, canonical: string): boolean {
  if (!result.reasons.every((r) => r.startsWith('model'))) return false;
  return !result.reasons.some((r) => /^model:@(?:means|place|final)/.test(r)) && !ENDING.test(canonical);
}

/**
 * Everyday, when no rule found anything (only the word model, if anything, raised it) and the message tells a life
 * going on well or records a risk assessed as none, with no turn after it and no ending beside it: no learned layer,
 * the sentence model included, may raise it.
 */
export function learnedOnLifeGoingOn(result: SafetyResult, canonical: string): boolean {
  // A short "im fine now" after distress is the commonest turn away from it: only news told at length counts.
  if (wordsIn(canonical) < NEWS_WORDS) return false;
  if (!learnedAloneWithoutEnding(result, canonical)) return false;
  return [LIFE_GOING_ON, PLANS_WITH_OTHERS, NEWS_TOLD_WELL, NO_RISK_RECORDED].some((cue) =>
    lastUnturned(cue, canonical),
  );
}

/**
 * A newest text that goes on with life, when no rule found anything in it: a plan made with others, an everyday
 * question, good wishes, with no ending beside it and no turn after it. In a conversation it means an alarming text
 * before has been left behind in everyday words (context/everyday.ts); no learned layer may then raise the
 * conversation. The rules' own pictures and a danger still standing are read first and are never lowered by it.
 */
export function goesOnWithLife(result: SafetyResult, canonical: string): boolean {
  if (result.level === 'urgent' || !learnedAloneWithoutEnding(result, canonical)) return false;
  return lastUnturned(PLANS_WITH_OTHERS, canonical) || lastUnturned(LIFE_GOING_ON, canonical);
}
