// An everyday errand told over several texts: money saved for a holiday, wages in, a bill paid, the kids picked up.
// "Think it's enough" after that is about the money. What only a learned layer raised is then everyday (./classify.ts,
// EVERYDAY_TOLD), and no learned layer may raise it; the rules' own verdicts and any named means are never lowered.

import { MEANS_NAMED, MONEY } from './gathering.js';
import { seen, type Read } from './read.js';
import { goesOnWithLife } from '../rules/recovered.js';

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

/** Earlier texts, and a newest one that goes on with life in everyday words ("see you thurs for the walk", "anyone
 * know if bleach gets it off tiles"): what was alarming before has been left behind (../rules/recovered.ts). */
export function lifeGoesOn(earlier: readonly Read[], now: Read): boolean {
  return earlier.length > 0 && goesOnWithLife(now.result, now.canonical);
}
