// Long replies (more than 16 words) at the checks (consent, age, area): the answer, a command or keeping it to
// themselves is still read, clause by clause, and a "talk to someone", a "take a break" or a "what if" said in passing
// is not taken for a command. A no that would end the journey is only a plain one.
import { describe, expect, it } from 'vitest';
import { areaOf, understand } from '../../../flows/intake/understand.js';
import { table } from '../reading/table.js';

describe('long replies at the consent question', () => {
  table(
    'consent',
    `
    yeah that's fine, as long as it's only the coordinator who sees it, I've had bad experiences before => yes
    yes that's ok with me, I just want to get some help because things have been really hard lately to be honest => yes
    ok I think that's fine but I'm a bit nervous about all this to be honest, never done anything like it => yes
    yes please, my doctor told me about you and said you might be able to help me get out of the house more => yes
    honestly I don't mind as long as it stays private, I work in a small town and everyone knows everyone round here => yes
    that's fine yes, although I should say I might not be able to reply quickly because I work shifts at the hospital => yes
    yes I'd really like someone to talk to who has been through something similar, my GP suggested I get in touch => yes
    go on then, I've been putting this off for weeks but my sister keeps telling me I should give it a try => yes
    yep fine by me, I'd just like to know roughly how long it takes before I hear back from someone about a mentor => yes
    sure, I've been told a mentor could help me get back into doing things, I've lost all my confidence since covid => yes
    yes that's fine I really need to talk to someone about how I've been feeling lately, it's been awful => yes
    absolutely fine, I'm happy for you to keep what I say if it means I can get a bit of support with going out => yes
    no I don't want you keeping anything about me, I've had my details shared before and it went badly => no
    no thanks, I don't really like the idea of my information being stored anywhere at all to be honest => no
    I'd rather you didn't keep anything until I know a bit more about who you are and what you do with it => no
    nah not for me sorry, I thought this was something different, I was looking for counselling not mentoring => no
    not really, I only wanted to find out a bit more about the service before I decide whether to go ahead with it => no
    sorry I can't do this right now, I've got to pick the kids up from school, can we do it later => pause
    can we do this another time please, I'm at work and my manager keeps looking over at me, sorry about that => pause
    I'm on the bus at the moment and my battery is about to die, can I pick this up tomorrow when I'm home => pause
    I need to go now, the baby has just woken up and she won't settle, I'll text you back later on tonight => pause
    can I talk to a person please, I'd rather explain everything to a real human than type it all into my phone => human
    is this a bot? I'd really rather speak to someone real if that's possible, I find these things hard to use => human
    can someone ring me instead, I'm not very good with texting and it takes me ages to write everything out => human
    please delete my number and everything I sent, my partner saw my phone and I don't feel safe having this here => erase
    I think I messed that up, can we start again from the beginning please, I pressed send before I'd finished => restart
    not sure yet, can we carry on with the other questions and I'll decide about that bit at the end if that's ok => skip
    I'm not sure, I've had bad experiences with services keeping my stuff and sharing it without asking me first => unknown
    my GP said to text this number and I'm not really sure what happens next or what you need from me => unknown
    hi I was given this number by my support worker, she said you could help me find a mentor to talk to => unknown
    who would actually see what I write? I don't want my employer or my family finding out about any of this => unknown
    my friend had a mentor from you last year and she said it really helped her to get out and about again => unknown
    what happens to my information if I decide to stop later on, do you still keep it or does it get deleted => unknown
    yes please, I just need someone to talk to, I've been so lonely since I lost my job last year => yes
    ok that's fine, I might need to take a break now and then because I get tired with my condition => yes
    yes, my counsellor said I should talk to someone who's been through it, she said you were really good => yes
    happy with that, I deleted all my social media last month because it was making me feel so much worse => yes
    yes that's ok, I want to start again after everything that's happened this year, new start and all that => yes
    I'm at work at the moment but yes that's fine, go ahead and ask your questions, I'll answer when I can => yes
    no I don't mind, carry on, I've got about half an hour before I need to go and pick my daughter up => yes
    my GP said I should talk to someone, she gave me this number, I don't really know what to say though => unknown
    my mum deleted all my messages and I've had a horrible week, I just need some support from someone => unknown
    sorry it's taken me so long to reply, I've been in hospital, but yes I'm still interested in a mentor => unknown
    no, and please don't keep my number either, I've decided this isn't the right time for me after all => no
    my counsellor said I should try this, she said I could pause it any time if it got too much for me => unknown
    I was wondering what happens if I start and then need to stop for a while, is that allowed or not => unknown
    I deleted the app last time because it asked too many questions, I hope this one is a bit different => unknown
    my partner said I have to go through all this on my own, but I'd like him to be there, is that ok => unknown
    a friend used this last year and she had to stop halfway through because she moved away, is that normal => unknown
    can you tell me more first? I'd like to know who would see my answers before I agree to anything at all => unknown
    what if I want to start again later on, or I change my mind about the whole thing after a few weeks => unknown
    I was told someone would call me back last week but nobody did, so I thought I'd try texting this instead => unknown
    I'd like to know more about how it works, like would I talk to a person or is it all done by text => unknown
    `,
    53,
  );
});

describe('long replies at the 18-or-over question', () => {
  table(
    'age',
    `
    I'm 34, I've been struggling for a long time since my divorce and my GP said this might help me => age:34
    41 and honestly feeling every bit of it at the moment, it's been a really rough couple of years for me and the family => age:41
    im in my mid forties and i have been on the waiting list for counselling for nearly a year now with no news => age:45
    i am twenty three years old and i live with my mum and dad and my little brother who is eleven => age:23
    yes definitely over 18, I've got three kids of my own and the eldest is 15 now which makes me feel ancient => yes
    yes I'm over 18, I'm actually 52 but I feel a lot older than that after the last few years I've had => yes
    yes I am, I'm retired now and I live on my own since my husband passed away, the days are very long => yes
    I'm 17 but I'll be 18 in a couple of months, my mum said I should text you to see if you can help => under18
    no I'm only 16 but I really need someone to talk to, things at home are bad and I don't know where to go => under18
    I don't really want to say how old I am, I've had people judge me before because of my age and it puts me off => skip
    I'd rather not give my age if that's alright, I've been turned away from things because of it in the past => skip
    does it really matter how old I am? I just want someone to talk to who understands what it's like => skip
    can we do this another time please, I'm at work and my manager keeps looking over at me, sorry about that => pause
    can I talk to someone on the phone instead of doing all this by text, I find typing really hard with my hands => human
    I'd much rather speak to a real person about all this, is there a number I can ring during the day => human
    I don't know why you need my age, I just want someone to talk to, it's been a really bad few months => unknown
    my son is 15 and he's been struggling, I wanted to find out if there's anything for parents like me => unknown
    I left school in 1995 and have worked in the same job ever since, which is part of the problem really => unknown
    I'm 52, I had to stop working last year because of my health and I've been stuck at home ever since => age:52
    38, I've been on my own since my partner left and I really just need to talk to someone about it all => age:38
    twenty nine, although I feel about ninety most days, I haven't been sleeping and I've stopped going out => age:29
    I'm in year 11 so I'm not 18 yet, but my teacher said it might be ok to ask if there's anything for me => under18
    old enough to know better lol, I'd rather not say exactly, but definitely over the age you need to be => skip
    I don't know if I'm allowed to use this, my sister said it was for adults but she's not always right => unknown
    I've been off work for ages, my manager said to take a break and get some help, so here I am now => unknown
    I'm not great with numbers or texting, my daughter normally helps me with my phone but she's at work => unknown
    `,
    26,
  );
});

describe('long replies at the area question', () => {
  table(
    'area',
    `
    I live in Taunton, well just outside actually, in a little village but it's only ten minutes on the bus => place:Taunton
    yes I'm in Somerset, near Yeovil, but I don't drive so getting anywhere is a bit of a nightmare for me honestly => place:Yeovil
    Bridgwater, I've lived here all my life apart from a few years in Bristol when I was at university there => place:Bridgwater
    frome, it's a lovely town but I feel really isolated here since I moved, I don't know anyone at all apart from work => place:Frome
    yes I do, I've lived in Somerset for about twenty years now but I don't really know many people round here => yes
    I'd rather not say exactly where I live, it's a small place and everyone knows everyone, but it is in Somerset => yes
    I don't want to say where I live, I've had problems with people finding out where I am before and it scared me => skip
    no I'm in Bristol now, I moved up here last year for work but my family are all still down in Somerset => outside
    can I stop here and carry on tomorrow, I've got to go and get the kids from school now, sorry about this => pause
    sorry I've got to go, my mum has just turned up at the door and she doesn't know I'm doing this, speak later => pause
    could someone just call me instead, I'm not great at explaining where I am and it's only a tiny place => human
    I'm not sure if I count, I move around a lot between my mum's and my dad's and neither place feels like home => unknown
    Chard, I moved here to start again after my divorce, but I don't know anyone and I'm really lonely => place:Chard
    yes, Glastonbury, although I often have to stop and take a break when I walk anywhere because of my back => place:Glastonbury
    I'm sofa surfing at the moment so I don't have a proper address, I'm staying with different friends each week => unknown
    I'll have to tell you that later, I'm just about to go into a meeting at work and I've got to turn my phone off => pause
    we live right out in the sticks, about twenty minutes from anywhere, and the buses stopped running last year => unknown
    Taunton, and honestly I'd love to talk to a real person at some point because I find texting hard work => place:Taunton
    `,
    18,
  );
});

// At the review and the outside-the-area choice, the opening clause is read when the whole says nothing to act on.
describe('the opening clause at the review and the outside choice', () => {
  const area = areaOf(undefined);
  it.each([
    ["Looks good to me, although I wasn't sure what to put for some of them, is that ok for now?", { kind: 'send' }],
    ['looks good, thanks for all your help', { kind: 'send' }],
    ['perfect, when will I hear back?', { kind: 'send' }],
    ['looks good but can i change my name', { kind: 'change', item: 1 }],
    ['yes, but the goals are wrong', { kind: 'change', item: 6 }],
  ] as const)('%j at the review', (text, action) => {
    expect(understand({ step: 'review' }, text, area)).toEqual({ kind: 'review', action });
  });
  it.each(['hmm, not sure', 'wait, let me read it again'])('%j at the review is not understood', (text) => {
    expect(understand({ step: 'review' }, text, area)).toEqual({ kind: 'unknown' });
  });
  it.each([
    ['pass me on please, I do not mind travelling', 'team'],
    ['other places please, thanks for trying', 'other'],
  ] as const)('%j at the outside choice', (text, choice) => {
    expect(understand({ step: 'outside' }, text, area)).toEqual({ kind: 'choice', choice });
  });
});

// An apology for the wait, thanks, or who is writing opens the message; the answer is in the clause after.
describe('long replies that open with a preamble', () => {
  table(
    'consent',
    `
    Sorry for the late reply, yes that's fine, I've been really busy with work this week and completely forgot => yes
    thanks for getting back to me, that's ok with me, I've been meaning to get in touch for a while now => yes
    hi it's Sam, yes that's fine, my support worker said she'd let you know I'd be texting at some point => yes
    sorry it's taken me so long, I've been in hospital and I'm only just catching up with my messages now => unknown
    hi, it's Jo again, no sorry I don't want you keeping my details, I've thought about it a lot this week => no
    `,
    5,
  );
  table(
    'age',
    `
    sorry for the slow reply, 34, it's been a really busy few days with the kids off school for half term => age:34
    `,
    1,
  );
});
