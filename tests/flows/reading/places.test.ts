// Where people live, at "Do you live in Somerset?": towns, villages, typos, postcode districts, "nr X", and the
// places nearby that are other councils' areas (Bath, Weston-super-Mare, Midsomer Norton, Radstock, Bristol).
import { describe } from 'vitest';
import { table } from './table.js';

describe('places at the area question (Somerset)', () => {
  table(
    'area',
    `
    Taunton => place:Taunton
    Devon border, near Wellington => place:Wellington
    No fixed abode => unknown
    I'd rather not say where => skip
    near the wiltshire border, frome => place:Frome
    Bristol but I work in Taunton => outside
    small village outside Chard => place:Chard
    somewhere near minehead => place:Minehead
    close to taunton => place:Taunton
    Ilminster-ish => place:Ilminster
    nr. yeovil => place:Yeovil
    in TA21 => place:Wellington
    on the levels => place:Somerset Levels
    in mendip => place:Mendip
    Westonsupermare => outside
    near keynsham => outside
    I'm in Wales => outside
    taunton => place:Taunton
    TAUNTON => place:Taunton
    Tauntn => place:Taunton
    tauton => place:Taunton
    in Taunton => place:Taunton
    yes Taunton => place:Taunton
    yes, in Taunton => place:Taunton
    yeah taunton x => place:Taunton
    I live in Taunton => place:Taunton
    just outside Taunton => place:Taunton
    outskirts of taunton => place:Taunton
    Taunton, Somerset => place:Taunton
    Yeovil => place:Yeovil
    yeoville => place:Yeovil
    yeovill => place:Yeovil
    near yeovil => place:Yeovil
    yep Yeovil => place:Yeovil
    Bridgwater => place:Bridgwater
    bridgewater => place:Bridgwater
    nr Bridgwater => place:Bridgwater
    near bridgwater => place:Bridgwater
    bridgwatter => place:Bridgwater
    a village near Bridgwater => place:Bridgwater
    Frome => place:Frome
    frome => place:Frome
    a village near Frome => place:Frome
    Glastonbury => place:Glastonbury
    glasto => place:Glastonbury
    glastonbery => place:Glastonbury
    Wells => place:Wells
    near wells => place:Wells
    in wells => place:Wells
    Street => place:Street
    in Street => place:Street
    Shepton Mallet => place:Shepton Mallet
    shepton => place:Shepton Mallet
    sheptonmallet => place:Shepton Mallet
    Minehead => place:Minehead
    minhead => place:Minehead
    Chard => place:Chard
    i live in chard => place:Chard
    Burnham-on-Sea => place:Burnham-on-Sea
    burnham on sea => place:Burnham-on-Sea
    burnham => place:Burnham-on-Sea
    Highbridge => place:Highbridge
    Wellington => place:Wellington
    wellington somerset => place:Wellington
    Crewkerne => place:Crewkerne
    crewkern => place:Crewkerne
    Ilminster => place:Ilminster
    Somerton => place:Somerton
    Langport => place:Langport
    Castle Cary => place:Castle Cary
    castle carey => place:Castle Cary
    Wincanton => place:Wincanton
    Watchet => place:Watchet
    Cheddar => place:Cheddar
    near cheddar => place:Cheddar
    Martock => place:Martock
    Williton => place:Williton
    Dulverton => place:Dulverton
    Bruton => place:Bruton
    Axbridge => place:Axbridge
    Porlock => place:Porlock
    Ilchester => place:Ilchester
    South Petherton => place:South Petherton
    North Petherton => place:North Petherton
    Wiveliscombe => place:Wiveliscombe
    wivey => place:Wiveliscombe
    Milborne Port => place:Milborne Port
    Nether Stowey => place:Nether Stowey
    Cannington => place:Cannington
    norton fitzwarren => place:Norton Fitzwarren
    Bishops Lydeard => place:Bishops Lydeard
    bishop's lydeard => place:Bishops Lydeard
    Wedmore => place:Wedmore
    Stoke sub Hamdon => place:Stoke-sub-Hamdon
    Templecombe => place:Templecombe
    Dunster => place:Dunster
    Evercreech => place:Evercreech
    Butleigh => place:Butleigh
    Westonzoyland => place:Westonzoyland
    Middlezoy => place:Middlezoy
    Puriton => place:Puriton
    Woolavington => place:Woolavington
    Brent Knoll => place:Brent Knoll
    Berrow => place:Berrow
    East Huntspill => place:East Huntspill
    Spaxton => place:Spaxton
    Stogursey => place:Stogursey
    Creech St Michael => place:Creech St Michael
    creech st michael nr taunton => place:Creech St Michael
    North Curry => place:North Curry
    Trull => place:Trull
    Monkton Heathfield => place:Monkton Heathfield
    Cotford St Luke => place:Cotford St Luke
    Merriott => place:Merriott
    East Coker => place:East Coker
    Montacute => place:Montacute
    Henstridge => place:Henstridge
    Nunney => place:Nunney
    Beckington => place:Beckington
    Chilcompton => place:Chilcompton
    Croscombe => place:Croscombe
    Pilton => place:Pilton
    Wookey Hole => place:Wookey Hole
    Draycott => place:Draycott
    Ashcott => place:Ashcott
    Curry Rivel => place:Curry Rivel
    Cheddon Fitzpaine => place:Cheddon Fitzpaine
    Exford => place:Exford
    Wheddon Cross => place:Wheddon Cross
    Milverton => place:Milverton
    a little village called Pitney => place:Pitney
    TA1 => place:Taunton
    ta1 2ab => place:Taunton
    TA6 => place:Bridgwater
    TA6 3AB => place:Bridgwater
    ta 6 => place:Bridgwater
    my postcode is TA8 1XX => place:Burnham-on-Sea
    TA20 => place:Chard
    TA24 => place:Minehead
    TA21 => place:Wellington
    BA5 => place:Wells
    BA5 2RE => place:Wells
    ba6 => place:Glastonbury
    BA11 => place:Frome
    BA16 => place:Street
    BA20 => place:Yeovil
    BA21 4AA => place:Yeovil
    BS27 => place:Cheddar
    BS28 => place:Wedmore
    yes => yes
    yep => yes
    yes I do => yes
    Somerset => yes
    yes somerset => yes
    somerset yes => yes
    yeah in sommerset => yes
    👍 => yes
    Bath => outside
    near Bath => outside
    Weston-super-Mare => outside
    weston super mare => outside
    weston => outside
    WSM => outside
    Midsomer Norton => outside
    midsomer norton => outside
    Radstock => outside
    Bristol => outside
    bristol => outside
    brizzle => outside
    Keynsham => outside
    Clevedon => outside
    Portishead => outside
    Nailsea => outside
    north somerset => outside
    no => outside
    nope => outside
    no, Devon => outside
    no I live in Bristol => outside
    not in Somerset => outside
    i dont live in somerset => outside
    Exeter => outside
    Dorset => outside
    London => outside
    BS1 4DJ => outside
    BA1 => outside
    BA2 3QQ => outside
    BA3 => outside
    EX4 => outside
    DT9 => outside
    I live on a busy street => unknown
    Little Snoring => unknown
    dunno => unknown
    not sure => unknown
    what do you mean => unknown
    hmm => unknown
    can i talk to a person please => human
    got to do the school run => pause
    `,
    150,
  );
});

describe('places set apart, on the move, and further away', () => {
  table(
    'area',
    `
    Frome, near the station => place:Frome
    Wells - the little city => place:Wells
    street, by the shoe outlet => place:Street
    street (by the outlet shops) => place:Street
    just moved to Chard, used to be in Yeovil => place:Chard
    moving to Bristol soon but still in Taunton => place:Taunton
    hoping to move to Wells, in Bridgwater for now => place:Bridgwater
    on the quantocks near nether stowey => place:Nether Stowey
    up on the mendips, nr cheddar => place:Cheddar
    exmoor => place:Exmoor
    weston, by the sea front => outside
    bideford => outside
    newton abbot => outside
    edinburgh => outside
    hull => outside
    bishops hull => place:Bishops Hull
    not far from Frome => place:Frome
    welly => place:Wellington
    used to live in bath now in wells => place:Wells
    `,
    16,
  );
});

describe('a pause at the area question is not a place', () => {
  table(
    'area',
    `
    out and about in yeovil, can i answer later => pause
    will finish this at home => pause
    hang on a mo => pause
    `,
    3,
  );
});

// "in somerset" squashed is one letter from "n somerset" (North Somerset): a typo reading never reuses words already
// read as a name, so the county said plainly is never sent outside.
describe('the county said plainly', () => {
  table(
    'area',
    `
    in somerset => yes
    I live in Somerset => yes
    yes in somerset => yes
    yeah im in somerset => yes
    its in somerset yeah => yes
    based in somerset => yes
    somewhere in somerset => yes
    all my life in somerset => yes
    in somerset mate => yes
    in somerset, near Taunton => place:Taunton
    in north somerset => outside
    in n somerset => outside
    not in somerset any more => outside
    in somersett => yes
    `,
    14,
  );
});

// Someone else's town, or one in the past, is not where they live.
describe('family elsewhere, and where they came from', () => {
  table(
    'area',
    `
    My mum lives in Frome and I'm in Bath => outside
    my family are in Taunton but I live in Bristol => outside
    I'm in Exeter, my sister is in Taunton => outside
    my daughter lives in Chard => unknown
    from Bridgwater originally, living in Bristol now => outside
    Taunton, my mum lives in Bristol => place:Taunton
    I'm in Minehead, my brother lives in Cardiff => place:Minehead
    I live with my mum in Street => place:Street
    my partner and I live in Yeovil => place:Yeovil
    `,
    9,
  );
});

// A place they are nowhere near, or only come from, is not where they live.
describe('nowhere near, and not from', () => {
  table(
    'area',
    `
    nowhere near Bristol, I'm in Minehead => place:Minehead
    miles from Bath, we're in Wincanton => place:Wincanton
    I'm not from Somerset but I live in Taunton now => place:Taunton
    not far from Yeovil => place:Yeovil
    not in somerset => outside
    `,
    5,
  );
});

describe('fifth round: a home beside a stay, a village beside a town, a question', () => {
  table(
    'area',
    `
    i stay with my dad in bristol some weeks but my house is in bridgwater => place:Bridgwater
    near taunton, norton fitzwarren => place:Norton Fitzwarren
    does frome count as somerset? => place:Frome
    what counts as the area => help
    `,
    4,
  );
});
