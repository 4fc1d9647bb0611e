// Words ending in -ing that people text with the g dropped ("keepin", "waitin", "bleedin", "nothin"), so the
// normaliser can give the rules and the model the word they know (normalise.ts). Only words whose g-less form is not
// itself an everyday word are here ("thing" is not: "thin"; nor "sing", "king", "wing", "ping", "bin"…), and none
// ends in a form that is ("again", "train", "cousin", "insulin" stay as they are). Drawn from the -ing words of the
// project's written messages, unsqueezed.

const WORDS = `
  abseiling absolving accepting according accumulating aching acquiring acting adding adulting agreeing airing
  alarming amazing annoying answering anything apologising applying approaching arguing arranging arriving asking
  attempting attending avoiding awning baking banging barking beating becoming beeping befriending being betting
  biking bingeing binging birdwatching blacking bleeding blistering blocking blowing boiling booking boring
  borrowing bothering bouldering bowling boxing braking breaching breaking breathing bricking bring bringing
  budgeting building bullying burning buying buzzing calling calming calving camping cancelling caring carrying
  carving catching catering causing ceiling celebrating changing charging chasing chattering chatting checking
  chewing choking choosing chopping chucking circling cleaning cleansing clearing clicking climbing clocking
  closing collecting coming commanding commenting comparing complaining completing confirming confusing
  considering contacting continuing controlling cooking coping costing counselling counting covering crabbing
  cracking crackling cramping crashing crawling creeping crossing crushing crying cutting cycling dancing dangling
  dating dealing deciding declining decluttering decorating defrosting deleting delivering depressing describing
  destroying destructing deteriorating digging dining dipping directing disappearing discharging disclosing
  discovering disgusting distressing distributing diverting diving doing donating doomscrolling doulting
  downsizing dragging drawing dreading dreaming dressing dribbling drifting drilling drinking dripping driving
  dropping drowning during dyeing dying eating edging embarrassing emerging emigrating ending engaging engineering
  enjoying enquiring ensuring entering erasing escalating escaping evening everything evicting exciting exhausting
  existing expecting explaining exposing facing fading failing falling farming fascinating fasting feeding feeling
  fencing fetching fighting filling filming finding finishing fishing fitting fixing flagging flashing floating
  flooding flying following forgetting forwarding freaking freezing frightening fuming functioning funding
  gambling gaming gaping gardening gathering getting ghosting giving going googling grabbing grieving gripping
  growing guessing guttering gutting hairdressing hammering handing hanging happening harming hating having
  heading healing hearing heating heaving helping hiding hiking hitting hoarding holding hoping housing
  humiliating humming hunting hurting identifying ignoring imagining improving including incoming increasing
  insisting instructing intending interesting inviting isolating itching joining jointing joking jumping kayaking
  keeping keyring kicking kidding killing kipping knackering kneeling knitting knocking knowing lambing landing
  lasting laughing laying leading leaking leaning learning leaving letting lighting lining listening living
  loading locking logging looking losing loving lying making managing marking masking matching meaning medicating
  meeting melting mentioning mentoring messaging messing milking minding minimising missing mixing moaning
  monitoring mooring morning mounting moving mucking mumbling murdering muttering nagging needing netting nicking
  nipping nothing noticing noting nursing ongoing opening ordering organising outing overdoing overdosing
  overreacting overspending overthinking overwhelming pacing packaging packing paddleboarding paddling painting
  panicking paragliding parenting parking passing pausing paying picking picturing piling planning playing
  plumbing pointing poisoning popping posting pounding pouring practising preparing prepping pressing pretending
  printing printmaking pudding pulling pumping punching punishing purging pushing putting quitting racing raging
  railing raining raising rambling rattling reaching reading rebooking rebuilding reconnecting recording
  recovering recycling redoing reducing referring refusing regarding rehoming relapsing relaxing relaying
  remembering replacing replaying replying reporting requiring rescheduling researching resisting responding
  resting restraining restricting resuming resurfacing retiring retraining retrieving returning revising ringing
  rolling running safeguarding sailing saving saying scaffolding scaring scattering scheduling scoring scratching
  screaming scrolling searching sectioning seeing seeking selling sending setting settling sewing shadowing
  shaking sharing sharpening shaving shivering shocking shooting shopping shouting showering showing shutting
  sibling sightseeing signing signposting singing sinking sitting skateboarding skating skipping skirting slagging
  sleeping sliding slimming slipping slowing slurring smallholding smashing smiling smoking snapping snoring
  snowing soaking sobbing something sorting sounding speaking speeding spelling spending spinning spiralling
  spoiling spotting spring spurting spying squashing stabbing stalking stamping standing stargazing staring
  starting starving staying stepping stinking stocking stockpiling stopping strangling stressing struggling
  studying stunning submitting sulking supporting surfing swallowing swapping sweating swelling swerving swimming
  swing switching taking talking tapering tapping teaching teething telling terrifying testing texting thanking
  thinking threatening thriving throwing ticking tidying timing tingling tipping tiring topping touching towing
  tracking training trainspotting trampolining travelling treating trying tuning turning twitching tying typing
  understanding updating upping upsetting urging using visiting volunteering vomiting wading waiting waking
  walking wandering wanting warming warning washing wasting watching waving weaning wearing wedding weeping
  weighing weighting wellbeing whispering whittling winding winning wiping wiring wishing withdrawing wondering
  wording working worrying worsening wrapping wrecking writing
`;

/** The g-less form → the whole word: "keepin" → "keeping". */
export const DROPPED_G: ReadonlyMap<string, string> = new Map(
  WORDS.split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => [w.slice(0, -1), w]),
);
