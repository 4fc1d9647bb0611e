// What the person agreed mentors may read. Their own words about what is going on for them go to mentors only when
// they said yes to the question that asks (shareWords); no answer, a skip or anything but a clear yes means no.
import { readYesNo } from '../reading/yes-no.js';

export function sharesOwnWords(answer: string | undefined): boolean {
  return answer !== undefined && readYesNo(answer) === 'yes';
}
