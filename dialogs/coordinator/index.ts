// Coordinator-facing wording and cards: pure functions of plain views.
export * from './alert-card.js';
export * from './format.js';
export * from './handoff-card.js';
export * from './messages.js';
export * from './verbs.js';
export * from './views.js';
export * from './report-card.js';
