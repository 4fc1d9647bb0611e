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
  /\bskip\b(?!\s(?:meals?|school|work|class|breakfast|lunch|dinner|tea|appointments?|the|my|rope|meds|medication|days?|nights?)\b)|\bpass on (?:that|this|it)\b|\b(?:rather not|prefer not to|dont want to|dont wanna|do not want to|not comfortable)\s(?:say|answer|share|tell|go into|talk about|get into|discuss)(?:\s(?:that|this|it|now|yet|right now|at the moment|just yet|here|by text|over text))?\b(?:\s\w+){0,4}$|\b(?:leave (?:that|this)(?: one)? (?:out|blank|for now|for later))\b|\bnext (?:question|one|q)\b|(?:^|\b(?:can (?:we|i)|could (?:we|i)|lets|let me|ill|i will|please|just|id like to|i want to|i wanna|(?:id |i would |i )?(?:prefer|rather|like) to|id rather|happy to|ok to|okay to|gonna|going to|think ill|maybe) )(?:leave|skip|miss) (?:that|this|it)(?: one| question| bit)?(?: out| for now| blank| if thats ok)?(?: please)?$|\bgive (?:that|this|it)(?: one)? a miss\b|\b(?:not something i (?:want|wish|like|care) to|dont really want to|do not really want to|not ready to|dont feel comfortable|not comfortable|uncomfortable|rather not|prefer not to|not keen to|id rather not)\s(?:\w+\s)?(?:say|saying|answer|answering|share|sharing|tell|go into|talk about|talking about|get into|discuss|discussing|put)\b|\b(?:can i not|do i have to|must i|have i got to|do i need to) answer\b|\b(?:by|over) text\b.*\b(?:not|much|rather|prefer)\b|\b(?:not|rather not|prefer not) (?:by|over) text\b|^no answer\b|\b(?:come back to|answer) (?:that|this)(?: one| question)? (?:later|another time|at the end)\b|\bcome back to (?:that|this)(?: one| question)?$/;

/** True when the message asks to skip the question rather than answer it. */
export function isSkip(text: string): boolean {
  const t = core(normalise(text));
  if (!t && /^[\s.\-x]+$/i.test(text) && text.trim().length > 0) return true;
  if (closeTo(t, SKIP)) return true;
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
