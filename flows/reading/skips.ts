// Reads a wish to skip a question, in the person's own words ("I'd rather leave that", "pass", "next question").
// A skip is never stored as the answer.
import { closeTo, core, normalise, phrases } from './text.js';

const SKIP = phrases(`
skip, skip it, skip this, skip that, skip this one, skip that one, skip please, skip question, skip this question,
skipp, sikp, skp, skiip, pass, pass on that, pass on this, pass on this one, ill pass, i will pass, ill pass on that,
next, next one, next question, next please, move on, lets move on, can we move on, moving on, rather not say, id
rather not say, i would rather not say, rather not, id rather not, i would rather not, rather not answer, id rather
not answer, prefer not to say, id prefer not to say, i prefer not to say, i would prefer not to say, prefer not to
answer, id prefer not to answer, no comment, not saying, im not saying, not telling, im not telling, none of your
business, dont want to say, i dont want to say, dont want to answer, i dont want to answer, dont wanna say, i dont
wanna say, dont wanna answer, i dont wanna answer, dont want to answer that, dont want to say that, leave it, leave
that, leave that one, leave this one, leave that out, leave it out, id rather leave that, id rather leave it, id
rather leave that one, i would rather leave that, can we leave that, can we leave it, lets leave that, lets leave
it, leave it blank, leave blank, blank, not that one, not this one, can we skip, can we skip that, can we
skip this, can we skip this one, can i skip, can i skip that, can i skip this, can i skip this one, mind if i skip,
mind if i skip this, i dont want to answer that, id rather not go into it, rather not go into it, id rather not go
into that, id rather not talk about it, id rather not talk about that, dont want to talk about it, i dont want to
talk about it, i dont want to talk about that, not comfortable answering, not comfortable saying, im not comfortable
answering that, not comfortable answering that, id rather keep that to myself, rather keep that private, private,
thats private, its private, personal, thats personal, too personal, bit personal, thats a bit personal, no answer,
nothing to say, n a, not applicable, rather skip, id rather skip, id rather skip that, id like to skip, id like
to skip this, skip for now, pass for now, later maybe, another time maybe, not answering, not answering that, prefer
not, id prefer not, no thanks skip, -, x, ., nope skip, nah skip, skip it please, id sooner not say, would rather
not say, would prefer not to say, next q, nxt, skippy
`);

/** A refusal said inside a longer message: "sorry I'd rather not say if that's ok". */
const SKIP_INSIDE =
  /\bskip\b(?!\s(?:less|fewer|lessons?|college|uni|meals?|school|work|class|breakfast|lunch|dinner|tea|appointments?|the|my|rope|meds|medication|days?|nights?)\b)|\bpass on (?:that|this|it)\b|\b(?:rather not|prefer not to|dont want to|dont wanna|do not want to|not comfortable)\s(?:say|answer|share|tell|go into|talk about|get into|discuss)(?:\s(?:that|this|it|now|yet|right now|at the moment|just yet|here|by text|over text))?\b(?:\s\w+){0,4}$|\b(?:leave (?:that|this)(?: one)? (?:out|blank|for now|for later))\b|\bnext (?:question|one|q)\b|(?:^|\b(?:can (?:we|i)|could (?:we|i)|lets|let me|ill|i will|please|just|id like to|i want to|i wanna|(?:id |i would |i )?(?:prefer|rather|like) to|id rather|happy to|ok to|okay to|gonna|going to|think ill|maybe) )(?:leave|skip|miss) (?:that|this|it)(?: one| question| bit)?(?: out| for now| blank| if thats ok)?(?: please)?$|\bgive (?:that|this|it)(?: one)? a miss\b|\b(?:not something i (?:want|wish|like|care) to|dont really want to|do not really want to|not ready to|dont feel comfortable|not comfortable|uncomfortable|rather not|prefer not to|not keen to|id rather not)\s(?:\w+\s)?(?:say|saying|answer|answering|share|sharing|tell|go into|talk about|talking about|get into|discuss|discussing|put)\b|\b(?:can i not|do i have to|must i|have i got to|do i need to) answer\b|\b(?:by|over) text\b.*\b(?:not|much|rather|prefer)\b|\b(?:not|rather not|prefer not) (?:by|over) text\b|^no answer\b|\b(?:come back to|answer) (?:that|this)(?: one| question)? (?:later|another time|at the end)\b|\bcome back to (?:that|this)(?: one| question)?$|^(?:pass|skip)(?: (?:for (?:now|the moment|the minute|a bit|today)|on (?:that|this|it)(?: one)?|thanks|ta|please|pls|x|sorry))+$|\bkeep (?:that|this|it)(?: one)? to myself\b|\b(?:dont|do not) feel like (?:explaining|saying|answering|sharing|going into|talking about|writing)\b|\bnot something i (?:want|wish|like|care|feel able) to (?:write|put|type|say|share|explain|go into|talk about)\b|^(?:nah|no|nope|ok|okay) (?:next|skip)$|\b(?:rather|sooner|prefer) not (?:go there|get into (?:it|that)|go into (?:it|that))\b|^(?:id |i would |i )?sooner not\b|^(?:no|nah|nope|not (?:today|now|that one|this one)|no thanks|pass)\b.*\bnext(?: one| question| q| please| pls)?$|^nothing (?:i (?:want|wish|care) to|id like to|i wanna) (?:say|share|add)\b|\b(?:move past|get past|go past|move on from) (?:this|that|it)(?: one| question)?$|\bnot (?:one|a question|something) i (?:want|wanna|wish|feel able|like) to (?:answer|say|share)\b|^(?:im )?not answering (?:that|this|it)(?: one| question)?$|\b(?:too|a bit|bit|rather|very) personal\b|\bnot sure i (?:want to|wanna|would like to|feel ready to) (?:share|say|answer|go into|talk about|put)\b/;

/** "does that matter for getting a mentor?": asking whether the question is needed, not answering it. "does it matter
 * if I don't drive" asks about the answer, so it stays an answer. */
const DOES_IT_MATTER =
  /^(?:does|would|will|why does|why would|how does) (?:that|it|this)(?: one| question)?(?: really| even| actually)? (?:matter|make (?:a|any) difference)\b(?!.*\bif\b)/;

/** Keeping it private, or for the mentor in person: "prefer to keep that private", "I'd rather talk about that face
 * to face", "I'll tell the mentor when I meet them". "I'd prefer to meet in person" answers how to meet, so the
 * words must point at the question ("about that", "say that"). */
const NOT_BY_TEXT =
  /\bkeep (?:that|this|it)(?: one| bit)? (?:private|personal|to myself|between (?:me|us))\b|\b(?:rather|prefer to|prefer|like to|want to|happy to|better to) (?:talk about|say|explain|discuss|go into|go through|share) (?:that|this|it)(?: one| bit)? (?:in person|face to face|f2f|on the phone|over the phone|when (?:we|i) meet|with (?:the|my) mentor)\b|\b(?:ill|i will|id rather|id prefer to|i can) (?:tell|explain|say)(?: (?:that|this|it))? (?:to )?(?:the|my) mentor\b/;

/** True when the message asks to skip the question rather than answer it. */
export function isSkip(text: string): boolean {
  const t = core(normalise(text));
  if (DOES_IT_MATTER.test(t) || NOT_BY_TEXT.test(t)) return true;
  if (!t && /^[\s.\-x]+$/i.test(text) && text.trim().length > 0) return true;
  if (closeTo(t, SKIP)) return true;
  // "that's personal, move on": a short reason, then on to the next.
  if (/^(?:\w+\s){0,4}(?:move on|next one|next question|skip it|skip this)$/.test(t)) return true;
  return t.split(' ').length <= 14 && SKIP_INSIDE.test(t) && !/\bskip(?:ped|ping)\b/.test(t);
}

/** Ends the goals list: "no", "that's all", "done". */
const DONE = phrases(`
no, nope, nah, no thanks, no ta, done, im done, all done, thats all, thats it, that is all, that is it, thats
everything, nothing else, no more, none, finished, no thats all, no thats it, no thats everything, thats all for
now, nothing more, no nothing else, not really, no not really, i think thats it, i think thats all, thats enough,
enough, thats plenty, just that, just the one, only that, no others, no other goals, no more goals, no thats fine,
thats all thanks, nah thats it, nah thats all, nope thats it, nope thats all, no i think thats it, no im good,
im good, thats me, thats me done, all good, no all good, i cant think of any more, cant think of anything else,
cant think of any more, nothing else really
`);

export const isDone = (text: string): boolean => closeTo(core(normalise(text)), DONE) || isSkip(text);

/** Keeping something to oneself at the checks (age, where they live), in words a plain skip list misses: "rather not
 * say where I live", "not telling", "does it matter?", "why do you need that", "a lady never tells". */
const KEEP_TO_MYSELF =
  /\b(?:(?:id|i would|i|would|id much|much) )?(?:rather|prefer(?: to)?) (?:not|keep|leave)\b|\b(?:keep|keeping) (?:that|it|this)(?: one)? (?:to myself|private|quiet|for now)\b|\bnot (?:telling|saying|answering|giving|sharing|disclosing|comfortable|happy (?:to|giving|saying|sharing))\b|\b(?:wont|will not|shant|cant|cannot|dont|do not|dont really|dont feel like|do not feel like) (?:want (?:to )?|wanna |wish to |like to |like |really like |enjoy )?(?:say|tell|share|give|answer|disclose|put|go into|giving|saying|sharing|telling|putting)\b|\bnot (?:keen|fussed) (?:on|to) (?:say|saying|giv|shar|tell)\w*\b|\bnone of (?:your|ur|yer) (?:business|beeswax|concern)\b|\b(?:is|does|whys|why is|why does) (?:that|it|this) (?:important|relevant|necessary|needed|matter)\b|\b(?:its|thats) (?:a secret|classified|top secret|on a need to know)\b|\bmind (?:your|ur|yer) own\b|\b(?:does|do|would) (?:it|that|this|my \w+) (?:really )?(?:matter|make a difference|count)\b|\bwhy (?:does (?:it|that|this) matter|do (?:you|u|ya|yous) (?:need|want|ask|have to know|wanna know)|would (?:you|u) need|is (?:that|it|this) (?:needed|relevant|important)|ask)\b|\bwhat(?:s| is| does)? (?:it|that) (?:to you|matter)\b|\b(?:thats|its|that is|it is|bit|a bit|too|very|quite) (?:private|personal)\b|^(?:private|personal|pass|no comment)\b|\b(?:old enough|a lady never tells|never ask a (?:lady|woman)|age is (?:just )?a number|older than i look|younger than i feel|wouldnt you like to know)\b/;

/** True when, at a check the journey needs (age, where they live), they keep the answer to themselves. Readers of real
 * answers (an age, a place) go first, so "rather not say, but I'm over 18" is still an answer. */
export function isRefusal(text: string): boolean {
  if (isSkip(text)) return true;
  const t = core(normalise(text));
  return t.split(' ').length <= 16 && KEEP_TO_MYSELF.test(t);
}

/** Not ready to decide, and asking to move on: "not sure yet, can we carry on", "I'll decide later, what's next". */
const UNDECIDED =
  /\b(?:not sure|unsure|undecided|dunno|dont know|do not know|idk|cant decide|cannot decide|havent decided|not decided|decide later|ill decide|i will decide|think about (?:it|that)|(?:rather|prefer) not (?:to )?decide|not ready to (?:decide|say|answer)|still thinking|still deciding|dont want to decide|need (?:to think|time)|no idea|no clue|think about (?:that|this|it) one)\b/;
const MOVE_ON =
  /\b(?:carry on|keep going|move on|go on|next|whats next|what is next|skip|other questions|the rest|ask me|for now|come back to|what else|whats else|anything else)\b/;

/** At the consent question: they have not decided, and would like to move on. Consent is never assumed from it. */
export function isUndecided(text: string): boolean {
  const t = core(normalise(text));
  return (
    (UNDECIDED.test(t) && MOVE_ON.test(t)) ||
    /^(?:undecided|havent decided|not decided yet)$/.test(t) ||
    /\b(?:decide|answer (?:that|this)|say|tell you) (?:at the end|after the (?:other|rest)|once (?:ive|i have))\b/.test(
      t,
    )
  );
}
