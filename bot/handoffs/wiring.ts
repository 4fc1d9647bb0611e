// What the handoff domain hands the composition root (bot/app.ts) to wire: the coordinators' Teams verbs and words,
// the jobs that keep handoffs from getting lost, what to do when a text to a person can never be delivered, and how
// coordinators' cards are rendered. Building these installs nothing and runs nothing.
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import type { IntakeService } from '../intake/service.js';
import type { Logger } from '../logger.js';
import type { StaffDirectory } from '../staff/directory.js';
import type { StaffMember } from '../staff/member.js';
import type { TeamsFeature } from '../teams/feature.js';
import type { CardRenderer } from '../teams/sender.js';
import type { TeamsOutbox } from '../teams/services.js';
import type { DeadLetterHandler, JobHandlers } from '../work/worker.js';
import { handoffJobs } from './alerts.js';
import { coordinatorCards, type HandoffCardSection } from './cards.js';
import { showUndelivered } from './delivery.js';
import { HandoffDesk } from './desk.js';
import { createCoordinatorFeature } from './feature.js';

export interface HandoffsDeps {
  config: Config;
  db: Db;
  clock: Clock;
  log: Logger;
  intake: IntakeService;
  outbox: TeamsOutbox;
  directory: StaffDirectory;
  /** What another feature adds to a handoff card. */
  section: HandoffCardSection;
  /** What else ends with a handoff, closed or handed back to the bot, after the change is committed. */
  onEnded: (handoffId: string, by: StaffMember) => Promise<void>;
}

export interface HandoffsWiring {
  feature: TeamsFeature;
  jobs: JobHandlers;
  onDeadLetter: DeadLetterHandler;
  renderCard: CardRenderer;
}

export function handoffsWiring(deps: HandoffsDeps): HandoffsWiring {
  const { config, db, clock, log, intake, outbox, directory } = deps;
  const renderCard = coordinatorCards(db, config.timeZone, deps.section);
  const desk = new HandoffDesk({ db, clock, log, intake, outbox, onEnded: deps.onEnded });
  return {
    feature: createCoordinatorFeature({ db, clock, log, config, intake, outbox, desk, render: renderCard, directory }),
    jobs: handoffJobs({ db, clock, log, config, outbox }),
    onDeadLetter: showUndelivered(db, outbox),
    renderCard,
  };
}
