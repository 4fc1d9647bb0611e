// What a mentor-feature service returns: a reply for the person who acted, or the reason it was refused (kept as a
// code so tests can say which refusal happened; the wording is in dialogs/mentor/replies.ts).
import type { Refusal } from '../../dialogs/mentor/views.js';
import type { JsonObject } from '../../shared/json.js';

/** A refusal may carry the card as it stands now, to replace the one that was tapped (a referral that has closed). */
export type ServiceResult =
  { ok: true; message?: string; card?: JsonObject } | { ok: false; refusal: Refusal; card?: JsonObject };

export const refused = (refusal: Refusal, card?: JsonObject | null): ServiceResult => ({
  ok: false,
  refusal,
  ...(card ? { card } : {}),
});

export const done = (reply: { message?: string; card?: JsonObject }): ServiceResult => ({ ok: true, ...reply });

export type { Refusal };
