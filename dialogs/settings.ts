// What wording needs to know about this deployment: names, hours and crisis lines, all from config.
import type { CrisisLines } from './crisis.js';

export type { Channel } from '../shared/channel.js';

export interface DialogSettings {
  /** The service's name as people know it, e.g. "Peer Connections". */
  serviceName: string;
  /** The area the service covers, e.g. "Somerset". */
  area: string;
  crisisLines: CrisisLines;
  /** When coordinators work, in words: e.g. "Monday to Friday, 9am to 5pm". */
  workingHoursText: string;
  /** How many working days until a coordinator gets in touch after a handoff. */
  replyWithinWorkingDays: number;
  /** How many days of quiet before the one reminder a person asked for. */
  reminderAfterDays: number;
}
