// The mentee's journey from first text to handoff, as a pure state machine: no I/O, no clock but events' `at`.
// Effects (replies, handoff records, erasure, reminder jobs) are named actions the bot provides with `.provide()`.
import { assign } from 'xstate';
import { withAnswer } from './questions.js';
import { readingOf } from './setup.js';
import { intakeSteps } from './steps.js';
import { initialContext } from './context.js';

export type { ForgetReason, HandoffParams } from './setup.js';

export const intakeMachine = intakeSteps.createMachine({
  id: 'intake',
  context: ({ input }) => initialContext(input.channel, input.area),
  initial: 'start',
  on: {
    MESSAGE: { actions: ['routeMessage', 'noteTime'] },
    URGENT: {
      target: '.crisis',
      actions: [
        { type: 'reply', params: ({ context }) => ({ key: 'crisis', repeat: context.crisisCount }) },
        'countCrisis',
        'noteTime',
      ],
    },
    // A coordinator may step in at any point (e.g. after an urgent alert): the bot falls silent.
    COORDINATOR_CLAIMED: {
      target: '.handedOff.relay',
      actions: [
        'dropReminder',
        { type: 'reply', params: ({ event }) => ({ key: 'claimed', coordinatorName: event.coordinatorName }) },
      ],
    },
    'intake.help': { actions: 'helpOrReask' },
    'intake.human': { target: '.handedOff', actions: 'handOffAsked' },
    'intake.restart': { target: '.active.consent', actions: 'startFresh' },
    'intake.erase': {
      target: '.confirmErase',
      actions: [
        { type: 'setEraseReturn', params: { to: 'journey' } },
        { type: 'reply', params: { key: 'confirmErase' } },
      ],
    },
    'intake.pause': { target: '.paused' },
    'intake.resume': { actions: 'askAgain' },
  },
  states: {
    // Any first text, even "hi" or an empty MMS, gets the welcome.
    start: {
      on: {
        MESSAGE: [
          {
            guard: { type: 'asks', params: { command: 'human' } },
            target: 'handedOff',
            actions: 'handOffAsked',
          },
          // After a no nothing is kept, so "actually ok yes" arrives as a first text: it is consent after all.
          { guard: 'thinksAgainYes', target: 'active.eligibility', actions: 'consentAfterAll' },
          { target: 'active.consent', actions: 'startFresh' },
        ],
      },
    },

    active: {
      initial: 'consent',
      on: {
        REMINDER_DUE: { guard: 'reminderWanted', actions: 'sendReminder' },
        // A real signal below urgent: ask directly whether they are safe before anything else (their message is
        // held and read as usual once they answer). Any other MESSAGE goes on to the root's routing.
        MESSAGE: { guard: 'asksIfSafe', target: '#intake.checkingSafe', actions: ['holdForSafeCheck', 'noteTime'] },
      },
      states: {
        hist: { type: 'history', history: 'deep', target: 'consent' },
        consent: {
          on: {
            'intake.answer': [
              {
                guard: 'consents',
                target: 'eligibility',
                actions: [
                  assign({ prompt: { step: 'age' } }),
                  { type: 'reply', params: { key: 'askAge', again: false } },
                ],
              },
              {
                guard: 'declines',
                target: '#intake.ended',
                actions: [
                  { type: 'reply', params: { key: 'declined' } },
                  { type: 'forget', params: { reason: 'declined' } },
                  'clearContext',
                ],
              },
              // "questions", "who are you", "not sure yet, next" or anything else: explain a little more and ask again,
              // shorter each time. Consent is never assumed.
              { actions: 'notUnderstood' },
            ],
          },
        },

        eligibility: {
          initial: 'age',
          states: {
            age: {
              on: {
                'intake.answer': [
                  {
                    guard: 'isAdult',
                    target: 'area',
                    actions: [
                      assign(({ context, event }) => {
                        // "yes I'm 34": the age question is not asked again later.
                        const reading = readingOf(context, event);
                        const age = reading.kind === 'age' && reading.age.kind === 'age' ? reading.age.age : null;
                        const profile = age ? withAnswer(context.profile, 'age', String(age)) : context.profile;
                        return { profile, prompt: { step: 'area' } as const };
                      }),
                      { type: 'reply', params: { key: 'askArea', again: false } },
                    ],
                  },
                  { guard: 'isUnder18', target: '#intake.ended', actions: 'endUnder18' },
                  { actions: 'notUnderstood' },
                ],
              },
            },
            area: {
              on: {
                'intake.answer': [
                  { guard: 'livesInArea', target: '#intake.active.questions', actions: 'startQuestions' },
                  // Outside the area: never a flat no. Explain, and let them choose.
                  {
                    guard: 'livesOutside',
                    target: 'outside',
                    actions: [
                      assign(({ context, event }) => ({
                        profile:
                          /\p{L}{3}/u.test(event.type === 'intake.answer' ? event.text : '') &&
                          !/^\W*(?:no|nope|nah|na|n)\W*$/i.test(event.type === 'intake.answer' ? event.text : '')
                            ? withAnswer(
                                context.profile,
                                'area',
                                event.type === 'intake.answer' ? event.text.trim() : '',
                              )
                            : context.profile,
                        prompt: { step: 'outside' } as const,
                      })),
                      { type: 'reply', params: { key: 'outsideArea', again: false } },
                    ],
                  },
                  // A place we do not know, or "not sure": ask again with the choices, then offer a person.
                  { actions: 'notUnderstood' },
                ],
              },
            },
            outside: {
              on: {
                'intake.answer': [
                  {
                    guard: 'choseTeam',
                    target: '#intake.handedOff',
                    actions: 'handOffOutsideArea',
                  },
                  {
                    guard: 'choseOther',
                    target: '#intake.closed',
                    actions: { type: 'reply', params: { key: 'signpost' } },
                  },
                  { actions: 'notUnderstood' },
                ],
                // "talk to a person" here is the same choice as "pass me to the team".
                'intake.human': {
                  target: '#intake.handedOff',
                  actions: 'handOffOutsideArea',
                },
              },
            },
          },
        },

        questions: {
          on: {
            'intake.answer': [
              { guard: 'isEmptyAnswer', actions: 'emptyAnswer' },
              { guard: 'isUnder18Age', target: '#intake.ended', actions: 'endUnder18' },
              { guard: 'finishesQuestions', target: 'review', actions: 'takeAnswer' },
              { actions: 'takeAnswer' },
            ],
          },
        },

        review: {
          on: {
            'intake.answer': [
              {
                guard: 'wantsSend',
                target: '#intake.handedOff',
                actions: 'handOffCompleted',
              },
              { guard: 'wantsChange', target: 'questions', actions: 'applyChange' },
              { guard: 'wantsRemove', actions: 'applyRemove' },
              { actions: 'notUnderstood' },
            ],
          },
        },
      },
    },

    // Everything is already saved; paused only changes what the next message means.
    paused: {
      initial: 'askReminder',
      entry: [
        { type: 'reply', params: ({ context }) => ({ key: 'paused', askReminder: !context.reminder.optedIn }) },
        'rebookReminder',
      ],
      on: {
        'intake.answer': { target: 'active.hist', actions: 'resumeFromPause' },
        'intake.resume': { target: 'active.hist', actions: 'resumeFromPause' },
        'intake.pause': { actions: { type: 'reply', params: { key: 'paused', askReminder: false } } },
        REMINDER_DUE: { guard: 'reminderWanted', actions: 'sendReminder' },
      },
      states: {
        askReminder: {
          on: {
            'intake.answer': [
              {
                guard: 'saidYes',
                target: 'idle',
                actions: [
                  assign(({ context }) => ({ reminder: { ...context.reminder, optedIn: true } })),
                  'scheduleReminder',
                  { type: 'reply', params: { key: 'reminderSet' } },
                ],
              },
              { guard: 'saidNo', target: 'idle', actions: { type: 'reply', params: { key: 'noReminder' } } },
              { target: '#intake.active.hist', actions: 'resumeFromPause' },
            ],
          },
        },
        idle: {},
      },
    },

    crisis: {
      exit: 'endCrisis',
      on: {
        // Each new urgent message gets the numbers again, worded as a repeat.
        URGENT: {
          actions: [
            { type: 'reply', params: ({ context }) => ({ key: 'crisis', repeat: context.crisisCount }) },
            'countCrisis',
            'noteTime',
          ],
        },
        'intake.resume': { target: 'active.hist', actions: 'resumeFromCrisis' },
        'intake.answer': [
          // A hello hours later carries on too: one crisis reply must never trap anyone.
          { guard: 'wasAway', target: 'active.hist', actions: 'resumeFromCrisis' },
          { actions: 'crisisHold' },
        ],
        'intake.help': { actions: 'helpInCrisis' },
      },
    },

    // Waiting for the answer to "are you safe right now?". A "no" or "I don't know" never arrives here: the bot reads
    // it as urgent (URGENT, answered at the root with the crisis reply); anything else carries the journey on.
    checkingSafe: {
      on: {
        MESSAGE: [
          { guard: 'saysSafe', target: 'active.hist', actions: 'saidSafe' },
          { target: 'active.hist', actions: 'answeredOtherwise' },
        ],
      },
    },

    confirmErase: {
      on: {
        'intake.answer': [
          { guard: 'saidYes', target: 'ended', actions: 'eraseEverything' },
          {
            guard: { type: 'returnsTo', params: { to: 'waiting' } },
            target: 'handedOff.waiting',
            actions: { type: 'reply', params: { key: 'eraseCancelled' } },
          },
          {
            guard: { type: 'returnsTo', params: { to: 'closed' } },
            target: 'closed',
            actions: { type: 'reply', params: { key: 'eraseCancelled' } },
          },
          {
            guard: { type: 'returnsTo', params: { to: 'relay' } },
            target: 'handedOff.relay',
            actions: { type: 'reply', params: { key: 'eraseCancelled' } },
          },
          { target: 'active.hist', actions: 'keepData' },
        ],
        'intake.erase': { target: 'ended', actions: 'eraseEverything' },
        // Already waiting for the team: asking for a person again means "keep it", not a second handoff.
        'intake.human': [
          {
            guard: { type: 'returnsTo', params: { to: 'waiting' } },
            target: 'handedOff.waiting',
            actions: { type: 'reply', params: { key: 'eraseCancelled' } },
          },
          {
            guard: { type: 'returnsTo', params: { to: 'relay' } },
            target: 'handedOff.relay',
            actions: { type: 'reply', params: { key: 'eraseCancelled' } },
          },
        ],
      },
    },

    handedOff: {
      initial: 'waiting',
      exit: 'endCrisis',
      on: {
        // Deeper than the root's URGENT on purpose: the crisis reply goes out and the team sees the message too.
        URGENT: {
          actions: [
            {
              type: 'reply',
              params: ({ context }) => ({ key: 'crisis', repeat: context.crisisCount, where: 'waiting' as const }),
            },
            { type: 'relay', params: ({ event }) => ({ text: event.text }) },
            'countCrisis',
            'noteTime',
          ],
        },
        HANDOFF_CLOSED: {
          target: 'closed',
          actions: { type: 'reply', params: ({ event }) => ({ key: 'closed', outcome: event.outcome }) },
        },
        COORDINATOR_RETURNED: [
          { guard: 'hasStarted', target: 'active.hist', actions: 'handBack' },
          { target: 'active.consent', actions: 'handBack' },
        ],
      },
      states: {
        waiting: {
          on: {
            MESSAGE: [
              // The help text, then where things stand (worded differently each time, so a second HELP never repeats).
              {
                guard: { type: 'asks', params: { command: 'help' } },
                actions: [{ type: 'reply', params: { key: 'help' } }, 'waitingStatus', 'noteTime'],
              },
              {
                guard: { type: 'asks', params: { command: 'erase' } },
                target: '#intake.confirmErase',
                actions: [
                  { type: 'setEraseReturn', params: { to: 'waiting' } },
                  { type: 'reply', params: { key: 'confirmErase' } },
                  'noteTime',
                ],
              },
              // "start again" and "carry on" are for us, not messages for the team.
              {
                guard: { type: 'asks', params: { command: 'restart' } },
                target: '#intake.active.consent',
                actions: 'startFresh',
              },
              { guard: { type: 'asks', params: { command: 'resume' } }, actions: 'waitingStatus' },
              { guard: { type: 'asks', params: { command: 'pause' } }, actions: 'waitingStatus' },
              { actions: ['relayWhileWaiting', 'noteTime'] },
            ],
            MENTOR_MATCHED: {
              actions: {
                type: 'reply',
                params: ({ event }) => ({ key: 'matched', mentorFirstName: event.mentorFirstName }),
              },
            },
          },
        },
        // A coordinator is talking with the person: the bot says nothing itself but the crisis reply, and the news
        // of a matched mentor (the coordinator asked for it to be sent).
        relay: {
          on: {
            MESSAGE: [
              // Asking us to delete their data is acted on, never passed to the coordinator as a message.
              {
                guard: { type: 'asks', params: { command: 'erase' } },
                target: '#intake.confirmErase',
                actions: [
                  { type: 'setEraseReturn', params: { to: 'relay' } },
                  { type: 'reply', params: { key: 'confirmErase' } },
                  'noteTime',
                ],
              },
              { actions: [{ type: 'relay', params: ({ event }) => ({ text: event.text }) }, 'noteTime'] },
            ],
            // Their coordinator sees these words in their chat, marked urgent; nothing to "carry on" with here.
            URGENT: {
              actions: [
                {
                  type: 'reply',
                  params: ({ context }) => ({ key: 'crisis', repeat: context.crisisCount, where: 'relay' as const }),
                },
                { type: 'relay', params: ({ event }) => ({ text: event.text }) },
                'countCrisis',
                'noteTime',
              ],
            },
            MENTOR_MATCHED: {
              actions: {
                type: 'reply',
                params: ({ event }) => ({ key: 'matched', mentorFirstName: event.mentorFirstName }),
              },
            },
          },
        },
      },
    },

    closed: {
      on: {
        MESSAGE: [
          { guard: 'asksForTeam', target: 'handedOff', actions: 'handOffAsked' },
          { guard: { type: 'asks', params: { command: 'restart' } }, target: 'active.consent', actions: 'startFresh' },
          {
            guard: { type: 'asks', params: { command: 'erase' } },
            target: 'confirmErase',
            actions: [
              { type: 'setEraseReturn', params: { to: 'closed' } },
              { type: 'reply', params: { key: 'confirmErase' } },
              'noteTime',
            ],
          },
          {
            guard: { type: 'asks', params: { command: 'help' } },
            actions: [{ type: 'reply', params: { key: 'help' } }, 'closedFollowUp', 'noteTime'],
          },
          { actions: ['closedFollowUp', 'noteTime'] },
        ],
        URGENT: {
          actions: [
            {
              type: 'reply',
              params: ({ context }) => ({ key: 'crisis', repeat: context.crisisCount, where: 'after' as const }),
            },
            'countCrisis',
            'noteTime',
          ],
        },
        MENTOR_MATCHED: {
          actions: {
            type: 'reply',
            params: ({ event }) => ({ key: 'matched', mentorFirstName: event.mentorFirstName }),
          },
        },
      },
    },

    // Nothing is kept and the bot deletes the conversation; a message that still arrives here is a first contact.
    ended: {
      on: {
        MESSAGE: [
          { guard: 'thinksAgainYes', target: 'active.eligibility', actions: 'consentAfterAll' },
          { target: 'active.consent', actions: 'startFresh' },
        ],
        URGENT: {
          actions: [
            {
              type: 'reply',
              params: ({ context }) => ({ key: 'crisis', repeat: context.crisisCount, where: 'after' as const }),
            },
            'countCrisis',
          ],
        },
      },
    },
  },
});
