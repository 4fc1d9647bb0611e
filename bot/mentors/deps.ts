// What the mentors' services are given by the composition root (bot/app.ts): the database and clock, a person's own
// flow to tell (their mentor is found), the worker to wake after queueing work, and Teams' proactive sends.
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import type { IntakeService } from '../intake/service.js';
import type { Logger } from '../logger.js';
import type { TeamsServices } from '../teams/feature.js';

export interface MentorDeps {
  config: Config;
  db: Db;
  clock: Clock;
  log: Logger;
  intake: Pick<IntakeService, 'dispatch' | 'safety'>;
  /** Called after a commit that queued work, so the worker picks it up at once. */
  wake: () => void;
  teams: TeamsServices;
}
