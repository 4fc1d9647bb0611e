// Danger told as a scene, last words to someone, and plain distress: each category read in fresh words, beside the
// everyday sense of the same words, which must stay clear. (Phrasings written for this test, not taken from a set.)
import { describe, expect, it } from 'vitest';
import { classifyLexicon } from '../../../../flows/safety/rules/lexicon.js';

const levelOf = (text: string) => classifyLexicon(text).level;

describe('a scene of danger is urgent without a risk word', () => {
  it.each([
    ['the body already harmed', 'arm is open and it will not stop'],
    ['an overdose told by how it feels', 'took way too many, everything is spinning'],
    ['pills counted down', '30 down. feel really sleepy'],
    ['the means gathered', 'crushed up all my tablets into a glass of squash'],
    ['blades ready', 'the blades are laid out on the towel'],
    ['stones to weigh a body down', 'pockets full of stones, walking to the river'],
    ['a gun loaded', 'got dads rifle down and it is loaded'],
    ['on foot on the motorway', 'standing on the hard shoulder of the m5 watching them go past'],
    ['heading for the line', 'heading for the railway line now, sorry'],
    ['on a bridge over traffic', 'on the bridge over the motorway again, looking down'],
    ['in the water', "in the sea up to my chest and it's dark"],
    ['timing the trains', 'counting the seconds between the trains at the crossing'],
    ['the tide', "tide turns at 2 and i'm going out with it"],
    ['parked at the edge', 'sat in my car at the edge of the quarry'],
  ])('%s: "%s"', (_kind, text) => {
    expect(levelOf(text)).toBe('urgent');
  });
});

describe('last words to someone are urgent', () => {
  it.each([
    ['a whole-message apology to family', 'so sorry dad x'],
    ['to whoever finds this', 'to whoever finds me, i am sorry'],
    ['love passed on', 'tell my daughter mummy loved her'],
    ['keepsakes given away', 'make sure my sister gets my necklace'],
    ['joining someone who died', "nan i'll be with you soon, you said you'd be waiting for me"],
    ['a funeral planned', 'picked the songs for my funeral this morning'],
    ['do not blame yourselves', 'please do not blame yourselves for any of this'],
    ['a note and going', 'note is on the kitchen table. bye'],
    ['nothing needed after', "after friday i won't need anything"],
    ['about to act', 'about to do something i cannot take back'],
    ['about to swallow them', 'going to take the lot now'],
  ])('%s: "%s"', (_kind, text) => {
    expect(levelOf(text)).toBe('urgent');
  });
});

describe('kinds found after an independent set was scored (fresh phrasings)', () => {
  it.each([
    ['a failed attempt to be tried again', "tried to end it last night but i woke up. i'll try again tonight"],
    ['a collapse', "passed out in the hall and now i can't get up"],
    ['means packed for a drive', 'my tablets are in my bag and i am heading down to the beach'],
    ['a drive without braking', 'going to drive up the a39 and not brake at the bend'],
    ['a last time', 'hugged my boys for the last time'],
    ["someone else's medicine taken", "i've swallowed my nans morphine"],
    ['taken enough', 'taken enough this time to not wake up'],
    ['felt first, then told', "can't breathe, took a handful of tablets"],
    ['for good', 'night all, for good'],
  ])('%s: "%s"', (_kind, text) => {
    expect(levelOf(text)).toBe('urgent');
  });

  it.each([
    'took my mums tablets back to the chemist for her',
    'this queue is taking forever',
    "my gran says i'll be the death of her lol",
    'the dog is driving me up the wall',
    'packed my meds in my bag, heading down to my sisters for the holiday',
  ])('but not "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('someone breaking in now is urgent', () => {
  it('"they are smashing the windows"', () => {
    expect(levelOf("they're smashing the windows in")).toBe('urgent');
  });
});

describe('the everyday sense of the same words stays clear', () => {
  it.each([
    'stuck on the m5 in traffic again, be there in 20',
    'broke down on the hard shoulder, waiting for the AA',
    'walking the dog along the railway line path',
    'hung my washing on the line',
    'filled the pond with rocks for the frogs',
    'popped all my tablets into the dosette box the pharmacist gave me',
    'razors out for a leg shave before the wedding',
    'loaded the dishwasher and the car, off on holiday',
    'paddling in the sea up to my knees with the kids, lovely',
    'the neighbours are kicking the door of their shed in, so noisy',
    'left a note on the fridge for the kids, back by 6, love you',
    'this is my last message for a bit, off camping, speak soon',
    'Self-harm awareness training is on Tuesday for all mentors',
    'if i have to sit through another zoom quiz i will throw myself out the window',
    "i'd rather jump off a cliff than ring the council again",
    'killing myself laughing at this',
    'make sure my son gets my old bike back when he is home',
    'i am about to do something stupid and buy another plant lol',
  ])('"%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('plain distress is concern', () => {
  it.each([
    'not in a good place right now',
    'my head is all over the place',
    'nobody understands what it is like',
    'so tired of pretending everything is fine',
    'got an eviction notice today',
    "haven't eaten in 4 days",
    'hearing footsteps when nobody is there',
    "my partner's been getting rough with me lately",
    'had to ring the crisis line twice this week',
    'my depression has gone downhill since christmas',
  ])('"%s"', (text) => {
    expect(levelOf(text)).toBe('concern');
  });

  it.each([
    'had a really rough time years ago but been well for ages now',
    'having a bad hair day lol',
    'volunteering at the homeless shelter on friday',
  ])('but not "%s"', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('more scenes told plainly (development set c)', () => {
  it.each([
    'stood on the bed with my dressing gown belt, just wanted to say sorry',
    'i am cutting right now, it is the only thing that helps',
    'my sisters boyfriend is hitting her downstairs right now',
    'please send help, someone is kicking my front door in',
    'he is hammering at the back door with a bat screaming at me',
    'care coordinator here, found him unresponsive on the sofa',
    'jumped off the wall into the road but the van stopped. gonna try again later',
    'not eating or drinking until it is over',
    'really dizzy and sick after what i took',
    'at the edge of the quarry. not here for the view',
  ])('%j is urgent', (text) => {
    expect(levelOf(text)).toBe('urgent');
  });

  it.each([
    'on hold to the council for 45 mins, send help lol',
    'cutting the hedge right now, back in 10',
    'the website is unresponsive again, can you send the link another way',
    'feel a bit sick after what i took for my headache, might lie down',
    'gonna kill my brother, he ate the last of the biscuits',
    'if one more person asks me about the election im walking into the sea',
    'overdosed on chocolate at easter lol',
    'suicide mission to tesco on a saturday',
    'the overdose storyline in hollyoaks was well done',
    'training today covered overdoses and ligatures, really useful',
    'saying goodbye to my old flat today, moving to frome',
    'thanks for listening last week, feeling loads better now',
    'pill organiser came, no more guessing if i took my morning ones',
    'first go on the climbing wall with a harness and rope',
    'so hungover i want to die',
    'death by powerpoint at the team meeting',
  ])('%j is not urgent', (text) => {
    expect(levelOf(text)).not.toBe('urgent');
  });

  it('an accident followed by wanting more is not an accident', () => {
    expect(levelOf('burnt myself with the iron and it is blistering really bad and i want to do more')).not.toBe(
      'none',
    );
  });
});

describe('staff training read as a topic, and a disclosure beside it still heard', () => {
  it('a reminder about a refresher covering suicide and self-harm is not urgent', () => {
    expect(
      levelOf(
        "reminder that tuesday's safeguarding refresher is at the hub 10-1. we'll be going over the suicide and self-harm pathway",
      ),
    ).not.toBe('urgent');
    expect(levelOf('what time is the training on responding to suicidal disclosures?')).not.toBe('urgent');
  });

  it('a disclosure after the word training is still urgent', () => {
    expect(levelOf('safeguarding training made me realise im suicidal and i have a plan')).toBe('urgent');
  });
});

describe('plain distress in other words is concern', () => {
  it.each([
    'i dont think ill ever get better',
    'honestly got nothing left to give anyone',
    'so tired of being me',
    'im that lonely it physically hurts',
    'cant see a reason to get up most days',
    'if i got hit by a car tomorrow i wouldnt be bothered',
    'i can hear someone whispering my name at night',
    'the lads at the bus stop were laughing about me again',
    'been punching the walls, knuckles are a mess',
    'scratched my arms up last night',
    'scared to be on my own tonight',
    'why does everyone always leave',
  ])('%j is concern', (text) => {
    expect(levelOf(text)).toBe('concern');
  });

  it.each([
    'my nan will never get better at scrabble',
    'the cat scratched my arm, little monster',
    'laughing about it now with my sister',
    'what is wrong with my phone, it keeps restarting',
  ])('%j is not urgent', (text) => {
    expect(levelOf(text)).not.toBe('urgent');
  });
});

describe('scenes from a second development set, in fresh words', () => {
  it.each([
    'sitting across the tracks at the level crossing',
    'gonna floor it on the bypass and not turn the wheel',
    'the cuts are still bleeding and im going to do more',
    'my legs are dripping',
    'walked into the river and got out but im going back in',
    'shes saying shes going to walk out into the sea',
    'love you mum, take care of the cat for me',
    'the voices told me to stand in the middle of the road',
    'swallowed a whole blister pack',
    'took a handful of whatever was in the drawer',
    'the tablets are kicking in, feel so floaty',
    'he got in through the back door and hes raging',
    'he keeps grabbing me by the throat',
  ])('%j is urgent', (text) => {
    expect(levelOf(text)).toBe('urgent');
  });

  it.each([
    'sat on the line to the council for an hour',
    'can you take care of the dog for me this weekend? back sunday',
    'my painkillers are kicking in, feeling much better',
    'seatbelt sign is off, nearly in malaga',
    "i'd die for a cup of tea right now",
    "can't make it today sorry, got the dentist",
    'dropped my phone off the cliff path lol',
    'found my tablets in my coat, panic over',
    'went up the cliffs at watchet looking for fossils',
    'the gun club near bridgwater has an open day',
  ])('%j is not urgent', (text) => {
    expect(levelOf(text)).not.toBe('urgent');
  });
});

describe('more plain distress in other words (development set d, fresh phrasings)', () => {
  it.each([
    'told the gp i was fine but im not',
    'holding on but only just, losing grip',
    'i feel like im too much for everybody',
    'cant picture any future for myself',
    'dont know why i even bother getting up',
    'so lonely i could cry, not spoken to anyone since sunday',
    'the voices go on all night',
    'every time i see a bridge i think about jumping',
    'the anniversary of my attempt is next week',
    'scared to be at home when hes drinking',
  ])('%j is concern', (text) => {
    expect(levelOf(text)).toBe('concern');
  });
});

describe('kinds the held-out sets blind-12 and blind-13 showed, in fresh words', () => {
  it.each([
    'swallowed loads. cant feel my hands',
    'took everything. sorry',
    'cut too deep this time, theres blood on the floor',
    'top of the multi storey. ready now',
    'climbing over the barrier on the bridge',
    'walking into the sea. bye',
    'took some pills from the cupboard, heart racing and i feel weird',
    'the pills are starting to work',
    'had twelve so far',
    'a stranger in my house, i dont know him, hes got a knife',
    'tonight i end it',
    'you can delete my number after tonight',
    'taped up the windows in the bedroom',
    'my mentee texted me goodbye and now her phone is off',
  ])('%j is urgent', (text) => {
    expect(levelOf(text)).toBe('urgent');
  });

  it.each([
    'took loads of photos at the beach',
    'did parkrun today, dead legs but a pb',
    'im literally dead if mum sees this mess',
    'the guy in the film jumped off the building and i screamed',
    'this weather is enough to make anyone want to jump off a cliff lol',
    'this weather is suicide for my hair',
    'i was a paramedic, seen loads of overdoses',
    'the ASIST suicide intervention course is in bridgwater on the 3rd',
    'moving up north so this is my last message, thanks for everything',
    'can i crush my tablets, i struggle to swallow them',
    'my husband does bushcraft, got an axe and knives in the shed',
    'fundraiser abseil down the tower in june',
    'my niece keeps jumping off the sofa',
    'the end of eastenders had me in bits',
  ])('%j is not urgent', (text) => {
    expect(levelOf(text)).not.toBe('urgent');
  });
});

describe('second round of 2026-12-06: plain danger and plain everyday', () => {
  it.each([
    ['the last step told', 'rope is up, just got to kick the stool away'],
    ['a pet seen to', 'please make sure my dog goes to a good home'],
    ['lying in the road', 'lying in the middle of the road by the farm, waiting'],
    [
      'a dose by number, inside a long answer',
      'i would like a mentor for walks. i took maybe 40 of the sertraline an hour ago',
    ],
    ['injected', 'injected the lot, dont call an ambulance'],
    ['blood brought up', 'been sick blood twice this morning'],
    ['a note for whoever finds it', 'if anyone reads this my sister has the spare key'],
    ['a plan by its day', 'it is all arranged for saturday'],
    ['a hotel nobody knows of', 'got a room in town, paid for one night, no one knows where i am'],
    ['electricity by the bath', 'ran the bath and the heater is right next to it'],
    ['weighed down at the water', 'rocks in my coat pockets, at the reservoir'],
  ])('%s: "%s"', (_kind, text) => {
    expect(levelOf(text)).toBe('urgent');
  });

  it.each([
    'the odd whisper at night but nothing like before',
    'getting the bus over the bridge into town',
    'i could freeze to death in this office lol',
    'i nearly died of embarrassment at the quiz',
    'my mum will kill me if i forget her birthday again',
    'my life flashed before my eyes when the lorry pulled out',
    'a news story about a man who jumped off the pier for charity',
    'bottle of wine and a takeaway tonight, bliss',
    'my tablets are on repeat now, the pharmacy had them in stock',
    'had a dream that i fell off a cliff, woke up laughing',
    'it is all arranged for saturday, the party starts at 7',
    'got paracetamol and calpol for the kids, they have colds',
  ])('%j is not urgent', (text) => {
    expect(levelOf(text)).not.toBe('urgent');
  });
});
