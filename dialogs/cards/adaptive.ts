// The one typed card kit: builders for the few Adaptive Card (1.5) elements the coordinators' and mentors' cards use,
// every button an Action.Execute with a verb (bot/teams routes each verb to its feature), and the one conversion to
// the plain JSON that Teams, the outbox and the tests see.
import type { JsonObject } from '../../shared/json.js';

export type TextBlock = {
  type: 'TextBlock';
  text: string;
  wrap: true;
  size?: 'Small' | 'Default' | 'Medium' | 'Large';
  weight?: 'Default' | 'Bolder';
  color?: 'Default' | 'Attention' | 'Good' | 'Warning' | 'Accent';
  isSubtle?: boolean;
  spacing?: 'None' | 'Small' | 'Medium';
};

export type FactSet = { type: 'FactSet'; facts: { title: string; value: string }[] };

export type ChoiceSet = {
  type: 'Input.ChoiceSet';
  id: string;
  label: string;
  isRequired: true;
  errorMessage: string;
  style: 'expanded' | 'compact';
  choices: { title: string; value: string }[];
  value?: string;
};

export type TextInput = {
  type: 'Input.Text';
  id: string;
  label: string;
  placeholder?: string;
  isMultiline: boolean;
  maxLength: number;
};

export type DateInput = {
  type: 'Input.Date';
  id: string;
  label: string;
  value?: string;
  isRequired: boolean;
  errorMessage: string;
};

export type Container = {
  type: 'Container';
  style?: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
  items: CardElement[];
};

/** Buttons inside the body (a section another feature adds to a card places its own). */
export type ActionSet = { type: 'ActionSet'; actions: CardAction[] };

export type CardElement = TextBlock | FactSet | ChoiceSet | TextInput | DateInput | Container | ActionSet;

export type ExecuteAction = {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: { [key: string]: string };
  style?: 'default' | 'positive' | 'destructive';
};

export type ShowCardAction = { type: 'Action.ShowCard'; title: string; card: AdaptiveCard };

export type CardAction = ExecuteAction | ShowCardAction;

export type AdaptiveCard = {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
};

export const card = (body: CardElement[], actions: CardAction[] = []): AdaptiveCard => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body,
  ...(actions.length > 0 ? { actions } : {}),
});

export const text = (value: string, style: Omit<TextBlock, 'type' | 'text' | 'wrap'> = {}): TextBlock => ({
  type: 'TextBlock',
  text: value,
  wrap: true,
  ...style,
});

export const heading = (value: string, color: TextBlock['color'] = 'Default'): TextBlock =>
  text(value, { size: 'Medium', weight: 'Bolder', color });

/** Label/value pairs; empty values are left out rather than shown as blanks. */
export const facts = (pairs: ReadonlyArray<readonly [string, string | null | undefined]>): FactSet => ({
  type: 'FactSet',
  facts: pairs
    .filter((p): p is readonly [string, string] => typeof p[1] === 'string' && p[1].trim() !== '')
    .map(([title, value]) => ({ title, value })),
});

export const textInput = (
  id: string,
  label: string,
  options: { placeholder?: string; multiline?: boolean } = {},
): TextInput => ({
  type: 'Input.Text',
  id,
  label,
  ...(options.placeholder ? { placeholder: options.placeholder } : {}),
  isMultiline: options.multiline ?? false,
  maxLength: 500,
});

export const dateInput = (
  id: string,
  label: string,
  options: { value?: string; required?: boolean; errorMessage: string },
): DateInput => ({
  type: 'Input.Date',
  id,
  label,
  ...(options.value ? { value: options.value } : {}),
  isRequired: options.required ?? false,
  errorMessage: options.errorMessage,
});

/** A required choice: `expanded` shows every option (radio buttons), `compact` a drop-down. */
export const choiceInput = (
  id: string,
  label: string,
  choices: ReadonlyArray<readonly [title: string, value: string]>,
  options: { style: ChoiceSet['style']; errorMessage: string; value?: string },
): ChoiceSet => ({
  type: 'Input.ChoiceSet',
  id,
  label,
  isRequired: true,
  errorMessage: options.errorMessage,
  style: options.style,
  choices: choices.map(([title, value]) => ({ title, value })),
  ...(options.value ? { value: options.value } : {}),
});

export const actionSet = (actions: CardAction[]): ActionSet => ({ type: 'ActionSet', actions });

export const execute = (
  title: string,
  verb: string,
  data: { [key: string]: string },
  style?: ExecuteAction['style'],
): ExecuteAction => ({ type: 'Action.Execute', title, verb, data, ...(style ? { style } : {}) });

/** Plain JSON for Teams and the outbox: drops undefined fields the optional properties may carry. */
export function toJson(value: AdaptiveCard): JsonObject {
  return JSON.parse(JSON.stringify(value)) as JsonObject;
}
