// Typed builders for the few Adaptive Card (1.5) elements the coordinator cards use, and the one conversion to the
// plain JSON that Teams, the outbox and the tests see.
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
};

export type Container = {
  type: 'Container';
  style?: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
  items: CardElement[];
};

export type CardElement = TextBlock | FactSet | ChoiceSet | Container;

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

export const facts = (pairs: [string, string | null | undefined][]): FactSet => ({
  type: 'FactSet',
  facts: pairs.filter((p): p is [string, string] => Boolean(p[1])).map(([title, value]) => ({ title, value })),
});

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
