// The coordinators' figures card: waits read as people read them, a bar per month in proportion, and an honest
// "nothing yet" when nobody has waited for anything in the period.
import { describe, expect, it } from 'vitest';
import { lengthOfWait } from '../../dialogs/coordinator/format.js';
import { reportCard, type ReportMonth } from '../../dialogs/coordinator/report-card.js';

const month = (start: string, contacts: number): ReportMonth => ({
  start: new Date(start),
  contacts,
  handoffs: 0,
  matched: 0,
  sessions: 0,
  urgent: 0,
});

describe('lengthOfWait', () => {
  it.each([
    [null, '-'],
    [1, '1 second'],
    [59, '59 seconds'],
    [60, '1 minute'],
    [3_569, '59 minutes'],
    [3_599, '1 hour'],
    [5_400, '2 hours'],
    [172_799, '2 days'],
    [86_400 * 3, '3 days'],
  ] as const)('%s seconds → %s', (seconds, expected) => {
    expect(lengthOfWait(seconds)).toBe(expected);
  });
});

describe('reportCard', () => {
  const body = (view: Parameters<typeof reportCard>[0]) => JSON.stringify(reportCard(view));

  it('draws each month a bar in proportion to the busiest, at least one block for any contact', () => {
    const card = body({
      months: [month('2026-10-01', 0), month('2026-11-01', 1), month('2026-12-01', 40)],
      waits: [],
    });
    expect(card).toContain('**Oct 2026**   0');
    expect(card).toContain('**Nov 2026**  █ 1');
    expect(card).toContain(`**Dec 2026**  ${'█'.repeat(20)} 40`);
  });

  it('says there is nothing to show when nobody waited, and names the waits that have samples', () => {
    expect(body({ months: [month('2026-12-01', 2)], waits: [] })).toContain('Nothing to show yet.');
    const card = body({
      months: [month('2026-12-01', 2)],
      waits: [
        { name: 'handoff-to-claim', n: 3, median: 1_800, p90: 7_200 },
        { name: 'claim-to-match', n: 0, median: null, p90: null },
      ],
    });
    expect(card).toContain('Handoff to a coordinator');
    expect(card).toContain('usually 30 minutes; 9 in 10 within 2 hours (3)');
    expect(card).not.toContain('Coordinator to a mentor');
  });
});
