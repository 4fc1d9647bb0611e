// One earlier or current message as the context rules read it: its canonical text (../rules/lexicon.ts canonicalOf)
// and its level alone. Each rule in this folder weighs one kind of picture across these reads.

import { classify } from '../classify.js';
import { rx } from '../rules/rule.js';
import { alt } from '../vocabulary/pattern.js';
import type { SafetyResult } from '../rules/lexicon.js';
import { canonicalOf } from '../rules/lexicon.js';
import { IDIOM_MARK } from '../rules/idioms.js';

export interface Read {
  /** The message as sent. */
  text: string;
  canonical: string;
  result: SafetyResult;
  /** An earlier message's result as it was read in its own context, when it came. */
  context?: SafetyResult;
  /** An earlier message the service raised an urgent alert for when it came: the alert's reasons. Every layer's
   * verdict counts there, the learned layers' that the rules here cannot see included. */
  alerted?: readonly string[];
  /** An earlier message the service flagged as a worry (concern) when it came: the reasons of that note. Every
   * layer's verdict counts there too, the learned layers' included. */
  flagged?: readonly string[];
}

/** An earlier message in the window: its text, or its text and the reasons of the urgent alert (`alerted`) or the
 * concern note (`flagged`) raised for it when it came (the caller knows: bot/safety/recent.ts reads the person's
 * safety events). */
export type Earlier = string | { text: string; alerted?: readonly string[]; flagged?: readonly string[] };

/** The text of an earlier message. */
export const earlierText = (m: Earlier): string => (typeof m === 'string' ? m : m.text);

/** Reported by ./classify.ts on a plain goodbye a learned layer read as urgent with no distress before it: a hold,
 * not a picture. */
export const HELD_GOODBYE = 'context-goodbye-without-distress';

/** What one context rule makes of the window: urgent, worth asking about, or nothing. */
export type Verdict = 'urgent' | 'ask' | 'none';

export const read = (text: string): Read => ({ text, canonical: canonicalOf(text), result: classify(text) });

/** A message's reading: an earlier one's as it was read in its own context when it came, else its reading alone. */
export const readingOf = (r: Read): SafetyResult => r.context ?? r.result;

/** Only the word model raised it (its reasons lead then: ../combine.ts): one such text does not colour a chat. */
export const modelLed = (result: SafetyResult): boolean => (result.reasons[0] ?? '').startsWith('model');

/** True when any message in the window shows the cue. */
export const seen = (reads: readonly Read[], cue: RegExp): boolean => reads.some((r) => cue.test(r.canonical));

/** Reasons for a resolve, a plan, a goodbye or thoughts of the act at a place: everyday words after one (a session, a
 * shop, "just getting some air") deflect it, they do not explain it, though the rules' whole-message guards for
 * everyday plans and places would read the two together as one. */
const RESOLVED: ReadonlySet<string> = new Set([
  'decision-made',
  'plan-made',
  'suicide-plan',
  'goodbye',
  'farewell',
  'last-words',
  'absence-future',
  'affairs-in-order',
  'burden-ending',
  'only-thing-stopping',
  'location-rumination',
]);

/** Words that say nothing, to check that a text still reads as it did with anything after it. */
const FILLER = 'anyway';

/** The sender saying the text before read worse than it was meant ("omg sorry that reads grim!!", "reading that back",
 * "she laughed at how it sounded"), with no turn after it. Not "that sounds worse than it is": played down, not
 * explained. */
const TOLD_WRONG = rx(
  `\\b${alt(
    '(?:that|it|this|my last) (?:reads|read|sounds|sounded|came out|comes out|looks|looked) (?:so |really |well |a bit |pretty )?(?:grim|wrong|alarming|dramatic|dodgy)',
    'reading (?:that|it|this) back',
    'out of context',
    'not (?:what|how) it (?:sounds|sounded|looks)',
    'how it sounded',
  )}\\b(?![^]{0,60}\\b(?:but|though|except|really is|i mean it)\\b)`,
  '',
);

/**
 * True when a later text explains a worrying one away. Either it says the words read worse than they were meant
 * (TOLD_WRONG, just after them), or the two read as one message move no rule and are not urgent (the word model may
 * still read some worry in their words) while the earlier text is urgent or worrying by the rules' own reading ("im going to end it" … "with my boyfriend i mean lol"; "she ate a whole
 * packet of my ibuprofen" … "vet made her sick"), and with empty words after it, it reads as before (a text that is
 * urgent only whole, "on the bridge", says nothing by losing that with more words): the everyday guards then see what
 * the earlier text alone could not show them. A resolve, a plan or a goodbye is never explained so (RESOLVED); a past
 * told beside it (a reading of concern) does not explain it; nor
 * does anything but TOLD_WRONG explain what only the word model read (more words thin its reading whatever they say:
 * "gonna keep walking till it goes over my head" … "wellies were a bad idea haha"): the standing reader weighs that.
 */
export function explainedBy(earlier: Read, later: Read, next: boolean): boolean {
  if (next && TOLD_WRONG.test(later.canonical)) return true;
  const { level } = earlier.result;
  if (level === 'none' || modelLed(earlier.result) || earlier.result.reasons.some((id) => RESOLVED.has(id))) {
    return false;
  }
  // A conversation's reads are made once and weighed again for each later text: each pair is classified once.
  let memo = JOINED.get(earlier);
  if (memo === undefined) {
    memo = { holds: classify(`${earlier.text} ${FILLER}`).level === level, with: new Map() };
    JOINED.set(earlier, memo);
  }
  if (!memo.holds) return false;
  let explained = memo.with.get(later.text);
  if (explained === undefined) {
    const joined = classify(`${earlier.text} ${later.text}`);
    explained = joined.level !== 'urgent' && joined.reasons.every((id) => id.startsWith('model'));
    memo.with.set(later.text, explained);
  }
  return explained;
}

/** For each earlier read: whether it reads as before with FILLER after it, and whether it is explained joined with each
 * later text (by the text). */
const JOINED = new WeakMap<Read, { holds: boolean; with: Map<string, boolean> }>();

/** The earlier reads that no read after them, `now` included, explains away (explainedBy): a text explained is no
 * part of the picture, nor a danger standing, nor a worry lingering. */
export function unexplainedReads(earlier: readonly Read[], now: Read): Read[] {
  const all = [...earlier, now];
  return earlier.filter(
    (r, i) =>
      !all.slice(i + 1).some((later, j) => explainedBy(r, later, j === 0)) && !explainedBefore(earlier[i - 1], r),
  );
}

/** Texts of at most this many words can be halves of one thought (./split.ts reads them the same way). */
export const HALF_WORDS = 12;

/** How many words a canonical text has. */
export const wordsIn = (canonical: string): number => canonical.split(' ').filter((w) => /^[a-z0-9]/.test(w)).length;

/** True when the ordinary text just before explains a worrying one as an idiom: the two are short, and read as one
 * message an idiom takes in the worrying words and the rules find nothing ("phone on 2%" … "gonna die any sec"). Any
 * other reading of the two together is not enough: everyday words before a plan ("going up the quantocks for a walk"
 * … "taking the ones ive been saving") do not explain it. The later text's own alert was raised when it came; this
 * only keeps it out of the picture after. A resolve, a plan or a goodbye is never explained so (RESOLVED). */
function explainedBefore(before: Read | undefined, r: Read): boolean {
  if (before === undefined || before.result.level !== 'none' || r.result.level === 'none') return false;
  if (wordsIn(before.canonical) > HALF_WORDS || wordsIn(r.canonical) > HALF_WORDS) return false;
  if (r.result.reasons.some((id) => RESOLVED.has(id)) || marks(r.canonical) > 0) return false;
  const joined = `${before.text} ${r.text}`;
  // The idiom must be one the two make together: a mark the text before has alone is its own idiom, not this one.
  return marks(canonicalOf(joined)) > marks(before.canonical) && classify(joined).level === 'none';
}

const marks = (canonical: string): number => canonical.split(IDIOM_MARK).length - 1;

/** The earlier texts (oldest first) that no text after them, `now` included, explains away: what the learned context
 * layer may weigh before it reads a conversation at all (bot/safety/net.ts). */
export function unexplained(recent: readonly string[], now: string): string[] {
  const reads = recent.map(read);
  const kept = new Set(unexplainedReads(reads, read(now)));
  return recent.filter((_, i) => kept.has(reads[i] as Read));
}
