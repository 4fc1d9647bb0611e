// Every SMS route checks X-Twilio-Signature against the URL Twilio called (PUBLIC_URL + path and query) and the
// form fields, with twilio-node's own validator. There is no switch to turn this off. The first refusal after a start
// is logged at warn with a hint: a PUBLIC_URL that is not the address Twilio calls refuses every real text.
import twilio from 'twilio';
import type { Request } from 'restify';
import { errors, HttpError } from '../http/http-errors.js';
import type { Logger } from '../logger.js';

export type FormFields = Record<string, string>;

export function verifiedForm(req: Request, authToken: string, publicUrl: string): FormFields {
  const signature = req.header('x-twilio-signature');
  if (!signature) throw errors.forbidden('missing X-Twilio-Signature');
  const body: unknown = req.body;
  const params = isRecord(body) ? body : {};
  // Twilio signs the URL it called: our public base plus the path and query exactly as they arrived.
  const url = publicUrl + (req.url ?? '');
  if (!twilio.validateRequest(authToken, signature, url, params)) {
    throw errors.forbidden('X-Twilio-Signature does not match this request');
  }
  const fields: FormFields = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string') fields[key] = value;
    else if (Array.isArray(value)) throw errors.badRequest(`field ${key} appears more than once`);
  }
  return fields;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);
}

/** verifiedForm, telling the operator once (the first refusal since this checker was made, i.e. since the start) at
 * warn what to check; later refusals are left to the error handler's info line. */
export function signatureChecker(authToken: string, publicUrl: string, log: Logger): (req: Request) => FormFields {
  let hinted = false;
  return (req) => {
    try {
      return verifiedForm(req, authToken, publicUrl);
    } catch (err) {
      if (!hinted && err instanceof HttpError && err.statusCode === 403) {
        hinted = true;
        log.warn(
          { checkedUrl: publicUrl + req.path(), reason: err.message },
          'Twilio signature refused (403). If this came from Twilio, PUBLIC_URL is probably not the address Twilio ' +
            'calls: set it to the start of the webhook URL in the Twilio console (https://your.host, no path) and ' +
            'check TWILIO_AUTH_TOKEN is the current Auth Token. Said once per start; later refusals are logged at info.',
        );
      }
      throw err;
    }
  };
}
