// What the console's page shows: every message and card each seat sent or received, in order, kept in memory for the
// console's life (a reset starts a new generation). The page asks for what came after the last item it has.
import type { JsonObject } from '../../shared/json.js';

export type SeatId = 'coordinator' | 'mentor' | `phone:${string}`;

export interface SmsSegments {
  count: number;
  encoding: 'GSM-7' | 'UCS-2';
  characters: number;
}

export type FeedItem = {
  seq: number;
  seat: SeatId;
  /** The console clock's time (it can be moved ahead). */
  at: string;
} & (
  | { kind: 'text'; from: 'person' | 'bot'; id: string; text: string; segments?: SmsSegments; via?: 'reply' | 'outbox' }
  | { kind: 'card'; from: 'bot'; id: string; card: JsonObject }
  /** The card posted as `id` is replaced (a tap's refreshed card, or an update the bot sent later). */
  | { kind: 'update'; id: string; card: JsonObject }
  /** Something the console says about itself (a tap's note, a clock jump). */
  | { kind: 'note'; text: string }
);

type Distribute<T> = T extends unknown ? Omit<T, 'seq' | 'at'> : never;
export type NewFeedItem = Distribute<FeedItem>;

/** Enough for a long session; older items are let go (the page has them already). */
const MAX_ITEMS = 5_000;

export class Feed {
  private items: FeedItem[] = [];
  private seq = 0;
  generation = 1;

  constructor(private readonly now: () => Date) {}

  add(item: NewFeedItem): FeedItem {
    const full: FeedItem = { ...item, seq: ++this.seq, at: this.now().toISOString() };
    this.items.push(full);
    if (this.items.length > MAX_ITEMS) this.items.splice(0, this.items.length - MAX_ITEMS);
    return full;
  }

  after(seq: number): FeedItem[] {
    return this.items.filter((item) => item.seq > seq);
  }

  clear(): void {
    this.items = [];
    this.generation++;
  }
}
