// Public face of the safety module: classify every inbound message before anything else handles it.
export { classify, EVERYDAY_TOLD } from './classify.js';
export type { SafetyLevel, SafetyResult } from './classify.js';
export { normalise } from './normalise.js';
export { classifyInContext, holdToAsking } from './context/classify.js';
export { STANDING } from './context/standing.js';
export { earlierText, unexplained } from './context/read.js';
export type { Earlier } from './context/read.js';
export type { ContextResult } from './context/classify.js';
