// What a mentor-feature service returns: a reply for the person who acted, or the reason it was refused (kept as a
// code so tests can say which refusal happened; the wording is in dialogs/mentor/replies.ts).
import type { Refusal } from '../../dialogs/mentor/views.js';
import type { JsonObject } from '../work/json.js';

export type ServiceResult = { ok: true; message?: string; card?: JsonObject } | { ok: false; refusal: Refusal };

export const refused = (refusal: Refusal): ServiceResult => ({ ok: false, refusal });

export const done = (reply: { message?: string; card?: JsonObject }): ServiceResult => ({ ok: true, ...reply });

export type { Refusal };
