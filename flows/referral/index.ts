// The referral lifecycle machine and its row-shaped persistence.
export * from './machine.js';
export * from './persist.js';
