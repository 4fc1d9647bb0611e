import { describe, expect, it } from 'vitest';
import { STANDING_WEIGHTS, standingFeatures, standingScorer } from '../../../../flows/safety/model/standing-reader.js';
import { trainStanding } from '../../../safety/train-standing.js';
import { canonicalOf } from '../../../../flows/safety/rules/lexicon.js';
import { classify } from '../../../../flows/safety/classify.js';

describe('the standing reader', () => {
  it('runs on the weights its training script writes from the written conversations', () => {
    const { model } = trainStanding();
    expect(model).toEqual(JSON.parse(JSON.stringify(STANDING_WEIGHTS)));
  }, 60_000);

  it('keeps a plain act standing under an unrelated question, and lets a purchase with its purpose go', () => {
    const score = standingScorer(STANDING_WEIGHTS);
    const read = (urgent: string, since: string) =>
      score(
        standingFeatures({ canonical: canonicalOf(urgent), reasons: classify(urgent).reasons }, [canonicalOf(since)]),
      );
    expect(read('got the car running in the garage with the door shut', 'can i have a male mentor')).toBeGreaterThan(
      STANDING_WEIGHTS.threshold,
    );
    expect(read('bought a rope today', 'its for the goats, they keep getting out of the top field')).toBeLessThan(
      STANDING_WEIGHTS.threshold,
    );
  });
});
