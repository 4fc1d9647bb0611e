// A mentor's words read as commands: a table of what they might type and what it means.
import { describe, expect, it } from 'vitest';
import { parseDay, parseMentorCommand, type MentorCommand } from '../../../flows/mentor/commands.js';

describe("a mentor's words", () => {
  const table: Array<[string, MentorCommand | null]> = [
    ["I'm taking a break", { kind: 'break', until: null }],
    ['I\u2019m taking a break until 12 Jan', { kind: 'break', until: { day: 12, month: 1, year: null } }],
    ['taking a break till 3rd March 2027.', { kind: 'break', until: { day: 3, month: 3, year: 2027 } }],
    ['I need a break until tomorrowish', null],
    ['break', { kind: 'break', until: null }],
    ["I'm back", { kind: 'back' }],
    ['Back!', { kind: 'back' }],
    ['capacity 3', { kind: 'capacity', capacity: 3 }],
    ['Capacity: 0', { kind: 'capacity', capacity: 0 }],
    ['check in', { kind: 'check' + 'In' } as MentorCommand],
    ['Check-in', { kind: 'checkIn' }],
    ['my mentees', { kind: 'mentees' }],
    ['help', { kind: 'help' }],
    ['overdue check-ins', { kind: 'overdue' }],
    ['I had a lovely session with her', null],
    ['can we break for lunch', null],
  ];
  it.each(table)('%j', (text, command) => {
    expect(parseMentorCommand(text)).toEqual(command);
  });

  it.each([
    ['12 Jan', { day: 12, month: 1, year: null }],
    ['January 12', { day: 12, month: 1, year: null }],
    ['12/01/27', { day: 12, month: 1, year: 2027 }],
    ['2027-01-12', { day: 12, month: 1, year: 2027 }],
    ['32 Jan', null],
    ['12 Smarch', null],
  ])('the day %j', (text, day) => {
    expect(parseDay(text)).toEqual(day);
  });
});
