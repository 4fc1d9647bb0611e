// Who the benchmark's servers think they serve: one made-up Twilio account and number, public URL, Teams tenant and
// its 100 coordinators, the app's environment built from them, and the drivers that speak as those people.
import { benchDataKey } from './databases.js';
import { SmsJourneys, TeamsCoordinators } from './journeys.js';

export const TOKEN = 'bench-auth-token-0123456789';
export const SID = 'AC' + 'b'.repeat(32);
export const FROM = '+441234567890';
export const PUBLIC_URL = 'https://bench.peer-connect.invalid';
export const TENANT = '00000000-0000-4000-8000-00000000beef';
export const COORDINATORS = Array.from(
  { length: 100 },
  (_, i) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
);
const COORDINATOR_TEXTS = ['help', 'list', 'hi'];

/** The real app's environment on `databaseUrl`, with Twilio and the Teams connector faked at `fakesUrl`. */
export function appEnv(databaseUrl: string, fakesUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    DATA_KEY: benchDataKey,
    PUBLIC_URL,
    TWILIO_ACCOUNT_SID: SID,
    TWILIO_AUTH_TOKEN: TOKEN,
    TWILIO_FROM: FROM,
    TWILIO_API_URL: fakesUrl,
    // Teams authentication off, as in local testing: the fake connector cannot issue Microsoft tokens.
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] ?? 'info',
  };
}

export interface Drivers {
  /** Mentees texting in, from a million phone numbers no other driver of the run uses. */
  sms(): SmsJourneys;
  /** The coordinators writing in Teams, their replies posted to the connector at `connectorUrl`. */
  teams(connectorUrl: string): TeamsCoordinators;
}

export function drivers(): Drivers {
  let phoneCursor = 700_900_000;
  return {
    sms() {
      const firstPhone = phoneCursor;
      phoneCursor += 1_000_000;
      return new SmsJourneys({ authToken: TOKEN, publicUrl: PUBLIC_URL, accountSid: SID, to: FROM, firstPhone });
    },
    teams(connectorUrl) {
      return new TeamsCoordinators({
        connectorUrl,
        coordinators: COORDINATORS,
        tenantId: TENANT,
        texts: COORDINATOR_TEXTS,
      });
    },
  };
}
