// Reads the things people can ask for at any point, inside a sentence too: help, a person, start again, delete my
// data, stop for now and carry on. Guards keep answers from being read as commands: "I want help talking to people"
// and "a person who has been through it" are answers; "later in the day suits me" is a time.
import { closeTo, core, normalise, phrases } from './text.js';

export type Command = 'help' | 'human' | 'restart' | 'erase' | 'pause' | 'resume';

/** Whole messages (after polite padding) that are a command. */
/** The word HELP itself, or a menu word: the help text wherever it is sent (isHelpWord). */
const HELP_WORDS = phrases(
  `help, help me, help please, helpp, hlep, hepl, halp, menu, options, commands, info, instructions`,
);

const WHOLE: Record<Command, ReadonlySet<string>> = {
  help: phrases(`
${[...HELP_WORDS].join(', ')}, what can i say, what do i say,
what do i do, what do i do now, what now, how does this work, how does it work, what is this, whats this, what are
my options, what can i do, im confused, confused, i dont understand, dont understand, i dont get it, dont get it,
what, eh, huh, what do you mean, what does that mean, sorry what, come again, i need help, can you help, can you
help me, can anyone help, can someone help, how do i use this, how do i do this, what do i type, what
do i reply, what should i say, what should i reply, help i dont know what to do, ?, ??, ???, questions, question,
ask questions, i have a question, ive got a question, got a question, i have questions, ive got questions
`),
  human: phrases(`
human, a human, person, a person, real person, a real person, an actual person, actual person, agent, operator,
staff, someone real, somebody real, team, the team, coordinator, a coordinator, human please, person please, real
person please, human being, a human being, call me, please call me, ring me, please ring me, phone me, can someone
call me, can someone ring me, can you call me, can you ring me, is this a bot, are you a bot, is this a robot, are
you a robot, am i talking to a bot, am i talking to a robot, am i talking to a real person, is this a real person,
are you real, are you a real person, is anyone there, is there anyone there, is someone there
`),
  restart: phrases(`
restart, start again, start over, begin again, reset, start from the beginning, start afresh, from the start, from
the beginning, start from scratch, redo, redo it, do it again, go back to the start, back to the start, new start,
start again please, can we start again, can we start over, can i start again, can i start over, lets start again,
lets start over, i want to start again, i want to start over, start it again, start all over, start all over
again, restart please, begin from scratch, reboot, clear it all and start again, wipe it and start again
`),
  erase: phrases(`
delete, erase, delete me, forget me, remove me, delete it, delete it all, delete all, delete everything, erase
everything, wipe, wipe it, wipe everything, delete data, delete my data, erase my data, remove my data, wipe my
data, delete my details, erase my details, remove my details, delete my info, delete my information, delete all my
data, please delete my data, gdpr, right to be forgotten, forget everything, forget all of it, delete my number,
remove my number, delete my account
`),
  pause: phrases(`
later, laters, l8r, ltr, latr, l8er, pause, paws, not now, not right now, maybe later, later please, another time,
another day, stop for now, not today, tomorrow, tmrw, tmr, tomoz, 2moro, 2morrow, gotta go, got to go, gtg, g2g,
have to go, i have to go, i gotta go, ive got to go, i need to go, need to go, must go, brb, be right back, bye for
now, bye, byee, bye bye, ta ra, tara, see ya, see you, cya, speak soon, talk soon, talk later, speak later, busy, im
busy, bit busy, a bit busy, busy now, busy right now, im at work, at work, driving, im driving, cant talk, cant talk
now, cant do this now, cant right now, cant now, not a good time, bad time, wait, hold on, hang on, one sec, one
moment, give me a minute, give me a sec, back soon, back later, ill be back, i need a break, need a break, break,
can we stop, lets stop, stop there, thats enough for now, enough for now, enough for today, done for today, im
done for now, im tired, too tired, tired, i need to think, let me think, let me think about it, ill think about
it, ill come back, ill come back later, ill text later, ill text back, ill message later, ill get back to you, let
me get back to you, can i come back to this, can i finish later, finish later, continue later, carry on later, do
it later, do this later, another time please, some other time, not just now, no time now, no time
`),
  resume: phrases(`
carry on, carry on please, continue, go on, resume, keep going, lets carry on, can we carry on, lets continue, can
we continue, where were we, back, im back, i am back, ready, im ready, i am ready, ok lets go, lets go, carryon,
lets keep going, lets get going, lets do this, unpause, ok im back, right im back, back now, im back now, im free
now, free now, ive got time now, got time now, i have time now, where did we get to, where was i, what was the
question, whats the question, shall we carry on, shall we continue, can we pick up where we left off, pick up where
we left off, lets pick up where we left off, ready now, ready to carry on, ready to continue, still here, im here,
hello again, hi again, im ok now, im fine now, feeling better now, im feeling better, i feel better now
`),
};

/** The order commands are tried in: the most particular first. */
const ORDER: Command[] = ['erase', 'restart', 'human', 'pause', 'resume', 'help'];

/** Commands said inside a sentence. Each needs the phrase's key words, not a word alone. */
const INSIDE_FIRST: Record<Command, RegExp> = {
  erase:
    /\b(?:delete|erase|remove|wipe|clear|get rid of|destroy|scrub)\b(?:\s\w+){0,2}\s(?:my|all my|all of my|your copy of my|our)?\s?(?:data|details|info|information|number|answers|messages|conversation|chat|records?|account|profile|everything i (?:said|told you|wrote|sent)|what i (?:said|told you|wrote|sent)|everything|it all|all of it|all this|all that)\b|\b(?:forget|delete|remove|erase)\s(?:me|about me|i (?:ever )?(?:texted|messaged|contacted))\b|\b(?:dont|do not) (?:want you to |)(?:keep|store|hold)\s(?:my|any of my|anything|any)\b/,
  restart:
    /\b(?:start|begin)\s(?:again|over|afresh|from (?:the )?(?:beginning|start|scratch)|all over)\b|\b(?:restart|redo)\b(?:\s(?:this|it|the (?:form|questions|chat)|please|again))?$|\bgo back to the (?:start|beginning)\b|\bfrom (?:the )?(?:top|start|beginning|scratch)\b/,
  human:
    /\b(?:talk|speak|chat|text|message)\s(?:to|with)\s(?:a |an |some |the |one of (?:the|your) )?(?:real |actual |live |proper )?(?:person|human|humans|people|someone|somebody|anyone|staff|member of staff|staff member|team|coordinator|worker|advisor|adviser|one of you|one of your team)\b|\b(?:message|text|contact|email)\s(?:someone|somebody|a person|a human|the team|your team|staff|a coordinator)$|\b(?:can|could|would|will)\s(?:someone|somebody|a person|one of you|the team|your team|a coordinator)\s(?:call|ring|phone|contact|get in touch with|text)\s(?:me|back)\b|\b(?:want|need|like|prefer)\s(?:a|to speak to a|to talk to a)\s(?:real |actual )?(?:person|human)\b|\b(?:is this|are you|am i talking to)\s(?:a |an )?(?:bot|robot|computer|machine|ai|automated|real person|human)\b|\b(?:put|pass|transfer|send)\s(?:me\s)?(?:through\s)?(?:to|on to|onto)\s(?:a |the )?(?:person|human|team|someone|coordinator)\b|\b(?:real|actual|live) (?:person|human)\b/,
  pause:
    /\b(?:can|could|shall|may)\s(?:we|i)\s(?:do|carry on|continue|finish|pick (?:this|it) up|come back to|return to|leave|stop|pause|try|resume|go on with|get back to)\b(?:\s(?:this|it|that|the rest|these questions|the questions))?\s(?:later|tomorrow|another (?:time|day)|some other (?:time|day)|at (?:the weekend|another time)|next week|in a bit|after|tonight|this evening|another evening|when im|when i have|when i get|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\b(?:pick (?:this|it) up|carry on|continue|finish (?:this|it|the rest|off)|do (?:this|it|the rest)|come back to (?:this|it)|get back to (?:this|it|you)|text (?:you )?back|talk|speak|chat)\s(?:later|tomorrow|another (?:time|day)|some other time|in a bit|tonight|next week|at the weekend|after)\b|\b(?:got to|gotta|have to|need to|must|gonna have to|going to have to|ive got to|i got to)\s(?:go|dash|run|leave|head off|shoot|pop out|log off|get off|sign off|do the school run|pick up|collect|get the kids|fetch)\b(?!\s(?:to|out|through|back|every|on|in|into|and|with|for))|\bill (?:come back|get back|text back|finish|carry on|continue|reply)(?:\s(?:to (?:this|it|you)|later|tomorrow|after|soon))?$|\b(?:got to|gotta|have to|need to|must|ive got to) go to (?:work|school|bed|sleep|the shops|an appointment|my appointment|the doctors)(?: now| sorry| soon| x)*$|\bbreaks? (?:is )?over\b|\bback (?:later|soon|in a bit|tomorrow|in a while)\b|^later on$|^(?:maybe |ok )?(?:tomorrow|tmrw)(?: maybe| then| ok| yeah| please| instead)?$|\bill (?:text|message|reply|get back to|speak to|talk to) (?:you )?(?:later|tomorrow|back|soon|another time|in a bit)\b|\bcome back to you\b|\bat the (?:doctors|dentist|hospital|shops|school gates) (?:now|atm|right now|at the moment)\b|\b(?:driving|at work|busy|out) (?:atm|right now|at the moment)$|\bschool run\b|\b(?:at|answer) the door\b|\b(?:battery|phones?)\s(?:is\s)?(?:dying|about to die|on \d+|low)\b|\b(?:not|no) (?:a good|the best|the right) time\b|\bcant (?:talk|do this|text|chat|answer)(?: right)? now\b|\b(?:need|want|take) a (?:break|breather|rest)\b|\b(?:pause|stop) (?:this|it|here|now|for now|for a bit|for today|for the moment)\b|\b(?:another|some other) (?:time|day)\b|\bnot (?:right )?now\b|\bin (?:a|the middle of a) meeting\b|\bim (?:at work|driving|busy|out)\b(?:\s(?:right now|now|at the moment|atm))?$/,
  resume:
    /\b(?:carry on|continue|keep going|resume|where were we|where did we get to|pick up where we left off)\b(?!\s(?:later|tomorrow|another|some other|in a bit|tonight|next))|\b(?:im|i am|i m|feeling|i feel)\s(?:a bit |a little |much |a lot |loads )?(?:ok|okay|fine|alright|all right|better|safe)(?:\s(?:now|again))?\b/,
  help: /^(?:help|can you help|can (?:you|anyone|someone) help me|i need (?:some )?help|help me|please help)$|\b(?:what (?:can|do|should) i (?:say|do|type|reply|send)|how does (?:this|it) work|i dont (?:understand|get it)|im (?:confused|lost|not sure what to do)|what are (?:my|the) options|what do you mean|what does (?:that|this) mean)\b/,
};

/** More ways of asking, by kind of phrasing: who would do it ("can a human message me"), when they will be back
 * ("will reply later", "back in 10"), what about the question puzzles them ("what sort of thing do I put"). */
const INSIDE_MORE: Record<Command, readonly RegExp[]> = {
  erase: [
    /\b(?:my|all my|all of my)\s(?:data|details|info|information|stuff|answers|messages|number|records?)\s(?:\w+\s)?(?:deleted|erased|removed|wiped|gone)\b/,
    /\bforget (?:everything|all|it all|all of it)(?: (?:i (?:ever )?(?:said|told you|wrote|sent)|about me))?$/,
    /\b(?:dont|do not) want (?:you|u) (?:holding|keeping|storing|having|to (?:hold|keep|store|have))\s(?:anything|any|my|stuff|info|details)\b/,
    /\b(?:delete|erase|remove|wipe|clear|forget|scrub|bin)\s(?:everything|all|anything|what|all of what|all that)\s(?:(?:i|ive|i have|i(?:ve)? just)\s)(?:said|told you|told u|written|wrote|sent|sent you|sent u|given you|shared|typed)\b/,
  ],
  restart: [
    /\b(?:do|go through|answer) (?:it|this|them|the questions|everything)(?: all)? (?:again|over) from\b/,
    /\bfrom the (?:first|very first) question\b/,
    /\b(?:begin|start|do)(?: (?:it|this|the whole thing|everything|the lot))? (?:again )?from (?:scratch|question (?:1|one)|the (?:first|very first) question|the top)\b/,
    /\b(?:do|go through) the whole (?:thing|lot|form|questions?) again\b/,
  ],
  human: [
    /\b(?:can|could|would|will|please can|pls can)\s(?:a |an |the |one of (?:the|your) )?(?:human|person|someone|somebody|real person|actual person|proper person|mentor|mentors|coordinator|staff|member of staff|staff member|team|one of you)\s(?:\w+\s)?(?:message|text|call|ring|phone|contact|email|get in touch|speak to|talk to)\s(?:me|with me)\b/,
    /\b(?:get|have|ask) (?:someone|somebody|a person|a human|one of you|the team|a coordinator|a mentor|a real person) to (?:call|ring|phone|text|message|contact|get in touch)\b/,
    /\bis there (?:a |an )?(?:human|person|someone|somebody|anyone|anybody|real person|member of staff|number)\s(?:i|we) (?:can|could) (?:talk|speak|ring|call|phone|text|message|chat)\b/,
    /\b(?:put|pass|transfer) me (?:through to|on to|onto|in touch with)\s(?:a |the |some |your )?(?:person|human|staff|team|someone|somebody|coordinator|mentor|real person)\b/,
    /\b(?:can|could|may) i (?:talk|speak|chat) (?:to|with) (?:one of (?:the|your) |a |the )?(?:mentors?|coordinators?|staff)\b(?: (?:direct|directly|instead|please|now))*$/,
    /\b(?:phone call|call back|callback|ring back|call|ring) from (?:someone|somebody|a person|a human|the team|your team|you|a coordinator)\b/,
    /\b(?:rather|prefer to|like to|want to|need to) (?:tell|say this to|explain (?:this |it )?to|talk to|speak to) (?:a |an )?(?:human|real person|actual person|proper person|someone real)\b/,
    /\b(?:someone|somebody|a person|one of you|the team|your team|a coordinator) (?:give|gimme) me a (?:call|ring|bell|phone call)\b/,
    /^is (?:anyone|anybody|someone|somebody) (?:actually |really |even )?(?:there|real|reading this|reading these)\b/,
    /\b(?:someone|somebody|a person|one of you|the team|a coordinator|a human|a real person) (?:could|can|would|will) (?:call|ring|phone|text|message|contact) me\b/,
    /\b(?:can|could|may) i (?:just )?(?:ring|call|phone) (?:someone|somebody|a person|the team|you|one of you|a human|a coordinator)\b/,
    /\b(?:dont|do not) (?:like|want|trust) (?:bots|robots|talking to (?:a )?(?:bot|robot|computer|machine))\b/,
    /^(?:can you |please |pls )?(?:get|find|fetch) me (?:a |an |some )?(?:real |actual |proper )?(?:person|human|someone|somebody|coordinator|mentor)(?: please| pls| now)?$/,
    /\b(?:rather|prefer to|easier to|better to|like to|want to) (?:explain|say|tell|talk about|go through) (?:this|it|that|things)?\s?(?:to|with|on the phone to|over the phone to) (?:a |an )?(?:person|human|someone|somebody|coordinator|mentor|real person)\b/,
    /\b(?:speak|talk) to (?:a |an |my )?(?:real |actual |proper )?(?:mentor|coordinator|person|human|someone)\b.*\bnot (?:type|text|write|typing|texting|writing|a (?:computer|bot|robot|machine))\b/,
    /\b(?:on the phone|over the phone|by phone) (?:to|with) (?:someone|somebody|a person|a human|one of you|a coordinator)\b/,
  ],
  pause: [
    /\b(?:can|could|shall) we (?:pause|stop)(?: (?:here|now|this|for now|for a bit))?$/,
    /\b(?:will|ill|i will) (?:reply|answer|text|message) (?:properly |fully |back )?(?:later|tonight|tomorrow|in a bit|when im home)\b/,
    /\b(?:ill|i will|will)\s(?:come back|get back to (?:you|u))$/,
    /\b(?:about to|just about to|got to|have to|need to) go (?:into|in to) (?:a |my |an )?(?:meeting|appointment|class|lesson|session)\b/,
    /^(?:im |i am |just )?(?:going|heading|off) (?:into|in to|to) (?:a |my |an )?(?:meeting|appointment|class|lesson|bed)(?: now| sorry| soon| x)*$/,
    /^(?:im |i am )?(?:a bit |bit |really |very )?busy(?: with [a-z ]+?)? (?:rn|atm|right now|at the moment|now)$/,
    /\b(?:ill|i will|will) (?:text|message|msg|reply|get back)(?: (?:to )?(?:you|u))? back$/,
    /\b(?:can|could|may) (?:i|we) (?:come|get) back to this$/,
    /\b(?:turn|switch|turning|switching) (?:my )?phone off\b/,
    /\b(?:text|message|msg) (?:u|you|me) (?:back )?(?:later|after|tomorrow|tmrw|in a bit|tonight)\b/,
    /\b(?:brb|back in (?:\d+|a|an|ten|five|twenty|half an hour|a few))\b/,
    /^(?:im |i am |just )?(?:taking|having) a (?:break|breather|pause)(?: now| for now| from this)?$/,
    /\bgive me (?:a|an|one|two|\d+|a few|a couple of) (?:day|days|hour|hours|min|mins|minutes|week|sec|secs|moment|while|bit)\b/,
    /\bbut not (?:today|tonight|now|right now|just now|at the moment)$/,
    /\bhold (?:that|the) thought\b/,
    /\b(?:can|could|shall|may) (?:we|i) (?:\w+ ){0,2}?(?:later|tomorrow|tmrw|another time|another day|in a bit|tonight)$/,
    /^(?:give me|gimme|hang on|hold on|wait|just) (?:a|one|1) (?:mo|sec|second|min|minute|moment|tick|jiffy)\b/,
    /^let me (?:read|think|look|check|have a (?:think|look|read)|sleep on it|mull|reply|answer|finish)(?: \w+){0,3} (?:later|tomorrow|tonight|in a bit)$/,
    /\b(?:get|come) back to (?:you|u)(?: on (?:that|this|it)(?: one)?)?(?: later| tomorrow| soon)?$/,
    /^(?:im )?(?:stopping|pausing|leaving it|calling it a (?:day|night))(?: (?:for|there|here))?(?: (?:now|tonight|today|the night|the day))?$/,
    /\b(?:will|ill|i will) (?:reply|answer|get back|finish)(?: (?:this|it|the rest|to you|to u))?$/,
    /\bnot (?:feeling |really )?up to (?:this|it|these questions|more questions)\b(?: (?:now|today|tonight|right now|at the moment|atm|just now))?$/,
    /\btoo (?:tired|exhausted|worn out|stressed|wiped out) (?:for|to do|to carry on with|to finish) (?:this|it|these questions)\b/,
    /\b(?:stop|leave it) there(?: for (?:now|today|tonight))?$/,
    /^(?:\w+\s){0,2}(?:finish|carry on|continue|do (?:this|it|the rest)|pick (?:this|it) up)(?: (?:this|it|the rest|off))? (?:tomorrow|tmrw|later|tonight|another time|another day)$/,
    /\b(?:busy|at work|in work|driving|out|tired|cant talk)\b(?:\s\w+){0,3}\s(?:later|tomorrow|tmrw|another time)$/,
    /\b(?:bus|train|taxi|lift|tea|dinner|food|kids|baby|boss|mum|dad|doctor|nurse|my name)(?:s)? (?:is |are )?(?:here|calling|ready|awake|up|being called|called)\b.*\b(?:text back|text you back|be back|back soon|back later|reply later|speak later|talk later|later|brb)\b/,
  ],
  resume: [],
  help: [
    /\bwhat do (?:you|u|ya) mean\b|^what (?:does|dus) (?:that|this|it) mean$/,
    /^(?:i )?(?:dont|do not|didnt|did not) (?:understand|get)(?: (?:it|this|that|the question|what you mean|what youre asking|you))?$/,
    /\bwhat (?:kind|sort|type) of (?:thing|things|answer|answers|stuff)\b.*\b(?:put|say|write|want|mean|looking for|need|after)\b/,
    /^(?:like )?what (?:kind|sort|type) of (?:thing|things|stuff|answer)(?: do you mean| like)?$/,
    /\bhow (?:much|long|many words) (?:should|do|shall|must|can) i (?:write|put|say)\b/,
    /\b(?:not sure|unsure|dont know) what (?:youre|you are|u r|ur|you|u) (?:asking|mean|after|want|looking for)\b/,
    /^(?:can|could) (?:you|u) (?:explain|clarify|rephrase|say (?:that|it) (?:again|differently|another way))\b/,
    /^(?:like what|such as|for example|eg|e g|examples?|give me an example|any examples)$/,
    /\bhow (?:do|should|shall) i answer (?:this|that|it)\b/,
    /^what (?:should|do|shall) i (?:put|write)\b/,
    /^(?:i )?(?:dont|do not|didnt|cant) (?:follow|quite follow)(?: (?:you|that|this|it|the question))?$/,
    /^what (?:does|do) (?:that|this|the|your) ?(?:question|bit|word|one)? mean\b/,
    /\bwhat (?:are|r) (?:you|u) (?:asking|after|looking for|wanting)\b/,
    /\bwhat (?:am i|are we|is one) (?:meant|supposed|expected) to (?:say|put|write|do|answer)\b/,
    /^(?:can|could) (?:you|u) (?:give|show) (?:me )?(?:an? |some )?examples?\b|^(?:an? )?examples?(?: please| pls)?$/,
    /^(?:is|does) (?:this|that|it) (?:question )?(?:asking )?(?:about|mean|have to be)\b/,
  ],
};

/** Asking so plainly that the words an answer could carry ("the weekend", "my age", "deleted") do not make it one:
 * these skip the guards below. */
const PLAINLY: Partial<Record<Command, readonly RegExp[]>> = {
  erase: [
    /\bwant (?:everything|all|it all|all of it)(?: (?:i|ive|i have) (?:sent|said|told you|put))? (?:deleted|removed|wiped|gone)\b/,
    /\b(?:want|like|need|get|have)\s(?:my|all my|all of my)\s(?:data|details|info|information|stuff|answers|messages|number|records?)\s(?:deleted|erased|removed|wiped)\b/,
  ],
  human: [
    /\b(?:can|could) (?:someone|somebody|a (?:human|person|real person)|one of (?:you|the team)|a member of staff) (?:call|ring|phone|read this)\b/,
    /\btyping to a (?:bot|robot|computer|machine)\b|\ba (?:phone )?call instead\b|\b(?:speak|talk) to (?:a|my) mentor (?:directly|now|instead)\b/,
    /\b(?:member of staff|real person|human) (?:asked|ask) me\b/,
  ],
  restart: [
    /\b(?:redo|restart|do over) (?:it all|everything|the whole thing|all of it|the lot|the questions|the form)\b/,
    /\bstart (?:the whole thing|it all|everything|all this|the whole lot|the lot)\s(?:again|over)\b/,
    // "can we start again from the beginning", "begin again from scratch": nothing after, so no new life or job.
    /\b(?:start|begin|go)(?: (?:it|this|everything|all|the whole thing))?(?: again| over| all over)? from (?:the )?(?:very )?(?:beginning|start|scratch|top)$/,
  ],
  pause: [
    /\b(?:ill|i will|will|gonna|going to)\s(?:reply|text|message|msg|finish|do (?:this|the rest)|get back|come back|answer|carry on|continue|pick (?:this|it) up)\b(?:\s(?:to )?(?:this|it|you|u|them|the rest|off))?\s(?:later|after|afterwards|tomorrow|tmrw|in the morning|tonight|soon|in a bit|in a while|another time|at the weekend|on my break|after work|when|at home|once im home|in a min|in a minute|shortly|later on)\b/,
    /\b(?:think about it|have a think) and (?:come back|get back|let you know|reply)\b/,
    /^(?:\w+\s){0,2}(?:can|could|may) (?:i|we) (?:have|get|take) (?:a|one) (?:think|minute|min|moment|sec|second|mo|break|breather)\b/,
    /\b(?:can|could) (?:i|we) (?:do|carry on|continue|finish) (?:this|it) (?:after work|at the weekend|on my lunch|later|tomorrow)\b/,
    /\b(?:can|could) (?:i|we) (?:carry on|continue|finish) (?:after work|at the weekend|on my lunch)\b/,
    /\bcarry (?:this|it) on (?:later|tomorrow|another time|after)\b/,
    /^not today\b.*\b(?:tomorrow|another day|maybe|later)\b/,
    /\b(?:will|ill) (?:reply|answer|carry on|finish) (?:on my|at|after|later|when|in my)\b/,
    /\b(?:message|text) (?:you )?(?:again|back) (?:on |later|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|at the weekend)/,
    /\bsave (?:this|it) and come back\b|\bneed a break from (?:this|these questions)\b/,
    /\bnot got the energy\b.*\b(?:later|tomorrow|another time)\b/,
    /\b(?:too tired|exhausted|knackered|shattered)\b.*\b(?:later|tomorrow|tmrw|in the morning|another time|another day)\b/,
  ],
};

/** Asking to stop for now, said so plainly that words about times ("the weekend", "Monday") do not make it an answer. */
const PAUSE_PLAINLY =
  /^(?:\w+\s){0,3}?(?:can|could|shall|may)\s(?:we|i)\s(?:stop|pause|leave it|leave this|come back to (?:this|it)|pick (?:this|it) up|finish (?:this|it|off|the rest)|do (?:this|the rest|these questions))(?:\s(?:for now|here|now|there))?\s(?:and (?:carry on|continue|finish|pick (?:it|this) up|come back)\s)?(?:later|tomorrow|another (?:time|day)|at the weekend|next week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|for now|tonight)\b/;

const insideAsks = (command: Command, t: string): boolean =>
  INSIDE_FIRST[command].test(t) || INSIDE_MORE[command].some((pattern) => pattern.test(t));

/** Answers that carry a command's words: "I want help talking to people", "someone to talk to", "later in the day
 * suits me", "start again in a new job". */
const GUARDS: Partial<Record<Command, RegExp>> = {
  human:
    /\bnot (?:an? )?(?:app|apps|website|online|forum|chat ?room|group|video|leaflet|book)\b(?!.*\b(?:bot|robot|computer|machine|automated)\b)|\b(?:talk|speak|chat)(?:ing)? (?:to|with) (?:more |new |other )?people\b|\b(?:friends?|socialis\w*|social)\b|\b(?:if|nice if|helps if|helpful if) (?:someone|somebody|a person|one of you|a mentor)\b|\b(?:help|confidence|better at|able to|struggle|struggling|hard|find it|scared|nervous|anxious|learn|learning|practise|practice|used to|more|mentor|would like|someone who|a person who|people who|somebody who|(?:someone|somebody) to(?! (?:call|ring|phone|text|message|contact|get in touch))|goal|without|panic|panicking)\b.*\b(?:talk|speak|chat|people|person|human)\b|\b(?:person|someone|somebody|human|people)\s(?:who|whos|whod|wholl|that|thats|with|like|my|of|about(?! (?:this|that|it)\b)|to talk)\b|\b(?:talk|speak|chat)\b.*\b(?:without|confidently|more easily|in groups)\b|\b(?:talk|speak)\s(?:to|with) (?:people|someone|somebody) (?:about|more|again|without|in|at|when|who|that|like)\b/,
  pause:
    /\b(?:each|every) (?:day|morning|night|evening|week|time)\b|^(?:to|learn to|be able to|able to) (?:stop|pause|take a break)\b|\b(?:says|said|told me|tells me|learn|learning|how to|when i need)\b|\bbreak (?:from(?! (?:this|it|here|the questions)\b)|halfway|at some point|sometimes|now and then|in the middle)\b|\bmight need\b|\b(?:suits?|suit me|best|good for me|works for me|is fine|is good|are good|free|available|prefer|morning|mornings|afternoons?|evenings?|weekends?|weekdays?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|am|pm|oclock|\d{1,2}(?:am|pm)|lunchtime|daytime|in the day|daytimes|after work|after school|(?:after|before|around) the school run|any ?time)\b/,
  restart:
    /\bfrom (?:the )?(?:scratch|start|beginning|top)\s(?:with|in|at|on|of|after|when|once|as)\b|\b(?:beginning|start) of (?:my|the|a|this)\b|\b(?:start|begin)\s(?:again|over|afresh)\b.*\b(?:new life|my life|a life|fresh start|new start|somewhere new|away from|new town|new job)\b|\b(?:life|job|work|college|uni|university|school|career|fresh|hobby|exercise|gym|running|driving|dating|my)\b.*\b(?:start|begin)\b|\b(?:start|begin)\s(?:again|over|afresh)\s(?:with|in|at|my|a|after|when|once|like|as|from|since)\b|\b(?:able to|be able|learn to|try to|chance to|hope to)\b.*\b(?:start|begin)\b/,
  erase:
    /\b(?:exs|ex s|his|her|their|someones|mums|dads|partners|friends|boyfriends|girlfriends|husbands|wifes|sisters|brothers)\s(?:\w+\s)?(?:number|numbers|messages|texts|details|data|info|contact|contacts|photos|pictures)\b|\b(?:a lot|often|always|sometimes|usually|keep deleting|tend to)\b|\b(?:used to|mum|dad|partner|husband|wife|he|she|they|deleted|deletes|thoughts?|memories|feelings?|past|negative|habits?|apps?|social media|facebook|instagram|tiktok)\b/,
  resume: /\b(?:not|no|dont|cant|cannot|never|wont|isnt|aint|unable)\b/,
  help: /\b(?:help (?:with|me (?:with|to|get|find|feel|be))|helping|helped)\b|\b(?:anymore|any more|with my life|with myself|these days|lately)\b|\b(?:understand|get) (?:why|how|what (?:is|happened)|myself|my|people|it when)\b/,
};

/** Answers longer than this are read as answers: a command inside a long message is part of what they say. */
const MAX_WORDS = 16;

/** Asking what would happen ("what if I want to start again later?", "would I talk to a person?"): a question about
 * how it works, not the thing itself. Deleting is left out: its confirmation says how it works. */
const WHAT_IF =
  /\b(?:what if|what happens if|what would happen if|what happens when|in case i|if i (?:ever |later |then )?(?:want|wanted|need|needed|decide|decided|change|start))\b|\b(?:would|will|do|does|shall) i (?:get to |be able to |have to |ever )?(?:talk|speak|chat|meet|stop|pause|start)\b|\b(?:was told|were told|told me|said|promised|was meant to|were meant to|supposed to)\b.*\b(?:call|ring|phone|contact|text) (?:me|back)\b/;
const ASKED_ABOUT: readonly Command[] = ['restart', 'human', 'pause'];

/** The command a message asks for, or null when it is an answer. */
export function readCommand(text: string): Command | null {
  const command = readCommandAsked(text);
  if (command && ASKED_ABOUT.includes(command) && WHAT_IF.test(core(normalise(text)))) return null;
  return command;
}

function readCommandAsked(text: string): Command | null {
  const t = core(normalise(text));
  const raw = text.trim();
  if (!t) return /^\?+$/.test(raw) ? 'help' : null;
  for (const command of ORDER) if (WHOLE[command].has(t)) return command;
  for (const command of ORDER) if (closeTo(t, WHOLE[command], 1)) return command;
  if (t.split(' ').length > MAX_WORDS) return null;
  if (PAUSE_PLAINLY.test(t)) return 'pause';
  // "kids are home, later": a short excuse, then when.
  if (
    /[,.!-]\s*(?:(?:ill |i will )?(?:talk|text|speak|chat|reply) )?(?:later|tomorrow|tmrw|another time)\W*$/i.test(
      raw,
    ) &&
    t.split(' ').length <= 8 &&
    !GUARDS.pause?.test(t)
  )
    return 'pause';
  for (const command of ORDER) if (PLAINLY[command]?.some((pattern) => pattern.test(t))) return command;
  for (const command of ORDER) {
    if (!insideAsks(command, t)) continue;
    if (GUARDS[command]?.test(t)) continue;
    return command;
  }
  return null;
}

/** The word HELP itself (or a menu word, or a bare "?"): the help text, wherever it is sent. */
export const isHelpWord = (text: string): boolean => HELP_WORDS.has(core(normalise(text))) || /^\s*\?+\s*$/.test(text);

/** "carry on", "where were we", "ok I'm back": plainly a wish to go on, not an answer that carries those words ("I want
 * to carry on with my art", "continue my studies", "to be feeling better about myself"). */
export function isPlainResume(text: string): boolean {
  const t = core(normalise(text));
  if (readCommand(text) !== 'resume') return false;
  if (WHOLE.resume.has(t) || closeTo(t, WHOLE.resume, 1)) return true;
  if (/\b(?:carry on|continue|keep going|go on|resume)(?: now| please| then| from there| where we were)?$/.test(t))
    return true;
  if (
    /^(?:im|i am|i m|feeling|i feel)(?: \w+){0,2} (?:ok|okay|fine|alright|all right|better|safe)(?: now| again)?$/.test(
      t,
    )
  )
    return true;
  return /\b(?:where (?:were we|was i|did we get to)|pick up where|(?:im|i am) back|back now|ready to (?:carry on|continue|go on))\b/.test(
    t,
  );
}

/** "carry on", "I'm ok now": ready to go on from where we were. Never when they say they are not. */
export function isResume(text: string): boolean {
  const t = normalise(text);
  return readCommand(text) === 'resume' && !/\b(?:not|no|dont|cant|cannot|never|wont|isnt|aint)\b/.test(t);
}

const GREETINGS = phrases(`
hi, hello, hey, hiya, hi there, hello there, hey there, morning, good morning, afternoon, good afternoon, evening,
good evening, hello again, hi again, its me, its me again, yo, hullo, heya, hey again, hiya again, evening
all, hey you
`);

/** A hello (or an empty message) after a gap: we say where we got to rather than take it as an answer. */
export const isGreeting = (text: string): boolean => {
  const t = normalise(text);
  return t === '' || GREETINGS.has(t);
};
