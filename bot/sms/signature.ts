// Every SMS route checks X-Twilio-Signature against the URL Twilio called (PUBLIC_URL + path and query) and the
// form fields, with twilio-node's own validator. There is no switch to turn this off.
import twilio from 'twilio';
import type { Request } from 'restify';
import { errors } from '../http/http-errors.js';

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
