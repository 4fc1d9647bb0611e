// Reads the answer to "are you safe right now?". Anything but a clear yes that is not also a no counts as not safe:
// "no", "not really", "i dont know", "idk", "maybe". Asking directly is safe (Samaritans); a wrong "not safe" costs a
// crisis reply, a wrong "safe" could cost a life, so doubt reads as not safe.

export type SafeAnswer = 'safe' | 'not-safe' | 'unclear';

const plain = (text: string): string =>
  text
    .toLowerCase()
    .replace(/['\u2018\u2019`]/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Doubt or a no anywhere in a short answer. */
const NOT_SAFE =
  /\b(?:no|nope|nah|naw|na|not really|not (?:safe|ok|okay|fine|sure|great|good|really|right now|at the moment|atm)|unsafe|i dont know|i do not know|dont know|dunno|idk|not sure|unsure|maybe|kind of|kinda|sort of|i guess|barely|hardly|dont think so|i dont think|help|scared|frightened|can t|cant|no im not|im not|i am not|i aint|aint)\b/;

/** A plain yes or "I'm safe". */
const SAFE =
  /^(?:(?:yes|yeah|yea|yep|yup|yh|ya|aye|ok|okay|fine|safe|sure|i am|i am safe|i am ok|i am fine|im safe|im ok|im okay|im fine|im alright|i am alright|all good|all ok|yes im safe|yes i am|yes i am safe|honestly yes|definitely|of course)(?: (?:yes|yeah|thanks|thank you|ta|cheers|honestly|promise|i promise|i am|im safe|im ok|im fine|safe|now|right now|for now|x+|love|mate|hun|dont worry|no need to worry))*)$/;

/** An explicit "I'm safe" with no doubt, even after a "no" ("no no, I'm safe, don't worry"). */
const SAID_SAFE = /\b(?:im|i am) (?:safe|ok|okay|fine|alright)\b/;
const DOUBT = /\b(?:not|dont (?:know|think|feel)|idk|dunno|maybe|unsure|scared|frightened|help|but)\b/;

export function readSafeAnswer(text: string): SafeAnswer {
  const t = plain(text);
  if (t === '') return 'unclear';
  if (SAFE.test(t)) return 'safe';
  if (SAID_SAFE.test(t) && !DOUBT.test(t)) return 'safe';
  if (NOT_SAFE.test(t)) return 'not-safe';
  return 'unclear';
}
