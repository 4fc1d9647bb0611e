// The one reminder a person asked for: the job hands REMINDER_DUE to their flow, which decides whether it is still
// wanted (they may have come back, or said STOP: the outbox will not text an opted-out number).
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import { JobKinds } from '../work/kinds.js';
import type { JobHandlers } from '../work/worker.js';
import type { IntakeService } from './service.js';

export function reminderJobs(deps: { intake: IntakeService; config: Config; clock: Clock }): JobHandlers {
  return {
    [JobKinds.intakeReminder]: async (job) => {
      const personId = job.payload['personId'];
      if (typeof personId !== 'string') return;
      await deps.intake.dispatch(personId, {
        type: 'REMINDER_DUE',
        at: deps.clock.now().toISOString(),
        max: deps.config.reminderMax,
      });
    },
  };
}
