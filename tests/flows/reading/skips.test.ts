// Skipping a question in the person's own words; answers that only look like skips stay answers.
import { describe } from 'vitest';
import { table } from './table.js';

describe('skips at any question', () => {
  table(
    'anyQuestion',
    `
    skip => skip
    I'd prefer to leave that one => skip
    not something I want to go into => skip
    can I not answer that => skip
    do I have to answer that => skip
    not by text => skip
    not comfortable sharing that => skip
    I'll leave that one => skip
    give that a miss => skip
    miss that one out => skip
    can we do the next one => skip
    don't really want to answer => skip
    no answer to that => skip
    I'll answer that later => skip
    not ready to talk about that => skip
    can we come back to that => skip
    I leave it all to my mum => answer
    I was a lighthouse keeper and miss it => answer
    i really miss it, the sea and that => answer
    can we leave that one => skip
    miss that one => skip
    my next step is to get a job => answer
    Skip. => skip
    SKIP => skip
    skip please => skip
    skip this one => skip
    skip that => skip
    sikp => skip
    skipp => skip
    pass => skip
    pass please => skip
    Pass on that one => skip
    I'll pass on that => skip
    next => skip
    next question => skip
    next question please => skip
    next one pls => skip
    move on => skip
    can we move on => skip
    I'd rather leave that => skip
    id rather leave that one => skip
    I would rather leave that => skip
    leave that one => skip
    can we leave that => skip
    let's leave that => skip
    leave it blank => skip
    don't want to say => skip
    I don't want to say => skip
    I don't want to answer that => skip
    dont wanna say => skip
    rather not say => skip
    I'd rather not say => skip
    I'd rather not say if that's ok => skip
    sorry I'd rather not say => skip
    id rather not go into it => skip
    rather not go into that right now => skip
    I'd rather not talk about it => skip
    I don't want to talk about that => skip
    prefer not to say => skip
    I'd prefer not to answer => skip
    prefer not to answer that one => skip
    no comment => skip
    not telling => skip
    not saying => skip
    none of your business => skip
    that's private => skip
    private => skip
    that's a bit personal => skip
    too personal => skip
    can we skip this one => skip
    can I skip this => skip
    mind if I skip this => skip
    I'd like to skip this => skip
    skip for now => skip
    id rather skip that => skip
    I'm not comfortable answering that => skip
    not comfortable saying => skip
    rather keep that private => skip
    n/a => skip
    - => skip
    x => skip
    . => skip
    I pass the shop every day => answer
    I skip meals when I'm low => answer
    I want to move on with my life => answer
    leaving the house => answer
    I'd rather be outside more => answer
    next to nothing to be honest => answer
    private person really, keep myself to myself => answer
    I don't want to say too much but I'm struggling => answer
    I feel like I'm skipping through life => answer
    I don't know => answer
    `,
    60,
  );
});
