// An everyday errand told over several texts: money saved for a holiday, wages in, a bill paid. "Think it's enough"
// after that is about the money. A learned layer reading the last text alone as urgent may then only ask
// (./classify.ts holdToAsking); the rules' own urgent verdicts and any named means are never lowered.

import { MONEY_TALK } from '../vocabulary/ordinary.js';
import { rx } from '../rules/rule.js';
import { MEANS_NAMED } from './gathering.js';
import { seen, type Read } from './read.js';

/** Money and what it is for. */
export const MONEY = rx(MONEY_TALK, '');

/** Money in the window, an ordinary picture told before the last text, and no means named anywhere. */
export function everydayGround(earlier: readonly Read[], now: Read): boolean {
  const all = [...earlier, now];
  return (
    earlier.length > 0 &&
    seen(earlier, MONEY) &&
    !seen(all, MEANS_NAMED) &&
    earlier.every((r) => r.result.level === 'none')
  );
}
