// Yes and no to "Is it ok for us to keep what you tell us?", as people text it.
import { describe } from 'vitest';
import { table } from './table.js';

describe('yes and no at the consent question', () => {
  table(
    'consent',
    `
    yes => yes
    sounds ok to me => yes
    righto then => yes
    i suppose => yes
    that seems fine => yes
    errr ok => yes
    ummm yes => yes
    ohh ok then => yes
    you can => yes
    happy days => yes
    fair enough, go on then => yes
    nice one => yes
    yeah that's sound => yes
    ok as long as it's private => yes
    not for now thanks => no
    I'd prefer not => no
    not this time => no
    not at the moment => no
    nah ur ok => no
    no thanks I'm good => no
    hmmm no => no
    I'm not sure about that => unknown
    Yes. => yes
    YES => yes
    yeah => yes
    yeah go on => yes
    Yeah go on then => yes
    alright then => yes
    ok fab => yes
    okay => yes
    OK! => yes
    ok 👍 => yes
    👍 => yes
    👍🏽 => yes
    👌 => yes
    🙂 => yes
    ✅ => yes
    yep => yes
    yup => yes
    yh => yes
    ye => yes
    yea sure => yes
    yeh thats fine => yes
    sure => yes
    sure, go ahead => yes
    of course => yes
    ofc => yes
    defo => yes
    deffo yes => yes
    definitely => yes
    absolutely => yes
    yes please => yes
    yes please x => yes
    Yes thank you => yes
    yes thats ok => yes
    thats fine => yes
    that's fine by me => yes
    That's absolutely fine => yes
    fine => yes
    fine with me => yes
    i'm fine with that => yes
    im ok with that => yes
    happy with that => yes
    I'm happy for you to keep it => yes
    happy to => yes
    I agree => yes
    agreed => yes
    i consent => yes
    I give my consent => yes
    aye => yes
    aye go on => yes
    go on => yes
    go for it => yes
    why not => yes
    yeah why not => yes
    no problem => yes
    no worries => yes
    no probs => yes
    not a problem => yes
    sounds good => yes
    sounds good to me => yes
    sounds fine => yes
    that works => yes
    works for me => yes
    cool => yes
    cool cool => yes
    great => yes
    lovely => yes
    brilliant thanks => yes
    perfect => yes
    grand => yes
    k => yes
    kk => yes
    okie dokie => yes
    okey dokey => yes
    okk => yes
    oki => yes
    yesss => yes
    yasss => yes
    yess please => yes
    yes yes => yes
    yeah yeah thats fine => yes
    Yes, that's ok with me => yes
    yes but what happens next => yes
    yes but will my GP know => yes
    yes but can I ask something first => yes
    ok but who reads it => yes
    yeah but only the team right => yes
    actually ok yes => yes
    no wait yes => yes
    no actually yes => yes
    sorry I meant yes => yes
    changed my mind, yes please => yes
    oh go on then => yes
    on second thoughts yes => yes
    hmm ok yes => yes
    um yeah => yes
    erm yes ok => yes
    well ok then => yes
    ok then => yes
    fine then => yes
    i suppose so => yes
    I guess so => yes
    i think so => yes
    yes I think that's fine => yes
    yep that's grand => yes
    yeah thats cool => yes
    ye ok => yes
    yes ok => yes
    ok yes => yes
    yeah ok thanks => yes
    ok cheers => yes
    ok ta => yes
    yes ta => yes
    yes mate => yes
    yes hun => yes
    of course you can => yes
    course you can => yes
    yes you can => yes
    you can yes => yes
    yes that's fine with me thank you => yes
    I don't mind => yes
    i dont mind at all => yes
    don't mind => yes
    no i dont mind => yes
    yes i'm happy with that => yes
    totally => yes
    for sure => yes
    yep go ahead => yes
    go ahead => yes
    please do => yes
    yes, please go ahead => yes
    count me in => yes
    I'm in => yes
    lets do it => yes
    let's go => yes
    ok lovely => yes
    okay cool => yes
    ok sure => yes
    sure thing => yes
    sure yes => yes
    that's ok => yes
    thats okay => yes
    that is fine => yes
    all good => yes
    right ok => yes
    righto => yes
    spot on => yes
    yes absolutely fine => yes
    Yes 🙂 => yes
    yes!!! => yes
    y => yes
    Y => yes
    yep 👍 => yes
    no => no
    No. => no
    NO => no
    n => no
    nope => no
    nah => no
    naw => no
    na => no
    no thanks => no
    no thank you => no
    no ta => no
    no thx => no
    nah ur alright => no
    nah you're alright => no
    no you're alright thanks => no
    nah im good => no
    no i'm good thanks => no
    not for me => no
    not for me thanks => no
    it's not for me => no
    not really => no
    no not really => no
    i don't think so => no
    dont think so => no
    i'd rather not => no
    rather not => no
    no id rather not => no
    I don't agree => no
    i do not consent => no
    dont consent => no
    no way => no
    no chance => no
    not interested => no
    im not interested thanks => no
    not keen => no
    I'm not comfortable with that => no
    not ok => no
    that's not ok => no
    no its not ok => no
    not happy with that => no
    I don't want you to keep it => no
    i dont want that => no
    i don't like that => no
    👎 => no
    ❌ => no
    no 👎 => no
    nope not for me => no
    nah not for me => no
    no sorry => no
    sorry no => no
    no mate => no
    nah mate => no
    definitely not => no
    absolutely not => no
    of course not => no
    never => no
    no never => no
    no no => no
    ill pass => no
    I'll give it a miss => no
    yes actually no => no
    yeah no => no
    ok actually no => no
    wait no => no
    hmm no => no
    um no => no
    no, thanks anyway => no
    no thanks anyway => no
    nah leave it => no
    forget it => no
    i changed my mind => no
    no I've changed my mind => no
    not sure => unknown
    dunno => unknown
    maybe => unknown
    what do you mean => help
    I dont understand => help
    questions => help
    who are you => help
    is this free => help
    idk => unknown
    perhaps => unknown
    banana => unknown
    it depends => unknown
    can i think about it => unknown
    `,
    200,
  );
});

describe('yes and no at the consent question, in more everyday ways', () => {
  table(
    'consent',
    `
    can't see why not => yes
    by all means go ahead => yes
    i guess so yeah => yes
    feel free => yes
    be my guest => yes
    yesssss => yes
    okkkk => yes
    nooooo thanks => no
    not likely => no
    not on your life => no
    i'd rather you did not => no
    i'll say no for now => no
    my answer is yes => yes
    no that's fine, fire away => yes
    i don't see why => unknown
    `,
    15,
  );
});

describe('hedges and not knowing at the consent question', () => {
  table(
    'consent',
    `
    i suppose that's fine => yes
    i reckon that's ok => yes
    i guess yeah => yes
    i think not => no
    no idea => unknown
    not a clue => unknown
    no idea tbh, skip it => skip
    can i say at the end => skip
    pass for the minute => skip
    i'd like to think about this one, anything else? => skip
    i dont want you keeping anything of mine => no
    `,
    11,
  );
});

describe('yes and no at the consent question, third round', () => {
  table(
    'consent',
    `
    mhm go on => yes
    we're happy for that => yes
    i am fine with it => yes
    i'm not fine with it => no
    ok, why not => yes
    why? => unknown
    mm => unknown
    i'd prefer it if you didn't => no
    that's sound => yes
    righty ho => yes
    go 4 it => yes
    i wouldn't say no => yes
    i'd say yes to that => yes
    `,
    8,
  );
});

describe('polite forms that could go either way at the consent question', () => {
  table(
    'consent',
    `
    no concerns => yes
    no issue at all => yes
    i've read it and agree => yes
    no it's fine => unknown
    nah that's ok => unknown
    no it's fine, go ahead => yes
    no that's not ok => no
    nah i'll leave it => no
    `,
    8,
  );
});

describe('yes and no at the consent question, issue 12 sweep', () => {
  table(
    'consent',
    `
    💯 => yes
    👍🏻 => yes
    👌🏽 => yes
    🆗 => yes
    yes 👍🏼 => yes
    ye ok => yes
    aye that's fine => yes
    sure but how long does it take => yes
    thanks but no thanks => no
    not rly => no
    sadly not => no
    nah im ok thanks => no
    ❤️ => unknown
    `,
    13,
  );
});

// No objection, said with a "no" or a "don't" in it, is a yes; indifference is neither.
describe('no objection at the consent question', () => {
  table(
    'consent',
    `
    I don't have a problem with that => yes
    I have no issue with that => yes
    I can't see a problem => yes
    not at all, go for it => yes
    no I'm fine with it => yes
    don't really understand but yes => yes
    I don't care, just help me => unknown
    not at all => no
    no I'm not fine with it => no
    `,
    9,
  );
});
