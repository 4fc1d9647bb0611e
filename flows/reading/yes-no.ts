// Reads a yes or a no the way people send them: texting forms, emoji, "yes but ...", "no ta", "nah ur alright",
// and second thoughts ("no wait, actually yes": the last word counts).
import { closeTo, core, normalise, phrases } from './text.js';

export type YesNo = 'yes' | 'no';

/** Whole messages (after polite padding is dropped) that mean yes. */
const YES = phrases(`
yes, y, ye, yea, yeah, yeh, yeahh, yeahhh, yah, ya, yas, yass, yasss, yess, yesss, yesh, yep, yepp, yup, yupp, yh,
ys, yse, aye, ok, okay, okey, okie, okey dokey, okie dokie, oki, okk, okkk, k, kk, kay, oké, sure, sure thing, shure,
fine, alright, alrite, allright, all right, aight, ight, go on, go on then, go ahead, of course, ofc, course,
definitely, defo, deffo, def, absolutely, certainly, indeed, sounds good, sounds great, sounds fine, sounds ok,
sounds okay, sounds alright, sounds grand, thats fine, thats ok, thats okay, thats alright, thats grand, thats
great, thats good, thats cool, that is fine, that is ok, that works, works for me, fine by me, ok by me, happy
with that, im happy with that, im happy to, happy to, i agree, agree, agreed, i consent, consent, i accept,
accept, yes please, please, why not, no problem, no probs, no worries, not a problem, no bother, nae bother,
totally, for sure, righto, right oh, cool, cool cool, great, fab, fabulous, lovely, brilliant, brill, perfect,
grand, champion, smashing, bang on, spot on, mhm, mmhm, uh huh, uhuh, yesyes, yes yes, yeah yeah, i do, i am,
correct, true, thats right, that is right, thats correct, right, yep thats right, lets do it, lets go, go for it,
count me in, im in, im up for it, up for it, im game, game, i guess so, i suppose so, suppose so, guess so, i
think so, think so, yes i think so, ok then, okay then, fine then, alright then, go on then, if i must, i dont
mind, dont mind, i dont mind that, no i dont mind, no objection, no objections, nothing wrong with that, yes
definitely, yeah definitely, yeah sure, yeah ok, yeah okay, yeah fine, yeah go on, yeah alright, ok fab, ok great,
ok cool, okay cool, ok lovely, ok sure, sure ok, ok fine, yes ok, ok yes, yeah thats fine, yes thats fine, yes
thats ok, yes i agree, yes i do, yes i am, yes sure, yep sure, sure yes, yes fine, yes absolutely, absolutely yes,
yes of course, of course yes, 100, 100 percent, deal, done, yes deal, alright yes, tick, affirmative, roger, yessir,
yes sir, yes maam, yes mate, thumbs up, will do, that suits me, suits me, sounds like a plan, cheers yes, yep go
on, yeah why not, yes go ahead, please do, yes please do, ok please, carry on, ok carry on, yes carry on, ok then
yes, happy, im happy, very happy, more than happy, im ok with that, im okay with that, ok with that, okay with
that, fine with that, im fine with that, that is okay, yup thats fine, yes thats right, agree to that, i agree to
that, do, all good, all fine, thats all good, all ok, all okay, righto then, right then, i guess, i suppose, if you
have to, if you must, ok whatever, whatever, sounds ok to me, sounds fine to me, sounds good to me, you can, you may, yes you can, yes you may, happy days, ace, fair enough, fair enough yes, fair enough yeah, fair enough then, fair dos, fair play,
nice one, nice, yez, yrs, yse, yws, sound, safe, bet, ok bet, yeah safe, yeah sound,
of course you can, sure you can, that's fine, okey doke, okey doke, ok doke, ready when you are,
ready to go, lets get started, lets start, crack on, fire away, be my guest, feel free, no objection from me,
thats sound, sounds sound, go 4 it, righty ho, righty oh, right you are, alrighty, alrighty then
`);

/** Whole messages that mean no. */
const NO = phrases(`
no, n, nn, na, nah, nahh, naa, naw, nope, nop, nopes, nay, no thanks, no thank you, no thankyou, no ta, no thx,
nty, no cheers, no ty, nah thanks, nah ta, nope thanks, not really, no not really, not for me, no not for me, not
for me thanks, thats not for me, its not for me, not my thing, i dont, dont, i dont think so, dont think so, no i
dont think so, i dont agree, dont agree, disagree, i disagree, i do not agree, no i dont, no i dont agree, no way,
no chance, nope not for me, im not, i am not, no im not, no i am not, not ok, not okay, no its not ok, its not ok,
thats not ok, thats not okay, not happy with that, im not happy with that, not happy, i dont want to, dont want
to, no i dont want to, i dont want that, i would rather not, id rather not, rather not, no id rather not, ill
pass, i will pass, ill give it a miss, give it a miss, not interested, im not interested, no im not interested,
never, not at all, no never, negative, nah ur alright, nah youre alright, nah your alright, no ur alright, no
youre alright, no your alright, ur alright, youre alright, nah im good, no im good, im good thanks, im alright
thanks, nah im ok, no im ok, no im okay, im ok thanks, nah not for me, nope not really, no sorry, nah sorry, sorry
no, not today, no not today, i dont consent, dont consent, no consent, i do not consent, no i do not, i do not,
nah mate, no mate, no no, nope nope, definitely not, absolutely not, certainly not, of course not, hell no, no
thank u, leave it, forget it, nah leave it, no leave it, nah forget it, i changed my mind, changed my mind, ive
changed my mind, no i changed my mind, not keen, not so keen, no im not keen, not bothered, nah not bothered, not
now no, i dont like that, dont like that, i dont like the sound of that, no dont keep it, dont keep it, dont keep
anything, i dont want you to keep it, not comfortable with that, im not comfortable with that, not sure i want to
no, no not yet, not yet, not for now, not for now thanks, no not for now, id prefer not, i would prefer not,
prefer not, id rather you didnt, i would rather you didnt, rather you didnt, please dont, no please dont, not this time, not at
the moment, no not at the moment, not right now no, nah not right now, ill leave it, i will leave it, no ill leave it, ill leave it thanks,
no ill leave it thanks, nah ill leave it, nope ill leave it, sadly not, afraid not, im afraid not, unfortunately not,
not anymore, not any more, no longer, thanks but no thanks, but no thanks, but no, thank you but no thank you, but no thank you, not rly, no not rly, nah not rly
`);

/** "no problem", "no worries": start with "no", mean yes. */
const NO_BUT_YES =
  /^(?:no|nah) (?:problem|problems|probs|worries|bother|prob|objection|objections|issues?|concerns)\b|^(?:yeah|yes|yeh|yea) no(?:,)? (?:thats|that is|its|it is) (?:fine|ok|okay|alright|grand|no problem)\b|^(?:yeah|yes|yeh) no (?:problem|worries|bother|probs)\b/;
/** No objection said as one: "I don't have a problem with that", "I have no issue with it". */
const NO_OBJECTION =
  /^(?:i )?(?:dont|do not) (?:have|see) (?:a |any )?(?:problem|problems|issue|issues|objection|objections)(?: with (?:that|it|this))?$|^(?:i )?(?:cant|cannot) see (?:a |any )?(?:problem|problems|issue|issues)(?: with (?:that|it|this))?$|^(?:i )?(?:have|got|ve got) no (?:problem|problems|issue|issues|objection|objections)(?: with (?:that|it|this))?$/;

/** A second thought: what follows it is what they mean ("no wait, actually yes"). */
const SECOND_THOUGHT =
  /\b(?:actually|wait|hang on|hold on|on second thoughts?|second thoughts|i mean|i meant|sorry i meant|changed my mind|change of heart|scratch that|oh go on then|go on then|thinking about it|come to think of it)\b/;
const YES_WORD =
  /^(?:mhm|mmhm|uh huh|by all means|(?:i )?dont see why not|(?:i )?suppose so|(?:i )?guess so|yes|y|ye|yea|yeah|yeh|yah|ya|yas|yess+|yep+|yup+|yh|aye|ok|okay|okey|oki|okie|k|kk|sure|fine|alright|aight|go on|go ahead|of course|ofc|definitely|defo|deffo|absolutely|certainly|sounds good|thats fine|thats ok|happy to|i agree|agreed|please|yes please|course|totally|cool|great|fab|lovely|brilliant|perfect|grand|i do|i am|correct|right|why not|no problem|no worries|no probs)\b/;
const NO_WORD =
  /^(?:(?:id |i would )?rather you (?:didnt|did not|wouldnt|would not)|no|n|na|nah+|naw|nope|nay|not really|not for me|no thanks|no ta|i dont|dont|id rather not|rather not|never|not at all|no way|im not|i am not|not a chance|not likely|not on your life|(?:id|i would) (?:rather|prefer)(?: it if)? you (?:didnt|did not|dont|wouldnt))\b/;
/** Saying which answer they give: "I'd say no to that one", "my answer is yes". */
const SAYS =
  /\b(?:say|saying|answer is|answer|going with|go with|ill go with|ill say|id say) (yes|no|nope|nah|yeah|yep)\b/;
/** A go-ahead that outweighs a "no" before it (no objection): "no that's fine, go ahead". */
const GO_AHEAD = /\b(?:go ahead|crack on|fire away|go for it|carry on|thats fine go)\b/;
/** Negations that turn a yes-phrase round: "not ok", "dont agree". */
const NEGATED = /\b(?:not|dont|do not|never|cant|cannot|wont|isnt|aint|nothing)\b/;
/** Not sure is neither yes nor no: we explain and ask again. */
const UNSURE =
  /\b(?:not sure|unsure|dunno|dont know|do not know|dont understand|dont get it|confused|not following|idk|maybe|perhaps|not certain|no idea|no clue|depends|it depends|what do you mean|what does that mean|why(?! not))\b/;

function readPart(said: string): YesNo | null {
  // Letters held for feeling ("nooo", "yesss", "okkk") are read once.
  const t = said.replace(/(\p{L})\1{2,}/gu, '$1');
  if (!t) return null;
  if (YES.has(t)) return 'yes';
  if (NO.has(t)) return 'no';
  if (NO_BUT_YES.test(t) || /^(?:i )?(?:dont|do not|cant|cannot) see why not\b/.test(t)) return 'yes';
  // No objection said as one: "I don't have a problem with that", "I have no issue with it", "can't see a problem".
  if (NO_OBJECTION.test(t)) return 'yes';
  // "I don't care, just help me": indifference is not consent, and not a refusal either; asked again.
  if (/^(?:i )?(?:dont|do not) (?:really )?care\b/.test(t)) return null;
  if (/\b(?:dont|do not) mind\b/.test(t) && !/\bnot\b/.test(t.replace(/\bdo not mind\b/, ''))) return 'yes';
  if (/^(?:no idea|no clue|not a clue|not sure|no sure)\b/.test(t)) return null;
  // "I suppose that's ok", "I think so yes": the hedge does not change the answer.
  const hedged = /^(?:i suppose|i guess|i think|suppose|guess|i reckon)\s(?=\S)/.exec(t);
  if (hedged && t.slice(hedged[0].length) === 'not') return 'no';
  if (hedged && !/^(?:so|not)\b/.test(t.slice(hedged[0].length))) {
    const rest = readPart(t.slice(hedged[0].length));
    if (rest) return rest;
  }
  if (UNSURE.test(t) && !/^(?:yes|yeah|yep|ok|okay|sure|no|nah|nope|(?:i )?dont see why not)\b/.test(t)) return null;
  // "I'm okay with it", "we're happy for that": a yes, unless a negation turned it round (read above).
  if (
    /^(?:im|i am|were|we are)\s(?:\w+\s)?(?:ok|okay|fine|happy|alright|cool|good)\s(?:with|for|about)\b/.test(t) &&
    !NEGATED.test(t)
  )
    return 'yes';
  if (/\b(?:wouldnt|would not) (?:really )?say no\b/.test(t)) return 'yes';
  const says = SAYS.exec(t);
  if (says?.[1] && !NEGATED.test(t.slice(0, says.index))) return /^(?:yes|yeah|yep)$/.test(says[1]) ? 'yes' : 'no';
  // "no that's fine, go ahead": no objection, then a clear go-ahead.
  if (
    /^(?:no|nah|nope|not at all)\b/.test(t) &&
    GO_AHEAD.test(t) &&
    !NEGATED.test(t.replace(/^(?:no|nah|nope|not at all)\b/, ''))
  )
    return 'yes';
  // "no I'm fine with it": no objection.
  if (/^(?:no|nah|nope)\b(?: \w+)? (?:im|i am) (?:fine|ok|okay|happy|alright|cool) with (?:it|that|this)$/.test(t))
    return 'yes';
  // "don't really understand but yes": the answer after "but" is the answer.
  if (/\bbut (?:yes|yeah|yep|ok|okay|sure|fine|go on|go ahead|thats fine)$/.test(t)) return 'yes';
  // "no that's fine" could be a polite no or no objection: never taken as consent, and not as a no either; asked again.
  if (
    /^(?:no|nope|nah)\b/.test(t) &&
    /\b(?:thats|that is|its) (?:fine|ok|okay|alright|grand)\b|\bfine (?:with|by) me\b/.test(t)
  )
    return null;
  // "yes but can you tell me more", "ok, what happens next": the first word decides.
  if (NO_WORD.test(t)) return 'no';
  if (YES_WORD.test(t)) {
    const after = t.replace(YES_WORD, '').trim();
    if (/^(?:no|nope|nah|not|dont|i dont|never)\b/.test(after) && !NO_BUT_YES.test(after)) return 'no';
    return 'yes';
  }
  // A typo-tolerant yes never when a negation is there: "i think not" is one letter-pair from "i think so".
  if (!NEGATED.test(t) && closeTo(t, YES)) return 'yes';
  if (closeTo(t, NO)) return 'no';
  // "thats not ok with me", "I dont agree to this": a yes-phrase turned round by a negation.
  if (NEGATED.test(t) && /\b(?:ok|okay|agree|consent|happy|fine|want|like|keen|comfortable|alright)\b/.test(t))
    return 'no';
  if (
    /\b(?:i agree|and agree|agreed|i accept|and accept|happy for you|happy to|thats fine|fine by me|ok with me|okay with me|go ahead|yes|(?:give|giving) (?:you )?(?:my )?consent)\b/.test(
      t,
    ) ||
    /^(?:thats|that|that is|its|it is|it|sounds|seems|all)\s(?:\w+\s){0,2}(?:fine|ok|okay|good|grand|great|alright|cool|reasonable|fair)\b/.test(
      t,
    )
  )
    return 'yes';
  return null;
}

/** "yes", "no", or null when the message is neither (or unsure). */
export function readYesNo(text: string): YesNo | null {
  const t = core(normalise(text));
  const whole = readPart(t);
  const thought = SECOND_THOUGHT.exec(t);
  if (thought) {
    const after = core(t.slice(thought.index + thought[0].length).trim());
    const later = readPart(after);
    if (later) return later;
    // "oh go on then", "changed my mind" with nothing after: the cue itself is the answer.
    if (/go on then/.test(thought[0])) return 'yes';
  }
  return whole;
}

export const isYes = (text: string): boolean => readYesNo(text) === 'yes';

/** A whole-message no ("rather not", "leave it", "ill pass"): a no even where a skip could be read. */
export const isPlainNo = (text: string): boolean => NO.has(core(normalise(text)));
export const isNo = (text: string): boolean => readYesNo(text) === 'no';

/** A yes that takes back an earlier no ("actually ok yes", "changed my mind, yes please"). */
export function isSecondThoughtYes(text: string): boolean {
  const t = core(normalise(text));
  return SECOND_THOUGHT.test(t) && readYesNo(text) === 'yes';
}
