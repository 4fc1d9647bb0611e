// Somerset Council's area (the former Mendip, Sedgemoor, South Somerset and Somerset West and Taunton districts).
// Bath and North East Somerset (Bath, Midsomer Norton, Radstock, Keynsham) and North Somerset (Weston-super-Mare,
// Clevedon, Portishead, Nailsea) are other councils, and Bristol is a city of its own: those are outside.
import type { ServiceArea } from './area.js';

const list = (text = ''): string[] =>
  text
    .split(',')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/** Towns first, with the spellings and short names people text; then villages, which are read by name alone. */
const TOWNS: Record<string, string[]> = {
  Taunton: list('tauton, tanton, taunto, tonton, taunton deane, town of taunton'),
  Yeovil: list('yeovill, yeoville, yoevil, yovil, yeovile'),
  Bridgwater: list('bridgewater, bridgwatter, bridgwter, bridgy, bridgie, brigwater, bridwater, bwater, b water'),
  Frome: list('froome'),
  Glastonbury: list('glasto, glastonbery, glastonburry, glastenbury, glastonbury town'),
  Wells: list('wells city, city of wells'),
  Street: list('clarks village'),
  'Shepton Mallet': list('shepton, shepton mallett, shepton malet, sheptonmallet'),
  Minehead: list('minhead, mineheed, mine head'),
  Chard: list(),
  'Burnham-on-Sea': list('burnham, burnham on sea, burnham on see, burnam, burnham-on-sea, bos'),
  Highbridge: list('high bridge, highbrige'),
  Wellington: list('wellingon, welington, welly'),
  Crewkerne: list('crewkern, crewkurne, crookhorn'),
  Ilminster: list('ilminister, ilmister'),
  Somerton: list(),
  Langport: list('lang port'),
  'Castle Cary': list('cary, castle carey, castlecary'),
  Wincanton: list('wincaunton, wincanon'),
  Watchet: list('watchett'),
  Cheddar: list(),
  Martock: list(),
  Williton: list(),
  Dulverton: list(),
  Bruton: list(),
  Axbridge: list(),
  Porlock: list(),
  Ilchester: list(),
  'South Petherton': list('s petherton'),
  'North Petherton': list('n petherton'),
  Wiveliscombe: list('wivey, wivvy, wiveliscomb'),
  'Milborne Port': list(),
  'Nether Stowey': list('stowey'),
  Cannington: list(),
  'Norton Fitzwarren': list('norton fitz'),
  'Bishops Lydeard': list('bishop lydeard, lydeard'),
  Wedmore: list(),
  'Stoke-sub-Hamdon': list('stoke sub hamdon, stoke under ham'),
  Templecombe: list(),
  Dunster: list(),
  Coleford: list(),
};

const VILLAGES = list(`
Shapwick, Queen Camel, Sparkford, Keinton Mandeville, Evercreech, Ditcheat, Baltonsborough, Butleigh, Meare,
Westonzoyland, Middlezoy, Othery, Burrowbridge, Stogursey, Puriton, Woolavington, Pawlett, Brent Knoll, East Brent,
Berrow, Mark, East Huntspill, West Huntspill, Bawdrip, Chedzoy, Durleigh, Spaxton, Kilve, Holford, Crowcombe,
Stogumber, Washford, Blue Anchor, Timberscombe, Wootton Courtenay, Exford, Winsford, Wheddon Cross, Milverton,
Rockwell Green, Creech St Michael, Ruishton, Henlade, North Curry, Stoke St Gregory, Hatch Beauchamp, Ilton,
Staple Fitzpaine, Pitminster, Trull, Bishops Hull, Staplegrove, Kingston St Mary, Monkton Heathfield, Cheddon
Fitzpaine, West Monkton, Bathpool, Cotford St Luke, Churchinford, Buckland St Mary, Combe St Nicholas, Winsham,
Tatworth, South Chard, Merriott, Hinton St George, Misterton, West Coker, East Coker, Montacute, Tintinhull,
Odcombe, Barwick, Brympton, Chilthorne Domer, Mudford, Marston Magna, Henstridge, Charlton Horethorne, Horsington,
Abbas Combe, Shepton Montague, Pitcombe, Cucklington, Wanstrow, Nunney, Mells, Beckington, Rode, Berkley, Great
Elm, Holcombe, Stratton-on-the-Fosse, Chilcompton, Gurney Slade, Binegar, Oakhill, Ashwick, Croscombe, Pilton,
Doulting, Cranmore, Priddy, Wookey, Wookey Hole, Easton, Westbury-sub-Mendip, Draycott, Rodney Stoke, Chewton
Mendip, Coxley, Godney, Walton, Ashcott, Compton Dundon, Kingsdon, Long Sutton, Huish Episcopi, Curry Rivel,
Drayton, Fivehead, Isle Abbotts, Kingsbury Episcopi, Norton-sub-Hamdon, Hambridge, Shepton Beauchamp, Barrington,
Seavington, Horton, Broadway, Donyatt, Ashill, Cossington, Catcott, Edington, Chilton Polden, Greinton, Moorlinch,
Stawell, Sutton Mallet, Enmore, Goathurst, Thurloxton, North Newton, Lyng, East Lyng, Athelney, Aller, High Ham,
Low Ham, Pitney, Charlton Mackrell, Charlton Adam, Babcary, Lydford-on-Fosse, Alford, Lovington, Wheathill,
Yarlington, North Cadbury, South Cadbury, Compton Pauncefoot, Blackford, Maperton, Holton, Stoke Trister, Bayford,
Penselwood, Upton Noble, Batcombe, Westcombe, Milton Clevedon, Evercreech Junction, Lamyatt, East Pennard, West
Pennard, North Wootton, Dinder, Stoke St Michael, Leigh-on-Mendip, Downhead, Whatley, Chantry, Frome Selwood,
Selwood, Norton St Philip, Faulkland, Lullington, Orchardleigh, Tellisford, Woolverton, Laverton, Kilmersdon,
Emborough, Ston Easton, Hinton Blewett, Compton Bishop, Cross, Shipham, Winscombe Hill, Rooks Bridge, Lympsham,
Badgworth, Biddisham, Chapel Allerton, Blackford Wedmore, Theale, Wedmore Moor, Mudgley, Panborough, Clewer,
Nyland, Bleadney, Polsham, Worth, Dinnington, Lopen, Over Stratton, Haselbury Plucknett, North Perrott, South
Perrott, Chiselborough, West Chinnock, Middle Chinnock, East Chinnock, Closworth, Hardington Mandeville, Pendomer,
Sutton Bingham, Chilton Cantelo, Ashington, Limington, Yeovilton, Podimore, Long Load, Muchelney, Thorney, Drayton
Somerset, Puckington, Stocklinch, Whitelackington, Dowlish Wake, Kingstone, Cricket St Thomas, Wambrook, Whitestaunton,
Otterford, Blagdon Hill, Corfe, Orchard Portman, Thornfalcon, Stoke St Mary, West Hatch, Curry Mallet, Beercrocombe,
Oake, Hillfarrance, Bradford-on-Tone, Nynehead, Sampford Arundel, Langford Budville, Ashbrittle, Stawley,
Appley, Holywell Lake, Westford, Tonedale, Chipstable, Huish Champflower, Brompton Ralph, Brompton Regis,
Skilgate, Upton, Clatworthy, Elworthy, Monksilver, Nettlecombe, Sampford Brett, Doniford, St Audries, West
Quantoxhead, East Quantoxhead, Stogursey Combwich, Combwich, Otterhampton, Stockland Bristol, Fiddington, Over
Stowey, Aisholt, Charlinch, Wembdon, Chilton Trinity, Dunball, Bawdrip Knowle, Carhampton, Alcombe, Selworthy,
Allerford, Bossington, Luccombe, Cutcombe, Luxborough, Withypool, Exton, Bridgetown, Brushford, Exebridge,
Hawkridge, Oare, Culbone, Porlock Weir, Roadwater
`);

/** Names for parts of the area rather than a town: read as that part. */
const REGIONS: Record<string, string[]> = {
  Mendip: list('mendips, the mendips, mendip hills'),
  Sedgemoor: list(),
  'South Somerset': list('s somerset'),
  'West Somerset': list('w somerset'),
  'Taunton Deane': list(),
  Exmoor: list(),
  Quantocks: list('the quantocks, quantock hills, quantock'),
  'Somerset Levels': list('the levels, levels'),
};

const places: Record<string, string[]> = { ...TOWNS, ...REGIONS };
for (const village of VILLAGES) places[village] = [village.replace(/-/g, ' ')];

export const somerset: ServiceArea = {
  id: 'somerset',
  name: 'Somerset',
  areaNames: list('somerset, sommerset, somerest, somersett, somrset, somerset council, somerset county, zomerset'),
  places,
  regions: Object.keys(REGIONS),
  postcodes: {
    TA1: 'Taunton',
    TA2: 'Taunton',
    TA3: 'Taunton',
    TA4: 'Taunton',
    TA5: 'Bridgwater',
    TA6: 'Bridgwater',
    TA7: 'Bridgwater',
    TA8: 'Burnham-on-Sea',
    TA9: 'Highbridge',
    TA10: 'Langport',
    TA11: 'Somerton',
    TA12: 'Martock',
    TA13: 'South Petherton',
    TA14: 'Stoke-sub-Hamdon',
    TA15: 'Montacute',
    TA16: 'Merriott',
    TA17: 'Hinton St George',
    TA18: 'Crewkerne',
    TA19: 'Ilminster',
    TA20: 'Chard',
    TA21: 'Wellington',
    TA22: 'Dulverton',
    TA23: 'Watchet',
    TA24: 'Minehead',
    BA4: 'Shepton Mallet',
    BA5: 'Wells',
    BA6: 'Glastonbury',
    BA7: 'Castle Cary',
    BA8: 'Templecombe',
    BA9: 'Wincanton',
    BA10: 'Bruton',
    BA11: 'Frome',
    BA16: 'Street',
    BA20: 'Yeovil',
    BA21: 'Yeovil',
    BA22: 'Yeovil',
    BS26: 'Axbridge',
    BS27: 'Cheddar',
    BS28: 'Wedmore',
  },
  outsidePostcodes: list('BA1, BA2, BA3, BA12, BA13, BA14, BA15, BS, DT, EX, SP, TQ, PL, GL, SN, CF, NP, SA'),
  outside: list(`
bath, weston super mare, weston, wsm, weston super, midsomer norton, radstock, bristol, brizzle, bristle, keynsham,
clevedon, portishead, nailsea, yatton, congresbury, winscombe, banwell, worle, paulton, peasedown, peasedown st
john, chew magna, chew valley, timsbury, saltford, north somerset, n somerset, banes, bath and north east somerset,
north east somerset, exeter, tiverton, plymouth, sherborne, dorchester, honiton, axminster, warminster, trowbridge,
salisbury, swindon, gloucester, cheltenham, cardiff, newport, swansea, london, birmingham, manchester, leeds,
liverpool, devon, dorset, wiltshire, cornwall, wales, scotland, gloucestershire, bradford on avon, westbury,
shaftesbury, gillingham, lyme regis, bridport, cullompton, torquay, poole, bournemouth, southampton, reading,
oxford, abroad, spain, ireland, weymouth, blandford, wimborne, wareham, swanage, christchurch, barnstaple, bideford,
ilfracombe, exmouth, sidmouth, seaton, crediton, okehampton, tavistock, newton abbot, paignton, brixham, totnes,
chippenham, devizes, melksham, corsham, calne, marlborough, stroud, tewkesbury, chepstow, bridgend,
worcester, hereford, glasgow, edinburgh, aberdeen, dundee, inverness, belfast, newcastle, sheffield, nottingham,
leicester, coventry, norwich, brighton, portsmouth, york, hull, derby, stoke on trent, wolverhampton, sunderland,
milton keynes, cambridge, ipswich, luton, northampton, peterborough, stockport, bolton, wigan, preston, blackpool,
lancaster, carlisle, middlesbrough, durham, wakefield, huddersfield, doncaster, rotherham, barnsley, lincoln,
grimsby, hampshire, kent, essex, surrey, sussex, yorkshire, lancashire, cumbria, norfolk, suffolk, france
`),
  everydayWords: list(`
street, wells, mark, ash, walton, easton, horton, broadway, drayton, rode, corfe, oake, cross, worth, upton, theale,
levels, selwood, game, chantry, exton, aller, lyng, thorney, appley, westford, holton, cary, mendip, oare, alford,
kingstone, stowey, lydeard, burnham, shepton, weston, quantock, bridgetown, clewer, bos, bath, reading, newport
`),
};
