// Getting to know the person: one question per message, each one skippable, with varied thanks between them.
import type { AskQuestionReply } from '../../flows/intake/replies.js';
import type { QuestionId } from '../../flows/intake/questions.js';
import type { Channel } from '../settings.js';
import { cmd, paragraphs, pick } from './text.js';

const QUESTIONS: Record<Exclude<QuestionId, 'goals'>, string> = {
  name: 'What would you like us to call you? Your first name or initials are fine.',
  age: 'How old are you?',
  area: 'Which town or area do you live in?',
  situation: 'In your own words, what is going on for you at the moment? Say as much or as little as you like.',
  help: 'What would you like some help with?',
  meeting: 'How would you like to meet a mentor? By phone, video call or in person?',
  times: 'What days or times suit you best?',
  access:
    'Is there anything that would make it easier for you? For example, large print, a quiet place or a friend with you.',
  mentorWishes:
    'Is there anything you would like in a mentor? For example, a man or a woman, or someone near your age.',
  shareWords:
    'Last one. When we look for a mentor, they see your initials, age, town, the help you would like and your goals. ' +
    'Can they also read what you told us is going on for you, in your own words? Reply YES or NO. ' +
    'If not, a coordinator may write a short summary for them instead.',
};

/** How each question is named when we say where we got to ("We got to: how you'd like to meet"). */
export const QUESTION_TOPICS: Record<QuestionId, string> = {
  name: 'what to call you',
  age: 'your age',
  area: 'where you live',
  situation: 'what is going on for you',
  help: 'what you would like help with',
  goals: 'your goals',
  meeting: 'how you would like to meet',
  times: 'what times suit you',
  access: 'what would make it easier',
  mentorWishes: 'what you would like in a mentor',
  shareWords: 'whether mentors may read your own words',
};

const THANKS = ['Thanks.', 'Thank you.', 'Thanks for sharing that.', 'Got it, thanks.', 'Thank you, that helps.'];
const SKIPPED = ['No problem.', "That's fine.", "Ok, we'll leave that one."];

function goalQuestion(goalNumber: number, channel: Channel): string {
  if (goalNumber <= 1)
    return 'What is one thing you would like to work towards? It can be big or small, like getting out more.';
  return `Is there another goal? Send it, or reply ${cmd('done', channel)}.`;
}

export function askQuestion(reply: AskQuestionReply, channel: Channel): string {
  const question = reply.question === 'goals' ? goalQuestion(reply.goalNumber, channel) : QUESTIONS[reply.question];
  const skipHint = `Reply ${cmd('skip', channel)} to skip one, or ${cmd('later', channel)} to stop for now.`;
  switch (reply.lead) {
    case 'intro':
      return paragraphs(
        channel,
        `Thanks, that's the checks done. Now a few questions to get to know you. ${skipHint}`,
        question,
      );
    case 'thanks':
      return paragraphs(channel, pick(THANKS, reply.answered), question);
    case 'skipped':
      return paragraphs(channel, pick(SKIPPED, reply.answered), question);
    case 'none':
      return reply.resumed ? paragraphs(channel, question, `(Reply ${cmd('skip', channel)} to skip it.)`) : question;
  }
}

export function mediaOnly(): string {
  return `Thanks for sending that. We can only read words here, so could you tell us in a message?`;
}
