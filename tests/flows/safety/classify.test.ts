// Table tests per risk category and per idiom or negation, the tuning-set thresholds, normalisation and robustness.
import { describe, expect, it } from 'vitest';
import { classify, EVERYDAY_TOLD } from '../../../flows/safety/classify.js';
import type { SafetyLevel } from '../../../flows/safety/classify.js';
import { normalise, squeeze } from '../../../flows/safety/normalise.js';
import { canonicalOf } from '../../../flows/safety/rules/lexicon.js';
import { evaluate, loadTuningSet, setPath } from '../../safety/tune.js';

const cases: Record<string, [string, SafetyLevel, string?][]> = {
  'suicidal thoughts and intent': [
    ['I want to end my life', 'urgent', 'suicidal-intent'],
    ['feeling suicidal tonight', 'urgent', 'suicidal-intent'],
    ["I'd be better off dead", 'urgent', 'death-wish'],
    ['I wish I would not wake up', 'urgent', 'death-wish'],
    ['honestly wish i were six foot under', 'urgent', 'death-wish'],
    ['if i came off my quetiapine would anybody care', 'urgent', 'death-wish'],
    ['honestly it would be so easy to just end everything', 'urgent', 'escape-wish'],
  ],
  'slang, typos and emoji': [
    ['kms', 'urgent', 'suicidal-intent'],
    ['thinking of unaliving myself', 'urgent', 'suicidal-intent'],
    ['i wanna kil myslef', 'urgent', 'suicidal-intent'],
    ['sucidal again', 'urgent', 'suicidal-intent'],
    ['💊💊💊', 'urgent', 'method-overdose'],
  ],
  'means and plans': [
    ["I've been stockpiling paracetamol", 'urgent', 'method-overdose'],
    ['took a whole box of my tablets', 'urgent', 'method-overdose'],
    ["I've put my affairs in order", 'urgent', 'suicide-plan'],
    ['I bought a rope', 'urgent', 'method-hanging'],
  ],
  'self-harm': [
    ['I cut myself an hour ago', 'urgent', 'self-harm-now'],
    ['I used to self harm at school', 'concern', 'past-self-harm'],
  ],
  goodbyes: [
    ['this is goodbye', 'urgent', 'goodbye'],
    ["you won't hear from me again", 'urgent', 'goodbye'],
  ],
  'voices, others and danger': [
    ['the voices are telling me to hurt my neighbour', 'urgent', 'command-voices'],
    ["I'm going to kill him", 'urgent', 'harm-others'],
    ['my partner is hitting me right now', 'urgent', 'danger-from-others'],
    ['the voices are getting louder', 'concern', 'voices-worse'],
  ],
  concerns: [
    ['I tried to kill myself years ago', 'concern', 'past-attempt'],
    ["what's the point of anything", 'concern', 'passive-hopelessness'],
    ["I've stopped taking my medication", 'concern', 'stopped-medication'],
    ["I haven't slept for days", 'concern', 'not-sleeping'],
    ['I think I am becoming unwell again', 'concern', 'relapse-signs'],
  ],
  'risk vocabulary layer': [
    ["can't stop thinking about dying", 'urgent', 'risk-intent'],
    ['ending it tonight', 'urgent', 'risk-intent'],
    ['i keep thinking about death', 'urgent', 'risk-intent'],
    ['I feel dead inside', 'concern'],
    ['my friend keeps talking about dying', 'concern', 'others-at-risk'],
    ['I wanted to die when I was a teenager', 'concern'],
    ['im gonna do it tonight, i cant cope', 'urgent', 'intent-with-distress'],
    ['I will do it tonight, the form I mean', 'none'],
    ['my dad is dying of cancer', 'none'],
    ['I want to disappear into a good book', 'none'],
    ["I'll die if I have to do a presentation", 'none'],
  ],
  'indirect phrasings (blind-3 and blind-4 categories)': [
    ["i won't be here by then", 'urgent', 'absence-future'],
    ["I won't be around next weekend, visiting my sister", 'none'],
    ["i'm not gonna be a burden anymore", 'urgent', 'burden-ending'],
    ['im sorry mum. i love you. bye', 'urgent', 'farewell'],
    ["i've made my choice", 'urgent', 'decision-made'],
    ["tonight's the night, pub quiz final!", 'none'],
    ['the only thing stopping me is my dog', 'urgent', 'only-thing-stopping'],
    ['keep a blade in my drawer just in case', 'urgent', 'means-ready'],
    ['the kids loved the rope swing at the park', 'none'],
    ['hung a belt from the loft hatch', 'urgent', 'method-hanging'],
    ['how long does it take to bleed out', 'urgent', 'method-question'],
    ['how long does it take to get a mentor?', 'none'],
    ['i could just step off the platform', 'urgent', 'location-act'],
    ['stood by the canal thinking how cold the water is', 'urgent', 'location-rumination'],
    ['we walked along the canal to the pub', 'none'],
    ['want to switch off for good', 'urgent', 'escape-wish'],
    ['switching off for the night now', 'none'],
    ['i want out of this life', 'urgent', 'escape-wish'],
    ['the voice says I have to sacrifice myself', 'urgent', 'command-voices'],
    ["he's locked the doors and says I'm not leaving alive", 'urgent', 'danger-from-others'],
  ],
  'idioms and negations': [
    ['this traffic is killing me', 'none'],
    ['dying to meet my mentor', 'none'],
    ["I'm not suicidal, just lonely", 'none'],
    ['my phone died', 'none'],
    ['I killed it at the quiz', 'none'],
    ['the medication helped me sleep', 'none'],
    ['kill the lights', 'none'],
    ['I would never hurt myself', 'none'],
    ["I'm not going to lie, I want to die", 'urgent', 'death-wish'],
    ["I'm not suicidal but I've taken all my tablets", 'urgent', 'method-overdose'],
    ["I'm not ok. I want to die", 'urgent', 'death-wish'],
    ['Team: new training on self-harm and suicide next Tuesday, please book', 'none'],
    ['Overdose and self-harm disclosures go straight to the duty worker', 'none'],
    ['I took an overdose last night, is there a policy on that', 'urgent', 'method-overdose'],
    ['if I come off my quetiapine do I need to wean off?', 'none'],
    ['if I stop my lithium will anyone even notice', 'urgent'],
  ],
  // The topic of a form, a training or a policy, or someone else's past with no current risk, is not the sender's
  // crisis (the app reads a staff message as it reads a mentee's: bot/teams/turn.ts). A mentee's risk told by staff
  // still counts.
  'staff and process talk': [
    ['can we update the wording of the suicide question on the referral form', 'none'],
    ["what's the procedure if a volunteer discloses self harm? asking for the handbook, nothing current", 'none'],
    ['reminder: self harm awareness webinar on thursday, covers suicide risk and domestic abuse signposting', 'none'],
    ['supervision: went over how to respond if a mentee says they feel hopeless', 'none'],
    ['handover: mentee talked about her dad who died by suicide years ago, calm, no concerns', 'none'],
    ['case notes: overdose in 2018, no current risk, wants help with college', 'none'],
    ['could we add a question about self harm history to the intake form?', 'none'],
    ["what do i say if a mentee tells me they're suicidal? just want to be prepared", 'none'],
    ["reflective practice: a mentee spoke about his overdose years ago, he's doing well now, no concerns", 'none'],
    ['if a mentee says they want to die what do I do? actually it is me, I want to die', 'urgent'],
    ['my mentee says he has pills saved and plans to take them tonight', 'urgent'],
  ],
  // Jokes, jobs, farms, hobbies and errands that use risk words; each beside a crisis twin that stays urgent.
  'everyday senses': [
    ['this spreadsheet, kill me now lol', 'none'],
    ["knock 'em dead at the audition!", 'none'],
    ['my laptop is on 5% and dying fast', 'none'],
    ['if i eat one more roast potato i will actually explode', 'none'],
    ['gonna throttle my dog, he ate my sandwich', 'none'],
    ['at the end of my tether with this printer, can someone help', 'none'],
    ['feeling a bit murderous about the bin men lol', 'none'],
    ['was dead to the world after the night shift', 'none'],
    ['dead ewes in the top field after the storm, rang the knackerman', 'none'],
    ['a calf got stuck in the ditch by the bridge, pulled her out', 'none'],
    ['need some rope to tie the load down on the trailer', 'none'],
    ['got the ladder up to clean the windows', 'none'],
    ['put slug pellets and rat poison down in the shed', 'none'],
    ['parked on the roof level of the multi storey because the rest was full', 'none'],
    ['we watched the steam trains go past at the station, grandson loved it', 'none'],
    ['scared of heights so i stayed at the bottom while they climbed the tower', 'none'],
    ['up all night playing fortnite, got 12 kills in one game', 'none'],
    ['couldnt sleep after that horror film lol', 'none'],
    ["i'm at the end of my rope, i can't go on", 'urgent'],
    ['parked on the top floor of the multistorey, going to jump', 'urgent'],
    ['got rope to tie round my neck tonight', 'urgent'],
    ['my phone is dying and so am i, i have taken all my tablets', 'urgent'],
    ['one more day like this and i will kill myself', 'urgent'],
    ['up all night thinking about killing myself', 'urgent'],
  ],
  // Collecting, forgetting and taking a dose, and what tablets do, are logistics; kept back or all at once are not.
  'medicines said neutrally': [
    ['picking up my 28 days of sertraline on friday', 'none'],
    ['my tablets make me drowsy so i nap after lunch', 'none'],
    ['missed my dose this morning but took it at lunch', 'none'],
    ['forgot my tablets last night, took them first thing, all fine', 'none'],
    ['the chemist says my meds are ready to collect', 'none'],
    ['my meds are ready, all of them, tonight is the night', 'urgent'],
    ['collecting my meds and saving them up till i have enough', 'urgent'],
    ['forgot my meds yesterday and took them all this morning', 'urgent'],
    ['found my old tablets in a drawer and took them all back to the pharmacy', 'none'],
  ],
  // The everyday guards swallow only the look-alike: what the sender goes on to say of themselves stays readable.
  'crisis beside an everyday look-alike': [
    ['when my mentee talks about suicide i feel it too, i want to die', 'urgent'],
    ['if a mentee says they want to die what do i do because honestly i want to die too', 'urgent'],
    ['if a person feels this bad they should be allowed to end it and im going to tonight', 'urgent'],
    ['when a person is this tired of life they just go, and thats me tonight', 'urgent'],
    ['the sheep fell off the cliff and im going to jump off after it', 'urgent'],
    ['got rope to tie the tarp down and one for me later', 'urgent'],
    ['used to think about suicide, now i think about it every day and ive got a plan', 'urgent'],
    ['parked on the top floor of the car park, going to jump', 'urgent'],
    ['knock em dead, im going to kill myself after the interview', 'urgent'],
    ['phones nearly dead, bye everyone, sorry for everything', 'urgent'],
    ['if my mentee says he is suicidal do i tell someone', 'none'],
  ],
  'last words, a plan by its day, danger at the door': [
    ['ill be on the jetty at burnham when you read this', 'urgent', 'last-words'],
    ['thanks for everything you lot did. times up for me. love to the team x', 'urgent', 'farewell'],
    ["i have a plan. i've had it for weeks. it's this weekend", 'urgent', 'suicide-plan'],
    ['on the seafront at minehead, tides right in. gonna keep walking till i cant feel anything', 'urgent'],
    ["dad's been drinking all day, just thrown a plate at my head and now hes looking for his belt", 'urgent'],
    ['someone keeps trying my front door handle and i live on my own pls help', 'urgent', 'danger-from-others'],
    ['when you get this can you ring me back about tuesday', 'none'],
    ["i have a plan for the weekend, we're going to see my nan in chard", 'none'],
    ['my son threw a ball at me in the garden and we laughed for ages', 'none'],
    ['the kids were chucking snowballs at me all afternoon', 'none'],
  ],
  // Found by dev-20: risk as a topic of the sender's job, a question or a training; years free of it; goodbyes at the
  // end of something good; hyperbole. Each beside its crisis twin, which the guard must leave urgent.
  'risk as a topic, years free, a good ending': [
    ['5 years free of self harm this month, proud of myself', 'none'],
    ['5 years free of self harm and last night i cut again, deep this time', 'urgent'],
    ['mentee asked me what the bot does with messages about self-harm, what do i tell her?', 'none'],
    [
      "mentee asked what the bot does with messages about self harm. i'm the one self harming, i've cut tonight",
      'urgent',
    ],
    ['we covered how to ask directly about suicide in supervision today, really useful', 'none'],
    ["how to ask directly about suicide? because i'm going to kill myself tonight", 'urgent'],
    ["i'm a nurse so i see a lot of overdoses and self harm at work, i want support for my anxiety", 'none'],
    ['i see a lot of overdoses at work and last night i took one myself, 30 tablets', 'urgent'],
    ['saying my goodbyes at my leaving do tonight, 11 years at the council!', 'none'],
    ["saying my goodbyes at my leaving do tonight, then i'm going to end it, nobody knows", 'urgent'],
    ['the mentor said goodbye at the end of our last session and i will miss her', 'none'],
    ['the mentor said goodbye at our last session and now i want to die', 'urgent'],
    ['haha that film was so bad i wanted to die', 'none'],
    ['that film was so bad i wanted to die. honestly i want to die anyway, every day', 'urgent'],
    ['Do you do anything for people bereaved by suicide? Asking for my aunt', 'none'],
    ['is there a group for people bereaved by suicide? i lost my son and i want to be with him tonight', 'urgent'],
    ['I read the section on what to do if I feel unsafe and put it on the fridge', 'none'],
    ["i read the section on what to do if i feel unsafe and i do feel unsafe, he's outside with a knife", 'urgent'],
    ['stopped my quetiapine as agreed with my psychiatrist', 'none'],
    ['2 years self harm free today 🎉', 'none'],
    ['2 years self harm free and tonight i cut again, deep', 'urgent'],
  ],
  // Found by dev-21: risk named in a team reminder, read about or asked about for others; everyday senses of drowning,
  // goodbye letters, being dragged along and rather dying; each beside a crisis twin the guard must leave urgent.
  'a reminder, an article, an everyday sense': [
    [
      'Team, please remember: any disclosure of current suicidal intent, a plan or an overdose is a 999 call first',
      'none',
    ],
    ['read a really good article about suicide in farmers, my dad is a dairy farmer near bridgwater', 'none'],
    ['do mentors get training on what to do if someone is in crisis? just curious', 'none'],
    ["i'm drowning in paperwork for PIP, can a mentor help with forms?", 'none'],
    ['drowning in paperwork and honestly i want to die', 'urgent'],
    ['the last time i wrote a goodbye letter it was to my old job and it felt amazing', 'none'],
    ["wrote a goodbye letter to my old job and one to my kids, it's tonight", 'urgent'],
    ["i'd rather die than go to another zumba class", 'none'],
    ["i'd rather die than go on like this", 'urgent'],
    ['my sister dragged me to zumba last week, never again', 'none'],
    ["he dragged me into the car and locked the doors, i'm scared", 'urgent'],
    ['a short guide called "asking about suicide" is on the teams channel', 'none'],
    ['do you need a set day for the sessions?', 'none'],
    ["i've set the day. sunday", 'urgent'],
    ['the dog ate some of my tablets so i took the rest, all of them', 'urgent'],
    ['my tablets were out of date so i took the rest back to the pharmacy', 'none'],
  ],
  // Found by dev-21's and context-dev-d/-e's misses: a medicine put into a drink and drunk now, someone with them in a
  // medical emergency, insulin left off on purpose, a journey with no need of a way back.
  'a drink, an emergency beside them': [
    ['i put all my medication in a smoothie. drinking it now. cheers', 'urgent', 'method-overdose'],
    ['crushed all my tablets into a glass of vodka', 'urgent', 'method-overdose'],
    ['i put my tablets in a smoothie cos i cant swallow them', 'none'],
    ["my daughter is unconscious and there's empty packets everywhere", 'urgent', 'emergency-with-them'],
    ["cant wake him up, he's not breathing properly", 'urgent', 'emergency-with-them'],
    ['my nan collapsed last year and was unconscious for a bit', 'none'],
    ["he's out cold on the sofa after the pub lol", 'none'],
    ['havent done my insulin since sunday. not by accident', 'urgent', 'method-omission'],
    ['havent done my insulin since sunday, forgot my pens at my mums', 'none'],
    ['no point getting a return is there', 'concern', 'no-return'],
  ],
  // Time counted since it is a past: "5 years today since i took that overdose" (context-dev-e).
  'a time counted since': [
    ['5 years today since i took that overdose', 'concern', 'past-attempt'],
    ['the anniversary of my overdose is next week and im dreading it', 'concern'],
    ['2 years since i took an overdose and tonight i took another', 'urgent'],
    ['a year since i tried to kill myself and i want to try again tonight', 'urgent'],
    ['took an overdose today', 'urgent', 'method-overdose'],
  ],
  // Found by scenes-dev: crises told as scenes, each beside its everyday look-alike.
  'scenes without plan words': [
    ["night all 🌙 walking into the brue at glastonbury, coat's heavy", 'urgent', 'location-act'],
    ["the river's right there and i'm just gonna keep walking", 'urgent', 'location-act'],
    ['the river path is lovely, just gonna keep walking to the pub', 'none'],
    [
      'unplugged everything, left the cat flap open and food for a week. walking to the bridge now',
      'urgent',
      'location-act',
    ],
    ['heyy the cars in the garage its running i cant hear anything but the engine', 'urgent', 'means-ready'],
    ["car's in the garage, it's running fine now after the service", 'none'],
    ['all the blister packs empty on the floor lol. gonna lay here. sorry', 'urgent', 'method-overdose'],
    ['all my blister packs are empty, need my repeat', 'none'],
    ['all the boxes are empty now, unpacking done!', 'none'],
    ["tablets in a cup. water in a glass. kids at their nan's. txt u never i guess", 'urgent', 'method-overdose'],
  ],
  // Found by dev-22's and dev-23's misses (sixth round), each beside an everyday look-alike.
  'an act begun, someone with them, a goodbye by another name': [
    ['swallowed the first handful, feel calm', 'urgent', 'method-overdose'],
    ['had a handful of crisps before tea', 'none'],
    ['on the wine and started on my tablets now', 'urgent', 'method-overdose'],
    ['started on the tablets the gp gave me for sleep', 'none'],
    ['lying in the bath with the heater next to it', 'urgent', 'means-ready'],
    ['my flatmate keeps saying she is going to hang herself, she is in her room, who do i call', 'urgent'],
    ["my mates are going to kill me, i forgot it's my round", 'none'],
    ["his lips have gone blue and he's breathing funny after taking something", 'urgent', 'emergency-with-them'],
    ['ring my sister after please, her number is on the form', 'urgent', 'farewell'],
    ['can you ring my sister after the session to sort lifts', 'none'],
    ['soon i will be out of everyones way for good', 'urgent', 'farewell'],
    ['told the nurse i was ok. i lied. doing it tonight', 'urgent', 'suicide-plan'],
    ['no clue why i am still here honestly', 'concern', 'passive-hopelessness'],
    ["i'm not suicidal but i'm not far from it", 'concern', 'passive-hopelessness'],
    ['i wouldnt mind if a lorry hit me', 'concern', 'passive-hopelessness'],
  ],
  // Found by dev-22's and dev-23's false alarms: everyday traffic that names a risk word in passing.
  'everyday traffic': [
    ['my laptop is dying on me, can we do teams at 3 instead', 'none'],
    ['if i eat one more mince pie i will literally die', 'none'],
    ['the grandkids reckon i am practically dead at 60', 'none'],
    ['did you get my last message about thursday?', 'none'],
    ['this is my last message to anyone', 'urgent'],
    ['keen to jump in with both feet!', 'none'],
    ['my placement is with the crisis team at the moment, can i still volunteer?', 'none'],
    ['sorting my will before my knee operation, family insisted', 'none'],
    ['the tablets make me put on weight so i want help getting active', 'none'],
    ['running late, clozapine bloods at 10', 'none'],
    ['feel a bit odd today, new trainers giving me blisters', 'none'],
    ['i used to hear voices, now only the odd whisper', 'none'],
    ['the tide came in so fast we had to leg it back to the car', 'none'],
    ['the darkness is back again this week', 'concern', 'relapse-signs'],
    ['pigeons all over the oilseed rape again, need the gas gun out', 'none'],
  ],
  // Found by dev-24's and dev-26's misses: crises told in the plainest words, each kind beside a look-alike.
  'plain words, plain scenes': [
    ['done the whole lot now lol', 'urgent', 'method-overdose'],
    ['took the whole lot back to the chemist', 'none'],
    ['had like 35 paracetomol', 'urgent', 'method-overdose'],
    ['necked about half the bottle of bleach', 'urgent', 'method-overdose'],
    ["they're all in me now, sorry", 'urgent', 'method-overdose'],
    ['my stepdad is strangling my mum in the kitchen', 'urgent', 'danger-from-others'],
    ['my daughter says it will do me good, so i will try the group', 'none'],
    ['she has collapsed and her lips are blue', 'urgent', 'emergency-with-them'],
    ['he hasnt woken up since lunch and there are packets everywhere', 'urgent', 'emergency-with-them'],
    ['my husband passed in june and i intend to join him', 'urgent', 'death-wish'],
    ['going to be with my mum at christmas, she is picking me up', 'none'],
    ['stopped eating and drinking so i can see my wife again', 'urgent'],
    ['they have the means and a date', 'urgent', 'suicide-plan'],
    ['sat on the end of the pier with my shoes off', 'urgent', 'location-act'],
    ['on the pier with the kids, chips and ice cream', 'none'],
    ['you will read this too late', 'urgent', 'farewell'],
    ['told my mum i loved her and gave her my watch. on my way to the viaduct', 'urgent', 'location-act'],
    ['the gun is on the kitchen table. sold the cows. your leaflet said to text', 'urgent', 'method-weapon'],
    ['vodka and my diazepam, lost count of how many now', 'urgent', 'method-overdose'],
    ["her lips are going a bit bluey and she won't answer", 'urgent', 'emergency-with-them'],
    ['just need someone to have the cat after this weekend', 'urgent', 'farewell'],
    ['can someone have the cat after work on friday, i am at the vets', 'none'],
    ['my family would manage fine without me', 'concern', 'passive-hopelessness'],
  ],
  // Found by dev-24's and dev-26's concern misses and false alarms.
  'quiet distress and its look-alikes': [
    ['clothes hanging off me, food is just not happening', 'concern'],
    ['cut for the first time in months last night', 'concern', 'self-harm-urge'],
    ['had my hair cut last night', 'none'],
    ['woke up disappointed again', 'concern', 'passive-hopelessness'],
    ['thinking about the river a lot lately', 'concern', 'passive-hopelessness'],
    ['hearing my name called when no one is in', 'concern'],
    ['said goodbye to my brother at the airport, back at easter', 'none'],
    ['wrote letters to the grandkids for their birthdays', 'none'],
    ['pills all counted out into the dosette box for the week', 'none'],
    ['took all my meds this morning as prescribed', 'none'],
    ['at the railway station, train delayed, be late sorry', 'none'],
    ['left a note for my son saying i would be back late', 'none'],
    ['cant sleep, so excited for the trip tomorrow', 'none'],
    // A past told as over in plain words (dev-28, dev-29); the same past still hurting is not.
    ['the voices were awful back in 2012, mostly quiet now', 'none'],
    ['used to self harm at uni, not done it in years', 'none'],
    ['tried to hang myself at 19. i am 50 now and it still haunts me', 'concern'],
    ['my mood is all over the place this week', 'concern'],
    ["her earlier suicidal thoughts were in 2019, she's well now", 'none'],
    ['she told me about a suicide attempt in 2014, stable for years since', 'none'],
    ['ligature points checked in the new room, all fine', 'none'],
  ],
  // Found by dev-28's and dev-29's misses: harm told by what it does, means set up in a closed space, last words by
  // still more names, and a mentor or coordinator with someone in danger now.
  'what it does, where it is, who is with them': [
    ["the flannel's going red and it won't stop", 'urgent', 'self-harm-now'],
    ['pulled my stitches out and reopened the cut', 'urgent', 'self-harm-now'],
    ["engine's running in the garage with the door shut", 'urgent'],
    ["the engine's running rough, taking it to the garage", 'none'],
    ['charcoal lit inside the tent, zipped it shut', 'urgent', 'means-ready'],
    ["i'll be gone before anyone calls", 'urgent', 'farewell'],
    ['sorry it ended like this. love to mum', 'urgent', 'farewell'],
    ["he's drinking it as we speak, a bottle of bleach, i'm on the phone to him", 'urgent'],
    ['she fell off the harbour wall and is not moving', 'urgent', 'emergency-with-them'],
    ['she has switched off her location and posted a goodbye', 'urgent', 'emergency-with-them'],
    ["he's been drinking heavily since his dad died and feels empty", 'concern'],
    ['took some of my tablets, like 20 maybe', 'urgent', 'method-overdose'],
    ['injected all my insulin pens an hour ago', 'urgent', 'method-overdose'],
    ['my nans collapsed in the hall', 'urgent', 'emergency-with-them'],
    ['the tent collapsed in the wind lol', 'none'],
    ['got one leg over the railing', 'urgent', 'location-act'],
    ['swung my leg over the horse and off we went', 'none'],
    // Found by dev-30: questions about the service, history told for a form, and a mentor's relayed worry.
    ['what is the difference between a mentor and the crisis team?', 'none'],
    ['can I get the crisis team number for my phone, just in case', 'none'],
    ['if i mention cutting from when i was at school will that be on my file', 'none'],
    ['she mentioned historic self harm, nothing current', 'none'],
    ['i was on a section years ago, wary of services now', 'none'],
    ["my sister says if i'm late again she'll kill me lol", 'none'],
    ['cut my arm on friday, first time in a year', 'concern', 'self-harm-urge'],
    ["he's not taken his olanzapine for a week and seems off", 'concern', 'stopped-medication'],
    ['it gets harder to keep going every week', 'concern', 'passive-hopelessness'],
    ['mentor note: she said she wouldnt mind if a bus hit her, no plan', 'concern', 'passive-hopelessness'],
    ["not going to be here for the session next week. you've all been so kind", 'urgent', 'farewell'],
  ],
  // Words in quotation marks that are not the sender's (what a mentee might text, a song, a motto) are not read as
  // theirs; quoted words of voices, of someone threatening, or followed by the sender's own are.
  'reported speech': [
    [
      'To all mentors: if a mentee texts something like "I\'m going to kill myself" as a joke, please still check in',
      'none',
    ],
    [
      'Mentor training Q: if a mentee says "I just want to sleep and not wake up" but no plan, is that concern?',
      'none',
    ],
    ["my granny's motto is 'i'll sleep when i'm dead' and she's 88", 'none'],
    ["she was quoting lyrics from a song she had on ('goodbye my friend, it's time to go'), she is fine", 'none'],
    ['if a mentee says "i want to die" what do i say, because i want to die too', 'urgent'],
    ['the voices keep saying "jump" and i\'m on the bridge', 'urgent'],
    ['he said "i\'ll kill you" and he\'s outside the door now', 'urgent'],
    ['the form asks "have you ever felt like ending it all" and yes, right now i do, i have the pills here', 'urgent'],
    ['stopped my quetiapine', 'concern', 'stopped-medication'],
  ],
  // Found by context-dev-l (ninth round), with look-alikes written beside them.
  'not trusted alone, not around past a day, goodbyes sent': [
    ['i dont think i can be trusted on my own tonight tbh', 'urgent', 'cannot-keep-safe'],
    ['i cant be trusted alone with my tablets tonight', 'urgent', 'cannot-keep-safe'],
    ['i cant be trusted alone with a packet of biscuits', 'none'],
    ['my goals? idk. honestly i dont plan on being around past friday', 'urgent', 'absence-future'],
    ['not planning on being here after christmas, moving to spain', 'none'],
    ['shes been texting me goodbye messages from somewhere down by the harbour', 'urgent', 'emergency-with-them'],
    ['he kept sending goodbye messages before his flight lol', 'none'],
  ],
  // Found by dev-31, dev-32 and context-dev-n (tenth round), with look-alikes written beside them.
  'urges held off, means in the mouth, a wheel let go, being found': [
    ['i get thoughts of hurting myself but i never act on them', 'concern', 'self-harm-urges-resisted'],
    ['i have urges to cut but i dont act on them', 'concern', 'self-harm-urges-resisted'],
    ['i want to hurt myself tonight', 'urgent', 'self-harm-now'],
    ['ive been burning candles all day, smells like christmas in here', 'none'],
    ['cut again', 'urgent', 'self-harm-now'],
    ['had my hair cut again', 'none'],
    ['have you got a number for anyone? ive got the tablets in my mouth', 'urgent', 'method-overdose'],
    ['i take 400 of lithium in the morning and 600 at night, thought id mention it', 'none'],
    ['i take 400 of lithium in the morning but tonight i took the whole box', 'urgent', 'method-overdose'],
    ['doing a ton on the a303, might just let go of the wheel at the next bend', 'urgent', 'location-act'],
    ['cancel everything. when they find me tell them it was my choice', 'urgent', 'goodbye'],
    ['when they find me a mentor can you text me', 'none'],
    ['want to get back into swimming, stopped when i got ill but its time', 'none'],
  ],
  'everyday hyperbole, jokes and jobs': [
    ['it scares me to death but i want to crack it', 'none'],
    ['slept like the dead last night, first time in ages', 'none'],
    ['got stung by a wasp in the garden, thought i was gonna die lol', 'none'],
    ["if my sister leaves the milk out one more time i swear i'll strangle her lol", 'none'],
    ['stabbed myself in the thumb with a fork, proper clumsy today', 'none'],
    ['just bought rope and a ladder from b&q to sort the guttering, wish me luck', 'none'],
    ['bought rope "for the tarp" my husband thinks. its not for the tarp. tomorrow when hes at work', 'urgent'],
    ['got a hanging basket thats dying on me, any tips?', 'none'],
  ],
  'plain distress now': [
    ['not had a proper meal in a week, living on biscuits and tea', 'concern', 'not-eating'],
    ['panic attack on the bus, got off 3 stops early, still shaking now', 'concern', 'distress'],
    ['mum died in the spring and im not managing at all', 'concern', 'distress'],
    ['its all too much', 'concern', 'distress'],
    ['feeling proper low today, no one to talk to', 'concern', 'distress'],
    ['it was too much for me to eat', 'none'],
    ['im not suicidal or anything, just lonely', 'none'],
  ],
  // Found by dev-33 (tenth round). Squeezed, "noose" is "nose": a runny nose was read as a method of hanging.
  'a nose is not a noose; means in hand, a weapon and a time; blood from a job': [
    ['i have a runny nose', 'none'],
    ['off to a&e with my little one, shes put a bead up her nose. can we rearrange', 'none'],
    ['tied a noose in the garage', 'urgent', 'method-hanging'],
    [
      'lol well this is it then. emptied the blister packs into my hand. cheers for nothing',
      'urgent',
      'method-overdose',
    ],
    [
      'got my grandads old service pistol and the bullets hid in the shed. doing it at the war memorial in the morning',
      'urgent',
      'suicide-plan',
    ],
    ['still got the bayonet from my army days. been sat with it across my knees for an hour', 'urgent', 'suicide-plan'],
    ['carbon monoxide alarm was beeping all night, just needed a new battery', 'none'],
    ['we learnt to gut and fillet a fish today, blood everywhere lol', 'none'],
    ['cut my arm, blood everywhere', 'urgent', 'self-harm-now'],
    ["the dog went mental at the postman again, I'm going to kill him (the dog not the postman)", 'none'],
    ["the knackerman's coming for the dead heifer tomorrow morning", 'none'],
    ["is peer connect the same as the crisis team? I've already got a care coordinator", 'none'],
    ['thanks for everything, last session today so this is goodbye from me, ill drop a card in', 'none'],
    [
      'staff: voicemail from T at 3am saying she is sorry and she is going to see Dad (her dad died last year). Flagging urgently',
      'urgent',
      'emergency-with-them',
    ],
    ['not urgent, just flagging that K missed her session', 'none'],
    [
      "mentor: session with D today, he told me calmly he's picked a date next week and a place (the old quarry near Shepton)",
      'urgent',
      'decision-made',
    ],
    ['picked a date for the meeting at the bridge cafe', 'none'],
  ],
  // Found by dev-34, dev-35 and context-dev-q (eleventh round).
  'someone found collapsed, plans without plan words, beliefs of being watched, food and a home gone': [
    ['mums unconscious on the kitchen floor with empty packets next to her', 'urgent', 'emergency-with-them'],
    [
      "she's on the floor barely breathing, empty packets next to her. ambulance called",
      'urgent',
      'emergency-with-them',
    ],
    ['the kids are on the floor unconscious with laughter', 'none'],
    ["the rope's up", 'urgent', 'method-hanging'],
    ['the ropes up on the climbing wall at the leisure centre', 'none'],
    ['beam in there is proper solid, tested it with my weight', 'urgent', 'method-hanging'],
    ['went to 4 different chemists today to get enough. got them all now', 'urgent', 'method-overdose'],
    ['went to 3 different shops to get enough flour for the cakes', 'none'],
    ['ive posted my passwords to my brother so he can close my accounts after', 'urgent', 'affairs-in-order'],
    ['gave my passwords to my sister so she can sort my bills while im in hospital', 'none'],
    [
      "haven't told anyone but the plan is tomorrow at first light, at the cliffs past minehead",
      'urgent',
      'suicide-plan',
    ],
    ['the plan is tomorrow we walk along the cliffs at minehead with the rambling group', 'none'],
    ["I don't need the mentoring anymore. Everything will be finished by the morning.", 'urgent', 'decision-made'],
    ['burned myself with the iron and want to keep going', 'urgent', 'self-harm-now'],
    ['burned myself with the iron again, so clumsy', 'none'],
    ['dying my hair pink this weekend!!', 'none'],
    ["my grandson's learning to shave, blood everywhere, bless him", 'none'],
    ['think the neighbours have put cameras in the smoke alarm', 'concern', 'psychosis-distress'],
    ["they've put a chip in my tooth, i can feel it tracking me", 'concern', 'psychosis-distress'],
    ['keep getting the feeling im being followed when i go to tesco', 'concern', 'psychosis-distress'],
    ['we put cameras in the shop after the break in', 'none'],
    ['binned my tea again. not hungry. not hungry for days', 'concern', 'not-eating'],
    [
      'bit of a wobble today, had thoughts of the old days of cutting but i went for a walk instead',
      'concern',
      'self-harm-urges-resisted',
    ],
    ['i had to leave my flat, staying in my car in a lay-by near somerton for now', 'concern', 'distress'],
    ['staying in the car overnight at the festival, cant wait', 'none'],
  ],
  // Found by dev-36 and dev-37 (twelfth round): crises in a few words, and their everyday look-alikes.
  'a crisis in a few words': [
    ['fifty paracetamol down', 'urgent', 'method-overdose'],
    ['all 28 gone', 'urgent', 'method-overdose'],
    ['tablets in, lights off', 'urgent', 'method-overdose'],
    ['nearly finished the whisky, then the pills, then thats me', 'urgent', 'method-overdose'],
    ['all my tablets taken now', 'urgent', 'method-overdose'],
    ['20 tickets gone already for the quiz night', 'none'],
    ['my hands smell of petrol and ive got matches. im in the garden', 'urgent', 'method-poison'],
    ['chair, beam, ready', 'urgent', 'method-hanging'],
    ['cutting. cant stop', 'urgent', 'self-harm-now'],
    ['bled a lot in the shower and now im dizzy and cant stand up', 'urgent', 'self-harm-now'],
    ["ha the bath water's gone a lovely shade of pink, bit late to worry about it now", 'urgent', 'self-harm-now'],
    ['the pills they gave me for my blood pressure make me dizzy so the gps changing them', 'none'],
    ["he's kicked the door in", 'urgent', 'danger-from-others'],
    ["now he's loading the shotgun", 'urgent', 'danger-from-others'],
    ['if he finds out where i am he will kill me', 'urgent', 'danger-from-others'],
    ['my housemate just stabbed himself in the leg and says his neck is next', 'urgent', 'emergency-with-them'],
    ["won't see monday", 'urgent', 'absence-future'],
    ['this is me signing off', 'urgent', 'farewell'],
    ['this is me signing off for the night, see you tomorrow', 'none'],
    ['dont come looking', 'urgent', 'farewell'],
    ['if i stop replying its because it worked', 'urgent', 'farewell'],
    ["mum's out till 6. thats my window", 'urgent', 'decision-made'],
    ['at the quarry edge', 'urgent', 'location-act'],
    ['stood at the quarry edge for a photo with the climbing club', 'none'],
    ['weather is lovely for it. up at the gorge, about to step off', 'urgent', 'location-act'],
    ["tide's coming in, im staying put", 'urgent', 'location-act'],
    ["the dog's fed, the bills are paid and i've cancelled the milk. thats everything", 'urgent', 'affairs-in-order'],
    ['feed my cat for me', 'urgent', 'affairs-in-order'],
    ['Please make sure my rabbit goes to someone nice', 'urgent', 'affairs-in-order'],
    ['sending my passwords to my sister now so she can close everything down after', 'urgent', 'affairs-in-order'],
    ['can you feed my cat for me while im in spain next week', 'none'],
    ["it's very peaceful once the tablets start working, ever so sleepy now", 'urgent', 'overdose-taken'],
    ["apparently bleach tastes worse than it smells. hm. throat's closing up", 'urgent', 'medical-emergency'],
    ["i'll be dead honest, i don't know what i want help with yet", 'none'],
    ['ive got jump leads i can lend you lol your car sounded dead', 'none'],
    ["i'm off to die in a ditch at the ilminster 10k lol, not trained at all", 'none'],
    ['i got stabbed in the hand by a hawthorn at the allotment, blood everywhere, fine now lol', 'none'],
  ],
  // Found by dev-38 to dev-40 (fourteenth round): a bath and a hairdryer, a weight tested, a goodbye the other does
  // not know is one, the last step at a height, the body's signs, a stranger collapsed; and look-alikes from farms,
  // kitchens, wards and games.
  'electricity, weight, goodbyes unknown, bodies in trouble; and their everyday twins': [
    ['the bath is running and ive got the hairdryer plugged in', 'urgent', 'method-other'],
    ['ive wrapped the cable round the hook and tested it takes my weight', 'urgent', 'method-hanging'],
    ['the hammock hook on the beam takes my weight fine, the rope is brilliant', 'none'],
    ['gave my mum a really long hug today. she doesnt know its the last one', 'urgent', 'goodbye'],
    ['goodbyes sent', 'urgent', 'goodbye'],
    ['if you dont hear from me by morning, thats why', 'urgent', 'goodbye'],
    ['on the coast path above minehead. been up here an hour working up to it', 'urgent', 'location-act'],
    ['on a ledge', 'urgent', 'location-act'],
    ['at the station. not getting on a train', 'urgent', 'location-act'],
    ['at the station, not getting on a train today its rammed, ill get the next one', 'none'],
    ['the voices told me to stop my insulin and i did, now im muddled and so thirsty', 'urgent', 'medical-emergency'],
    ['its like a weight has lifted since i decided. everythings ready', 'urgent', 'decision-made'],
    ['did all the pens from the fridge', 'urgent', 'method-overdose'],
    ['been boning out and sharpening knives all morning at the butchers', 'none'],
    ['stabbed myself with a knitting needle again, the scarf is nearly done', 'none'],
    ['blood all over the kitchen, tried to make beetroot soup. never again', 'none'],
    ['took all my tablets this morning like a good girl x', 'none'],
    ['cant go on like this with the broadband, third time its dropped this week', 'none'],
    [
      'my nan says shes not long for this world but shes been saying that since 2009 and still beats me at whist',
      'none',
    ],
    ['ha my mum says if i dont ring her on sunday shes going to kill me', 'none'],
    ['my ex said if i dont give him the money hes going to kill me', 'urgent', 'danger-from-others'],
    ['someone follows me when i go to the co-op. i know how that sounds', 'concern', 'psychosis-distress'],
  ],
  // Found by dev-41 to dev-43 (fifteenth round): emergencies in a few plain words, scenes of danger at hand, a pet's
  // tablets and a relationship ended; and staff notes and older people's news told as a life going on.
  'emergencies in few words, means at hand; and their everyday twins': [
    ['ive been stabbed', 'urgent', 'medical-emergency'],
    ['my mate stabbed me in the back at work, been stabbed before though', 'none'],
    ['smoke everywhere, flat on fire, cant get out', 'urgent', 'medical-emergency'],
    ['my flatmate has been fitting for 5 minutes and wont stop', 'urgent', 'medical-emergency'],
    ["mum's had a stroke i think, her face has dropped and she cant talk", 'urgent', 'medical-emergency'],
    ['diabetic, not eaten, sugar is 1.9 and shaking and confused', 'urgent', 'medical-emergency'],
    ['just ate a whole packet of rat poison', 'urgent', 'method-poison'],
    ['put rat poison down in the barn again, the rats are back', 'none'],
    ["the rope's in my bag", 'urgent', 'means-ready'],
    ["the climbing rope's in my bag, see you at the wall", 'none'],
    ['i poured the petrol already', 'urgent', 'means-ready'],
    ['poured the petrol in the car, filled up at tesco', 'none'],
    ['heading to the quantocks with the dog lead. not the dog', 'urgent', 'means-ready'],
    ['at the station. going to step off', 'urgent', 'location-act'],
    ["the water's up to my knees. its freezing", 'urgent', 'location-act'],
    ['the field flooded again, water up to my knees in wellies feeding the sheep', 'none'],
    ['please dont let my mum be the one to find me', 'urgent', 'farewell'],
    ['can u tell my mentor thanks for trying. its not her fault', 'urgent', 'farewell'],
    ['dont think im safe on my own rn', 'urgent', 'cannot-keep-safe'],
    ['my ex has turned up at the refuge with a crowbar', 'urgent', 'danger-from-others'],
    ['ive tested the beam in the garage, itll hold me', 'urgent', 'method-hanging'],
    ["mum's had a fall on the kitchen floor, she's cold and not making sense and i cant lift her", 'urgent'],
    [
      'can u tell the crisis team im not going to be there wed. or any other one after that',
      'urgent',
      'absence-future',
    ],
    ['had to rush the dog to the vet, she ate a whole packet of my ibuprofen', 'none'],
    ['ive been saving up my tablets in one of those weekly pill boxes so i stop forgetting them', 'none'],
    ['im going to end it with my boyfriend, six years is enough', 'none'],
    ['the staple guns loaded, just reupholstering the chair', 'none'],
  ],
  'a life going on, told in its own words (no learned layer may raise it)': [
    [
      'Mum (82) asked me to let you know the GP has changed her water tablets and she is much less breathless. She says thank you for nagging her to go! See you Tuesday x',
      'none',
      EVERYDAY_TOLD,
    ],
    [
      'Risk assessment review: no current risk. She is getting a tattoo over her old scars next month and is excited.',
      'none',
      EVERYDAY_TOLD,
    ],
  ],
  // Found by dev-44 and dev-45 (sixteenth round): staff notes about risk as a topic, and news told as good at the end.
  'staff talk about what a mentee might disclose; a mentor passing on a disclosure is not': [
    ['Role plays include a mentee disclosing suicidal thoughts and a mentee becoming unwell in public', 'none'],
    ['reminder that any mentee mentioning thoughts of suicide needs a same-day call back', 'none'],
    ['do we fill that in for every mentee or only those who have disclosed thoughts of self harm?', 'none'],
    ['the new referral form has a section on current risk (suicide, self-harm, harm from others)', 'none'],
    ['the self-harm and suicide prevention e-learning module is now live on the portal', 'none'],
    ['did a first aid course. learned what to do if someone overdoses', 'none'],
    ['a mentee disclosed suicidal thoughts to me today and i need advice', 'urgent', 'suicidal-intent'],
  ],
  'news told as good at its end (no learned layer may raise it)': [
    [
      'Just back from Yeovil District. I have been a mess for a fortnight thinking the worst, and the lump was a cyst, all clear! Celebrating with a massive slice of cake at the hospital cafe',
      'none',
      EVERYDAY_TOLD,
    ],
    [
      'i wont be at our session thursday. i wont be anywhere. thank you for being patient with me these weeks, please tell the others not to blame themselves',
      'urgent',
    ],
  ],
  // Found by dev-46 and context-dev-y (seventeenth round).
  'a threat to someone else said with a laugh, and what keeps one real': [
    ['i swear im going to end up murdering him 😂 council have sent him a letter', 'none', EVERYDAY_TOLD],
    ['i could strangle my landlord honestly lol, the boiler is still broken', 'none', EVERYDAY_TOLD],
    ['im going to kill my baby lol she will not stop crying', 'urgent', 'harm-others'],
    ['i will kill him lol i mean it', 'urgent', 'harm-others'],
    ['going to stab him with a kitchen knife when he gets in lol', 'urgent'],
    // A laugh beside a danger to themselves is never read so.
    ['gonna kill myself tonight 😂 not even joking', 'urgent', 'suicidal-intent'],
    ['im going to kill myself lol', 'urgent', 'suicidal-intent'],
    // Taken back in words rather than a laugh (dev-47).
    ['my sister has borrowed my straighteners again. im going to strangle her. anyway thats just a moan', 'none'],
    ['im going to kill him. actually i bought him a pint and we laughed about it all the way home', 'none'],
    ['im going to kill him tonight, just a moan though, i have the knife', 'urgent', 'harm-others'],
  ],
  'time in text-speak, tiredness, and where the dead are said to go': [
    ['5 yrs ago i was sectioned after an overdose', 'concern', 'past-attempt'],
    ['so tired i could sleep forever', 'none'],
    ['i wish i could sleep forever', 'urgent', 'escape-wish'],
    ['i could just sleep forever and not wake up', 'urgent'],
    ['im going to a better place soon', 'urgent', 'farewell'],
    ['off to a better place x', 'urgent', 'farewell'],
    ['my nan is in a better place now', 'none'],
    ['im in a much better place now', 'none'],
    ['moving to a better place, the new flat has a garden', 'none'],
    ['theres blood everywhere, cut my finger chopping onions', 'none'],
    ['theres blood everywhere and it wont stop', 'urgent', 'self-harm-now'],
  ],
  'worries told in a few plain words (context-dev-zb)': [
    ['really wanted to cut last night', 'concern', 'self-harm-urge'],
    ['urges still there today tho', 'concern', 'self-harm-urge'],
    ['the smoking urges are still there', 'none'],
    ['wanted to cut my fringe so bad', 'none'],
    ['im scared to walk home', 'concern', 'distress'],
    ['ill always be like this', 'concern', 'passive-hopelessness'],
    ['nothing changes', 'concern', 'passive-hopelessness'],
    ['nothing changes at the council lol', 'none'],
    ['im never going to change my phone provider', 'none'],
    ['had like one cereal bar since fri', 'concern', 'not-eating'],
  ],
  // Found by context-dev-zd (eighteenth round): worries told a little at a time, each a plain one to ask about.
  'worries told a little at a time (context-dev-zd)': [
    ['not really been hungry this week', 'concern', 'not-eating'],
    ['just cba with food', 'concern', 'not-eating'],
    ['weighed myself 6 times today', 'concern', 'not-eating'],
    ["the muttering's back", 'concern', 'voices-worse'],
    ['put his fist through the door last night', 'concern', 'distress'],
    ['only thing that shuts my head up', 'concern', 'distress'],
    ['just dont trust my head at the mo', 'concern', 'distress'],
    ['thoughts going really fast', 'concern', 'relapse-signs'],
    ['keep thinking i should be with him', 'concern', 'passive-hopelessness'],
    ['the cat is back', 'none'],
    ['put my foot through the door of the shed lol', 'none'],
  ],
  'worries below a crisis, plainly told': [
    ['the bailiffs came today. i hid upstairs. theyre coming back monday', 'concern', 'distress'],
    ['ive been without my antipsychotic for 5 days, the pharmacy keeps messing up', 'concern', 'stopped-medication'],
    ['purging after every meal again. thought id beaten it', 'concern', 'distress'],
    ['Staff: caller has passive thoughts, denies plan or intent, lives with daughter', 'concern'],
  ],
  // Found by dev-47 and dev-48 (eighteenth round): a long story whose every risk is told as past, and what keeps one.
  'a history told as past in a long message, for a form or with good news now': [
    [
      'my gp wanted to go over my history today cos im changing practice, so we went through the overdoses in 2014 and 2015 and all the cutting. was weird saying it all out loud again but its a long time ago now and she said my notes look really positive these days',
      'none',
      EVERYDAY_TOLD,
    ],
    [
      'LCWRA form: "Tell us about any times you have tried to harm yourself." Writing it all out in black biro is grim but I am getting through it. Two overdoses, one in 2019, one in 2021. Nothing since. Kettle on and a custard cream after this bit',
      'none',
      EVERYDAY_TOLD,
    ],
    // Told in the present, coming back, or a plan: the reading stands.
    [
      'my gp wanted to go over my history today cos im changing practice, so we went through the overdoses in 2014 and 2015. weird saying it all out loud and to be honest ive been thinking about doing it again, i still have the box',
      'urgent',
    ],
    [
      'doing my PIP form and it wants my worst days. had to write about the overdose in 2020 and the times i was sectioned. since my mum died i dont see the point in getting up most days and i feel like im going back there',
      'concern',
    ],
    [
      'for years i thought about killing myself pretty much daily, medication and therapy changed that and i was proud of how far id come. but this week its back and tonight i have the tablets lined up',
      'urgent',
    ],
  ],
  'a fright told after it, and someone else saying they would rather die': [
    ['today i genuinely thought i was going to die on the hill up from burnham seafront, still did it', 'none'],
    ['i thought we were going to die on the A38 yesterday 😂 paying for proper lessons', 'none'],
    ['my son says id rather die every time i ask him to load the dishwasher', 'none'],
    ['i thought i was going to die when he had his hands round my neck', 'urgent', 'danger-from-others'],
    ['i would rather die than go on like this', 'urgent', 'death-wish'],
  ],
  'going over it all is not being done with it all': [
    ['so depressing going over it all but nearly done', 'none'],
    ['im so over it all', 'urgent', 'escape-wish'],
  ],
  // Found by context-dev-ze (nineteenth round): someone at home holding the money and the phone, weight falling away,
  // drink to sleep, the radio saying their name, nights counted.
  'worries at home and in the body, plainly told (context-dev-ze)': [
    ['my partner checks my phone every night', 'concern', 'trauma-or-abuse'],
    ['hes got my bank card now to help me budget', 'concern', 'trauma-or-abuse'],
    ['my husband says i cant go to the group', 'concern', 'trauma-or-abuse'],
    ['he gets angry if i text people', 'concern', 'trauma-or-abuse'],
    ['my wife says i cant have another biscuit', 'none'],
    ['lost nearly a stone in 3 weeks', 'concern', 'not-eating'],
    ['lost a stone in 6 weeks on slimming world', 'none'],
    ['been having a few cans to get off to sleep', 'concern', 'distress'],
    ['the radio keeps saying my name', 'concern', 'psychosis-distress'],
    ['thats 4 nights now with no sleep', 'concern', 'not-sleeping'],
    ['i honestly thought he was going to kill me', 'concern', 'trauma-or-abuse'],
    ['thought she was going to kill me when i told her i crashed the car lol', 'none'],
  ],
  // Found by context-dev-zf (nineteenth round): an overdose or a wish to die in young people's words.
  'an overdose and a wish in young words (context-dev-zf)': [
    ['yeeted my whole script down', 'urgent', 'method-overdose'],
    ['downed my meds with vodka', 'urgent', 'method-overdose'],
    ['yeeted my meds in the bin lol', 'none'],
    ['took my whole prescription last night', 'urgent', 'method-overdose'],
    ['had my whole prescription changed today', 'none'],
    ['took my meds with a glass of wine', 'none'],
    ['tryna drink till i stop breathing', 'urgent', 'suicidal-intent'],
    ['gonna drink till i pass out', 'none'],
  ],
  // Found by dev-49 (nineteenth round): older people's hyperbole and news told to a good end.
  'someone fearing an accident, a threat taken back, news told to a good end (dev-49)': [
    ["my wife reckons i'll kill myself on that motorbike", 'none'],
    ['my mum thinks im going to kill myself', 'urgent', 'suicidal-intent'],
    ["i told him i'd kill him if he ate my yoghurt again. he's all mouth anyway, so am i", 'none', EVERYDAY_TOLD],
    ["i told him i'd kill him if he ate my yoghurt again", 'urgent', 'harm-others'],
    [
      "had a good day at the cattle market in sedgemoor, sold the heifers for a fair price. celebrated with a pie and a pint. i'll be at the allotment tomorrow if you need me",
      'none',
      EVERYDAY_TOLD,
    ],
  ],
  // Found by dev-50 (twentieth round): an overdose told by the body, with the taking only hinted at; a wound that
  // will not close; letters done; and everyday news the rules read wrongly.
  'the body after a hidden taking, and news that only sounds like it (dev-50)': [
    [
      'skin feels all hot and prickly and im bringing up yellow stuff, had what was in the drawer',
      'urgent',
      'method-overdose',
    ],
    [
      'hands gone numb and tingly, cant hold my phone proper. its been a couple of hours since i had them',
      'urgent',
      'method-overdose',
    ],
    ['stomach cramps are unreal and im seeing double. did it at lunch and no one knows', 'urgent', 'method-overdose'],
    ['been throwing up since 3, think its the bug going round the school', 'none'],
    ['my fingers have gone numb, been out with the sheep since i had breakfast', 'none'],
    ['it keeps opening up again every time i move my wrist, soaked through 3 plasters', 'urgent', 'self-harm-now'],
    ['wrote my letters already lol', 'urgent', 'farewell'],
    ['wrote my notes for the exam', 'none'],
    ['took the lot ngl', 'urgent', 'method-overdose'],
    ['taking the old dog to be put to sleep tomorrow, its time', 'none'],
    ['its time.', 'urgent', 'decision-made'],
    ['getting a new phone so this is the last message from this number', 'none'],
    ['the pre op nurse went through everything with me', 'none'],
    ['im through with everything', 'urgent', 'escape-wish'],
    ['went through everything in my head on the bus home, every step', 'urgent', 'suicide-plan'],
    ['i know how much is enough, i was a nurse 40 year', 'urgent', 'suicide-plan'],
    ['i know how much is enough for me, two pints and home', 'none'],
    ['have to stop my ibuprofen a week before the knee op', 'none'],
    ['forgot my evening tablets, pharmacist said just carry on as normal', 'none'],
    ['getting the cat to take a tablet is a nightmare, we tried hiding it in ham', 'none'],
    ['he cut his hand on the lawnmower, blood everywhere but he had 3 stitches and is fine', 'none'],
  ],
  // Found by context-dev-zg and -zh and dev-50 (twentieth round): worries told plainly in a few words.
  'worries at home, with food, drink and money, plainly told (context-dev-zg, -zh, dev-50)': [
    ['dont feel safe home', 'concern', 'trauma-or-abuse'],
    ['step dad shouts constantly', 'concern', 'trauma-or-abuse'],
    ['back to weighing everything again', 'concern', 'not-eating'],
    ['not ate in like 3 days lol', 'concern', 'not-eating'],
    ['ended up cutting my arms, first time in about 3 years', 'concern', 'self-harm-urge'],
    ['morning shakes are bad till ive had the first one', 'concern', 'distress'],
    ['been in bed 3 days', 'concern', 'distress'],
    ['been in bed 3 days with flu', 'none'],
    ['spent all my pip on betting apps', 'concern', 'distress'],
    ['paranoid af lately', 'concern', 'relapse-signs'],
    ['dont even feel tired, havent slept since tuesday, head is going 100mph', 'concern', 'relapse-signs'],
    ['still scared hell find me', 'concern', 'trauma-or-abuse'],
    ['honestly if i didnt have the cat i dont know what id do', 'concern', 'passive-hopelessness'],
    ['no one.', 'none'],
  ],
  // People drop the g ("keepin", "waitin"): the rules read the whole word.
  'a dropped g': [
    ['been keepin back my quetiapine since feb', 'urgent', 'method-overdose'],
    ['beggin you to find me a mentor', 'none'],
  ],
};

describe('classify', () => {
  for (const [category, rows] of Object.entries(cases)) {
    describe(category, () => {
      it.each(rows)('%s → %s', (text, level, reason) => {
        const result = classify(text);
        expect(result.level).toBe(level);
        if (reason) expect(result.reasons).toContain(reason);
        // A none may carry EVERYDAY_TOLD: the rules read it as everyday, so no learned layer may raise it.
        if (level === 'none') expect(result.reasons.filter((r) => r !== EVERYDAY_TOLD)).toEqual([]);
      });
    });
  }

  it('finds risk buried in a long intake answer', () => {
    const filler =
      'I would like to get out more, maybe a walking group, and I prefer to meet in Taunton on a Tuesday. ';
    const text = `${filler.repeat(8)}Some nights I think about ending it all. ${filler.repeat(6)}`;
    expect(classify(text).level).toBe('urgent');
  });

  it('is deterministic', () => {
    const text = 'the voices say I should hurt him';
    expect(classify(text)).toEqual(classify(text));
  });
});

describe('tuning set', () => {
  const all = loadTuningSet();

  it('has several hundred labelled messages and a holdout part', () => {
    expect(all.length).toBeGreaterThanOrEqual(500);
    expect(all.filter((m) => m.holdout).length).toBeGreaterThanOrEqual(100);
  });

  it('misses no urgent message and raises under 5% false alarms on ordinary ones', () => {
    const report = evaluate(all);
    expect(report.urgentMisses).toEqual([]);
    expect(report.perLevel.urgent.recall).toBe(1);
    expect(report.falseAlarmRate).toBeLessThan(0.05);
  });

  it('misses no urgent message of the varied tuning lines either, under 5% false alarms', () => {
    const report = evaluate(loadTuningSet(setPath('tuning-varied.tsv')));
    expect(report.total).toBeGreaterThanOrEqual(1500);
    expect(report.urgentMisses).toEqual([]);
    expect(report.falseAlarmRate).toBeLessThan(0.05);
  });
});

// Blind sets, never tuned on: each floor is what the classifier reached on its first and only run with the current
// layers, so a fall shows up. Raise a floor only with a fresh blind set.
// blind-5 (36 urgent, 29 none): lexicon alone urgent recall 19.4% (7/36), false alarms 10.3% (3/29); with the learned
// layer (model.ts) 58.3% (21/36), false alarms unchanged. Its miss categories were known when the sixth-round tuning
// lines were written (README), so it is only category-blind now.
// blind-6 (52 urgent, 40 none), scored once at the end of the sixth round: lexicon alone 13.5% (7/52), false alarms
// 7.5% (3/40); lexicon + model 42.3% (22/52), false alarms 10.0% (4/40).
// Then the training's false-alarm budget went from 4% to 6% of the (mostly hard-negative) tuning `none` lines, and the
// model may no longer raise a past-only disclosure above concern: blind-5 63.9% (23/36), blind-6 53.8% (28/52), false
// alarms unchanged. That one choice was made looking at both sets, so they are no longer fully blind: write blind-7.
// blind-7 (40 urgent, 40 none), written before reading the rules or the training lines and scored once with the
// current weights: lexicon alone 42.5% (17/40), false alarms 10.0% (4/40); lexicon + model 82.5% (33/40), false
// alarms 20.0% (8/40). The seventh-round retrain was not kept (README, round 7), so this is its only measured figure.
// blind-8 (40 urgent, 20 concern, 40 none), written by someone who had read neither the rules nor the training lines,
// scored once with the same weights: lexicon + model 80.0% (32/40), false alarms 10.0% (4/40).
// Issue 18 retrained the word model on 1,527 more tuning lines (tuning-varied.tsv): urgent recall rose on every blind
// set (blind-5 66.7%, blind-6 55.8%, blind-7 85.0%, blind-8 90.0%) and false alarms rose on blind-5 (13.8%, one more
// message) and blind-6 (15.0%, two more), fell on blind-7 (15.0%). The false-alarm ceilings of blind-5 and blind-6
// were raised to those figures, knowingly; recall floors stay where they were first measured.
// The 2026-12-06 retrain on the development sets (8,017 lines) put the false-alarm budget back at 4% (train.ts), and
// the recall floors raised with the 6% budget came down with it, knowingly: blind-5 58.3% (21/36, its first figure
// with the model; false alarms 10.3%), blind-6 51.9% (27/52, one message fewer; above its first 42.3%), blind-7 90.0%
// (false alarms 15.0%). Writing rules or choosing settings for these lines would tune on guard sets.
describe('blind holdouts', () => {
  it.each([
    ['blind-5.tsv', 75, 0.58, 0.14],
    ['blind-6.tsv', 110, 0.51, 0.15],
    ['blind-7.tsv', 100, 0.82, 0.2],
  ] as const)(
    '%s keeps the urgent recall and false-alarm rate it had when first measured',
    (name, size, recall, alarms) => {
      const report = evaluate(loadTuningSet(setPath(name)));
      expect(report.total).toBeGreaterThanOrEqual(size);
      expect(report.perLevel.urgent.recall).toBeGreaterThanOrEqual(recall);
      expect(report.falseAlarmRate).toBeLessThanOrEqual(alarms);
    },
  );
});

// Sets that were blind when first scored and are development data now: blind-8 is trained on since 2026-12-05; rules
// were written for the misses of blind-11 to blind-14 and check-b to check-e after their scoring (blind-11's one
// scoring with all layers: 93.8% urgent, 3.6% false alarms; check-e's: 94.1% urgent, 13.5% false alarms), and all of
// them are training data since 2026-12-06 (tests/safety/sets.ts). Those floors are the in-sample figures of the
// lexicon and the word model retrained on them: they only guard against a fall and say nothing about unseen wording.
// The urgent lines still missed in-sample are KNOWN_MISSES in tests/safety/train.ts (the other layers catch them).
// dev-18 and dev-19 (2026-12-06) were development sets for false alarms: rules were tuned on their `none` lines, the
// word model is not retrained on them yet, so their floors are the lexicon and current word model's figures after
// that tuning (with all layers, npm run -s safety:check: 96% and 95% urgent, false alarms 0.8% and 0.4%). twins-dev
// holds crisis twins of the look-alikes the guards let through (all layers: 85% urgent, 10% false alarms; before the
// round's guards 81.5% and 18%). dev-20 and dev-21 (fifth round, 2026-12-06) are development sets of the same kind:
// guards were written for their false alarms (all layers: dev-20 18.5% -> 11.0%, dev-21 14.7% -> 9.4%), and they are
// not trained on; their floors are the lexicon and word model's figures after that. dev-22 and dev-23 (sixth round)
// likewise: the stance reader and guards were written for their false alarms (all layers: dev-22 18.2% -> 5.9%,
// dev-23 9.7% -> 3.7%) and rules for their misses; then dev-24, dev-26 and dev-27 (all layers, urgent: 86.0% -> 96.5%,
// 90.0% -> 99.3%, 96% -> 98%; false alarms 19% -> 6%, 5.9% -> 3.5%, 3.7% -> 1.7%), then dev-28 and dev-29 (90.0% ->
// 100%, 92.5% -> 100%; 13.1% -> 8.1%, 5.0% -> 3.1%), then dev-31 to dev-33 (tenth round, all layers: urgent 94% ->
// 98%, 95% -> 95%, 94% -> 99%; concern 75% -> 86%, 80% -> 92%, 80% -> 81%; false alarms 8.5% -> 6.5%, 12% -> 6.5%,
// 6.5% -> 3.0%), then dev-34 and dev-35 (eleventh round, all layers: urgent 96% -> 100%, 96% -> 100%; concern 90% ->
// 91%, 75% -> 83%; false alarms 8.0% -> 6.5%, 2.0% -> 3.5%; the concern reader is trained on them), then dev-36 and
// dev-37 (twelfth round, crises in few or plain words, all layers: urgent 92.5% -> 99.5%, 84.5% -> 96.5%; false alarms
// 3.3% -> 2.7%, 4.7% -> 2.7%), then dev-38 to dev-40 (fourteenth round: crises in few words, and 500 everyday look-alikes
// of farms, wards, kitchens and staff notes; their floors are the lexicon and word model's figures after the round),
// then dev-41 to dev-43 (fifteenth round: long everyday messages of older people and staff, and crises in few words;
// lexicon and word model, urgent 91.3% -> 95.0%, 91.3% -> 93.8%, 81.5% -> 93.5%; false alarms 8.0% -> 7.2%,
// 14.8% -> 13.6%, 6.0% -> 6.0%).
describe('once-blind and development sets, trained on now', () => {
  it.each([
    ['blind-8.tsv', 100, 0.8, 0.1],
    ['blind-11.tsv', 360, 0.992, 0.008],
    ['blind-12.tsv', 420, 0.993, 0.019],
    ['blind-13.tsv', 400, 0.992, 0.034],
    ['blind-14.tsv', 440, 1, 0.02],
    ['check-b.tsv', 295, 1, 0.016],
    ['check-c.tsv', 600, 1, 0.022],
    ['check-d.tsv', 500, 1, 0.009],
    ['check-e.tsv', 500, 0.994, 0.005],
    ['dev-18.tsv', 400, 0.9, 0.009],
    ['dev-19.tsv', 400, 0.91, 0.005],
    ['twins-dev.tsv', 300, 0.8, 0.1],
    ['dev-20.tsv', 400, 0.91, 0.09],
    ['dev-21.tsv', 400, 0.885, 0.089],
    ['scenes-dev.tsv', 300, 0.91, 0.19],
    ['dev-22.tsv', 400, 0.96, 0.06],
    ['dev-23.tsv', 400, 0.98, 0.04],
    ['dev-24.tsv', 400, 0.88, 0.05],
    ['dev-26.tsv', 400, 0.88, 0.03],
    ['dev-27.tsv', 400, 0.92, 0.02],
    ['dev-28.tsv', 400, 0.97, 0.082],
    ['dev-29.tsv', 300, 0.96, 0.025],
    ['dev-30.tsv', 400, 0.9, 0.05],
    ['dev-31.tsv', 400, 0.92, 0.065],
    ['dev-32.tsv', 400, 0.91, 0.035],
    ['dev-33.tsv', 400, 0.94, 0.025],
    ['dev-34.tsv', 400, 0.94, 0.065],
    ['dev-35.tsv', 400, 0.95, 0.015],
    ['dev-36.tsv', 400, 0.92, 0.047],
    ['dev-37.tsv', 400, 0.91, 0.04],
    ['dev-38.tsv', 400, 0.87, 0.074],
    ['dev-39.tsv', 400, 0.96, 0.1],
    ['dev-40.tsv', 400, 0.86, 0.1],
    ['dev-41.tsv', 400, 0.95, 0.072],
    ['dev-42.tsv', 400, 0.93, 0.136],
    ['dev-43.tsv', 400, 0.93, 0.06],
    // Long everyday look-alikes (sixteenth round): the lexicon and word model alone; the sentence model adds more.
    ['dev-44.tsv', 400, 0.97, 0.256],
    ['dev-45.tsv', 400, 0.96, 0.288],
    // Long everyday look-alikes (seventeenth round), jokes about harming others among them.
    ['dev-46.tsv', 400, 0.96, 0.284],
    // Long everyday look-alikes (eighteenth round): histories told as past, hyperbole, threats taken back.
    ['dev-47.tsv', 400, 0.98, 0.256],
    ['dev-48.tsv', 400, 0.97, 0.332],
    // Long everyday look-alikes in older people's voices (nineteenth round).
    ['dev-49.tsv', 400, 0.99, 0.244],
    // An overdose told by the body, young people's few words, long everyday news (twentieth round).
    ['dev-50.tsv', 400, 0.87, 0.06],
    // Young people's few words, the body in trouble, money and drink, long everyday news (twenty-first round).
    ['dev-51.tsv', 400, 0.92, 0.03],
    // Everyday messages of every length in words that sound like risk (twenty-first round).
    ['dev-52.tsv', 400, 0.98, 0.035],
  ] as const)('%s keeps at least its recorded figures', (name, size, recall, alarms) => {
    const report = evaluate(loadTuningSet(setPath(name)));
    expect(report.total).toBeGreaterThanOrEqual(size);
    expect(report.perLevel.urgent.recall).toBeGreaterThanOrEqual(recall);
    expect(report.falseAlarmRate).toBeLessThanOrEqual(alarms);
  });
});

describe('normalise', () => {
  it.each([
    ['I’M SOOOO   tired!!!', ' i am so tired . '],
    ['k1ll mys3lf', ' kil myself '],
    ["don't", ' do not '],
    ['i want 2 die', ' i want to die '],
    ['💊 and 🔪', ' pilemoji and knife '],
    ['su\u200Bicide', ' suicide '],
    ['café naïve', ' cafe naive '],
    ['k i l l  m y s e l f', ' kil myself '],
    ['800mg', ' 800mg '],
    ['keepin waitin thru', ' keping waiting through '],
    ['begin again, again', ' begin again again '],
    ['took the lot ngl', ' tok the lot '],
    ['gonna jump fr fr. ok', ' going to jump . ok '],
  ])('%s → %s', (raw, expected) => {
    expect(normalise(raw)).toBe(expected);
  });

  it('squeezes repeated letters but not digits', () => {
    expect(squeeze('diiiie 1000')).toBe('die 1000');
  });

  it('leaves no quotation mark for any guard or rule: quoted words read as unquoted ones where no frame reports them', () => {
    for (const text of [
      "my mate says 'this traffic is killing me' every morning",
      "she texts 'i'm dead' when she means knackered",
      "when mentors type 'overdose' in the training chat it goes off",
      'my nan calls it "the tablets that never end" lol',
      'he said "i will kill you" and he is outside now',
    ]) {
      expect(classify(text)).toEqual(classify(text.replace(/["']/g, '')));
      expect(canonicalOf(text)).not.toMatch(/quote(?:open|close)/);
    }
  });

  it('marks words in quotation marks only when asked, and never an apostrophe', () => {
    expect(normalise('she said "bye now" and left', true)).toBe(' she said quoteopen bye now quoteclose and left ');
    expect(normalise('she said \u2018bye now\u2019 and left', true)).toBe(
      ' she said quoteopen bye now quoteclose and left ',
    );
    expect(normalise("it's my mum's 'best' cake", true)).toBe(' it is my mums quoteopen best quoteclose cake ');
    expect(normalise('she said "bye now" and left')).toBe(' she said bye now and left ');
  });
});

describe('robustness', () => {
  it.each([
    ['empty', ''],
    ['spaces and newlines', ' \n\r\n\t '],
    ['emoji only', '😀😀🎉🙏🏽'],
    ['right-to-left text', 'مرحبا كيف حالك שלום'],
    ['weird unicode', '\u0000\uFFFF\uD83D 𝕳𝖊𝖑𝖑𝖔 Ｆｕｌｌｗｉｄｔｈ'],
  ])('%s → none', (_name, text) => {
    expect(classify(text)).toEqual({ level: 'none', reasons: [] });
  });

  it('copes with a 5,000-character message', () => {
    expect(classify('I like walks. '.repeat(360)).level).toBe('none');
    expect(classify(`${'I like walks. '.repeat(360)}I want to die`).level).toBe('urgent');
  });

  it('reads styled letters as plain text', () => {
    expect(classify('𝐈 𝐰𝐚𝐧𝐭 𝐭𝐨 𝐝𝐢𝐞').level).toBe('urgent');
  });
});
