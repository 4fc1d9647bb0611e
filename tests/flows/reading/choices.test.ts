// The two small choices: at the review (send, change, remove) and outside the area (the team, or other places).
import { describe, expect, it } from 'vitest';
import { readOutsideChoice, readReviewAction, type ReviewAction } from '../../../flows/reading/choices.js';

describe('the review', () => {
  it.each<[string, ReviewAction | null]>([
    ['send', { kind: 'send' }],
    ['SEND', { kind: 'send' }],
    ['yes thats right', { kind: 'send' }],
    ["yes that's all correct", { kind: 'send' }],
    ['looks good', { kind: 'send' }],
    ['all good 👍', { kind: 'send' }],
    ['perfect thanks', { kind: 'send' }],
    ['yep send it', { kind: 'send' }],
    ['spot on', { kind: 'send' }],
    ['that all reads right to me', { kind: 'send' }],
    ['yeah it all seems fine ta', { kind: 'send' }],
    ['sounds about right, send it', { kind: 'send' }],
    ['nope, nothing to change', { kind: 'send' }],
    ['no changes from me', { kind: 'send' }],
    ['nothing wrong there', { kind: 'send' }],
    ['looks right but change 4', { kind: 'change', item: 4 }],
    ['not quite', null],
    ['change 3', { kind: 'change', item: 3 }],
    ['CHANGE 10', { kind: 'change', item: 10 }],
    ['can I change number 2', { kind: 'change', item: 2 }],
    ['change my name', { kind: 'change', item: 1 }],
    ['the times are wrong', { kind: 'change', item: 8 }],
    ['edit the goals', { kind: 'change', item: 6 }],
    ['chnage 4', { kind: 'change', item: 4 }],
    ['7', { kind: 'change', item: 7 }],
    ['remove 3', { kind: 'remove', item: 3 }],
    ['take out number 5', { kind: 'remove', item: 5 }],
    ['delete 9 please', { kind: 'remove', item: 9 }],
    ['remove the bit about my mentor', { kind: 'remove', item: 10 }],
    ['hmm', null],
    ['what', null],
  ])('%j', (text, action) => {
    expect(readReviewAction(text)).toEqual(action);
  });
});

describe('outside the area', () => {
  it.each<[string, 'team' | 'other' | null]>([
    ['team', 'team'],
    ['TEAM', 'team'],
    ['1', 'team'],
    ['yes please pass me on', 'team'],
    ['yeah get in touch', 'team'],
    ['ok', 'team'],
    ['other', 'other'],
    ['2', 'other'],
    ['other places please', 'other'],
    ['no thanks', 'other'],
    ['somewhere else', 'other'],
    ['hmm', null],
    ['what', null],
  ])('%j', (text, choice) => {
    expect(readOutsideChoice(text)).toBe(choice);
  });
});
