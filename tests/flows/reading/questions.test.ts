// Questions about the service, asked instead of an answer, get the HELP reply and the question again; a person's own
// questions at an open question stay their answer, and asking for a person is still asking for one.
import { describe } from 'vitest';
import { table } from './table.js';

describe('questions about the service at the checks', () => {
  table(
    'consent',
    `
    who sees it? => help
    will my doctor see this => help
    does this go on my medical records => help
    how long do you keep it for? => help
    what happens to my info if I say yes => help
    can my family see what i write => help
    who are you => help
    is it free? => help
    yes but who reads it? => yes
    no, who even are you => no
    can i have a person => human
    can the coordinator ring me => human
    is this a bot? i want a real person => human
    is this a bot => human
    `,
    14,
  );
  table(
    'age',
    `
    is there an age limit => help
    what happens if im over 65, can i still join => help
    who sees my age? => help
    im 17 is that ok => under18
    does it matter how old i am? => skip
    `,
    5,
  );
  table(
    'area',
    `
    will someone come to my house? => help
    nr bridgwater => place:Bridgwater
    `,
    2,
  );
});

describe('questions at an open question', () => {
  table(
    'anyQuestion',
    `
    who reads this => help
    is this confidential => help
    is this the crisis line? => help
    what is a peer mentor => help
    how much should i write => help
    what happens after this => help
    is it normal to feel like this? => answer
    how do i stop feeling like this => answer
    why does everyone leave me => answer
    what is wrong with me => answer
    do i have to answer => skip
    `,
    11,
  );
});

describe('more questions and everyday replies (development set c, fresh phrasings)', () => {
  table(
    'anyQuestion',
    `
    what happens to my messages => help
    how do i reply to this => help
    what are u for exactly => help
    what do i need to do => help
    how did you get my number? => help
    whats peer support? => help
    how does it actually work => help
    do i just type here? => help
    how do i stop feeling like this => answer
    `,
    9,
  );
  table(
    'consent',
    `
    yeah no that's fine => yes
    yeah no problem => yes
    id rather you didnt => no
    rather you wouldnt keep it => no
    too much right now, can we pause => pause
    at work, will reply properly tonight => pause
    `,
    6,
  );
  table(
    'area',
    `
    b'water => place:Bridgwater
    `,
    1,
  );
});
