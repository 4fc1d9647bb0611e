// A property: whatever someone sends that we cannot read, no state answers two such messages in a row with the same
// text. Driven through the real machine and rendered by the real dialogs, on both channels.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderIntakeMessages } from '../../../dialogs/intake/index.js';
import { areaOf, stepOf, understand } from '../../../flows/intake/understand.js';
import { readCommand } from '../../../flows/reading/commands.js';
import { readOutsideChoice } from '../../../flows/reading/choices.js';
import { settings } from '../../dialogs/intakeSamples.js';
import { conversation, urgent, type Step } from './harness.js';

const EVERYDAY_MISSES = [
  'hmm',
  'purple',
  'what',
  'eh?',
  'not sure',
  'dunno',
  'maybe',
  'lol',
  'who is this',
  'is this free',
  'banana',
  'ok but how',
  'Little Snoring',
  '🤷',
  '...?',
  'idk tbh',
  'can you say that again',
  'wot',
];

const message = fc.oneof(
  fc.constantFrom(...EVERYDAY_MISSES),
  fc.string({ maxLength: 24 }),
  fc.stringMatching(/^[a-z]{2,9}( [a-z]{2,9}){0,3}$/),
);

/** How to get to each state, and what counts there as a message we cannot read. */
const STATES: Record<string, { to: Step[]; unread: (c: ReturnType<typeof conversation>, text: string) => boolean }> = {
  consent: { to: ['hi'], unread: unknownAtStep },
  age: { to: ['hi', 'yes'], unread: unknownAtStep },
  area: { to: ['hi', 'yes', 'yes'], unread: unknownAtStep },
  question: { to: ['hi', 'yes', '34', 'Taunton'], unread: unknownAtStep },
  outside: { to: ['hi', 'yes', 'yes', 'Bristol'], unread: unknownAtStep },
  review: {
    to: ['hi', 'yes', '34', 'Taunton', ...Array<string>(9).fill('skip')],
    unread: unknownAtStep,
  },
  crisis: { to: ['hi', 'yes', urgent()], unread: (c, text) => readCommand(text) === null },
  closed: {
    to: ['hi', 'yes', 'yes', 'Bristol', 'other'],
    unread: (_c, text) => readCommand(text) === null && readOutsideChoice(text) !== 'team',
  },
  waiting: {
    to: ['hi', 'yes', 'talk to a person'],
    unread: (_c, text) => readCommand(text) === null,
  },
};

function unknownAtStep(c: ReturnType<typeof conversation>, text: string): boolean {
  const ctx = c.context();
  return understand(stepOf(ctx.prompt), text, areaOf(ctx.area)).kind === 'unknown';
}

describe.each(['sms', 'teams'] as const)('never the same reply twice in a row (%s)', (channel) => {
  it.each(Object.keys(STATES))('at %s', (name) => {
    const state = STATES[name];
    if (!state) throw new Error(name);
    fc.assert(
      fc.property(fc.array(message, { minLength: 2, maxLength: 5 }), (texts) => {
        const c = conversation(channel);
        for (const step of state.to) c.send(step);
        let previous: string | null = null;
        for (const text of texts) {
          if (!state.unread(c, text)) return; // only messages we cannot read are the property's concern
          const replies = c.send(text).flatMap((r) => renderIntakeMessages(r, channel, settings));
          const said = replies.join('\n');
          if (said && previous !== null) expect(said, `after ${JSON.stringify(texts)}`).not.toBe(previous);
          previous = said || previous;
        }
      }),
      { numRuns: 150 },
    );
  });

  it('an empty message (or a picture alone) at a question, again and again', () => {
    const c = conversation(channel);
    for (const step of ['hi', 'yes', '34', 'Taunton']) c.send(step);
    const said = [
      { text: '', media: 1 },
      { text: '', media: 1 },
      { text: '  ', media: 0 },
      { text: '', media: 0 },
    ].map((step) =>
      c
        .send(step)
        .flatMap((r) => renderIntakeMessages(r, channel, settings))
        .join('\n'),
    );
    for (let i = 1; i < said.length; i++) expect(said[i]).not.toBe(said[i - 1]);
    expect(said[1]).toMatch(/team/i);
  });

  // "?" and HELP are commands, so the property above leaves them out: asked again and again, they must vary too.
  it.each(Object.keys(STATES))('"?" and HELP again and again at %s', (name) => {
    const state = STATES[name];
    if (!state) throw new Error(name);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('?', '??', 'help', 'what do you mean', 'HELP please', 'what'), {
          minLength: 2,
          maxLength: 5,
        }),
        (texts) => {
          const c = conversation(channel);
          for (const step of state.to) c.send(step);
          let previous: string | null = null;
          for (const text of texts) {
            const said = c
              .send(text)
              .flatMap((r) => renderIntakeMessages(r, channel, settings))
              .join('\n');
            if (said && previous !== null) expect(said, `after ${JSON.stringify(texts)}`).not.toBe(previous);
            previous = said || previous;
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
