// The mentee's journey as conversation tables: what they send, where the flow is after, what it replies.
import { describe, expect, it } from 'vitest';
import type { IntakeTopState } from '../../../flows/intake/index.js';
import { renderIntake } from '../../../dialogs/intake/index.js';
import { settings } from '../../dialogs/intakeSamples.js';
import { conversation, urgent } from './harness.js';
import type { Step } from './harness.js';

type Row = [Step, IntakeTopState, string[]];

function play(rows: Row[], channel: 'sms' | 'teams' = 'sms') {
  const c = conversation(channel);
  rows.forEach(([step, state, keys], i) => {
    const got = c.keys(step);
    expect({ row: i, step, state: c.state(), keys: got }).toEqual({ row: i, step, state, keys });
  });
  return c;
}

const ask = 'askQuestion';
const toQuestions: Row[] = [
  ['hi', 'consent', ['welcome', 'consentAsk']],
  ['yes', 'eligibility', ['askAge']],
  ["yes I'm 34", 'eligibility', ['askArea']],
  ['Taunton', 'questions', [ask]],
];

describe('the whole journey', () => {
  it('runs from hello to handoff at the person pace, with skips, a pause, a change and a send', () => {
    const c = play([
      ['hi', 'consent', ['welcome', 'consentAsk']],
      ['what is this', 'consent', ['consentExplain', 'consentAsk']],
      ['Yes.', 'eligibility', ['askAge']],
      ["yes I'm 34", 'eligibility', ['askArea']],
      ['yes, Taunton', 'questions', [ask]],
      ['Sam', 'questions', [ask]],
      ['rather not say', 'questions', [ask]],
      ['later', 'paused', ['paused']],
      ['yes', 'paused', ['reminderSet']],
      [{ text: 'hello', after: 72 }, 'questions', ['welcomeBack', ask]],
      ['Getting out of the house', 'questions', [ask]],
      ['Walk to the shop', 'questions', [ask]],
      ['Join a group', 'questions', [ask]],
      ["that's all", 'questions', [ask]],
      ['Phone first', 'questions', [ask]],
      ['Mornings', 'questions', [ask]],
      ['pass', 'questions', [ask]],
      ['Someone older', 'questions', [ask]],
      ['no', 'review', ['review']],
      ['change 1', 'questions', [ask]],
      ['SJ', 'review', ['review']],
      ['what?', 'review', ['notUnderstood']],
      ['send', 'waiting', ['handedOff']],
    ]);
    expect(c.fx.raiseHandoff).toHaveBeenCalledTimes(1);
    expect(c.fx.raiseHandoff).toHaveBeenCalledWith({
      reason: 'completed',
      profile: {
        answers: {
          name: 'SJ',
          age: '34',
          area: 'Taunton',
          help: 'Getting out of the house',
          meeting: 'Phone first',
          times: 'Mornings',
          mentorWishes: 'Someone older',
          shareWords: 'no',
        },
        goals: ['Walk to the shop', 'Join a group'],
        skipped: ['situation', 'access'],
      },
    });
    expect(c.fx.scheduleReminder).toHaveBeenCalledTimes(1);
    expect(c.fx.cancelReminder).toHaveBeenCalled();
  });

  it('never asks again what was answered: age given at the check is not asked, the pending question is', () => {
    const c = play(toQuestions);
    expect(c.send('Jo')).toMatchObject([{ key: ask, question: 'situation', lead: 'thanks' }]);
    expect(c.send({ text: 'hi', after: 30 })).toMatchObject([
      { key: 'welcomeBack', prompt: { step: 'question', question: 'situation' }, answered: 3 },
      { key: ask, question: 'situation', resumed: true },
    ]);
  });

  it('a long gap followed by a real answer says welcome back and takes the answer', () => {
    const c = play(toQuestions);
    expect(c.keys({ text: 'Jo', after: 48 })).toEqual(['welcomeBack', ask]);
    expect(c.context().profile.answers.name).toBe('Jo');
  });

  it('"ok im back" at the checks carries on where we were: the "ok" is no yes to the question', () => {
    const c = play([
      ['hi', 'consent', ['welcome', 'consentAsk']],
      ['yes', 'eligibility', ['askAge']],
      ['ok im back', 'eligibility', ['askAge']],
      ['later', 'paused', ['paused']],
      ['no thanks', 'paused', ['noReminder']],
      ['ok im back', 'eligibility', ['welcomeBack', 'askAge']],
    ]);
    expect(c.context().prompt).toEqual({ step: 'age' });
    // The question asked again after a pause: nothing was misread, so no "sorry, we didn't catch that".
    expect(renderIntake({ key: 'askAge', again: true }, 'sms', settings)).not.toMatch(/catch that|sorry/i);
    expect(renderIntake({ key: 'askArea', again: true }, 'sms', settings)).not.toMatch(/catch that|sorry/i);
    expect(renderIntake({ key: 'outsideArea', again: true }, 'sms', settings)).not.toMatch(/catch that|sorry/i);
  });

  it('asks for words when only a picture arrives', () => {
    const c = play(toQuestions);
    expect(c.keys({ text: '', media: 1 })).toEqual(['mediaOnly', ask]);
  });
});

describe('safety', () => {
  it('urgent at first contact: crisis reply, then "carry on" starts the welcome', () => {
    play([
      [urgent(), 'crisis', ['crisis']],
      ['ok', 'crisis', ['crisisHold']],
      ["I'm ok now, can we carry on", 'consent', ['crisisResumed', 'welcome', 'consentAsk']],
    ]);
  });

  it('urgent mid-journey repeats the numbers (repeat=1), then resumes the same question', () => {
    const c = play([...toQuestions, ['Sam', 'questions', [ask]], [urgent(), 'crisis', ['crisis']]]);
    expect(c.send(urgent())).toEqual([{ key: 'crisis', repeat: 1 }]);
    expect(c.send("I'm ok now, can we carry on")).toMatchObject([
      { key: 'crisisResumed' },
      { key: ask, question: 'situation' },
    ]);
    expect(c.state()).toBe('questions');
    expect(c.send(urgent())).toEqual([{ key: 'crisis', repeat: 0 }]);
  });

  it('urgent while paused, then carry on', () => {
    play([
      ...toQuestions,
      ['later', 'paused', ['paused']],
      [urgent(), 'crisis', ['crisis']],
      ['carry on', 'questions', ['crisisResumed', ask]],
    ]);
  });

  it('a concern is acknowledged and still taken as the answer', () => {
    const c = play([...toQuestions, ['Sam', 'questions', [ask]]]);
    expect(c.keys({ text: 'I feel low most days', concern: true })).toEqual(['concern', ask]);
    expect(c.context().profile.answers.situation).toBe('I feel low most days');
  });

  it('a signal below urgent asks whether they are safe; yes carries on with their message as the answer it was', () => {
    const c = play([...toQuestions, ['Sam', 'questions', [ask]]]);
    expect(c.keys({ text: 'been putting aside my meds', concern: true, ask: true })).toEqual(['askSafe']);
    expect(c.state()).toBe('checking-safe');
    c.rehydrate();
    expect(c.send('yes I am safe')).toEqual([
      { key: 'safeAnswered', safe: true },
      expect.objectContaining({ key: 'askQuestion', question: 'help' }),
    ]);
    expect(c.state()).toBe('questions');
    expect(c.context().profile.answers.situation).toBe('been putting aside my meds');
    // Not asked again the same day: the concern line instead, and the message is the answer it is.
    expect(c.keys({ text: 'still putting them aside', concern: true, ask: true })).toEqual(['concern', ask]);
    expect(c.keys({ text: 'and again', after: 25, concern: true, ask: true })).toEqual(['askSafe']);
  });

  it('an answer that is neither yes nor no still carries on, with where help is', () => {
    const c = play([...toQuestions, ['Sam', 'questions', [ask]]]);
    c.send({ text: 'i feel so hopeless', concern: true, ask: true });
    expect(c.send('why do you ask')).toEqual([
      { key: 'safeAnswered', safe: false },
      expect.objectContaining({ key: 'askQuestion', question: 'help' }),
    ]);
  });

  it('not safe (read as urgent by the bot): the crisis reply, and carry on asks their question again', () => {
    const c = play([...toQuestions, ['Sam', 'questions', [ask]]]);
    c.send({ text: 'been putting aside my meds', concern: true, ask: true });
    expect(c.keys(urgent('no'))).toEqual(['crisis']);
    expect(c.state()).toBe('crisis');
    expect(c.keys('carry on')).toEqual(['crisisResumed', ask]);
    expect(c.state()).toBe('questions');
  });

  it('during relay the bot is silent but for who picked them up and the crisis reply, and relays everything', () => {
    const c = play([
      ...toQuestions,
      ['talk to a person', 'waiting', ['handedOff']],
      ['are you there?', 'waiting', ['waitingAck']],
      [{ type: 'COORDINATOR_CLAIMED', at: '', coordinatorName: 'Alex' }, 'relay', ['claimed']],
      ['hi Alex', 'relay', []],
      [{ text: 'bit low today', concern: true }, 'relay', []],
      [urgent('I have the pills here'), 'relay', ['crisis']],
      [urgent('I have the pills here'), 'relay', ['crisis']],
      [{ type: 'COORDINATOR_RETURNED', at: '' }, 'questions', ['returned', ask]],
    ]);
    expect(c.fx.relay.mock.calls.map(([p]) => p.text)).toEqual([
      'are you there?',
      'hi Alex',
      'bit low today',
      'I have the pills here',
      'I have the pills here',
    ]);
    expect(c.fx.reply.mock.calls).toEqual([[{ key: 'returned' }], [expect.objectContaining({ key: ask })]]);
  });
});

describe('any time', () => {
  it('HELP answers and asks the pending question again, at several points', () => {
    play([
      ['hi', 'consent', ['welcome', 'consentAsk']],
      ['HELP', 'consent', ['help', 'consentAsk']],
      ['yes', 'eligibility', ['askAge']],
      ['help?', 'eligibility', ['help', 'askAge']],
      ['34', 'eligibility', ['askArea']],
      ['Yeovil', 'questions', [ask]],
      ['help', 'questions', ['help', ask]],
      ['I need help getting out', 'questions', [ask]],
    ]);
  });

  it('start again clears the answers and welcomes again', () => {
    const c = play([
      ...toQuestions,
      ['Sam', 'questions', [ask]],
      ['start again', 'consent', ['restarted', 'welcome', 'consentAsk']],
    ]);
    expect(c.context().profile).toEqual({ answers: {}, goals: [], skipped: [] });
  });

  it('delete my data asks first; no keeps everything, yes erases', () => {
    const c = play([
      ...toQuestions,
      ['Sam', 'questions', [ask]],
      ['delete my data', 'confirm-erase', ['confirmErase']],
      ['no', 'questions', ['eraseCancelled', ask]],
      ['delete my data', 'confirm-erase', ['confirmErase']],
      ['yes', 'ended', ['erased']],
    ]);
    expect(c.fx.forget).toHaveBeenCalledWith({ reason: 'erase-request' });
    expect(c.context().profile.answers).toEqual({});
    expect(c.keys('hi')).toEqual(['welcome', 'consentAsk']);
  });

  it('delete my data while waiting for the team', () => {
    const c = play([
      ...toQuestions,
      ['talk to someone', 'waiting', ['handedOff']],
      ['delete my data', 'confirm-erase', ['confirmErase']],
      ['nah', 'waiting', ['eraseCancelled']],
    ]);
    expect(c.fx.forget).not.toHaveBeenCalled();
  });

  it('talk to a person at first contact, in eligibility and in review hands off with what we have', () => {
    const first = play([['can I talk to a person', 'waiting', ['handedOff']]]);
    expect(first.fx.raiseHandoff).toHaveBeenCalledWith({
      reason: 'asked',
      profile: { answers: {}, goals: [], skipped: [] },
    });
    // Before the consent question they have not heard what we keep: the handoff reply says it.
    expect(first.fx.reply).toHaveBeenCalledWith(expect.objectContaining({ key: 'handedOff', privacy: true }));
    const mid = play([...toQuestions.slice(0, 3), ['speak to someone', 'waiting', ['handedOff']]]);
    expect(mid.fx.raiseHandoff).toHaveBeenCalledWith(expect.objectContaining({ reason: 'asked' }));
    expect(mid.fx.reply).toHaveBeenCalledWith(expect.objectContaining({ key: 'handedOff', privacy: false }));
    expect(mid.context().profile.answers.age).toBe('34');
  });
});

describe('keeping an answer to themselves at the checks', () => {
  it('at consent, not deciding yet is asked again kindly: never taken as a yes, nothing ends', () => {
    const c = play([
      ['hi', 'consent', ['welcome', 'consentAsk']],
      ['not sure yet, can we carry on', 'consent', ['consentExplain', 'notUnderstood']],
      ['no comment', 'consent', ['notUnderstood']],
      ['ok yes', 'eligibility', ['askAge']],
    ]);
    expect(c.fx.forget).not.toHaveBeenCalled();
  });

  it('at age and area, "rather not say" is never stored and never a no; yes is enough to carry on', () => {
    const c = conversation('sms');
    c.send('hi');
    c.send('yes');
    const age = c.send('rather not say');
    expect(age).toEqual([{ key: 'notUnderstood', prompt: { step: 'age' }, misses: 1, refused: true }]);
    expect(c.keys('does it matter?')).toEqual(['notUnderstood']);
    expect(c.keys('yes')).toEqual(['askArea']);
    expect(c.send("I'd rather not say where")).toEqual([
      { key: 'notUnderstood', prompt: { step: 'area' }, misses: 1, refused: true },
    ]);
    expect(c.keys('yes')).toEqual(['askQuestion']);
    expect(c.context().profile).toEqual({ answers: {}, goals: [], skipped: [] });
    expect(c.fx.forget).not.toHaveBeenCalled();
  });
});

describe('endings', () => {
  it('consent no ends kindly and keeps nothing', () => {
    const c = play([
      ['hi', 'consent', ['welcome', 'consentAsk']],
      ['no thanks', 'ended', ['declined']],
    ]);
    expect(c.fx.forget).toHaveBeenCalledWith({ reason: 'declined' });
  });

  it('under 18 signposts and keeps nothing', () => {
    const c = play([
      ['hi', 'consent', ['welcome', 'consentAsk']],
      ['yes', 'eligibility', ['askAge']],
      ["I'm 16", 'ended', ['under18']],
    ]);
    expect(c.fx.forget).toHaveBeenCalledWith({ reason: 'under-18' });
    expect(c.fx.raiseHandoff).not.toHaveBeenCalled();
  });

  it('outside the area, pass to the team anyway', () => {
    const c = play([
      ['hi', 'consent', ['welcome', 'consentAsk']],
      ['yes', 'eligibility', ['askAge']],
      ['yes', 'eligibility', ['askArea']],
      ['I live in Bath', 'eligibility', ['outsideArea']],
      ['hmm', 'eligibility', ['notUnderstood']],
      ['TEAM', 'waiting', ['handedOff']],
    ]);
    expect(c.fx.raiseHandoff).toHaveBeenCalledWith({
      reason: 'outside-area',
      profile: { answers: { area: 'I live in Bath' }, goals: [], skipped: [] },
    });
  });

  it('unsure of the area, other places to try; a later message offers the team again', () => {
    const c = play([
      ['hi', 'consent', ['welcome', 'consentAsk']],
      ['yes', 'eligibility', ['askAge']],
      ['yes', 'eligibility', ['askArea']],
      ['not sure', 'eligibility', ['notUnderstood']],
      ['no', 'eligibility', ['outsideArea']],
      ['other', 'closed', ['signpost']],
      ['hello', 'closed', ['closedFollowUp']],
      ['team', 'waiting', ['handedOff']],
    ]);
    expect(c.fx.raiseHandoff).toHaveBeenCalledWith(expect.objectContaining({ reason: 'asked' }));
  });

  it('a closed handoff says a kind word per outcome, then offers the team or a new start', () => {
    play([
      ...toQuestions,
      ['talk to a person', 'waiting', ['handedOff']],
      [{ type: 'MENTOR_MATCHED', at: '', mentorFirstName: 'Sharon' }, 'waiting', ['matched']],
      [{ type: 'HANDOFF_CLOSED', at: '', outcome: 'matched' }, 'closed', ['closed']],
      ['thanks', 'closed', ['closedFollowUp']],
      ['start again', 'consent', ['restarted', 'welcome', 'consentAsk']],
    ]);
  });
});

describe('reminders', () => {
  it('only after opting in, never more than max, and never after the person comes back', () => {
    const c = play([...toQuestions, ['later', 'paused', ['paused']], ['no', 'paused', ['noReminder']]]);
    expect(c.keys({ type: 'REMINDER_DUE', at: '', max: 1 })).toEqual([]);
    expect(c.fx.scheduleReminder).not.toHaveBeenCalled();

    const d = play([...toQuestions, ['not now', 'paused', ['paused']], ['yes please', 'paused', ['reminderSet']]]);
    expect(d.keys({ type: 'REMINDER_DUE', at: '', max: 1 })).toEqual(['reminder']);
    expect(d.keys({ type: 'REMINDER_DUE', at: '', max: 1 })).toEqual([]);
    expect(d.fx.scheduleReminder).toHaveBeenCalledTimes(1);
  });

  it('books the next one only while the max allows', () => {
    const c = play([...toQuestions, ['later', 'paused', ['paused']], ['yes', 'paused', ['reminderSet']]]);
    expect(c.keys({ type: 'REMINDER_DUE', at: '', max: 2 })).toEqual(['reminder']);
    expect(c.fx.scheduleReminder).toHaveBeenCalledTimes(2);
    expect(c.keys({ type: 'REMINDER_DUE', at: '', max: 2 })).toEqual(['reminder']);
    expect(c.fx.scheduleReminder).toHaveBeenCalledTimes(2);
    expect(c.keys({ type: 'REMINDER_DUE', at: '', max: 2 })).toEqual([]);
  });
});

describe('a year of birth at the age check', () => {
  it('is read with the year the message was sent: born 19 or more years ago goes on, 17 or fewer is under 18', () => {
    play([
      ['hi', 'consent', ['welcome', 'consentAsk']],
      ['yes', 'eligibility', ['askAge']],
      ['born in 2004', 'eligibility', ['askArea']],
    ]);
    const young = play([
      ['hi', 'consent', ['welcome', 'consentAsk']],
      ['yes', 'eligibility', ['askAge']],
      ['i was born in 2011', 'ended', ['under18']],
    ]);
    expect(young.fx.forget).toHaveBeenCalledWith({ reason: 'under-18' });
  });
});
