// What people ask for inside a sentence, at any question: a person, a pause, help, start again, delete my data.
// Guards: answers that carry a command's words stay answers.
import { describe, expect, it } from 'vitest';
import { areaOf, understand } from '../../../flows/intake/understand.js';
import { table } from './table.js';

describe('commands at any question, and answers that only look like them', () => {
  table(
    'anyQuestion',
    `
    # a person
    can i talk to a person please => human
    Can I speak to someone? => human
    I'd like to speak to a real person => human
    could I talk to someone from the team => human
    can someone call me => human
    can someone ring me please => human
    please could one of you call me => human
    can I chat with a human => human
    talk to a human => human
    speak to a person => human
    human please => human
    real person please => human
    a real person => human
    person => human
    a person => human
    PERSON => human
    team => human
    TEAM => human
    is this a bot? => human
    am I talking to a robot => human
    are you a real person => human
    I want to speak to a coordinator => human
    put me through to a person => human
    pass me to the team please => human
    I need to speak to someone from the team => human
    I want a real person => human
    speak to staff => human
    agent => human
    is anyone there => human
    can i message someone => human
    fetch me a real person please => human
    i'd prefer to go through this with a coordinator => human
    can i talk to a mentor instead, not type all this => human
    i'd rather talk to an actual coordinator, not a bot => human
    could i say it over the phone to someone => human
    # deleting, in other words
    scrub everything i've said => erase
    bin all that i typed => erase
    # back soon, said by what is happening
    tea's ready, will text you back => pause
    kids are up, back later => pause
    # from the top
    can we go through the whole form again => restart
    start it again from question one => restart
    # an answer that only sounds like starting again
    i'd love to start over, a new life somewhere quiet => answer
    # what sort of thing
    what sort of thing => help
    # a pause
    got to go to work => pause
    my break's over => pause
    dinner time, back later => pause
    later on => pause
    I'll text you tomorrow => pause
    tomorrow maybe => pause
    let me think and come back to you => pause
    at the doctors now => pause
    driving atm => pause
    need to dash => pause
    gotta run => pause
    kids are home gotta go => pause
    can we finish this tomorrow => pause
    I'll do the rest tomorrow => pause
    I have to go to work every day => answer
    I'm busy at work all the time and it's too much => answer
    I can't go into town on my own => answer
    I'd like to go back to work => answer
    could we do this another day => pause
    can we pick this up tomorrow => pause
    got to do the school run => pause
    gotta do the school run sorry => pause
    can we do this later => pause
    can we carry on tomorrow => pause
    can I finish this later => pause
    could we continue another time => pause
    later => pause
    l8r => pause
    later please => pause
    maybe later => pause
    not now => pause
    not right now => pause
    not now sorry => pause
    pause => pause
    another time => pause
    some other time => pause
    gotta go => pause
    got to go => pause
    g2g => pause
    I have to go now => pause
    need to go sorry => pause
    brb => pause
    bye for now => pause
    talk later => pause
    speak tomorrow => pause
    im at work => pause
    I'm driving => pause
    sorry can't talk now => pause
    not a good time => pause
    not a good time tbh => pause
    I need a break => pause
    can we stop for now => pause
    stop for now => pause
    enough for today => pause
    I'm tired, can we do the rest later => pause
    my phone's about to die => pause
    someone at the door brb => pause
    hang on => pause
    I'll come back to this => pause
    ill text back later => pause
    I've got to pick up the kids => pause
    can we pause this => pause
    let me think about it => pause
    # start again
    can we start again => restart
    start again => restart
    start over => restart
    restart => restart
    I want to start again => restart
    I made a mistake can I start again => restart
    can I start from the beginning => restart
    go back to the start => restart
    let's start over please => restart
    begin again => restart
    redo => restart
    start from scratch => restart
    can we start again please i messed up => restart
    # delete my data
    please delete my data => erase
    delete my data => erase
    delete my details => erase
    can you delete my information => erase
    I want you to delete everything I told you => erase
    remove my details please => erase
    erase my data => erase
    forget me => erase
    please forget about me => erase
    wipe my data => erase
    get rid of my info please => erase
    delete everything => erase
    I don't want you to keep my details => erase
    delete => erase
    delete my number => erase
    # help
    help => help
    help? => help
    HELP => help
    help me => help
    ? => help
    what can I say => help
    what do I do => help
    I don't understand => help
    im confused => help
    how does this work => help
    what are my options => help
    menu => help
    what does that mean => help
    # carrying on at a question is not an answer; the bot asks again
    # answers with command words in them
    I want help talking to people => answer
    help with my confidence => answer
    I need help getting out of the house => answer
    help me feel less alone => answer
    help with anxiety => answer
    later in the day suits me => answer
    later on in the evening is best => answer
    mornings, or later in the afternoon => answer
    after work, so later on => answer
    weekends are good for me => answer
    a person who has been through it => answer
    someone who has been through it => answer
    someone to talk to => answer
    I'd like someone to talk to => answer
    someone who understands => answer
    a person with lived experience => answer
    I find it hard to talk to people => answer
    I struggle to talk to people => answer
    I'm nervous talking to people on the phone => answer
    to be more confident speaking to people => answer
    talk to people more => answer
    I want to start again with my life => answer
    I want a fresh start => answer
    start again at college => answer
    to start over in a new job => answer
    get back into work => answer
    delete negative thoughts => answer
    I'd like to forget my past => answer
    I deleted all my social media => answer
    my mum used to delete my messages => answer
    I go to bed later than I should => answer
    I have to go to work every day and it drains me => answer
    I was a team leader before I got ill => answer
    the person I was before => answer
    people => answer
    I feel lost => answer
    stop feeling so low => answer
    I'm not sure what to write => answer
    I'm a real people person usually => answer
    being able to go out without panicking => answer
    `,
    150,
  );
});

// Asked by kind of phrasing: who should do it, when they will be back, what about the question puzzles them.
describe('commands said in other everyday ways, at an open question', () => {
  table(
    'anyQuestion',
    `
    # a person, by who would do it
    could a coordinator text me instead => human
    please can a real person phone me => human
    can one of your team ring me tomorrow => human
    get somebody to ring me please => human
    is there anybody i could speak to => human
    pass me on to a coordinator => human
    can i speak to one of the staff directly => human
    i'd prefer to explain this to a real person => human
    i'd like a call back from someone => human
    i don't trust bots, can someone call me => human
    # still answers
    a mentor who could call me now and then => answer
    i want to talk to a human being without shaking => answer
    someone to talk to who won't judge => answer
    # back later, by when
    i'll text you back tonight => pause
    will answer the rest after tea => pause
    gonna finish this later, kids up => pause
    brb kettle's on => pause
    back in five => pause
    just taking a breather => pause
    give me a couple of days => pause
    hold the thought, phone's ringing => pause
    shattered, can we do the rest tomorrow => pause
    can we stop here and pick it up on friday => pause
    finish this later? => pause
    in work now, tomorrow => pause
    yes but not right now => pause
    # still answers
    I keep busy, my gran says take a rest => answer
    taking a break from alcohol => answer
    i'll text my sister later, she helps => answer
    # what about the question puzzles them
    what do ya mean by that => help
    i don't get the question => help
    what sort of stuff are you after => help
    how many words should i write => help
    not sure what u want here => help
    could you rephrase that => help
    for example? => help
    how should i answer that => help
    what should i write here => help
    is this asking about work => help
    i don't understand why my moods change => answer
    # start again, delete
    start the whole lot again please => restart
    i put my age wrong, can we start it all again => restart
    go through the questions again from the start => restart
    i'd like all my details erased => erase
    forget all of it => erase
    i don't want you keeping my info => erase
    i deleted facebook last year => answer
    # skip
    i'll keep that one to myself => skip
    don't feel like going into it => skip
    not something i feel able to write => skip
    ok next => skip
    not sure i wanna talk about that => skip
    `,
    50,
  );
});

describe('more commands and guards at an open question', () => {
  table(
    'anyQuestion',
    `
    could i just phone someone => human
    what are we supposed to put => help
    could you show me an example => help
    examples please => help
    not really up to this right now => pause
    too worn out to finish this => pause
    lets leave it there for tonight => pause
    too tired to do anything most days => answer
    can i redo the whole thing => restart
    dog needs walking, later => pause
    on the bus. tomorrow => pause
    message me back tonight => pause
    hoping to begin again after rehab => answer
    i try to start again every monday => answer
    i delete my texts often => answer
    evenings, later is better => answer
    `,
    12,
  );
});

describe('a time, where the question asks for times', () => {
  it('"text me after 5" is when suits them, not a pause', () => {
    const step = { step: 'question', question: 'times' } as const;
    expect(understand(step, 'text me after 5', areaOf(undefined))).toEqual({ kind: 'answer' });
    expect(understand({ step: 'consent' }, 'text me after 5', areaOf(undefined))).toEqual({
      kind: 'command',
      command: 'pause',
    });
  });
});

describe('a day, where the question asks for times', () => {
  it('"can we do this at the weekend" is when suits them there, and a pause anywhere else', () => {
    const step = { step: 'question', question: 'times' } as const;
    expect(understand(step, 'can we do this at the weekend', areaOf(undefined))).toEqual({ kind: 'answer' });
    expect(understand({ step: 'area' }, 'can we do this at the weekend', areaOf(undefined))).toEqual({
      kind: 'command',
      command: 'pause',
    });
  });
});

describe('pauses at the area question, where a town may be named', () => {
  table(
    'area',
    `
    at the shops in taunton, can we finish later => pause
    on the bus to yeovil, will reply later => pause
    im at work in frome, can we do this tonight => pause
    cant talk now at the doctors in wells => pause
    can we do this at the weekend => pause
    going into a meeting => pause
    busy with the kids rn => pause
    at the hospital, will text back => pause
    bit overwhelmed, can I come back to this => pause
    off to bed now, tomorrow? => pause
    `,
    10,
  );
});

describe('fourth round: pauses, skips, a person and help in other words', () => {
  table(
    'anyQuestion',
    `
    will do the rest once im home => pause
    could i answer this tomorrow => pause
    gimme a sec => pause
    let me have a think and reply later => pause
    i'll get back to you on this => pause
    calling it a night => pause
    on the train, will reply => pause
    i'd rather not go there => skip
    nah not that one, next => skip
    nothing i want to add on that => skip
    could we move on from this one => skip
    not a question i want to answer => skip
    that's a bit personal => skip
    i'd sooner not => skip
    would somebody give me a ring => human
    is anybody real reading these => human
    maybe one of you could phone me => human
    sorry, don't quite follow => help
    what does this bit mean => help
    what are u after here => help
    it'd help if someone could ring me before meetings => answer
    let me know the plan first => answer
    will do my best => answer
    `,
    23,
  );
});

// At a question, "carry on" words inside an answer are the answer; a plain wish to go on resumes.
describe('carrying on, and answers that carry its words', () => {
  table(
    'anyQuestion',
    `
    i want to carry on with my art => answer
    continue my studies => answer
    to keep going with the gym => answer
    i'd like to be feeling better about myself => answer
    `,
    4,
  );
  it.each([
    'carry on',
    "I'm ok now, can we carry on",
    'feeling better now, where were we',
    'ok im back',
    'im safe now',
  ])('%j resumes', (text) => {
    expect(understand({ step: 'question', question: 'goals' }, text, areaOf(undefined))).toEqual({ kind: 'resume' });
  });
});

describe('answers at the open questions that carry command words', () => {
  table(
    'anyQuestion',
    `
    i'm not sure what to do with my life anymore => answer
    learning to take a break when i need one => answer
    skip fewer lessons at college => answer
    make friends and talk to new people => answer
    I'd like a person who's been through it => answer
    someone who's been there => answer
    a person that's had anxiety too => answer
    a real person who'd understand => answer
    does that matter for getting a mentor? => skip
    does it really matter => skip
    does it matter if I don't drive => answer
    `,
    11,
  );
});

// Asking how it works is not asking for it: "what if I want to start again later?" is a question.
describe('questions about a command are not the command', () => {
  table(
    'consent',
    `
    what if I want to start again later => unknown
    what happens if I need to stop halfway through => help
    would I talk to a person or is it all by text => help
    do i get to meet someone => unknown
    I was told someone would call me back => unknown
    can we start again from the beginning please => restart
    i want to begin again from scratch => restart
    can someone call me back => human
    `,
    8,
  );
  table(
    'anyQuestion',
    `
    start again from scratch with a new job => answer
    `,
    1,
  );
});

// Answers at an open question that carry a command's words: a restart would lose their answers, a delete would ask
// them to confirm wiping everything, so these stay answers.
describe('goals and wishes that carry command words', () => {
  table(
    'anyQuestion',
    `
    I want to start from scratch with my confidence => answer
    I'd like to go back to the beginning of my recovery => answer
    a real person, not an app => answer
    to stop for a bit each day and breathe => answer
    I want to delete my ex's number => answer
    I want a real person not a bot => human
    please delete my number => erase
    start from scratch => restart
    can we stop for now => pause
    `,
    9,
  );
});

// Fifth round (2026-12-06): pauses, a person and erasure in more words; a time that mentions the school run.
describe('fifth round: more pauses, a person and erasure, at an open question', () => {
  table(
    'anyQuestion',
    `
    let me have a think about it and come back to you => pause
    could we carry this on later => pause
    will answer on my lunch break => pause
    ill text you back on thursday => pause
    can i save this and come back => pause
    need a break from these questions => pause
    not got the energy tonight, tomorrow maybe => pause
    could somebody phone me instead => human
    i hate typing to a bot => human
    can i have a call instead please => human
    i want all of it deleted => erase
    want everything i told you wiped => erase
    mornings after the school run => answer
    any time before the school run => answer
    thats personal, move on => skip
    how many more questions are there => help
    whats a mentor => help
    `,
    17,
  );
});

describe('fifth round: questions and confusion at the consent question', () => {
  table(
    'consent',
    `
    who is on the small team? => help
    could the police see what i send => help
    is this legit? => help
    sorry i dont get it => help
    can i think about it and come back later => pause
    `,
    5,
  );
});

// "can i have ..." asks for a person only when a person (or a call) is what they ask for.
describe('asking to have something: a person, a moment, or more to read', () => {
  table(
    'consent',
    `
    can i have a think => pause
    can i have a minute => pause
    could i have a person please => human
    could i get someone to ring me => human
    could i have more info => help
    `,
    5,
  );
  table(
    'age',
    `
    can i have a think => pause
    can i get a cuppa first => unknown
    `,
    2,
  );
});
