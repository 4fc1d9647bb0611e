// Medicines and what they come as: the means of overdose most often named. The rules read MEDS; the learned layer
// counts MEDICINE_FORMS and MEDICINE_NAMES as its `@means` class, so an unseen medicine still counts there.

import { alt } from './pattern.js';

/** What medicine comes as, in the plain words the learned layer reads. "pillemoji" is the 💊 emoji (normalise.ts). */
export const MEDICINE_FORMS: readonly string[] = [
  'tablets',
  'tablet',
  'pills',
  'pill',
  'pillemoji',
  'medication',
  'painkillers',
];

/** Medicines by name, as prescribed and bought in the UK. */
export const MEDICINE_NAMES: readonly string[] = [
  'paracetamol',
  'codeine',
  'cocodamol',
  'tramadol',
  'insulin',
  'lithium',
  'quetiapine',
  'olanzapine',
  'clozapine',
  'sertraline',
  'fluoxetine',
  'citalopram',
  'mirtazapine',
  'venlafaxine',
  'diazepam',
  'valium',
  'zopiclone',
  'amitriptyline',
  'pregabalin',
  'pregabs?',
  'gabapentin',
  'morphine',
  'oxycodone',
  'aspirin',
  'ibuprofen',
  'propranolol',
];

/** Medicines and means of overdose, for the rules: the lists above and the forms only a pattern can say. */
export const MEDS = alt(
  'tablets?',
  'pills?',
  'pillemoji',
  'medication',
  'medicine',
  'painkillers?',
  'antidepressants?',
  'anti depressants?',
  'co codamol',
  ...MEDICINE_NAMES,
  'aripiprazole',
  'risperidone',
  'sleeping (?:pills|tablets)',
  'caps',
  'capsules',
  'anti ?psychotics?',
  'mood stabili[sz]ers?',
  'depakote',
  'valproate',
  'lamotrigine',
  'haloperidol',
  // Paracetamol as it is often typed in a hurry ("paracetmol", "paracetomol", "parecetamol").
  'par[ae]c[a-z]{0,3}t[a-z]{0,3}m[ao]l',
  // Generic drug-name endings, so unlisted medicines still count.
  '[a-z]+(?:apine|idone|oxetine|alopram|azine|azepam|triptyline|pramine|afine|pride|olol)',
);
