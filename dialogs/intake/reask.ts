// What we say when we could not read a message: never the same words twice running. The first miss gets a shorter
// ask with the choices spelled out; from the second, a simple choice and the offer of a person (TEAM).
import type { Prompt } from '../../flows/intake/replies.js';
import { resumeHint } from '../crisis.js';
import type { Channel, DialogSettings } from '../settings.js';
import { QUESTION_TOPICS } from './questions.js';
import { cmd, pick } from './text.js';

/** First miss, then two wordings that take turns, so no two misses in a row read the same. */
const byMiss = (misses: number, first: string, second: string, third: string): string =>
  misses <= 1 ? first : misses % 2 === 0 ? second : third;

/** They kept the answer to themselves at a check we cannot go on without: fine, and here is the least we need. */
function keptToThemselves(step: 'consent' | 'age' | 'area', misses: number, channel: Channel, s: DialogSettings) {
  const c = (word: string) => cmd(word, channel);
  const person = `Or reply ${c('team')} and someone from our team will get in touch.`;
  switch (step) {
    case 'consent':
      return byMiss(
        misses,
        `That's ok, there's no rush to decide. We can only go on once you're happy for us to keep what you tell us. Reply ${c('yes')} when you're ready, ${c('no')} if you'd rather not, or ${c('later')} to come back to it.`,
        `We can't go on to the other questions without your ok, sorry. Reply ${c('yes')} if it's ok to keep what you tell us, or ${c('no')} if not. ${person}`,
        `Take your time. Reply ${c('yes')} to carry on, ${c('no')} to stop here, ${c('later')} to think it over, or ${c('team')} to talk to a person.`,
      );
    case 'age':
      return byMiss(
        misses,
        `That's fine, you don't have to tell us your age. We only need to know you're 18 or over, as we support adults. Reply ${c('yes')} if you are, or ${c('no')} if not.`,
        `We only need to know you're 18 or over, nothing more. Just reply ${c('yes')} or ${c('no')}. ${person}`,
        `That's ok. Reply ${c('yes')} if you're 18 or over, ${c('no')} if not, or ${c('team')} to talk to a person.`,
      );
    case 'area':
      return byMiss(
        misses,
        `That's fine, you don't have to tell us where you live. We only need to know it's in ${s.area}, as that's where our mentors are. Reply ${c('yes')} if it is, or ${c('no')} if not.`,
        `We only need to know you live in ${s.area}, nothing more. Just reply ${c('yes')} or ${c('no')}. ${person}`,
        `That's ok. Reply ${c('yes')} if you live in ${s.area}, ${c('no')} if not, or ${c('team')} to talk to a person.`,
      );
  }
}

export function notUnderstood(
  prompt: Prompt,
  misses: number,
  channel: Channel,
  s: DialogSettings,
  refused = false,
): string {
  const c = (word: string) => cmd(word, channel);
  const person = `Or reply ${c('team')} and someone from our team will get in touch.`;
  if (refused && (prompt.step === 'consent' || prompt.step === 'age' || prompt.step === 'area'))
    return keptToThemselves(prompt.step, misses, channel, s);
  switch (prompt.step) {
    case 'consent':
      return byMiss(
        misses,
        `So, is it ok for us to keep what you tell us? Reply ${c('yes')} if it's ok, or ${c('no')} if not.`,
        `Sorry, we're still not sure what you meant. Just reply ${c('yes')} or ${c('no')}. ${person}`,
        `No rush. Reply ${c('yes')} to carry on, ${c('no')} to stop here, or ${c('team')} to talk to a person.`,
      );
    case 'age':
      return byMiss(
        misses,
        `Sorry, we didn't catch that. Are you 18 or over? Reply ${c('yes')} or ${c('no')}, or send your age, like 34.`,
        `Sorry, we're still not sure. Reply ${c('yes')} if you're 18 or over, or ${c('no')} if you're not. ${person}`,
        `Just one word is fine: ${c('yes')} if you're 18 or over, ${c('no')} if not, or ${c('team')} to talk to a person.`,
      );
    case 'area':
      return byMiss(
        misses,
        `Sorry, we didn't catch that. Do you live in ${s.area}? Reply ${c('yes')} or ${c('no')}, or send the name of your town or village.`,
        `Sorry, we don't know that place. Reply ${c('yes')} if you live in ${s.area}, or ${c('no')} if not. ${person}`,
        `Just one word is fine: ${c('yes')} if you live in ${s.area}, ${c('no')} if not, or ${c('team')} to talk to a person.`,
      );
    case 'outside':
      return byMiss(
        misses,
        `Sorry, we didn't catch that. Reply ${c('team')} and we'll pass your details to our team, or ${c('other')} for other places to try.`,
        `Just one word is fine: ${c('team')} to talk to a person, or ${c('other')} for other places to try.`,
        `We'd still like to help. Reply ${c('team')} for our team, or ${c('other')} for other places to try.`,
      );
    case 'question': {
      const topic = QUESTION_TOPICS[prompt.question];
      return byMiss(
        misses,
        `Sorry, we didn't get any words there. We were asking about ${topic}. Send your answer, or reply ${c('skip')} to skip it.`,
        `Just a few words about ${topic} is fine. Or reply ${c('skip')} to move on. ${person}`,
        `No rush. Reply ${c('skip')} to move on, ${c('later')} to stop for now, or ${c('team')} to talk to a person.`,
      );
    }
    case 'review':
      return byMiss(
        misses,
        `Sorry, we didn't catch that. Reply ${c('send')} to pass this on. Or reply ${c('change')} or ${c('remove')} and a number, like ${c('change 3')}.`,
        `Sorry, we're still not sure. Reply ${c('send')} if it looks right. ${person}`,
        `Just one word is fine: ${c('send')} to pass it on, or ${c('team')} and a person will go through it with you.`,
      );
  }
}

const HOLDS = [
  `We're still here, and there's no rush.`,
  `We're here whenever you want to talk. Take all the time you need.`,
  `Thank you for your message. We're still here for you.`,
];

/** After a crisis reply, until they are ready to carry on. */
export function crisisHold(count: number, channel: Channel, kept = false): string {
  const keep = kept ? ` We've kept what you just sent, and will use it as your answer when you carry on.` : '';
  return `${pick(HOLDS, count)}${keep} ${resumeHint(channel)}`;
}

const STATUS = [
  `You're all set: our team has what you told us and will be in touch. If you want to add anything, just text it here.`,
  `There's nothing more to do for now. Our team will get in touch with you. Anything you text here goes to them.`,
  `Your details are with our team, and they'll be in touch. You can text us here any time.`,
];

/** "carry on" or "later" after the handoff: said to them, not passed to the team. */
export function waitingStatus(count: number, channel: Channel, s: DialogSettings): string {
  const when = count === 0 ? ` We work ${s.workingHoursText}.` : '';
  const restart = count === 0 ? ` To begin again, reply ${cmd('start again', channel)}.` : '';
  return `${pick(STATUS, count)}${when}${restart}`;
}

/** "actually yes" after a no. Nothing was kept, so we say again how to delete. */
export function consentAgain(channel: Channel): string {
  return `Thank you, that's fine. What you tell us is kept by our team, and you can text ${cmd('delete my data', channel)} at any time.`;
}
