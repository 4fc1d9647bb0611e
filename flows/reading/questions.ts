// Questions about the service itself, asked instead of an answer: "who sees it?", "is this a bot?", "will my doctor
// see this?", "why do you need my age?", "is it free?". They get the HELP reply (what this is, who reads what, that
// the texts are automatic and how to reach a person) and the question again; they are never stored as an answer.
// At an open question ("what's going on for you?") a person's own questions are answers ("how do I stop feeling like
// this?"), so there only questions plainly about the service count.
import { normalise } from './text.js';

/** Shaped like a question: a question mark, or a question word first. */
const ASKING =
  /^(?:sorry |so |um |erm |ok |and |but )?(?:what|whats|wat|who|whos|why|how|where|when|which|is|isnt|are|am|will|would|does|do|did|can|could|should|has|have)\b/;

/** Plainly about the service: who reads what, whether it is a person, what it is, costs, what happens next. */
const ABOUT_THE_SERVICE = new RegExp(
  [
    String.raw`\b(?:bot|robot|computer|automated|automatic|ai|real person|actual person|a person|human)\b`,
    String.raw`\b(?:coordinator|peer mentors?|mentoring|this service|the service)\b`,
    String.raw`\bwho (?:sees|reads|will see|will read|can see|can read|gets to see|looks at|else sees|has access)\b`,
    String.raw`\b(?:confidential|private|anonymous|free|cost|costs|charge|pay)\b`,
    String.raw`\b(?:crisis line|medical records?|my records|on my record|notes)\b`,
    String.raw`\bmy (?:doctor|gp|psychiatrist|cpn|nurse|social worker|care coordinator|family|mum|dad|partner|husband|wife|employer|boss)\b`,
    String.raw`\b(?:passed (?:on )?to|shared with|told to|sent to)\b`,
    String.raw`\bwhat happens (?:to|after|next|now|with|if)\b`,
    String.raw`\bhow long (?:til|till|until|before|will|do you|does it|is it)\b`,
    String.raw`\bdo i (?:have|need) to (?:answer|say|reply|tell)\b`,
    String.raw`\bwhy (?:do|does|would) (?:you|u|it) (?:need|want|ask)\b`,
    String.raw`\b(?:what|who) (?:is|are) (?:this|these|you|u)\b`,
    String.raw`\bwhats this\b|\bwho is this\b|\bwho are (?:you|u)\b`,
    String.raw`\bwhat (?:kind|sort) of (?:thing|things|stuff) (?:should|do|can) i\b`,
    String.raw`\bhow much (?:should|do) i (?:write|say|put)\b`,
    String.raw`\bcan i say anything\b|\bwhat if i (?:say|get|put)\b|\bwhat if (?:im|i am|i m) not\b`,
    String.raw`\bwhat (?:help|support) do (?:you|u)\b|\bwhat do (?:you|u) (?:do|offer)\b`,
    String.raw`\bwhat are (?:my|the) options\b`,
    String.raw`\bwho gave (?:you|u) my (?:number|details)\b|\bhow did (?:you|u) get my\b`,
    String.raw`\b(?:age limit|too old|too young)\b|\bcan i still (?:join|come|do|take part|get)\b`,
    String.raw`\bwill (?:someone|anyone|they|you) (?:come|visit|ring|call)\b`,
    String.raw`\b(?:how long|why) do (?:you|u) keep\b|\bkeep it for\b`,
    String.raw`\bdoes (?:it|this) (?:go|end up) (?:on|in)\b|\bdoes it matter\b`,
    String.raw`\bdo (?:you|u) need (?:to know|my)\b`,
    String.raw`\b(?:small team|the team|your team)\b|\b(?:kept|stored|keep it|keep them)\b`,
    String.raw`\b(?:police|council|dwp|social services|job ?centre|benefits|landlord|court)\b`,
    String.raw`\b(?:scam|legit|genuine|real service|proper service)\b`,
    String.raw`\b(?:more info|more information|more details|tell me more|know more)\b`,
    String.raw`\bwhat counts as\b|\bdoes (?:\w+ ){1,2}count\b|\bis (?:\w+ ){1,2}(?:in|part of) (?:somerset|the area)\b`,
    String.raw`\bhow many (?:more )?questions\b|\bhow does (?:this|it|the) (?:bit |part )?work\b`,
  ].join('|'),
);

/** At an open question only the plainest of these: words about a person's life ("is it normal to feel like this")
 * are their answer. */
const PLAINLY_ABOUT_THE_SERVICE =
  /\b(?:bot|robot|computer|automated|real person|actual person|coordinator|peer mentor|confidential|crisis line|medical records?|free)\b|\bwho (?:sees|reads|will see|will read|can see|can read|is this)\b|\bwho are (?:you|u)\b|\bwhat is this\b|\bwhats this\b|\bwhat happens (?:to this|to my|after this|next|now)\b|\bhow long (?:til|till|until|before)\b|\bdo i (?:have|need) to answer\b|\bwhy do (?:you|u) need to know\b|\bwhat (?:kind|sort) of (?:thing|things|stuff) should i\b|\bhow much should i (?:write|say)\b|\bcan i say anything\b|\bwhat if i say\b|\bwhat (?:help|support) do (?:you|u)\b|\bwhat are my options\b|\bwhat is a (?:peer )?mentor\b|\b(?:passed (?:on )?to|shared with) my\b|\bis (?:this|it) (?:a |the )?(?:real|private|confidential|free|crisis)\b|\bwho is this\b|\bwhat happens (?:with|to) my (?:answers|info|information|details|messages)\b|\bhow do i (?:answer|reply|do this|start)\b|\bwhat are (?:you|u) for\b|\bwhat do i (?:have|need) to do\b|\bwho gave (?:you|u) my (?:number|details)\b|\bhow did (?:you|u) get my\b|\bwhat (?:is|s) peer (?:mentoring|support)\b|\bwhats peer (?:mentoring|support)\b|\bhow does (?:this|it) (?:even |actually )?work\b|\bdo i just (?:type|text|write|reply)\b|\bwhat (?:kind|sort) of (?:help|support) do (?:you|u)\b|\bhow many (?:more )?questions\b|\bhow does (?:the )?(?:mentoring|peer support|matching) work\b|\b(?:going|go|sent|passed) to my (?:gp|doctor|cpn|social worker)\b|\bwhats an? (?:peer )?mentor\b/;

/** A question about the service rather than an answer; `open` for an open question about the person's life. */
export function isServiceQuestion(text: string, open: boolean): boolean {
  const t = normalise(text);
  if (t === '' || t.split(' ').length > 16) return false;
  const asked = /\?\s*$/.test(text.trim()) || ASKING.test(t);
  if (!asked) return false;
  return open ? PLAINLY_ABOUT_THE_SERVICE.test(t) : ABOUT_THE_SERVICE.test(t);
}
