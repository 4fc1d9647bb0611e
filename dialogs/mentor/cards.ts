// Small builders for Adaptive Cards (schema 1.5, which Teams renders). Buttons are Action.Submit with the verb in
// `data.verb`: the Teams channel routes a tap to the feature that declared the verb.
import type { JsonObject, JsonValue } from '../../shared/json.js';

export type Card = JsonObject;

export function card(body: JsonValue[], actions: JsonValue[] = []): Card {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
  };
}

export function heading(text: string): JsonObject {
  return { type: 'TextBlock', text, weight: 'Bolder', size: 'Medium', wrap: true };
}

export function para(text: string, subtle = false): JsonObject {
  return { type: 'TextBlock', text, wrap: true, ...(subtle ? { isSubtle: true } : {}) };
}

/** Label/value pairs; empty values are left out rather than shown as blanks. */
export function facts(pairs: ReadonlyArray<readonly [string, string | null | undefined]>): JsonObject {
  const shown = pairs.filter((p): p is readonly [string, string] => typeof p[1] === 'string' && p[1].trim() !== '');
  return { type: 'FactSet', facts: shown.map(([title, value]) => ({ title, value })) };
}

export function submit(
  title: string,
  verb: string,
  data: JsonObject = {},
  style?: 'positive' | 'destructive',
): JsonObject {
  return { type: 'Action.Submit', title, data: { verb, ...data }, ...(style ? { style } : {}) };
}

export function textInput(id: string, label: string, placeholder: string, multiline = false): JsonObject {
  return { type: 'Input.Text', id, label, placeholder, isMultiline: multiline, maxLength: 500 };
}

export function dateInput(id: string, label: string, value?: string, required = false): JsonObject {
  return {
    type: 'Input.Date',
    id,
    label,
    ...(value ? { value } : {}),
    isRequired: required,
    errorMessage: 'Please pick a date',
  };
}

export function choiceInput(
  id: string,
  label: string,
  choices: ReadonlyArray<readonly [title: string, value: string]>,
  value?: string,
): JsonObject {
  return {
    type: 'Input.ChoiceSet',
    id,
    label,
    style: 'compact',
    isRequired: true,
    errorMessage: 'Please choose one',
    choices: choices.map(([title, v]) => ({ title, value: v })),
    ...(value ? { value } : {}),
  };
}

/** "12 Jan 2027" from an ISO day or instant, in the service's time zone. */
export function dayText(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short', year: 'numeric' }).format(
    new Date(iso),
  );
}
