// Every intake reply variant with realistic values, for the wording tests: long answers included for the review.
import { somersetCrisisLines } from '../../dialogs/crisis.js';
import type { DialogSettings } from '../../dialogs/settings.js';
import { QUESTION_ORDER } from '../../flows/intake/questions.js';
import type { Profile } from '../../flows/intake/questions.js';
import type { HandoffOutcome } from '../../flows/intake/events.js';
import type { IntakeReply, Prompt, QuestionLead } from '../../flows/intake/replies.js';

export const settings: DialogSettings = {
  serviceName: 'Peer Connections',
  area: 'Somerset',
  crisisLines: somersetCrisisLines,
  workingHoursText: 'Monday to Friday, 9am to 5pm',
  replyWithinWorkingDays: 2,
  reminderAfterDays: 3,
};

const long = (seed: string): string => `${seed} `.repeat(Math.ceil(1600 / (seed.length + 1))).slice(0, 1600);

export const profiles: Record<string, Profile> = {
  empty: { answers: {}, goals: [], skipped: [] },
  typical: {
    answers: {
      name: 'Sam',
      age: '34',
      area: 'Taunton',
      situation: 'I hear voices sometimes and I have not been out much since the winter.',
      help: 'Getting out of the house and talking to people',
      meeting: 'Phone first, then maybe in person',
      times: 'Weekday mornings',
      access: 'I find busy places hard',
      mentorWishes: 'Someone a bit older',
    },
    goals: ['Walk to the shop', 'Join a group', 'Feel less alone'],
    skipped: [],
  },
  someSkipped: {
    answers: { name: 'J', area: 'Yeovil', meeting: 'Zoom' },
    goals: [],
    skipped: ['age', 'situation', 'help', 'goals', 'times', 'access', 'mentorWishes'],
  },
  // Long answers, smart quotes, a dash and an emoji: the SMS review must still be GSM-7 and three segments.
  longAndFancy: {
    answers: Object.fromEntries(
      QUESTION_ORDER.filter((q) => q !== 'goals').map((q) => [
        q,
        long(`\u201CIt\u2019s hard\u201D \u2014 ${q} \u{1F642} words`),
      ]),
    ),
    goals: [long('first goal'), long('second goal'), long('third goal')],
    skipped: [],
  },
};

const prompts: Prompt[] = [
  { step: 'consent' },
  { step: 'age' },
  { step: 'area' },
  { step: 'outside' },
  ...QUESTION_ORDER.map((question): Prompt => ({ step: 'question', question })),
  { step: 'review' },
];

const leads: QuestionLead[] = ['intro', 'thanks', 'skipped', 'none'];
const outcomes: HandoffOutcome[] = ['matched', 'stepped-up', 'not-eligible', 'no-reply', 'withdrew'];

/** All the variants, labelled. */
export function allReplies(): [string, IntakeReply][] {
  const out: [string, IntakeReply][] = [
    ['welcome', { key: 'welcome' }],
    ['consentAsk', { key: 'consentAsk', again: false }],
    ['consentAsk again', { key: 'consentAsk', again: true }],
    ['consentExplain', { key: 'consentExplain' }],
    ['declined', { key: 'declined' }],
    ['askAge', { key: 'askAge', again: false }],
    ['askAge again', { key: 'askAge', again: true }],
    ['under18', { key: 'under18' }],
    ['askArea', { key: 'askArea', again: false }],
    ['askArea again', { key: 'askArea', again: true }],
    ['outsideArea', { key: 'outsideArea', again: false }],
    ['outsideArea again', { key: 'outsideArea', again: true }],
    ['signpost', { key: 'signpost' }],
    ['mediaOnly', { key: 'mediaOnly' }],
    ['paused ask', { key: 'paused', askReminder: true }],
    ['paused', { key: 'paused', askReminder: false }],
    ['reminderSet', { key: 'reminderSet' }],
    ['noReminder', { key: 'noReminder' }],
    ['reminder', { key: 'reminder' }],
    ['crisis', { key: 'crisis', repeat: 0 }],
    ['crisis repeat', { key: 'crisis', repeat: 1 }],
    ['concern', { key: 'concern' }],
    ['crisisHold', { key: 'crisisHold', count: 0 }],
    ['askSafe', { key: 'askSafe', again: false }],
    ['askSafe again', { key: 'askSafe', again: true }],
    ['safeAnswered safe', { key: 'safeAnswered', safe: true }],
    ['safeAnswered otherwise', { key: 'safeAnswered', safe: false }],
    ['crisisResumed', { key: 'crisisResumed' }],
    ['reviewHelp', { key: 'reviewHelp' }],
    ['handedOff completed', { key: 'handedOff', reason: 'completed', privacy: false }],
    ['handedOff asked', { key: 'handedOff', reason: 'asked', privacy: false }],
    ['handedOff asked before consent', { key: 'handedOff', reason: 'asked', privacy: true }],
    ['handedOff outside-area', { key: 'handedOff', reason: 'outside-area', privacy: false }],
    ['claimed', { key: 'claimed', coordinatorName: 'Alex' }],
    ['returned', { key: 'returned' }],
    ['closedFollowUp', { key: 'closedFollowUp', count: 0 }],
    ['matched', { key: 'matched', mentorFirstName: 'Sharon' }],
    ['help', { key: 'help' }],
    ['confirmErase', { key: 'confirmErase' }],
    ['erased', { key: 'erased' }],
    ['eraseCancelled', { key: 'eraseCancelled' }],
    ['restarted', { key: 'restarted' }],
  ];
  for (const count of [0, 1, 2]) out.push([`waitingAck ${count}`, { key: 'waitingAck', count }]);
  for (const count of [0, 1, 2]) out.push([`waitingStatus ${count}`, { key: 'waitingStatus', count }]);
  for (const count of [1, 2]) out.push([`crisisHold ${count}`, { key: 'crisisHold', count }]);
  out.push(['consentAgain', { key: 'consentAgain' }]);
  const missPrompts: Prompt[] = [
    { step: 'consent' },
    { step: 'age' },
    { step: 'area' },
    { step: 'outside' },
    { step: 'question', question: 'situation' },
    { step: 'review' },
  ];
  for (const prompt of missPrompts)
    for (const misses of [1, 2, 3])
      out.push([`notUnderstood ${prompt.step} ${misses}`, { key: 'notUnderstood', prompt, misses }]);
  for (const step of ['consent', 'age', 'area'] as const)
    for (const misses of [1, 2, 3])
      out.push([
        `notUnderstood ${step} ${misses} refused`,
        { key: 'notUnderstood', prompt: { step }, misses, refused: true },
      ]);
  for (const outcome of outcomes) out.push([`closed ${outcome}`, { key: 'closed', outcome }]);
  for (const prompt of prompts) {
    const where = prompt.step === 'question' ? `question ${prompt.question}` : prompt.step;
    out.push([`welcomeBack ${where}`, { key: 'welcomeBack', prompt, answered: 4 }]);
  }
  for (const question of QUESTION_ORDER) {
    for (const lead of leads) {
      for (const goalNumber of question === 'goals' ? [1, 2, 3] : [0]) {
        for (const [answered, resumed] of [
          [0, false],
          [3, false],
          [4, true],
        ] as const) {
          out.push([
            `askQuestion ${question} ${lead} goal${goalNumber} answered${answered}${resumed ? ' resumed' : ''}`,
            { key: 'askQuestion', question, lead, answered, goalNumber, resumed },
          ]);
        }
      }
    }
  }
  for (const [name, profile] of Object.entries(profiles)) {
    out.push([`review ${name}`, { key: 'review', profile, changed: false }]);
    out.push([`review ${name} changed`, { key: 'review', profile, changed: true }]);
  }
  return out;
}
