// The safety net's bot side: classify every inbound message first, and build the writes that record a safety event
// and queue the alert to coordinators, in the same transaction as the rest of the turn.
// The lexicon and word model answer at once; the semantic layer (semantic.ts, in a worker thread) is waited for up
// to a limit. When it is late (slow, still loading or down) the turn goes on without it and the caller schedules a
// background re-score (rescore.ts), which sends the crisis reply as a follow-up if the message proves urgent. A
// message the layer cannot raise whatever it says (most ordinary ones: see semanticCanRaise) never goes to it.
import { randomUUID } from 'node:crypto';
import {
  classify,
  EVERYDAY_TOLD,
  classifyInContext,
  earlierText,
  unexplained,
  type Earlier,
  holdToAsking,
  STANDING,
  type ContextResult,
  type SafetyResult,
} from '../../flows/safety/index.js';
import { idiomFired, raiseBySemantic, semanticCanRaise } from '../../flows/safety/model/semantic-layer.js';
import { SEMANTIC_WEIGHTS } from '../../flows/safety/model/semantic-weights.js';
import {
  contextCanRaise,
  contextWorthReading,
  earlierRead,
  raiseByContext,
} from '../../flows/safety/model/context-layer.js';
import { CONTEXT_WEIGHTS } from '../../flows/safety/model/context-weights.js';
import { byConcernReader, concernModeFor, type ConcernMode } from '../../flows/safety/model/concern-layer.js';
import { CONCERN_WEIGHTS } from '../../flows/safety/model/concern-weights.js';
import type { Queries } from '../db/client.js';
import { countOp } from '../figures.js';
import { scheduleJob } from '../work/jobs.js';
import { JobKinds } from '../work/kinds.js';
import { semanticOff, type SemanticLayer, type SemanticVerdict } from './semantic.js';

export type { ContextResult, SafetyResult };

/** Fewer words than this ("yes", "Frome", "hi there", "got enough now") give the sentence model too little to read (it
 * reads a message without its context, and a few words alone are where it errs most): the lexicon, word model and
 * context rules answer them alone, and they never wait for it. */
const SEMANTIC_MIN_WORDS = 4;
const wordCount = (text: string): number =>
  text
    .trim()
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export interface Assessment extends ContextResult {
  /** The semantic layer did not answer in time: the message should be re-scored in the background. */
  late: boolean;
}

export class SafetyNet {
  constructor(
    private readonly semantic: SemanticLayer,
    private readonly waitMs: number,
  ) {}

  /**
   * Every layer, with the semantic layer waited for at most the configured time. With `recent` (a mentee's earlier
   * messages, oldest first: see flows/safety/context) the message is read in their context; staff messages never
   * are. Never throws.
   */
  async assess(text: string, recent?: readonly Earlier[]): Promise<Assessment> {
    const base = baseOf(text, recent);
    const fresh = base.standing ?? base;
    const ask = askFor(fresh, text, recent);
    // Nothing to raise: urgent already, too little to read, or nothing either model could say would raise it.
    if (ask === undefined) return standingOver(base, { ...fresh, late: false });
    const verdict = await this.semantic.score(text, this.waitMs, ask.earlier, ask.concern);
    // Only an urgent verdict is worth a re-score: a concern the reader would have raised or let go stands as it is.
    const late = ask.sentence || ask.earlier !== undefined;
    if (verdict === 'late') return standingOver(base, { ...fresh, late });
    return standingOver(base, { ...raisedBy(fresh, verdict, ask.sentence), late: false });
  }

  /** Every layer, waiting as long as the semantic layer takes; undefined when it is down (try again later). */
  async assessFully(text: string, recent?: readonly Earlier[]): Promise<ContextResult | undefined> {
    const base = baseOf(text, recent);
    const fresh = base.standing ?? base;
    const ask = askFor(fresh, text, recent);
    if (ask === undefined) return standingOver(base, fresh);
    const verdict = await this.semantic.verdict(text, ask.earlier, ask.concern);
    if (verdict === undefined) return undefined;
    return standingOver(base, raisedBy(fresh, verdict, ask.sentence));
  }
}

/** Whether the sentence model would read this message at all (most ordinary ones it never sees): the benchmark times
 * those apart. */
export function readsTheModel(text: string, recent?: readonly Earlier[]): boolean {
  const base = baseOf(text, recent);
  return askFor(base.standing ?? base, text, recent) !== undefined;
}

/** The rules' and word model's reading, in context when there is one. */
function baseOf(text: string, recent: readonly Earlier[] | undefined): ContextResult {
  return recent ? classifyInContext(recent, text) : { ...classify(text), ask: false };
}

/**
 * The learned layers read the text as it is without a danger standing from an earlier one (flows/safety/context
 * standing.ts); if they find it urgent itself, that stands (a new crisis reply and alert), otherwise the danger
 * standing is the reading and `standing` holds what this text says of its own.
 */
function standingOver<R extends ContextResult>(base: ContextResult, fresh: R): R {
  if (base.standing === undefined || fresh.level === 'urgent') return fresh;
  const { late: _late, ...own } = fresh as R & { late?: boolean };
  return { ...fresh, level: 'urgent', reasons: [STANDING, ...fresh.reasons], ask: false, standing: own };
}

interface Ask {
  /** The sentence model's reading of the message alone. */
  sentence: boolean;
  /** The context layer's reading of the conversation: the messages before it. */
  earlier?: string[];
  /** The concern reader's: to raise a message at none, or to let one at concern go. */
  concern?: ConcernMode;
}

/** What the encoder is asked for a message; undefined when nothing it could say would change the result. */
function askFor(base: ContextResult, text: string, recent: readonly Earlier[] | undefined): Ask | undefined {
  // Whether an idiom explains the message away is asked once: the layers' gates all need it.
  const idiom = typeof text === 'string' && idiomFired(text);
  const sentence = worthAsking(base, text, idiom);
  const earlier = recent && typeof text === 'string' ? contextToRead(base, text, recent, idiom) : undefined;
  const concern = concernWorthAsking(base, text, idiom);
  if (!sentence && earlier === undefined && concern === undefined) return undefined;
  return {
    sentence,
    ...(earlier === undefined ? {} : { earlier }),
    ...(concern === undefined ? {} : { concern }),
  };
}

/** What the concern reader could do for this result, if anything: never for a few words, nor on what the rules read
 * as plainly everyday. */
function concernWorthAsking(base: ContextResult, text: string, idiom: boolean): ConcernMode | undefined {
  if (typeof text !== 'string' || wordCount(text) < SEMANTIC_MIN_WORDS) return undefined;
  if (base.reasons.includes(EVERYDAY_TOLD)) return undefined;
  return concernModeFor(base, CONCERN_WEIGHTS, text, idiom);
}

/** The earlier texts the context layer reads, when it could change this result: nothing forbids it (urgent already,
 * an idiom, a past-only disclosure, everyday told), and among the earlier texts no later one explained away ("the
 * guns loaded" … "staple gun. reupholstering": no part of the picture) there is enough signal (its gate). */
function contextToRead(
  base: ContextResult,
  text: string,
  recent: readonly Earlier[],
  idiom: boolean,
): string[] | undefined {
  if (!contextCanRaise(base, idiom)) return undefined;
  const texts = unexplained(recent.map(earlierText), text);
  return contextWorthReading(CONTEXT_WEIGHTS, texts, text) ? earlierRead(CONTEXT_WEIGHTS, texts) : undefined;
}

/** Whether the sentence model's answer could change this result: never for a few words, and never where no answer
 * of its could reach the threshold (exact, so skipping it loses nothing). */
function worthAsking(base: SafetyResult, text: string, idiom: boolean): boolean {
  return (
    typeof text === 'string' &&
    wordCount(text) >= SEMANTIC_MIN_WORDS &&
    semanticCanRaise(base, SEMANTIC_WEIGHTS, text, idiom)
  );
}

/** The learned verdicts joined to the other layers: the sentence model's (when it was asked) first, then the
 * concern reader's, then the context layer's. On a goodbye the context rules hold, either may only ask, and on what the rules read as plainly
 * everyday (EVERYDAY_TOLD) neither says anything. */
function raisedBy(base: ContextResult, verdict: SemanticVerdict, sentence: boolean): ContextResult {
  if (base.reasons.includes(EVERYDAY_TOLD)) return base;
  let result: ContextResult = base;
  if (sentence) {
    const raised = raiseBySemantic(
      base,
      SEMANTIC_WEIGHTS,
      { semantic: verdict.semantic, word: verdict.word, windows: verdict.windows },
      verdict.vetoed,
    );
    if (raised !== base) result = { ...raised, ask: false };
  }
  // The concern reader moves a message across the line between none and concern only; asked where the sentence
  // model could not raise it to urgent, or did not.
  if (result === base && verdict.concern !== undefined) {
    const read = byConcernReader(base, CONCERN_WEIGHTS, verdict.concern);
    if (read !== base) result = { ...read, ask: false };
  }
  if (verdict.context !== undefined && result.level !== 'urgent') {
    result = raiseByContext(result, CONTEXT_WEIGHTS, verdict.context);
  }
  if (result === base) return base;
  return base.hold === true && result.level === 'urgent' ? holdToAsking(result) : result;
}

/** The lexicon and word model alone (SAFETY_SEMANTIC=off, and code that has no semantic layer). */
export const lexiconNet = new SafetyNet(semanticOff, 0);

export interface SafetyEventInput {
  personId: string | null;
  staffId?: string | null;
  messageId: string | null;
  channel: string;
  result: SafetyResult;
  flowState: string | null;
  at: Date;
}

/** The writes for a flagged message: the event itself and the job that alerts coordinators. */
export function recordSafetyEvent(db: Queries, input: SafetyEventInput) {
  const id = randomUUID();
  return {
    id,
    ops: [
      db.safetyEvent.create({
        data: {
          id,
          personId: input.personId,
          staffId: input.staffId ?? null,
          messageId: input.messageId,
          channel: input.channel,
          level: input.result.level,
          reasons: input.result.reasons,
          flowState: input.flowState,
          createdAt: input.at,
          lastAlertAt: input.at,
        },
      }),
      countOp(db, input.at, input.result.level === 'urgent' ? 'safety-urgent' : 'safety-concern'),
      scheduleJob(db, {
        kind: JobKinds.safetyAlert,
        key: `safety:${id}`,
        runAt: input.at,
        payload: { safetyEventId: id },
      }),
    ],
  };
}
