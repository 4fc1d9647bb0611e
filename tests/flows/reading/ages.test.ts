// Ages at "Are you 18 or over?": digits, words, ranges, asides, and under 18 said in passing.
import { describe, expect, it } from 'vitest';
import { readAge } from '../../../flows/reading/ages.js';
import { table } from './table.js';

describe('ages at the 18-or-over question', () => {
  table(
    'age',
    `
    34 => age:34
    I was born in 1990 => age:36
    rather not say, if thats ok => skip
    id prefer not to share my age => skip
    dont want to tell you that => skip
    skip this one => skip
    nah im not => under18
    no im not => under18
    d.o.b 12/03/1985 => age:41
    my son is 15 but I'm 42 => age:42
    im 3O => age:30
    i have a 16 year old, im 45 => age:45
    im in my late forties => age:48
    35 next birthday => age:34
    I'll be 40 this year => age:40
    17 and a half => under18
    i'm still 17 => under18
    not quite 18 => under18
    aged 44 => age:44
    haha yes I'm 60 => age:60
    I'm 34 => age:34
    im 27 => age:27
    i am 45 => age:45
    45 years old => age:45
    52yo => age:52
    33 yrs => age:33
    61 y/o => age:61
    yes 29 => age:29
    yes I'm 52 => age:52
    yeah im 38 => age:38
    yep, 44 => age:44
    18 => age:18
    19 => age:19
    just turned 18 => age:18
    turned 30 last week => age:30
    I turned 40 in March => age:40
    just had my 50th => age:50
    forty one => age:41
    forty-one => age:41
    twenty five => age:25
    thirty => age:30
    im twenty nine => age:29
    sixty two => age:62
    fifty => age:50
    seventy three => age:73
    nineteen => age:19
    eighteen => age:18
    I'm fifty-eight => age:58
    mid forties => age:45
    in my 50s => age:55
    in my fifties => age:55
    in my thirties => age:35
    late 30s => age:38
    late thirties => age:38
    early 20s => age:22
    mid 20s => age:25
    late 60s => age:68
    early 70s => age:72
    in my 40s lol => age:45
    nearly 30 => age:29
    almost 40 => age:39
    coming up to 50 => age:49
    turning 60 soon => age:59
    40ish => age:40
    about 35 => age:35
    around 50 => age:50
    roughly 45 => age:45
    I'm 34, why? => age:34
    62 and retired => age:62
    Im 23 and a mum => age:23
    44 with 2 kids => age:44
    I'm 34 and my kids are 10 and 12 => age:34
    18/19 => age:18
    31 x => age:31
    27!! => age:27
    yes im 19 => age:19
    yes, I am 65 => age:65
    80 => age:80
    I'll be 21 next month => age:20
    30 next week => age:29
    yes over 18 => yes
    over 18 => yes
    Over eighteen => yes
    18+ => yes
    I'm over 21 => yes
    well over 18 haha => yes
    yes => yes
    yeah => yes
    yep => yes
    yes I am => yes
    of course => yes
    i am yes => yes
    yes I'm an adult => yes
    I'm a pensioner => yes
    retired => yes
    👍 => yes
    definitely => yes
    im 17 is that ok => under18
    I'm 17 => under18
    16 => under18
    im 16 => under18
    16 next month => under18
    18 next week => under18
    I'll be 18 in June => under18
    nearly 18 => under18
    fifteen => under18
    seventeen => under18
    I'm only 14 => under18
    no, I am 16 => under18
    no im 17 => under18
    no => under18
    nope => under18
    not yet => under18
    under 18 => under18
    im under 18 => under18
    not 18 yet => under18
    still at school => under18
    I'm 17 but 18 soon => under18
    dunno => unknown
    why do you need to know => skip
    old enough => skip
    a bit old lol => unknown
    I have 2 kids => unknown
    hmm => unknown
    what => unknown
    can i talk to a person please => human
    could we do this another day => pause
    `,
    100,
  );
});

// A year of birth needs the year it is now: the machine passes the year the message was sent. The age is the one they
// turn this year (the month is not known).
describe('a year of birth, read with the year it is now', () => {
  it.each([
    ['born in 1985', 2026, { kind: 'age', age: 41 }],
    ['i was born 2006', 2026, { kind: 'age', age: 20 }],
    ['born 2007', 2026, { kind: 'age', age: 19 }],
    ['2008', 2026, null],
    ['born in 2009', 2026, { kind: 'under18', age: null }],
    ['dob 2012', 2026, { kind: 'under18', age: null }],
    ['born 2009', 2030, { kind: 'age', age: 21 }],
  ] as const)('%j in %i', (text, year, expected) => {
    expect(readAge(text, year)).toEqual(expected);
  });

  it('without the year, only a year of 2000 or before is sure', () => {
    expect(readAge('born in 1999')).toEqual({ kind: 'adult' });
    expect(readAge('born in 2005')).toBeNull();
  });
});

describe('asides and typos', () => {
  table(
    'age',
    `
    fortyish => age:40
    twentysomething => age:25
    twnety six => age:26
    sevnety-two => age:72
    fifty two (fifty three next week) => age:52
    33 (going on 60) => age:33
    49 but look about 30 => age:49
    16 but 17 next month => under18
    im 28 and 29 on friday => age:28
    sixty two, feel like 100 => age:62
    my eighth try at this lol => unknown
    im thirsty => unknown
    # a number about someone else, or an earlier time, is not their age: asked again, never under 18 from it
    my daughter is 14 => unknown
    been unwell since i was 16 => unknown
    diagnosed at 17 => unknown
    left school at 15 => unknown
    15 years since it all started => unknown
    my grandkids are 9 and 12 => unknown
    i'm 52, my son is 17 => age:52
    17 but my dad says it's fine => under18
    38, mum of two => age:38
    shifty => unknown
    english => unknown
    thrity => age:30
    37 i think lol, yeah 37 => age:37
    40, yes 40 => age:40
    30 or 31 => age:30
    `,
    7,
  );
});

// One convention for decades: early is 2 in, mid 5, late 8, and a decade said alone its middle. The teens run to 19,
// so only early and mid teens are under 18; "late teens" or "teens" alone is asked again, never ends the journey.
describe('ages in decades', () => {
  table(
    'age',
    `
    mid 40s => age:45
    early 30s => age:32
    late 50s => age:58
    in my 40s => age:45
    40s => age:45
    forties => age:45
    fourties => age:45
    early twenties => age:22
    late twenties => age:28
    mid-thirties => age:35
    mid 30's => age:35
    early 40's => age:42
    im in my early 40s => age:42
    in my late sixties => age:68
    i'm in my mid twenties => age:25
    middle fifties => age:55
    mid to late 30s => age:37
    early to mid 40s => age:44
    im in my thirties => age:35
    my 40s => age:45
    in my 70s now => age:75
    eighties => age:85
    thirty something => age:35
    30 something => age:35
    fortysomething => age:45
    late teens => unknown
    in my late teens => unknown
    in my teens => unknown
    teens => unknown
    mid to late teens => unknown
    early teens => under18
    mid teens => under18
    im in my early teens => under18
    born in the 80s => yes
    90s kid => yes
    in his 40s => unknown
    between 30 and 40 => age:35
    30-35 => age:32
    18-25 => age:21
    16-19 => unknown
    15-17 => under18
    mid fifty's => age:55
    late sixtys => age:68
    im in my thirty's => age:35
    early-thirties => age:32
    in me 40s => age:45
    late 50s nearly 60 => age:58
    seventy something => age:75
    `,
    40,
  );
});

// School years that put everyone in them under 18 in England (years 7 to 12, GCSEs now); sixth form, A levels and
// college could be 18, so they are asked again, and "I am at college" is no yes. School in the past is not an age.
describe('school as an age', () => {
  table(
    'age',
    `
    doing my GCSEs => under18
    doing my gcses this summer => under18
    sitting my GCSE's => under18
    revising for my mock gcses => under18
    just finished my gcses => under18
    gcses next year => under18
    in year 11 => under18
    im in year 9 => under18
    year 10 => under18
    in yr 11 => under18
    y11 => under18
    year eleven => under18
    year 7 lol => under18
    in year 12 => under18
    lower sixth => under18
    still in school => under18
    in sixth form => unknown
    im in sixth form => unknown
    6th form => unknown
    upper sixth => unknown
    in year 13 => unknown
    at college doing a levels => unknown
    doing my a levels => unknown
    i am at college => unknown
    at secondary school => unknown
    no im in sixth form => under18
    yes I'm in sixth form => yes
    in year 13 but i turned 18 in september => age:18
    in year 12 at college so 16 => under18
    I left school in 1995 => unknown
    left school in 2010 => unknown
    did my GCSEs in 1998 => unknown
    finished my gcses years ago => unknown
    retaking my maths gcse at college => unknown
    doing gcses again at night school => unknown
    i teach year 11 => unknown
    I'm a year 11 teacher => unknown
    year 2 at uni => unknown
    my son is in year 9 => unknown
    my daughters doing her gcses => unknown
    `,
    40,
  );
});

// A year is a year of birth only when said as one: "moved here in 2010" said in 2026 is not a 16-year-old.
describe('a year that is not a year of birth', () => {
  it.each([
    ['I moved here in 2010', null],
    ['did my gcses in 2011', null],
    ['started in 2009', null],
    ['1985', { kind: 'age', age: 41 }],
    ['12th march 1985', { kind: 'age', age: 41 }],
    ['its 1990', { kind: 'age', age: 36 }],
    ['2010', { kind: 'under18', age: null }],
    ['b. 2011', { kind: 'under18', age: null }],
  ] as const)('%j in 2026', (text, expected) => {
    expect(readAge(text, 2026)).toEqual(expected);
  });
});

// A no to "are you 18 or over?" ends the journey and keeps nothing: only a plain no counts.
describe('a no at the age question is a plain one', () => {
  table(
    'age',
    `
    nope not yet => under18
    i dont => under18
    sadly not => under18
    afraid not => under18
    not at all => under18
    never => under18
    I am not => under18
    I'm not great with numbers => unknown
    im not doing this => unknown
    i dont know => unknown
    i wish => unknown
    `,
    11,
  );
});

describe('turning soon, and grown up said in words', () => {
  table(
    'age',
    `
    18 on Saturday => under18
    about to be 18 => under18
    18 tomorrow => under18
    30 tomorrow => age:29
    im 44, 45 on friday => age:44
    I'm a grown woman => yes
    grandmother of 3 => yes
    I have grandkids => yes
    Ive got 4 grandchildren => yes
    im a nan => yes
    my nan said to text => unknown
    `,
    11,
  );
});

// A decade they open with is theirs, whoever else is named after it; a school year beside someone else is not theirs.
describe('their decade, and school years that belong to someone else', () => {
  table(
    'age',
    `
    40s, two kids, one at uni and one in year 11 => age:45
    mid 30s, mum of two => age:35
    late 20s, no kids => age:28
    early 60s and my husband is 70 => age:62
    forty something with a teenage son => age:45
    I'm 45 and my daughter is in year 9 => age:45
    im in my 50s and my son is 19 => age:55
    in year 10, my mum said to text => unknown
    `,
    8,
  );
});

// Under 18 ends the journey and keeps nothing, so it is never read from someone else's age, an earlier time, a job
// with young people, or a "not": these are asked again (or read as the adult they say they are).
describe('never under 18 from a number that is not their age now', () => {
  table(
    'age',
    `
    I'm a mum of a 15 year old => unknown
    my son's doing his GCSEs => unknown
    I work with 16 year olds => unknown
    I teach year 10 and 11 => unknown
    I'm a TA in a year 7 class => unknown
    I've had depression since I was 14 => unknown
    I left home at 16 => unknown
    I was in care till I was 17 => unknown
    my kids are 12 and 15 => unknown
    got pregnant at 17 => unknown
    I'm a youth worker with under 18s => unknown
    I help out at the sixth form => unknown
    my granddaughter is in year 8 => unknown
    I have a 17 year old daughter => unknown
    ive been like this since year 9 => unknown
    I did my GCSEs in 2001 and A levels in 2003 => unknown
    I'm 52, I was bullied in year 10 => age:52
    I've got a 16yo and a 13yo => unknown
    I'm an adult, my son is 16 => yes
    been ill since my teens => unknown
    I'm no spring chicken => yes
    no spring chicken lol => yes
    not telling you that => skip
    not 18 no, 48 => unknown
    no, I'm 38 => age:38
    no im much older than that => yes
    no I'm over 18 => yes
    nope, 52 => age:52
    no haha im 60 => age:60
    I'm not under 18 => yes
    I am not a child => unknown
    not a teenager => unknown
    definitely not under 18 => yes
    i'm not 17 lol => unknown
    I'm a carer for my 15 year old => unknown
    looking after my 14 yo niece => unknown
    I'm not at school => unknown
    my mum thinks I'm too young for this at 25 => unknown
    `,
    38,
  );
});

describe('fifth round: ages in passing', () => {
  table(
    'age',
    `
    turning 52 this year => age:52
    85 baby => age:41
    19 going on 90 lol => age:19
    yeah, just dont want to say exactly => yes
    im in year 10 at school => under18
    in year 12 at college => under18
    not yet => under18
    `,
    7,
  );
});
