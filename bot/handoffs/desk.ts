// Coordinators' actions on a handoff (claim, message, return, close, take over): the handoff machine decides (only
// the claimant returns or closes; anyone else may take over, openly), the row is updated with a version check (two
// coordinators racing to claim: one wins, the other is told who has it), then the person's flow hears about it, the
// previous claimant is told of a take-over, and the card is refreshed wherever it was posted.
import {
  handoffMachine,
  rowFromSnapshot,
  snapshotFromRow,
  type Coordinator,
  type HandoffEvent,
  type HandoffOutcome,
} from '../../flows/handoff/index.js';
import { step } from '../../flows/step.js';
import { coordinatorMessages as say } from '../../dialogs/coordinator/index.js';
import type { PersonView } from '../../dialogs/coordinator/index.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import type { IntakeService } from '../intake/service.js';
import type { Logger } from '../logger.js';
import type { StaffMember } from '../staff/member.js';
import type { TeamsOutbox } from '../teams/services.js';
import { deskEffects } from './desk-effects.js';
import { personOf } from './views.js';
import { audit } from '../audit.js';
import { countFor, countOp, waitOp } from '../figures.js';

export type DeskCommand =
  | { kind: 'claim' }
  | { kind: 'return' }
  | { kind: 'close'; outcome: HandoffOutcome }
  | { kind: 'message' }
  | { kind: 'takeOver' };

export interface DeskResult {
  /** What to tell the coordinator who acted. */
  message: string | null;
  /** True when the handoff changed (cards are refreshed). */
  changed: boolean;
}

const MAX_TRIES = 4;

export interface HandoffDeskDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  intake: IntakeService;
  outbox: TeamsOutbox;
  /** What else ends with a handoff, closed or handed back to the bot (a referral still open to mentors: nobody is
   * left to match it), after the change is committed. */
  onEnded?: (handoffId: string, by: StaffMember) => Promise<void>;
}

export class HandoffDesk {
  constructor(private readonly deps: HandoffDeskDeps) {}

  async act(staff: StaffMember, handoffId: string, command: DeskCommand): Promise<DeskResult> {
    for (let attempt = 1; ; attempt++) {
      const result = await this.tryAct(staff, handoffId, command);
      if (result !== 'conflict') return result;
      if (attempt >= MAX_TRIES) throw new Error(`handoff ${handoffId} kept changing under us`);
    }
  }

  private async tryAct(staff: StaffMember, handoffId: string, command: DeskCommand): Promise<DeskResult | 'conflict'> {
    const { db, clock } = this.deps;
    const row = await db.handoff.findUnique({
      where: { id: handoffId },
      include: { claimedBy: { select: { id: true, name: true } }, person: { select: { phone: true } } },
    });
    if (!row) return { message: say.notFound(), changed: false };
    const person = personOf(row);
    const by: Coordinator = { id: staff.id, name: staff.name };

    // "Message" on a card is Claim for an open handoff, and "talk to this one now" for the claimant.
    if (command.kind === 'message' && row.status === 'claimed' && row.claimedById === staff.id) {
      const previous = await this.switchRelay(staff.id, handoffId);
      return { message: previous ? say.relaySwitched(person, previous) : say.relayStarted(person), changed: false };
    }
    const event: HandoffEvent =
      command.kind === 'close'
        ? { type: 'CLOSE', by, outcome: command.outcome, at: clock.now().toISOString() }
        : command.kind === 'return'
          ? { type: 'RETURN', by, at: clock.now().toISOString() }
          : command.kind === 'takeOver'
            ? { type: 'TAKE_OVER', by, at: clock.now().toISOString() }
            : { type: 'CLAIM', by, at: clock.now().toISOString() };

    const status =
      row.status === 'claimed' || row.status === 'returned' || row.status === 'closed' ? row.status : 'open';
    const stepped = step(
      handoffMachine,
      { snapshot: snapshotFromRow({ status, claimedBy: row.claimedBy, outcome: null }) },
      event,
    );
    const next = rowFromSnapshot(stepped.snapshot);
    const effects = deskEffects(stepped.actions);
    if (!effects.announced) return { message: effects.message, changed: false };

    const now = clock.now();
    const committed = await db.$transaction(async (tx) => {
      const { count } = await tx.handoff.updateMany({
        where: { id: handoffId, version: row.version },
        data: {
          status: next.status,
          claimedById: next.claimedBy?.id ?? null,
          ...(effects.announced === 'claim' || effects.announced === 'takeover'
            ? { claimedAt: now }
            : { closedAt: now }),
          ...(effects.announced === 'close' ? { outcome: next.outcome } : {}),
          version: { increment: 1 },
        },
      });
      if (count !== 1) return false;
      if (effects.announced === 'claim' || effects.announced === 'takeover') {
        // The previous claimant's relay to this person ends; the new claimant's starts.
        await tx.staff.updateMany({
          where: { activeHandoffId: handoffId, id: { not: staff.id } },
          data: { activeHandoffId: null },
        });
        await tx.staff.update({ where: { id: staff.id }, data: { activeHandoffId: handoffId } });
      } else {
        // The relay ends for whoever was talking with this person.
        await tx.staff.updateMany({ where: { activeHandoffId: handoffId }, data: { activeHandoffId: null } });
      }
      if (effects.announced === 'claim') {
        await countOp(tx, now, 'claimed');
        await waitOp(tx, now, 'handoff-to-claim', row.createdAt);
      }
      if (effects.announced === 'close') {
        await countOp(tx, now, 'closed');
        const outcome = countFor('closed', next.outcome);
        if (outcome) await countOp(tx, now, outcome);
      }
      await audit(
        tx,
        now,
        `staff:${staff.id}`,
        `handoff.${effects.announced}`,
        'handoff',
        handoffId,
        next.outcome ? { outcome: next.outcome } : effects.from ? { from: `staff:${effects.from.id}` } : undefined,
      );
      return true;
    });
    if (!committed) return 'conflict';

    const told = effects.announced === 'takeover' ? 'claim' : effects.announced;
    await this.tellPerson(row.personId, told, staff.name, next.outcome, now);
    if (effects.from) await this.tellPreviousClaimant(effects.from, handoffId, person, staff.name, now);
    if (told !== 'claim') await this.endWithHandoff(handoffId, staff);
    await this.deps.outbox.refreshHandoffCards(handoffId);
    const message =
      effects.announced === 'takeover'
        ? say.tookOver(person, effects.from?.name ?? 'another coordinator')
        : effects.announced === 'claim'
          ? say.relayStarted(person)
          : effects.announced === 'return'
            ? say.returned(person)
            : say.closed(person, next.outcome ?? 'withdrew');
    return { message, changed: true };
  }

  /** The person's own flow says the kind words (a coordinator has you; back with the bot; closed). */
  private async tellPerson(
    personId: string,
    what: 'claim' | 'return' | 'close',
    coordinatorName: string,
    outcome: HandoffOutcome | null,
    now: Date,
  ): Promise<void> {
    const at = now.toISOString();
    try {
      if (what === 'claim')
        await this.deps.intake.dispatch(personId, { type: 'COORDINATOR_CLAIMED', at, coordinatorName });
      else if (what === 'return') await this.deps.intake.dispatch(personId, { type: 'COORDINATOR_RETURNED', at });
      else await this.deps.intake.dispatch(personId, { type: 'HANDOFF_CLOSED', at, outcome: outcome ?? 'withdrew' });
    } catch (err) {
      // The handoff has changed for good; the person's flow catching up later is better than failing the tap.
      this.deps.log.error({ err, personId, what }, 'could not tell the person about the handoff change');
    }
  }

  /** A take-over is never silent: the coordinator it was taken from hears who has the person now. */
  private async tellPreviousClaimant(
    from: Coordinator,
    handoffId: string,
    person: PersonView,
    byName: string,
    now: Date,
  ): Promise<void> {
    try {
      await this.deps.outbox.sendToStaff(from.id, {
        dedupeKey: `takeover:${handoffId}:${from.id}:${now.getTime()}`,
        text: say.takenFromYou(person, byName),
      });
    } catch (err) {
      this.deps.log.error({ err, handoffId }, 'could not tell the previous claimant about the take-over');
    }
  }

  /** The close or return stands whatever happens here: a referral left open is closed when a mentor next taps it. */
  private async endWithHandoff(handoffId: string, staff: StaffMember): Promise<void> {
    try {
      await this.deps.onEnded?.(handoffId, staff);
    } catch (err) {
      this.deps.log.error({ err, handoffId }, 'could not close what belongs to the ended handoff');
    }
  }

  /** Makes this handoff the coordinator's relay; returns the person they were talking with before, if another. */
  private async switchRelay(staffId: string, handoffId: string): Promise<PersonView | null> {
    const staff = await this.deps.db.staff.findUnique({ where: { id: staffId }, select: { activeHandoffId: true } });
    const before = staff?.activeHandoffId;
    await this.deps.db.staff.update({ where: { id: staffId }, data: { activeHandoffId: handoffId } });
    if (!before || before === handoffId) return null;
    const previous = await this.deps.db.handoff.findUnique({
      where: { id: before },
      include: { person: { select: { phone: true } } },
    });
    if (!previous || previous.status !== 'claimed') return null;
    return personOf(previous);
  }
}
