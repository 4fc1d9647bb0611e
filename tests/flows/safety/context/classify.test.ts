// Reading a message with the person's recent messages: what builds over several texts is urgent, its everyday
// look-alikes stay quiet, and context only ever adds to what the message says alone.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../../flows/safety/classify.js';
import { classifyInContext } from '../../../../flows/safety/context/classify.js';

const last = (messages: string[]) => classifyInContext(messages.slice(0, -1), messages.at(-1) ?? '');

describe('classifyInContext', () => {
  it.each([
    [
      ['nothing helps anymore', 'tried everything they suggested', 'thanks for trying, bye x'],
      'context-farewell-after-distress',
    ],
    [['im worthless', 'theyd all be better off', 'so long x'], 'context-farewell-after-distress'],
    [['been saving my tablets', 'got enough now', 'going to the woods later'], 'context-means-gathered'],
    [['ive been keeping back my quetiapine', 'theres loads in the drawer'], 'context-means-gathered'],
    [['bought some rope today', 'its in the car', 'going to the woods after work'], 'context-means-gathered'],
    [["he's been texting again", "he's back", 'locked the door'], 'context-danger-building'],
    [
      ['my partner got out of jail today', 'he knows where i live', 'im scared, ive locked all the doors'],
      'context-danger-building',
    ],
    // Found by context-dev-n and -o (tenth round).
    [['at the crossing by highbridge', 'just waitin for the next one to come thru'], 'context-danger-place'],
    [
      [
        'on the bus to cheddar',
        'gonna walk up top where the big drop is',
        'dont really want no one finding me for a while',
      ],
      'context-danger-place',
    ],
    [
      [
        'sorted for my cat to go to my sisters',
        'cancelled my phone contract from friday',
        'dont worry about matching me w anyone',
        'cheers for everything',
      ],
      'context-affairs-in-order',
    ],
    [
      [
        'went boots in town and got 2 packs',
        'then superdrug for 2 more',
        'and the co-op on the way home, they only let u have one',
        'got a decent pile now. u asked when im free, thursdays r good',
      ],
      'context-means-gathered',
    ],
    [
      [
        'free times? doesnt really matter now',
        'ive said my bits to everyone who counts',
        'youve been lovely. thats all from me',
      ],
      'context-farewell-after-distress',
    ],
    // Found by context-dev-s (fourteenth round): a calm that is a decision, pack limits met shop by shop, voices that
    // named a crossing and then "here now", a goodbye at a motorway bridge.
    [
      [
        'cant do another winter like last one',
        'everyones better off, mum especially',
        'its sorted now anyway. feel weirdly calm for the first time in ages',
      ],
      'context-farewell-after-distress',
    ],
    [
      [
        'went in boots in yeovil earlier',
        'then the big tesco cos they only let you have 2 packs each',
        'and the little chemist by the bus station on the way home',
        'got enough now i reckon',
      ],
      'context-means-gathered',
    ],
    [
      [
        'the voices told me about the footpath crossing by the farm near bruton',
        'they said the 4.15 doesnt slow down there',
        'walked up after tea',
        'here now',
      ],
      'context-danger-place',
    ],
    [['on the footbridge over the m5 now', 'ill text my mum first'], 'context-farewell-after-distress'],
  ])('%j is urgent (%s)', (messages, reason) => {
    const result = last(messages);
    expect(result.level).toBe('urgent');
    expect(result.reasons).toContain(reason);
  });

  it('reads a goodbye that comes back as a goodbye, whatever came before (context-dev-t)', () => {
    const result = last([
      'off to see my daughter in perth tomorrow!!',
      'wont be in touch for about 3 weeks',
      'thank you for everything so far, ill message when im home x',
    ]);
    expect(result.reasons).not.toContain('context-farewell-after-distress');
    expect(result.level).not.toBe('urgent');
  });

  it.each([
    [['had a lovely chat with my neighbour', 'shes so kind', 'right, bye x']],
    [['thanks for the info about the mentors', 'sounds great', 'bye x']],
    [['sorting my tablets into the pill organiser', 'for the holiday', 'got enough now']],
    [['I keep my insulin in the fridge', 'got enough for the trip', 'going to Devon later']],
    [['been saving for a holiday', 'got enough now', 'going to the woods later with the dog']],
    [['he was at work all day', 'hes back now', "we're making tea"]],
    [['the dog keeps getting out', 'lost my keys earlier', 'found them, locked the door']],
    [['hes been texting again', 'about the kids birthday party', "its sorted, he's bringing the cake"]],
    [['had a hard time last year', 'much better now', 'thanks, bye']],
    [['feeling a bit tired', 'but had a nice walk', 'bye for now']],
    [['walked up cheddar gorge with the kids', 'the big drop at the top is mad', 'got some lovely photos']],
    [['my cat is going to my sisters while im away', 'cheers for everything, see you after']],
    [['went to asda for 2 more bottles of squash', 'they only let you have two on offer', 'got a decent pile now lol']],
    [
      [
        'moving up to bristol next month for a job',
        'so wont be around for all 8 sessions',
        'thanks for everything anyway, bye x',
      ],
    ],
    [['doesnt matter now, found the form', 'thanks, bye']],
    // Found by context-dev-t (fourteenth round).
    [
      [
        'spent the evening in the garage with the engine running',
        'door up obviously lol',
        'it was the exhaust all along',
      ],
    ],
    [['bought a new rope today', '60m dynamic, the old one was fraying', 'up at cheddar gorge sunday with the club']],
    [
      [
        'my quetiapine runs out friday and the gp cant see me till the 20th',
        'last time i went without i was hearing stuff within a week',
      ],
    ],
  ])('%j stays quiet', (messages) => {
    const result = last(messages);
    expect(result.level).toBe('none');
    expect(result.ask).toBe(false);
  });

  it('asks when the signal is real but not yet urgent', () => {
    expect(last(["he's been texting again", "he's back"])).toMatchObject({ level: 'concern', ask: true });
    expect(last(['bought extra paracetamol today', 'put them in my bedside drawer'])).toMatchObject({
      level: 'concern',
      ask: true,
    });
    expect(last(['i feel so hopeless'])).toMatchObject({ level: 'concern', ask: true });
    expect(last(['I stopped taking my meds last week'])).toMatchObject({ level: 'concern', ask: false });
  });

  it('asks only where the earlier texts add to the picture', () => {
    for (const text of [
      'bought a new razor for shaving',
      'I hung my washing on the line',
      'went swimming in the sea',
    ]) {
      expect(last([text])).toMatchObject({ level: 'none', ask: false });
      expect(last(['had a lovely day', text])).toMatchObject({ level: 'none', ask: false });
    }
  });

  it('needs the message being read to carry part of the picture, and keeps an urgent one apart as standing', () => {
    // No picture in "ok thanks" itself: it is read as the danger before it still standing, with its own reading apart
    // (the service does not send the crisis reply or alert again: bot/intake).
    const after = last(['been saving my tablets', 'got enough now', 'ok thanks']);
    expect(after).toMatchObject({ level: 'urgent', reasons: ['context-danger-standing'] });
    expect(after.standing).toMatchObject({ level: 'none', ask: false });
    expect(last(['nothing helps anymore', 'can my mentor meet in Taunton?'])).toMatchObject({ level: 'none' });
  });

  it('reads means put together after means found as the danger carried on (context-train-n)', () => {
    const found = { text: 'found dads old tramadol in the bathroom', alerted: ['model-urgent'] };
    const then = classifyInContext(
      ['day 3 with no sleep and its all too much', found, 'cracked open the rum'],
      'might as well mix them and see what happens',
    );
    expect(then).toMatchObject({ level: 'urgent', reasons: ['context-danger-continuing'] });
    expect(classifyInContext(['had a lovely day'], 'might as well mix them and see what happens').level).toBe('none');
  });

  it('leaves a conversation that goes on with life to the rules alone (context-dev-w, -x)', () => {
    // The newest text makes a plan with others or asks an everyday question: no learned layer may raise it.
    for (const messages of [
      ['im dying here', '2% left, left my charger at the drop in', 'see you 2pm outside Wells library'],
      [
        'ive killed them all. every last one',
        'slug pellets worked a treat',
        'bring a bag for the leeks when you come up',
      ],
      [
        'pills all over the kitchen floor',
        'the dog knocked my dosette box off',
        'anyone know if the chemist opens sat?',
      ],
    ]) {
      expect(last(messages)).toMatchObject({ level: 'none', reasons: ['everyday-told'], ask: false });
    }
    // Not with an ending beside the plan, not where a picture is drawn, and never over a danger still standing.
    expect(last(['nothing helps anymore', 'see you thurs if im still here']).reasons).not.toContain('everyday-told');
    expect(last(['i feel so hopeless', 'see you thurs x']).reasons).not.toContain('everyday-told');
    expect(last(['been saving my tablets', 'got enough now', 'see you thurs x'])).toMatchObject({ level: 'urgent' });
    expect(last(['see you thurs x']).reasons).not.toContain('everyday-told');
  });

  it('reads a scare the next text explains, and a goodbye given a plain reason, as ordinary (context-dev-y)', () => {
    // A cut in the kitchen explains the blood; a move explains the goodbye, so the thanks after it is a leaving do.
    expect(
      last(['theres blood everywhere', 'cut my finger chopping onions, proper wally', 'still on for tmrw?']),
    ).toMatchObject({ level: 'none', ask: false });
    expect(
      last([
        'goodbye everyone!',
        'im moving to bristol next month to be nearer my daughter so this is my last session',
        'thank u for everything, ill miss u all x',
      ]),
    ).toMatchObject({ level: 'none', ask: false });
    // Distress beside the goodbye is ground of its own, and "a better place" is no move.
    expect(last(['i cant do this anymore', 'goodbye everyone', 'moving to a better place']).level).toBe('urgent');
    expect(last(['nothing helps anymore', 'moving to bristol next month', 'thanks for everything, bye x']).level).toBe(
      'urgent',
    );
  });

  it('sees means gathered round the shops, kept back from a script, and a ticket with no way back (context-dev-z, -za)', () => {
    // Three shops in one text, a limit on packs, and the packs counted.
    expect(
      last([
        'been to boots and superdrug and the coop in street',
        'they only let u have 2 packs each',
        '8 packs now in my bag',
      ]),
    ).toMatchObject({ level: 'urgent', reasons: ['context-means-gathered'] });
    // What the pharmacy gives is medicine: kept back until there is plenty.
    expect(
      last([
        'pharmacy in wells finally gave me the full month in one go instead of weekly',
        'ive been keeping a few back each week since feb anyway',
        'counted them tonight, think thats plenty now',
      ]),
    ).toMatchObject({ level: 'urgent', reasons: ['context-means-gathered'] });
    // A single ticket to the cliffs, and no return wanted.
    expect(
      last([
        'got a single to eastbourne off the machine at taunton station',
        'never been. people say the cliffs are something, the white ones',
        'didnt get a return. wont need it',
      ]).level,
    ).toBe('urgent');
    // The pharmacy and a pill box with nothing kept back, and a day out by train, stay quiet.
    expect(
      last([
        'picked up my prescription from the pharmacy',
        'keeping them in the dosette box so i dont forget',
        'got enough for the holiday now',
      ]),
    ).toMatchObject({ level: 'none', ask: false });
    // A single ticket alone is one sign: it asks, it is not urgent.
    expect(
      last(['got a single to weston from bridgwater station', 'mum is picking me up from the station after']),
    ).toMatchObject({ level: 'concern', reasons: ['context-danger-place'], ask: true });
  });

  it('carries on a danger while the person is still missing, and a farewell tour one place further', () => {
    expect(
      last([
        "R's mum rang, R hasn't come home and took all her meds with her",
        "Nobody's heard from her since last night. Could you update my availability for next week too?",
      ]),
    ).toMatchObject({ level: 'urgent', reasons: ['context-danger-continuing'] });
    expect(
      last([
        'been saying bye to all my favourite places',
        'did the quantocks one today. anyway id like a female mentor',
      ]),
    ).toMatchObject({ level: 'urgent', reasons: ['context-danger-continuing'] });
    // A holiday's last day is no farewell.
    expect(last(['saying bye to the beach till next year', 'did the cheddar one today']).level).toBe('none');
  });

  it('asks under an ordinary text when worries were said a little at a time over the texts before', () => {
    // Worries no rule or word model reads, which a learned layer noted when they came (the concern notes the service
    // keeps), then an ordinary question: the person is still where those texts left them.
    const noted = (text: string, reason = 'semantic-concern') => ({ text, flagged: [reason] });
    const unheard = 'not saying anything nasty just there all the time';
    const tooMuch = 'she said im too much';
    const question = 'anyway what time is it tomorrow';
    expect(classifyInContext([noted(unheard), noted(tooMuch, 'concern-reader')], question)).toMatchObject({
      level: 'concern',
      reasons: ['context-worries-gathered'],
      ask: true,
    });
    // Without the notes the same texts are nothing to gather.
    expect(classifyInContext([unheard, tooMuch], question).ask).toBe(false);
    // The word model's own reading counts as it came, with no note passed.
    expect(
      last(['havent really got out of bed', 'not left the flat since last wednesday', 'is thursday still ok']),
    ).toMatchObject({ level: 'concern', reasons: ['context-worries-gathered'], ask: true });
    // One worry is not enough for this rule; a lift since, or notes raised only by the texts before, are not worries.
    expect(classifyInContext([noted(unheard), 'had a bit of toast'], question).ask).toBe(false);
    expect(
      classifyInContext([noted(unheard), noted(tooMuch)], 'had a massive roast at mums tho, feel loads better').ask,
    ).toBe(false);
    expect(
      classifyInContext(
        [noted('had a long day', 'context-distress-lingering'), noted('tea now', 'context-distress-lingering')],
        'what time tomorrow',
      ).ask,
    ).toBe(false);
  });

  it('keeps a crisis standing under a shrug, a goodbye said on, and a scene on a footbridge (context-dev-ze, -zf)', () => {
    // A shrug, an apology or a plea after a crisis text explains nothing.
    expect(last(['tryna drink till i stop breathing', '3rd bottle', 'plus the pills', 'lmao whatever'])).toMatchObject({
      level: 'urgent',
      reasons: ['context-danger-standing'],
    });
    expect(last(['downed my meds with vodka', 'sorry x']).level).toBe('urgent');
    // An explanation is not a shrug: the danger is read as over.
    expect(
      last(['theres a bloke outside with a crowbar', 'oh its the gas man, the meter cupboard is stuck']),
    ).toMatchObject({ level: 'none' });
    expect(last(['theres a bloke outside with a crowbar', 'false alarm haha']).level).toBe('none');
    // A goodbye said on in warm words stands; with an ordinary goodbye it does not.
    expect(
      last(['this is my last message x', 'thank you for being kind to me', 'love to everyone at the group']).level,
    ).toBe('urgent');
    expect(last(['this is my last message x', 'love to everyone at the group, see you next week']).level).not.toBe(
      'urgent',
    );
    // On a footbridge over the motorway, the traffic below, a thanks as if for the last time.
    const bridge = last([
      'on the footbridge over the m5 near bridgwater',
      'lorries going under',
      'tell the mentor lady thanks for trying x',
    ]);
    expect(bridge.level).toBe('urgent');
    expect(bridge.reasons).toContain('context-danger-place');
    expect(last(['on the footbridge over the tone', 'legs over the railing lol', 'dont tell my flatmates']).level).toBe(
      'urgent',
    );
    expect(last(['on the footbridge over the m5', 'nice view of the sunset from up here']).level).toBe('none');
    // Things given away, accounts deleted, and "dont text back".
    expect(
      last(['its giving final day energy 💀', 'gave my dog to nan', 'deleted all my socials', 'dont text back']),
    ).toMatchObject({ level: 'urgent', reasons: ['context-affairs-in-order'] });
    // A high after medicine stopped is no relief; a good meal after worries about food is.
    expect(
      last(['stopped my meds last week', 'feel amazing tbh', 'not slept in 2 days', 'ideas everywhere ✨']),
    ).toMatchObject({
      // Nights without sleep are a worry that lingers too (twentieth round).
      reasons: ['context-distress-lingering', 'context-worries-gathered'],
      ask: true,
    });
    expect(
      last(['not really been hungry this week', 'just cba with food', 'had a massive roast at mums, feel amazing']).ask,
    ).toBe(false);
    // Someone at home reading the phone, then the worry played down: still asked about.
    expect(
      last([
        'bf checks my phone every night',
        'cant see my mates anymore',
        'hes not violent tho',
        'just scary sometimes',
      ]).ask,
    ).toBe(true);
    // A hard start to the week the person says has eased.
    expect(
      last([
        'couldnt get out of bed monday',
        'tuesday was a bit better',
        'today ive done the hoovering',
        'so feeling alright actually',
      ]).ask,
    ).toBe(false);
  });

  it('never lowers what the message says alone, and with no context is the message alone', () => {
    for (const text of ['I want to die', 'I stopped taking my meds', 'my name is Sam', '']) {
      const alone = classify(text);
      expect(classifyInContext([], text)).toMatchObject(alone);
      expect(classifyInContext(['had a lovely day', 'all good'], text).level).toBe(alone.level);
    }
  });
});
