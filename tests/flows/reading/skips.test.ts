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

// At the checks the journey cannot go on without, keeping the answer to oneself is a skip: never stored, never a no.
describe('keeping it to themselves at the age check', () => {
  table(
    'age',
    `
    i don't like giving my age out => skip
    dont enjoy telling people my age => skip
    i'd sooner keep that to myself => skip
    not keen on giving my age out => skip
    is that important? => skip
    i'll keep that one private thanks => skip
    not giving that out => skip
    would rather not disclose => skip
    that's personal => skip
    does my age matter? => skip
    none of ur business lol => skip
    why do u want to know => skip
    Pass. => skip
    no comment => skip
    im not saying, sorry => skip
    prefer to keep that private => skip
    whys that needed => skip
    that's top secret => skip
    # an answer said alongside stays an answer
    id rather not say but im over 18 => yes
    I'm 52 but I'd rather not say more => age:52
    rather not say, im 16 => under18
    nah => under18
    not sure => unknown
    `,
    19,
  );
});

describe('keeping it to themselves at the area check', () => {
  table(
    'area',
    `
    i'd rather keep my address private => skip
    not telling you where i live => skip
    is that relevant => skip
    why do you want to know where i live => skip
    no comment on that => skip
    not happy giving my location => skip
    i don't really like giving out my address => skip
    pass, sorry => skip
    does that matter? => skip
    i'd prefer to leave that => skip
    don't want to share that => skip
    rather not say exactly, but near Chard => place:Chard
    not saying, but it's TA1 => place:Taunton
    no => outside
    somewhere nice => unknown
    `,
    14,
  );
});

// Not deciding yet is neither a yes nor a no: consent is never assumed, and nothing ends.
describe('not deciding yet at the consent question', () => {
  table(
    'consent',
    `
    no comment => skip
    idk yet, can we move on => skip
    havent decided, ask me the rest => skip
    still thinking, whats next => skip
    pass => skip
    skip that bit => skip
    unsure, keep going => skip
    i'll come back to that one => skip
    rather not => no
    ill pass => no
    leave it => no
    no => no
    yes but skip the bit about my meds => yes
    no that's fine, crack on => yes
    no dont carry on => no
    dunno => unknown
    `,
    16,
  );
});

// Keeping it private, or for the mentor in person: never stored as the answer. How to meet stays an answer.
describe('keeping it for in person', () => {
  table(
    'anyQuestion',
    `
    prefer to keep that private => skip
    I'd rather keep this one between me and the mentor => skip
    I'd rather talk about that in person => skip
    I'd prefer to say that face to face => skip
    I'll tell the mentor when I meet them => skip
    id rather go through it with my mentor => skip
    I'd prefer to meet in person => answer
    I'd rather talk face to face => answer
    I'd like to tell my mentor about my art => answer
    `,
    9,
  );
});
