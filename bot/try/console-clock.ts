// The console's clock: the real time plus however far the console has been moved ahead. The console's app reads
// every "now" from it, so its worker runs reminders, escalations and the nightly retention sweep exactly as
// production would when that time comes.
import type { Clock } from '../clock.js';

export class ConsoleClock implements Clock {
  private offsetMs: number;

  constructor(private readonly startAt?: Date) {
    this.offsetMs = startAt ? startAt.getTime() - Date.now() : 0;
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Moves the clock forward (never back: what was due stays done). */
  jump(ms: number): void {
    this.offsetMs += Math.max(0, ms);
  }

  /** Back to where the console started. */
  reset(): void {
    this.offsetMs = this.startAt ? this.startAt.getTime() - Date.now() : 0;
  }
}
