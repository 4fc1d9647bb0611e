// A sweep of everyday replies across the intake's steps, written fresh for issue 12 (not from any held-out set): yes
// and no in texting forms, ages in words and asides, towns with typos and postcodes, skips, pauses, a person, and
// answers that carry command words.
import { describe } from 'vitest';
import { table } from '../reading/table.js';

describe('everyday replies at consent', () => {
  table(
    'consent',
    `
    yeah go on then x => yes
    aye go on => yes
    yep that's grand => yes
    okey dokes => yes
    yes thats absolutely fine => yes
    sure thing mate => yes
    Yeah no worries => yes
    that's ok by me => yes
    I'm fine with that yes => yes
    yes happy for you to => yes
    go for it => yes
    yeah thats cool => yes
    Yes, I understand and agree => yes
    ok, I agree => yes
    yeah I'm ok with that => yes
    ya fine => yes
    yes please 😊 => yes
    👍👍 => yes
    yeah sound => yes
    Yup, all good => yes
    ok thats fine by me thanks => yes
    Yes I'm happy for you to keep my details => yes
    k => yes
    sounds fair => yes
    yes thats fine but what happens next => yes
    ok then, lets do it => yes
    i suppose thats fine => yes
    yeah alright => yes
    yeah fine go ahead => yes
    yes you can keep it => yes
    no ta => no
    not for me thanks => no
    nah you're alright => no
    no I'd rather you didn't => no
    I don't want you to keep my info => no
    no thanks, not comfortable with that => no
    nope, sorry => no
    I'd rather not thanks => no
    no I don't agree => no
    nah not keen => no
    👎 => no
    No. Please don't keep anything => no
    `,
    42,
  );
});

describe('everyday replies at the 18-or-over question', () => {
  table(
    'age',
    `
    forty one => age:41
    41 years young => age:41
    turned 30 last week => age:30
    in my 50s => age:55
    63 this year => age:63
    27 yrs old => age:27
    im 44 and a half => age:44
    Thirty six => age:36
    seventy => age:70
    I'm twenty-two => age:22
    48 (unfortunately) => age:48
    35 lol why => age:35
    39, 40 next month => age:39
    yes over 18 => yes
    I'm an adult yes => yes
    yep definitely => yes
    of course I am lol => yes
    16 next month => under18
    im 17 is that ok => under18
    only 15 => under18
    I'm 16 and a half => under18
    turning 17 soon => under18
    I'm still 17 till August => under18
    no I'm 14 => under18
    `,
    24,
  );
});

describe('everyday replies at the area question', () => {
  table(
    'area',
    `
    nr Bridgwater => place:Bridgwater
    Tauntn => place:Taunton
    yeovill => place:Yeovil
    TA1 => place:Taunton
    BA5 => place:Wells
    minehead ta24 => place:Minehead
    just outside taunton => place:Taunton
    a village near frome => place:Frome
    glasto => place:Glastonbury
    burnham on sea => place:Burnham-on-Sea
    shepton => place:Shepton Mallet
    chard => place:Chard
    Street => place:Street
    yes I do => yes
    yep in somerset => yes
    no Bristol => outside
    Weston super mare => outside
    I'm in Bath => outside
    Exeter, Devon => outside
    `,
    19,
  );
});

describe('everyday replies at an open question', () => {
  table(
    'anyQuestion',
    `
    I'd rather leave that => skip
    rather not say => skip
    can we skip that one => skip
    pass on this one => skip
    not something I want to go into => skip
    next question please => skip
    I'd rather not answer that if that's ok => skip
    skip please => skip
    id prefer not to say => skip
    dont really want to talk about that one => skip
    can we pick this up tomorrow => pause
    got to do the school run => pause
    sorry need to go, will finish later => pause
    can we carry on later => pause
    I'm knackered, can we do the rest tomorrow => pause
    brb => pause
    gotta dash, back later => pause
    can I finish this another time => pause
    I'll do the rest tonight => pause
    kids are home, later => pause
    not now sorry => pause
    let me come back to this => skip
    can i talk to a person please => human
    can I speak to someone real => human
    is this a robot => human
    I want to talk to a human => human
    can someone ring me => human
    please delete my data => erase
    delete everything I've told you => erase
    can we start again => restart
    start over please => restart
    what do you mean => help
    I want help talking to people => answer
    someone to talk to about my anxiety => answer
    I'd like a person who's been through it => answer
    later in the day suits me => answer
    mornings are best => answer
    I'd like to start again at college => answer
    to stop feeling so tired all the time => answer
    to be able to pick up the phone to friends => answer
    carry on with my art => answer
    help with getting out of the house => answer
    `,
    42,
  );
});
