// JSON values as stored in Json columns and carried in cards and jobs, and the two checks every reader of such
// values needs: is it an object, and what text does it hold under a key.
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** A plain object (not null, not an array), read without trusting where it came from. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON object, as read back from a Json column (what it holds was JSON when it was written). */
export function isJsonObject(value: unknown): value is JsonObject {
  return isObject(value);
}

/** The strings of a JSON array, as read back from a Json column (reasons, replies); anything else is left out. */
export function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The text under `key`, trimmed; null when it is missing, not text, or blank. */
export function textAt(data: Record<string, unknown>, key: string): string | null {
  const value = data[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
