// Urgent rules for finality without a risk word (blind-3 and blind-4 misses): not being here in the future, no longer
// being a burden, farewells pieced from "sorry", "love you" and "bye", a decision made, the one thing stopping them.
// Everyday senses are guarded by `unless` (an ordinary reason elsewhere in the message) or by a lookahead.

import type { Rule } from './rule.js';
import { alt, gap } from '../vocabulary/pattern.js';
import { ORDINARY_ABSENCE, ORDINARY_PLAN } from '../vocabulary/ordinary.js';
import { WEEKDAYS } from '../vocabulary/time.js';
import { DANGER_PLACE, LOCAL_DANGER_PLACES } from '../vocabulary/places.js';

const NOT_FUTURE = alt(
  'will not',
  'not going to',
  'will no longer',
  'may not',
  'might not',
  'probably will not',
  'i will not',
);
const PRESENT_HERE = alt('here', 'around', 'alive', 'about', 'in this world', 'on this earth', 'breathing');
const SOON = alt(
  'much longer',
  'for (?:much )?longer',
  'long',
  'by then',
  'by (?:the )?(?:morning|weekend|christmas|next week|tomorrow|new year)',
  'for (?:christmas|my birthday|new year|the new year|next year|the summer|much more)',
  'at christmas',
  'after (?:tonight|today|this week|this weekend)',
  'anymore',
  'any more',
  'soon',
  'next (?:week|month|year)',
  'to see',
  'when',
  'after that',
);

export const FINALITY_RULES: readonly Rule[] = [
  // Goodbyes to places, in deeds: "been saying bye to all my favourite places", "going round saying goodbye to the
  // places i love". Not a holiday's last day ("saying bye to the beach till next year").
  {
    id: 'farewell',
    gate: ['bye', 'goodbye', 'farewell'],
    level: 'urgent',
    pattern: `\\b(?:saying|said|say|been saying|going round saying|visiting (?:them|places) to say) (?:good ?)?(?:bye|goodbye|farewell|my goodbyes) to (?:all )?(?:my |the )?(?:favourite|old|special) (?:places|spots|walks)\\b`,
    unless: `\\b${alt('till next', 'until next', 'holiday', 'moving', 'move', 'emigrat[a-z]*', 'new job', 'uni', 'see you (?:next|soon|in)', 'back in')}\\b`,
  },
  // Where the dead are said to go, for themselves and soon: "im going to a better place soon", "moving to a better place
  // x". Not someone who has died ("nan is in a better place now"), nor a home or a job that is better.
  {
    id: 'farewell',
    gate: ['better'],
    level: 'urgent',
    negatable: true,
    pattern: `\\b(?:(?:going|gonna|moving|heading|off|ready to go|time to go|i will go|il go) to|(?:i will|il|i am going to|going to|gonna) be in) (?:a|the) better place\\b(?= ?\\.| ?$| soon| tonight| now| x| forever| for good| where| at last)`,
    unless: `\\b${alt('house', 'flat', 'home', 'area', 'job', 'school', 'ward', 'team', 'landlord', 'council', 'rent', 'garden', 'neighbours', 'bungalow', 'mentally', 'headspace', 'in my head')}\\b`,
  },
  // "won't be here by then", "not going to be around for christmas", "won't be around much longer".
  {
    id: 'absence-future',
    gate: ['here', 'around', 'alive', 'about', 'world', 'earth', 'breathing'],
    level: 'urgent',
    negatable: false,
    pattern: `\\b${NOT_FUTURE} (?:be )?(?:still )?${PRESENT_HERE}(?: ${SOON}\\b| for (?:it|that|them|you)\\b|(?= \\.| $))`,
    unless: ORDINARY_ABSENCE,
  },
  {
    id: 'absence-future',
    gate: ['see'],
    level: 'urgent',
    pattern: `\\b(?:cannot|can not|do not|could not) (?:really )?see (?:myself|me|my self) ${alt('being alive', 'being here', 'being around', 'making it', 'getting to', 'lasting', 'reaching', 'seeing', 'surviving', 'still here', 'alive', 'here')}\\b(?! ${alt('on time', 'in time', 'in (?:this|that) (?:job|house|flat|town|city|area)', 'in \\d+ years')})`,
  },
  {
    id: 'absence-future',
    gate: ['see', 'make'],
    level: 'urgent',
    pattern: `\\b${alt('will not', 'never', 'not going to', 'do not think i will', 'doubt i will')} (?:make it to|see|live to see|get to see) ${alt('another', 'my (?:next )?birthday', 'christmas', 'new year', 'the new year', 'next (?:week|month|year)', 'the (?:spring|summer|autumn|winter)', 'spring', 'summer', '(?:the )?morning', 'tomorrow')}\\b`,
    unless: ORDINARY_ABSENCE,
  },
  // "won't need it where I'm going", "nobody will find me".
  {
    id: 'absence-future',
    gate: ['where'],
    level: 'urgent',
    pattern: `\\b(?:will not|not going to|do not|no one will|nobody will|cannot|can not) ${alt('need', 'find', 'follow', 'come', 'reach')}\\b[^.]{0,25}\\bwhere i am going\\b`,
  },
  {
    id: 'absence-future',
    gate: ['need'],
    level: 'urgent',
    pattern: `\\b${alt('will not', 'not going to', 'never')} need (?:it|them|this|that|any of (?:it|this|that|them)|my [a-z]+) ${alt('anymore', 'any more', 'after (?:tonight|today|this week)', 'much longer', 'where i am going')}\\b`,
    unless: `\\b(?:got a|bought a|new one|instead|now that|got my own|found (?:a|my)|bus pass|replaced)\\b`,
  },
  {
    id: 'absence-future',
    gate: ['find'],
    level: 'urgent',
    pattern: `\\b(?:nobody|no one|no body|noone) (?:will|is going to) (?:ever )?find me\\b`,
    unless: `\\b(?:lol|haha|library|cafe|hide and seek|hiding)\\b`,
  },
  {
    id: 'absence-future',
    gate: ['point', 'need'],
    level: 'urgent',
    pattern: `\\bno (?:point|need) (?:in |to )?(?:arrang|plan|book|schedul|organis|mak|sort)[a-z]*\\b[^.]{0,60}\\b(?:i will not|i am not going to|i will never) (?:be (?:here|around|alive)|need (?:it|them|one|any))\\b`,
    unless: ORDINARY_ABSENCE,
  },
  // No longer a burden or problem: "won't be a problem for anyone much longer", "not gonna be a burden anymore".
  {
    id: 'burden-ending',
    gate: ['problem', 'burden', 'bother', 'nuisance', 'trouble', 'weight', 'drain', 'worry'],
    level: 'urgent',
    pattern: `\\b(?:will not|not going to|will no longer|will never) be (?:a |an |such a )?${alt('problem', 'burden', 'bother', 'nuisance', 'trouble', 'weight', 'drain', 'worry')}(?: (?:to|for|on) (?:anyone|anybody|you|everyone|everybody|them|you all|my [a-z]+))?(?: ${alt('much longer', 'for (?:much )?longer', 'for long', 'soon', 'anymore', 'any more', 'after (?:tonight|today)', 'again')})\\b`,
  },
  {
    id: 'burden-ending',
    gate: ['free', 'rid'],
    level: 'urgent',
    pattern: `\\b(?:be|get|all be) (?:free|rid) of me ${alt('soon', 'at last', 'finally', 'forever', 'for good', 'after tonight', 'tonight', 'tomorrow', 'by (?:the )?morning')}\\b`,
  },
  {
    id: 'burden-ending',
    gate: ['have'],
    level: 'urgent',
    pattern: `\\b(?:will not|not going to|will never) have to ${alt('deal with', 'put up with', 'worry about', 'look after', 'bother with', 'see')} me ${alt('anymore', 'any more', 'much longer', 'for long', 'again', 'after (?:tonight|today)')}\\b`,
    unless: ORDINARY_ABSENCE,
  },
  {
    id: 'burden-ending',
    gate: ['matter'],
    level: 'urgent',
    pattern: `\\b(?:soon|after tonight|by (?:the )?morning|tomorrow) ${alt('it', 'none of (?:it|this)', 'nothing')} (?:will not|will|would not) matter\\b|\\b${alt('it', 'none of (?:it|this)', 'nothing')} (?:will not|will) matter ${alt('soon', 'after tonight', 'by (?:the )?morning', 'much longer', 'anymore')}\\b`,
    unless: `\\b(?:shop|shut|closed|anyway|weather|rain|by then)\\b`,
  },
  // A farewell pieced together: "im sorry mum. i love you. bye", "sorry for everything, love you all, bye".
  {
    id: 'farewell',
    gate: ['bye', 'goodbye'],
    level: 'urgent',
    pattern: `^(?=[^]*\\b(?:sorry|forgive me)\\b)(?=[^]*\\blove (?:you|u|yous|ya)\\b)[^]*\\b(?:good)?bye(?: (?:x+|all|everyone|everybody|now))?(?: \\.)? $`,
  },
  {
    id: 'farewell',
    gate: ['fault', 'blame'],
    level: 'urgent',
    pattern: `\\b(?:tell|let) (?:my [a-z]+|them|her|him|everyone) (?:know )?(?:that )?(?:it is not|it was not|it is never) (?:their|her|his|your|anyones) fault\\b|\\b(?:please )?(?:do not|never) blame (?:yourselves|anyone|my (?:mum|dad|family|kids|children|wife|husband|partner))\\b`,
  },
  {
    id: 'farewell',
    gate: ['last', 'final'],
    level: 'urgent',
    pattern: `\\b(?:this (?:is|will be) my|my) (?:last|final) ${alt('christmas', 'birthday', 'day', 'night', 'week', 'weekend', 'summer')}\\b(?! ${alt('was', 'at', 'in', 'of', 'off', 'before', 'on', 'shift', 'with', 'is', 'at work', 'working', 'there', 'here')}\\b)`,
    unless: ORDINARY_ABSENCE,
  },
  {
    id: 'farewell',
    gate: ['note', 'notes', 'letter', 'letters'],
    level: 'urgent',
    pattern: `\\b${alt('left', 'leaving', 'written', 'wrote', 'writing', 'write')} (?:a |my |some )?(?:last )?(?:note|notes|letter|letters)\\b[^.]{0,40}\\b(?:for|to) (?:my )?${alt('daughter', 'son', 'kids', 'children', 'mum', 'dad', 'wife', 'husband', 'partner', 'family', 'everyone', 'sister', 'brother', 'parents', 'mam', 'boys', 'girls')}\\b(?![^.]{0,30}\\b${alt('about', 'asking', 'saying i (?:have|had|would|am) gone', 'to say', 'to remind', 'reminder', 'shopping', 'to pick', 'birthday', 'christmas card')}\\b)`,
  },
  // The letters named as the thing done, nobody named: "wrote my letters already lol" (dev-50, twentieth round).
  {
    id: 'farewell',
    gate: ['letters'],
    level: 'urgent',
    pattern: `\\b(?:wrote|written|finished|done|sorted) (?:all )?my (?:goodbye |last )?letters(?: already| now| out)?(?= \\.| $| lol| x| tbh| and)`,
    unless: `\\b${alt('cover', 'job', 'application', 'applications', 'uni', 'college', 'santa', 'christmas', 'thank you', 'thank yous', 'complaint', 'council', 'mp', 'pen pal', 'penpal', 'homework', 'revision', 'exam', 'notes for (?:the|my)', 'lecture', 'class', 'course', 'meeting', 'session')}\\b`,
  },
  // Found by dev-31 (tenth round): "when they find me tell them it was my choice" ("when they find me a mentor" is
  // not).
  {
    id: 'goodbye',
    gate: ['find', 'finds', 'found'],
    level: 'urgent',
    pattern: `\\bwhen (?:they|someone|somebody|people|you|my [a-z]+|the [a-z]+) (?:find|finds) me\\b(?= \\.| $| ${alt('tell', 'please', 'i', 'it', 'just', 'sorry', 'do not', 'make sure', 'give')}\\b)`,
  },
  // Commitment: "made my choice", "my mind's made up", "decided on sunday", "tonight's the night".
  {
    id: 'decision-made',
    gate: ['made', 'decided'],
    level: 'urgent',
    pattern: `\\b${alt('made (?:my|up my|the) (?:choice|decision|mind up|mind)(?! (?:to (?!end|die|do it|go through|not be|leave this)|about|on|which|what|for|between|over)\\b)', 'my mind is made up', 'mind is made up', 'my minds made up', 'i have decided(?= \\.| $)', 'decision is made')}\\b`,
    unless: ORDINARY_PLAN,
  },
  {
    id: 'decision-made',
    gate: ['decided', 'chosen', 'picked', 'set'],
    level: 'urgent',
    pattern: `\\b(?:decided|chosen|picked|set) (?:on |that it will be |it will be |it is )?${alt('tonight', 'tomorrow', ...WEEKDAYS, 'this weekend', 'the weekend', 'next week', '(?:the|a) date', 'the day', 'the time', 'the place', 'the spot', 'a spot', 'a place', '(?:when|where)(?= \\.| $| and| i will| to do it| it will)')}\\b`,
    // An everyday plan, unless the place chosen is named as a place of danger: a mentor's note that says "session" and
    // "he has picked a date and a place (the old quarry)" is not about the session (found by dev-33, tenth round).
    unless: `^(?![^]*\\b(?:a|the) (?:place|spot)\\b[^.]{0,30}\\b(?:${DANGER_PLACE}|${LOCAL_DANGER_PLACES})\\b)[^]*${ORDINARY_PLAN}`,
  },
  {
    id: 'decision-made',
    gate: ['night', 'day', 'time'],
    level: 'urgent',
    pattern: `\\b${alt('tonight is the night', 'today is the day', 'it is time(?: to go)?(?= \\.| $| now)', 'my time (?:is up|has come|is nearly up|is coming)', 'it is my time')}\\b`,
    // A pet's time ("taking the old dog to be put to sleep tomorrow, its time": dev-50, twentieth round).
    unless: `${ORDINARY_PLAN}|\\b(?:put (?:to sleep|down)|to the vets?|vet said|vets said)\\b`,
  },
  {
    id: 'decision-made',
    gate: ['how'],
    level: 'urgent',
    pattern: `\\b(?:i )?(?:know|knew|worked out|figured out|thought about|planned|decided) (?:exactly )?how (?:i would|i will|i could|i am going to|to) (?:do it|go about it|go|end it)\\b(?! ${alt('if', 'when i (?:ran|run|get|have)', 'better', 'differently', 'on', 'for', 'with')}\\b)`,
    unless: ORDINARY_PLAN,
  },
  {
    id: 'decision-made',
    gate: ['through', 'sure', 'right', 'mess', 'stop', 'stops'],
    level: 'urgent',
    pattern: `\\b(?:this time|tonight|tomorrow)\\b[^.]{0,25}\\b(?:go through with it|make sure it works|get it right|not mess it up|nobody (?:will )?stops? me|no one (?:will )?stops? me)\\b|\\bmake sure (?:it works|i do not wake|i do it properly|nobody finds|no one finds)\\b`,
  },
  {
    id: 'decision-made',
    gate: ['finish', 'end'],
    level: 'urgent',
    pattern: `\\b(?:tonight|today|this time)\\b[^.]{0,25}\\b(?:going to|will|gonna|about to|ready to) (?:just )?(?:finish (?:it|things|it all)|end (?:it|things))\\b|\\b(?:going to|will|gonna|about to|ready to) (?:just )?finish (?:it|things|it all) (?:tonight|today|now)\\b`,
    unless: `\\b${alt('book', 'essay', 'homework', 'form', 'series', 'box set', 'boxset', 'puzzle', 'jigsaw', 'painting', 'drawing', 'course', 'job', 'work', 'film', 'season', 'game', 'knitting', 'project', 'report', 'assignment', 'bottle', 'wine', 'cake', 'chapters?', 'pages?', 'episodes?', 'left to go')}\\b`,
  },
  {
    id: 'means-ready',
    gate: ['need'],
    level: 'urgent',
    pattern: `\\b(?:got|have|bought|found) (?:all )?(?:the |everything )?(?:stuff|things|everything|what) i need(?: now)?(?= \\.| $| to do it| for (?:it|tonight|later))`,
    unless: `\\b${alt('shop', 'shops', 'shopping', 'tesco', 'asda', 'aldi', 'lidl', 'sainsburys', 'morrisons', 'co op', 'market', 'groceries', 'supermarket', 'town', 'dinner', 'tea', 'recipe', 'cake', 'course', 'class', 'trip', 'holiday', 'thanks', 'thank you', 'cheers')}\\b`,
  },
  // What keeps them alive now: "the only thing stopping me is my dog".
  {
    id: 'only-thing-stopping',
    gate: ['only'],
    level: 'urgent',
    pattern: `\\bonly ${alt('thing', 'things', 'reason', 'one', 'person', 'people')}${gap(1)} (?:that |which |who )?(?:is |are )?${alt('stopping me', 'stops me', 'holding me back', 'keeping me alive', 'keeping me here', 'keeps me alive', 'keeps me here', 'keeping me from', 'i am (?:still )?(?:alive|here)')}\\b(?! from (?:joining|going|coming|getting|applying|signing|booking|working|moving)\\b)`,
  },
  {
    id: 'only-thing-stopping',
    gate: ['if', 'were'],
    level: 'urgent',
    pattern: `\\b(?:if it was not|if it were not|if not|were it not) for (?:my |the )?[a-z]+\\b[^.]{0,20}\\bi (?:would|would have|would not be|would be) ${alt('gone', 'done it', 'not be here', 'be gone', 'be dead', 'ended it', 'not be alive')}\\b`,
  },
  // Quieter goodbyes from the varied tuning lines (issue 18).
  {
    id: 'absence-future',
    level: 'urgent',
    negatable: true,
    pattern: `\\b(?:do not think|doubt) (?:i will|i wil|il|i am going to) be (?:here|around) (?:much |a lot )?longer\\b`,
    unless: ORDINARY_ABSENCE,
  },
  { id: 'farewell', level: 'urgent', pattern: `\\b(?:daddy|mummy|mum|dad|nanny|grandad|grandma) loved (?:you|u)\\b` },
  {
    id: 'farewell',
    level: 'urgent',
    pattern: `(?:^ ?|\\. )time to go (?:\\. )?(?:thanks|thank you) for everything\\b`,
  },
  // Written to be read after: "I'll be on the jetty at Burnham when you read this", "by the time you see this".
  {
    id: 'last-words',
    level: 'urgent',
    pattern: `\\b(?:by the time you (?:read|see|get)|(?:when|once) you read) this\\b`,
  },
  // Their time up: "times up for me. love to the team x", "my time is up".
  {
    id: 'farewell',
    level: 'urgent',
    pattern: `\\b(?:(?:time is|times|time s) up for me|my time is up|my time has come)\\b(?! (?:on|at|in|with|for (?:the|this|that))\\b)`,
    unless: `\\b(?:retire|retiring|retirement|contract|shift|job|parking|meter|lease|tenancy|turn|go on|game|quiz|match|round|session|slot|the phone)\\b`,
  },
  // A plan told by its day and nothing else: "i have a plan. i've had it for weeks. it's this weekend".
  {
    id: 'suicide-plan',
    level: 'urgent',
    pattern: `\\bi (?:have|have got|got) (?:a|the|my) plan(?= ?(?:\\.|$| and i| it is| its| for (?:tonight|tomorrow|this weekend|the weekend)))[^]{0,80}\\b(?:tonight|tomorrow|this weekend|at the weekend|${alt(...WEEKDAYS)}|a date|the date)\\b`,
    unless: ORDINARY_PLAN,
  },
  // Found by dev-22 and dev-23: a goodbye told as being out of everyone's way for good, someone to be rung "after",
  // and a plan hidden behind a lie to the team.
  {
    id: 'farewell',
    level: 'urgent',
    pattern: `\\b(?:out of (?:every ?ones|your|their|the world s|everybodys) (?:hair|way) for good|take me off (?:your|the) (?:list|books)[^]{0,80}\\bfor good)\\b`,
  },
  {
    id: 'farewell',
    level: 'urgent',
    pattern: `\\b(?:call|ring|phone|tell|text|contact|let) (?:my )?(?:mum|dad|sister|brother|partner|wife|husband|son|daughter|family|landlord|nan|gran|friend|mate)(?: know)? (?:after|afterwards)(?= \\.| $| numbers?| her number| his number| their number| the number| please)`,
  },
  {
    id: 'suicide-plan',
    level: 'urgent',
    pattern: `\\b(?:told|tell) (?:my |the )?[a-z]+ i (?:was|am) (?:fine|ok|okay|alright)\\b[^]{0,40}\\bi lied\\b[^]{0,60}\\b(?:doing it|do it|going to|tonight)\\b`,
  },
  // Found by dev-24 and dev-26: last words by another name ("ur gonna read this too late", "tell my mentor it's not her
  // fault. im done"), a death to join today, food and drink stopped to die, a plan in a staff note ("the means and a
  // date", "the date being today"), a lie about being safe, things given out until only they are left, a goodbye
  // under a cover story, and the line "just need a push" or "going to find out tonight".
  {
    id: 'farewell',
    level: 'urgent',
    pattern: `\\b(?:${alt(
      '(?:read|see|get) this too late',
      'only thing left (?:is|to give away is) me',
      '(?:not|never) (?:her|his|their|your) fault[^]{0,40}\\bi am done',
      'it is not (?:her|his|their|your) fault[^]{0,40}\\bi am done',
      'told (?:her|him|them|my [a-z]+) (?:it is|its|it s) for a (?:week|few days|bit) but (?:it is|its|it s) not',
      'told (?:my [a-z]+|her|him|them) i am moving[^]{0,20}\\bi am not moving',
      '(?:she|he|they) thinks? i am (?:going out|at work|in my room|at the pub|out with)[^]{0,120}\\b(?:get on with it|tonight|ready|set up|the edge|the bridge)',
      'did not want to leave anything owing',
      'a nice (?:evening|night|day) for it',
      'so nobody else has to',
      '(?:with|got) what i need(?: \\.| $| now| tonight)',
      'i am ready now',
    )})\\b`,
    unless: `\\b(?:party|surprise|birthday|holiday|interview|exam|match|gig|wedding|date|race|marathon)\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b(?:intend to|so i can) (?:join|be with|go to) (?:her|him|them|my (?:late )?(?:wife|husband|son|daughter|mum|dad|nan|partner))\\b|\\b(?:late|passed|died|lost (?:her|him|them)|since (?:she|he) went|grave)\\b[^]{0,160}\\b(?:intend to|going to|gonna|want to|will|so i can) (?:join|be with|go to) (?:her|him|them)\\b(?=[^]{0,80}\\b(?:this evening|tonight|today|soon|now|at last)\\b)|\\bstopped (?:eating and drinking|drinking and eating|drinking water|eating or drinking)\\b`,
    unless: `\\b(?:at the pub|for (?:tea|lunch|dinner|a drink|a walk|the match)|on holiday|in (?:spain|france|the car)|meeting|dentist|fasting|ramadan|operation|surgery|colonoscopy|blood test)\\b`,
  },
  {
    id: 'suicide-plan',
    level: 'urgent',
    pattern: `\\b(?:the|has|have|got) means and a (?:date|time|plan)\\b|\\bthe date being today\\b|\\bi lied (?:on|in) the form\\b[^]{0,120}\\b(?:safe|knife|blade|pills|tablets|started|rope|tonight)\\b|\\b(?:need|want|waiting for) a (?:little )?push\\b(?=[^]{0,10}(?:really|$| \\.))|\\bgoing to find out (?:tonight|today|soon|now)\\b`,
  },
  // Found by context-dev-h: someone to have the dog "after", and no need of a mentor by the time one comes.
  {
    id: 'farewell',
    level: 'urgent',
    pattern: `\\b(?:have|take|look after|mind|keep|feed) (?:the|my) (?:dog|cat|pets?|kids|budgie|rabbit)[a-z ]{0,12} after(?:wards)?\\b(?= \\.| $| this| i mean| tonight| the weekend| friday| when)|\\b(?:will not|wont|do not think i will|probably will not|probs will not|probs wont) need (?:a mentor|one|you|the mentor|the service|anyone) by the time\\b`,
  },
  // Found by dev-28: last words by still more names: gone before anyone calls, not here for the next, thanks for
  // trying passed on, sorry it ended like this, the mess left behind, where the fence stops.
  {
    id: 'farewell',
    level: 'urgent',
    pattern: `\\b(?:${alt(
      '(?:be|been) gone before (?:anyone|anybody|you|they|someone) (?:calls|rings|gets|comes|reads)',
      'not (?:going to|gonna) be here (?:for (?:the )?next|tonight|tomorrow|by (?:the )?(?:morning|weekend|time))',
      'too late for that now',
      'being gone[^.]{0,20}\\b(?:soon|tonight|in an hour)',
      'not existing by (?:the )?(?:morning|tonight|tomorrow)',
      'thank (?:her|him|them|everyone|you all) for trying',
      'sorry (?:it|things) ended like this',
      'sorry for the mess i am leaving',
      '(?:not on you|not your fault)[^]{0,40}\\b(?:going|leaving|gone|tonight|done now)',
      'where the (?:fence|railing|railings|barrier|path) (?:stops|ends)',
    )})\\b`,
  },
  // Found by dev-30: not here for the next call, with thanks said as if for the last time.
  {
    id: 'farewell',
    level: 'urgent',
    pattern: `\\bnot (?:going to|gonna) be (?:here|around) for (?:the|my|our|your|next) [a-z]+\\b[^]{0,80}\\b(?:you have all been|you have been so|been so kind|that is all really|thank you for everything|thanks for everything|look after)\\b`,
  },
  // Found by dev-36 and dev-37 (twelfth round): goodbyes in a few words ("won't see monday", "this is me signing off",
  // "dont come looking", "if i stop replying its because it worked"), a moment chosen ("mum's out till 6. thats my
  // window"), the last of something and then a place ("watch the sun come up one last time. then the cliff"), and
  // "not that it matters in a minute".
  {
    id: 'absence-future',
    level: 'urgent',
    pattern: `\\b(?:will not|wont|not going to|never going to) (?:see|make it to|be here for|be around for|be alive for) ${alt(...WEEKDAYS, 'the weekend', 'tomorrow', 'christmas', 'my birthday', 'the morning', 'next week')}\\b`,
    unless: ORDINARY_ABSENCE,
  },
  {
    id: 'farewell',
    level: 'urgent',
    pattern: `\\bthis is me signing off\\b(?! (?:for|till|until|now for))|^ (?:please )?(?:do not|dont) (?:come looking|look for me)(?: for me)?(?: \\.| x)* $|\\bif i stop (?:replying|answering|texting|messaging)\\b[^.]{0,30}\\bit (?:worked|has worked|is done|is over)\\b|\\bnot that it (?:matters|will matter) (?:in a minute|in a bit|soon|much longer|after tonight|any more|anymore)\\b`,
  },
  {
    id: 'decision-made',
    level: 'urgent',
    pattern: `\\b(?:out|away|at work|gone|asleep|on nights)\\b[^.]{0,30}(?: \\.)? (?:that is|thats) my (?:window|chance|time)\\b|\\bone last time\\b[^]{0,40}\\bthen (?:to )?the (?:${DANGER_PLACE}|${LOCAL_DANGER_PLACES})(?= \\.| $)`,
    unless: ORDINARY_PLAN,
  },
  // Found by dev-41: an appointment missed "or any other one after that".
  {
    id: 'absence-future',
    level: 'urgent',
    pattern: `\\b(?:not going to|will not|wont|won t|shall not) be (?:there|here|around|at)\\b[^]{0,60}\\bor (?:any|every) (?:other )?(?:one|ones|time|appointment|session|week)s? (?:after (?:that|it|this)|again|ever)\\b`,
  },
];
