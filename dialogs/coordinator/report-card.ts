// The service's figures as a card for coordinators (type "report" in Teams): the last three months, each with a bar
// people can see at a glance, then how long people waited. Pure wording; the numbers come from the bot.
import { card, facts, heading, text, toJson, type CardElement } from '../cards/adaptive.js';
import type { JsonObject } from '../../shared/json.js';
import { lengthOfWait } from './format.js';

export interface ReportMonth {
  /** The month's first day (UTC). */
  start: Date;
  contacts: number;
  handoffs: number;
  matched: number;
  sessions: number;
  urgent: number;
}

export type WaitName = 'contact-to-handoff' | 'handoff-to-claim' | 'claim-to-match' | 'alert-to-acknowledgement';

export interface ReportWait {
  name: WaitName;
  n: number;
  /** Seconds; null with no samples. */
  median: number | null;
  p90: number | null;
}

const WAIT_LABELS: Record<WaitName, string> = {
  'contact-to-handoff': 'First message to handoff',
  'handoff-to-claim': 'Handoff to a coordinator',
  'claim-to-match': 'Coordinator to a mentor',
  'alert-to-acknowledgement': 'Urgent alert to someone acknowledging it',
};

/** "Oct 2026". */
const monthLabel = (start: Date): string =>
  start.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

export interface ReportView {
  months: ReportMonth[];
  waits: ReportWait[];
}

const BAR_WIDTH = 20;

/** A bar of whole blocks, as long as `value` is of `max` (at least one block for anything above nothing). */
function bar(value: number, max: number): string {
  if (value <= 0 || max <= 0) return '';
  return '█'.repeat(Math.max(1, Math.round((value / max) * BAR_WIDTH)));
}

export function reportCard(view: ReportView): JsonObject {
  const max = Math.max(0, ...view.months.map((m) => m.contacts));
  const body: CardElement[] = [
    heading('Our figures'),
    text('New people who got in touch each month, with what happened next. No names: just counts.', {
      isSubtle: true,
    }),
  ];
  for (const m of view.months) {
    body.push(
      text(`**${monthLabel(m.start)}**  ${bar(m.contacts, max)} ${m.contacts}`, { spacing: 'Medium' }),
      facts([
        ['Got in touch', String(m.contacts)],
        ['Handed to the team', String(m.handoffs)],
        ['Matched with a mentor', String(m.matched)],
        ['Mentoring sessions', String(m.sessions)],
        ['Urgent safety alerts', String(m.urgent)],
      ]),
    );
  }
  const waited = view.waits.filter((w) => w.n > 0);
  body.push(text('How long people waited (these three months)', { weight: 'Bolder', spacing: 'Medium' }));
  body.push(
    waited.length === 0
      ? text('Nothing to show yet.', { isSubtle: true })
      : facts(
          waited.map((w) => [
            WAIT_LABELS[w.name],
            `usually ${lengthOfWait(w.median)}; 9 in 10 within ${lengthOfWait(w.p90)} (${w.n})`,
          ]),
        ),
  );
  body.push(text('For a spreadsheet: npm run -s admin -- report --from <date> --to <date> --csv', { isSubtle: true }));
  return toJson(card(body));
}
