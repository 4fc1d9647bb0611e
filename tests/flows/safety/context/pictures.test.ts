// The kinds of picture that build over several texts, each read like a conversation: a scene at a place of danger,
// affairs put in order, means gathered or within reach, voices that command, a resolve after distress. Each has
// everyday look-alikes that share its first texts and must stay quiet.
import { describe, expect, it } from 'vitest';
import { classifyInContext } from '../../../../flows/safety/context/classify.js';

const last = (messages: string[]) => classifyInContext(messages.slice(0, -1), messages.at(-1) ?? '');
/** The highest level any text reaches, read with the texts before it, as the conversation unfolds. */
const highest = (messages: string[]) => {
  const levels = messages.map((_, k) => last(messages.slice(0, k + 1)).level);
  return levels.includes('urgent') ? 'urgent' : levels.includes('concern') ? 'concern' : 'none';
};

describe('a scene at a place of danger', () => {
  it.each([
    [['walked up to the viaduct', 'its a long way down', 'no one around at all']],
    [['sat in the car at the quarry', 'climbed over the fence', 'nobody about']],
    [['what time do trains stop running at castle cary', 'not catching one', 'standing by the line now']],
    [['down at the river again', 'up to my knees', 'its so dark']],
    [['stopped the car at the top of the quarry', 'been staring down for two hours now']],
    [['at the canal lock again', 'water looks deep', 'no one around tonight']],
    [['sat at burnham pier', 'tides coming in fast', 'not walking back ngl']],
  ])('%j is urgent', (messages) => {
    const result = last(messages);
    expect(result.level).toBe('urgent');
    expect(result.reasons).toContain('context-danger-place');
  });

  it('asks at the first sign, before the picture is whole', () => {
    expect(last(['walked up to the viaduct', 'its a long way down'])).toMatchObject({ level: 'concern', ask: true });
  });

  it.each([
    [['walked up to the viaduct', 'with the walking group', 'lovely views over the valley']],
    [['what time do trains stop running at castle cary', 'meeting my brother off one', 'dont want to be late']],
    [['down at the river again', 'its so dark already', 'chips on the way home']],
    [['top of the multi storey for the fireworks', 'great view from up here', 'whole family came']],
    [['sat at burnham pier', 'tides coming in fast', 'heading back for chips']],
  ])('%j stays quiet', (messages) => {
    expect(highest(messages)).toBe('none');
  });
});

describe('affairs put in order', () => {
  it.each([
    [['my brother is having the dog now', 'paid off the catalogue', 'feel strangely calm']],
    [['gave my camera to my niece', 'written to my dad', 'left the flat keys for whoever']],
    [['said goodbye to my gran', 'rang my sister', 'told my mum i love her']],
  ])('%j is urgent', (messages) => {
    const result = last(messages);
    expect(result.level).toBe('urgent');
    expect(result.reasons).toContain('context-affairs-in-order');
  });

  it.each([
    [['my brother is having the dog this week', 'off to the lakes with work', 'back sunday']],
    [['sorted my paperwork finally', 'bills all paid', 'feeling smug']],
    [['wrote to my old penpal', 'posting the letter today', 'hope she writes back']],
    [['clearing out the loft', 'gave my old bike to my nephew', 'feels good to have it all done']],
    [
      [
        'just wanted to say thanks for everything',
        'finishing mentoring as i start college',
        'see you at the summer do',
      ],
    ],
  ])('%j stays quiet', (messages) => {
    expect(last(messages).level).not.toBe('urgent');
  });
});

describe('means gathered or within reach', () => {
  it.each([
    [['the clinic gave me more diazepam', 'not had any for weeks, keeping them', 'for when i need them']],
    [['dads shotgun is in the cabinet', 'i know where the key is', 'everyone is away tonight']],
    [['got something off the internet', 'it arrived this morning', 'apparently its painless', 'doing it later']],
    [['mums out till sunday', 'found her sleeping pills', 'whole box', 'just need quiet fr']],
  ])('%j is urgent', (messages) => {
    const result = last(messages);
    expect(result.level).toBe('urgent');
    expect(result.reasons).toContain('context-means-gathered');
  });

  it.each([
    [['the clinic gave me more diazepam', 'only taking them when the panic is bad', 'seems to help']],
    [['ordered a new kettle', 'it arrived this morning', 'making a brew later']],
    [['bought paracetamol for the kids', 'got plenty now', 'going to the park later']],
    [['bought some paracetamol for my headache', 'took two', 'going to bed early']],
    [['found my nans tablets down the side of the sofa', 'whole box', 'gave them back to her lol']],
  ])('%j stays quiet', (messages) => {
    expect(highest(messages)).not.toBe('urgent');
  });
});

describe('voices that command', () => {
  it('is urgent when the voices order harm', () => {
    const messages = ['not slept in days', 'voices again', 'they say i must punish her before dawn'];
    const result = last(messages);
    expect(result.level).toBe('urgent');
    expect(result.reasons).toContain('context-voices-commanding');
  });

  it('stays as it was when the voices only comment', () => {
    const messages = ['the voices are loud', 'they say i look tired', 'mentor says to keep my diary going'];
    expect(highest(messages)).not.toBe('urgent');
  });

  it('is urgent when the voices go on about a place of danger and the person is on their way there', () => {
    const messages = ['voices are bad tonight', 'they keep talking about the bridge', 'heading there now'];
    const result = last(messages);
    expect(result.level).toBe('urgent');
    expect(result.reasons).toContain('context-voices-commanding');
  });

  it.each([
    [['voices have been quiet all week', 'they are mending the bridge in town', 'walking there now with mum']],
    [['voices are loud today', 'my nan says the river walk is lovely', 'walking there now with her']],
  ])('%j stays quiet', (messages) => {
    expect(highest(messages)).not.toBe('urgent');
  });
});

describe('means asked about and then done', () => {
  it('is urgent when means were named, a whole dose asked about, and now it is done', () => {
    const messages = ['got my dads tablets here', 'what happens if you take the whole lot', 'only asking', 'done it'];
    const result = last(messages);
    expect(result.level).toBe('urgent');
    expect(result.reasons).toContain('context-means-used');
  });

  it.each([
    [['got my tablets from the chemist', 'what happens if i take one late', 'done it now']],
    [['the hoover is broken again', 'what happens if you take the whole filter out', 'done it now']],
  ])('%j stays quiet', (messages) => {
    expect(highest(messages)).not.toBe('urgent');
  });
});

describe('a resolve after distress', () => {
  it('is urgent when nothing has eased the distress', () => {
    expect(last(['i cant cope anymore', 'i know what to do now'])).toMatchObject({
      level: 'urgent',
      reasons: ['context-farewell-after-distress'],
    });
  });

  it.each([
    [['bad day at work', 'decided what to do about my job']],
    [['had a bad night', 'not going to drink again']],
    [['rough week', 'going to quit smoking properly this time']],
    [['struggling a bit', 'thanks for everything you do']],
  ])('%j is an ordinary decision or thanks, not a goodbye', (messages) => {
    expect(last(messages).level).toBe('none');
  });

  it('is quiet after an ordinary chat, or when the despair is about a sore back', () => {
    expect(last(['had a good week', 'i know what to do now, the course']).level).toBe('none');
    expect(last(['everything is pointless', 'i am not going to eat again']).level).toBe('urgent');
    expect(highest(['nothing helps with my back pain', 'physio again monday', 'thanks for listening, bye x'])).toBe(
      'none',
    );
  });
});

describe('a plain goodbye the word model reads alone as urgent', () => {
  it('is asked about after an ordinary chat', () => {
    expect(last(['hi, its dan', 'just want to say thanks for everything'])).toMatchObject({
      level: 'concern',
      ask: true,
      reasons: expect.arrayContaining(['context-goodbye-without-distress', 'model-urgent']) as string[],
    });
  });

  it('stays urgent with nothing before it, or after distress', () => {
    expect(last(['just want to say thanks for everything']).level).toBe('urgent');
    expect(last(['had a rough night', 'just want to say thanks for everything']).level).toBe('urgent');
  });
});

describe('danger that builds', () => {
  it('is urgent when someone threatening tries the door', () => {
    expect(last(['my ex is threatening me again', 'he tried the front door just now'])).toMatchObject({
      level: 'urgent',
      reasons: ['context-danger-building'],
    });
  });
});

describe('a threat to kill, and them arriving', () => {
  it.each([
    [['my ex has been texting saying hes coming round', 'he broke my arm last time', 'thats him at the door now']],
    [['she said if i told anyone she would kill me', 'her car is outside']],
  ])('%j is urgent', (messages) => {
    expect(last(messages)).toMatchObject({ level: 'urgent', reasons: ['context-danger-building'] });
  });

  it.each([
    [['hes gone out to get a chinese', 'hes just pulled onto the drive']],
    [['my brother is coming round later', 'thats him at the door now']],
  ])('%j stays quiet', (messages) => {
    expect(highest(messages)).toBe('none');
  });
});

describe('danger carried on after an urgent text', () => {
  it.each([
    [['took all my tablets with a bottle of wine', 'feeling really dizzy now']],
    [['took all my tablets with a bottle of wine', 'my words are going funny']],
    [['took all my tablets with a bottle of wine', 'on my way to the river']],
  ])('%j is urgent', (messages) => {
    expect(last(messages)).toMatchObject({ level: 'urgent', reasons: ['context-danger-continuing'] });
  });

  it.each([
    [['took all of my sertraline half an hour ago', 'next question?']],
    [['standing on the top floor of the car park right now', 'just wanted to talk to someone first']],
    [['took all my tablets with a bottle of wine', "don't call anyone please"]],
    [['took the whole box an hour ago', 'dont tell anyone', 'feel really heavy now']],
    [['cut deeper than ever tonight', 'its soaking through the towel', "honestly i'm fine, i'll sleep it off lol"]],
    [['took most of the strip and some of my dads tablets', "bit drowsy but i'm fine, don't make a fuss"]],
  ])('%j: a turn away or the body after it stays urgent', (messages) => {
    expect(last(messages)).toMatchObject({ level: 'urgent', reasons: ['context-danger-continuing'] });
  });

  it.each([
    [
      [
        'took all my old tablets back to the chemist',
        'the ones from before they changed my meds',
        'anyway next question?',
      ],
    ],
    [['bought some rope today', 'for the bean poles', 'never mind, what was the next bit']],
  ])('%j: a turn away after an explained look-alike is not carried on', (messages) => {
    expect(last(messages).reasons).not.toContain('context-danger-continuing');
  });

  it.each([
    [['took all my tablets with a bottle of wine', 'only joking i took them with water like normal', 'feeling dizzy']],
    [['took 10 paracetamol', 'i am ok now, called 111, ambulance is coming', 'feel sleepy']],
    [['took 10 paracetamol', "rang 111, they're sending someone, i'll be fine", 'ok']],
    [['took all my tablets with a bottle of wine', 'ok']],
    [['bought loads of paracetamol', 'whole house has flu', 'mums orders']],
  ])('%j is not carried on', (messages) => {
    expect(last(messages).reasons).not.toContain('context-danger-continuing');
  });
});

describe('a scene told by a train that does not stop', () => {
  it.each([
    [['the 21:50 doesnt stop at our station does it', 'im at the crossing', 'its quiet here. sorry mum']],
    [['at castle cary station, the fast ones dont stop here', 'just waiting for the next one to come through']],
  ])('%j is urgent', (messages) => {
    const result = last(messages);
    expect(result.level).toBe('urgent');
    // Since the 2026-12-06 retrain the word model alone reads "its quiet here. sorry mum" as urgent, so the reason may
    // be its own rather than the picture's.
    expect(result.reasons.some((r) => r === 'context-danger-place' || r === 'model-urgent')).toBe(true);
  });

  it('a train that does not stop, for someone travelling, stays quiet', () => {
    expect(
      last(['the fast ones dont stop at castle cary', 'getting the slow one to taunton instead', 'back by 6']),
    ).toMatchObject({ level: 'none' });
  });
});

describe('affairs put in order, in other words', () => {
  it.each([
    [
      [
        'gave all my clothes away today',
        "the cat's gone to mums",
        'just going for a walk up the top of the gorge tonight',
      ],
    ],
    [['deleted all my socials', 'messaged everyone i care about', 'nothing left to sort now']],
    [
      [
        'writing some letters tonight',
        'one for mum, one for my son, one for jack',
        'leaving them where theyll see them',
      ],
    ],
  ])('%j is urgent', (messages) => {
    expect(last(messages)).toMatchObject({ level: 'urgent', reasons: ['context-affairs-in-order'] });
  });

  it.each([[['at the top of glastonbury tor', 'watching the sunrise with the group', 'so peaceful up here']]])(
    '%j stays quiet at its last text',
    (messages) => {
      expect(last(messages).level).toBe('none');
    },
  );

  // Since the 2026-12-06 retrain the word model alone reads the last text as a concern (0.97 against 0.958), a known
  // false alarm that asks gently; the picture must still not make it urgent.
  it('letters that are job applications are not affairs put in order', () => {
    const messages = [
      'writing some letters tonight',
      'job applications for the council',
      'leaving them where mum will see them to post',
    ];
    expect(last(messages).level).not.toBe('urgent');
    expect(last(messages).reasons).not.toContain('context-affairs-in-order');
  });
});

describe('danger told across texts in plain words', () => {
  it.each([
    [
      [
        'been on the vodka since dinner and chucking plates about',
        'me and the kids are locked in the bedroom',
        'he is trying the handle now',
      ],
    ],
    [['my ex said if he found me i would regret it', 'he found out where i moved to', 'hes here']],
    [['last time he kicked the door in', 'van outside. its his']],
    [['he said hed kill me if i told anyone', 'hes back from the club at 12', 'its nearly 12 now']],
    [['cant stop thinking how quick it would be on the m5', 'walking up to the bridge over it now']],
    [['i want everything to go quiet', 'stones in my coat pockets', 'down by the river now']],
    [['the radio keeps sending me messages', 'they say i have to stop drinking to be clean', 'day 3 now']],
    [['bought a rope in town', 'the beam in the shed is strong enough', 'just want it all quiet now']],
    [['got tablets from diff chemists so nobody noticed', 'house is empty tonight', '9 oclock then']],
    [['i keep counting them', '48 now', 'that should do it']],
    [
      [
        'nothing is going to change',
        'wont be around for the sessions so dont bother',
        'thanks for being kind anyway. bye',
      ],
    ],
  ])('%j is urgent', (messages) => {
    expect(last(messages).level).toBe('urgent');
  });

  it.each([
    [['saving £25 a week for benidorm', 'paid in my wages today', 'counted it up last night, think its enough']],
    [
      [
        'grandkids are here for half term',
        'got some rope and a plank from the builders merchant',
        'putting it up on the apple tree tomorrow',
      ],
    ],
    [
      [
        'thanks for the chat, it really helped',
        'going to try the art group on thursday like you said',
        'thanks for everything, bye x',
      ],
    ],
    [['the tide comes in fast at burnham', 'walked out on the sands with the dog earlier', 'home now for tea']],
  ])('%j stays quiet', (messages) => {
    expect(highest(messages)).toBe('none');
  });
});

describe('distress that lingers', () => {
  it.each([
    [['some days i think my kids would be better off without me', 'anyway got to do the school run']],
    [['the voices have been on at me all week about next door', 'keeping the blinds down for now']],
    [['had a really strong urge to cut tonight', 'put the kettle on instead', 'its still sort of there']],
    [['nothing is ever going to get better for me', 'ok']],
    [['stopped my meds on friday, cant stand the side effects', 'not told anyone', 'feel odd but whatever']],
    [['back on the drink most nights, i know where it ends', 'only a few cans tho', 'anyway']],
    [['havent slept in 4 days', 'head is mush', 'cba w anything']],
    [['step dad shouts constantly', 'dont feel safe home', 'cant move out yet']],
  ])('%j asks whether they are safe', (messages) => {
    // What the last text says of its own: a danger standing from an urgent text before it is that text's (./standing).
    const result = last(messages);
    const own = result.standing ?? result;
    expect(own).toMatchObject({ level: 'concern', ask: true });
    expect(own.reasons).toContain('context-distress-lingering');
  });

  it.each([
    [['felt really low this morning', 'rang my sister and went for a walk', 'feel loads better now']],
    [['stopped my olanzapine', 'the psychiatrist switched me to something else', 'so far so good']],
    [["i'm not suicidal or anything", 'just lonely since the move', 'would like someone to go to quiz night with']],
    [['bought some rope today', 'for the bean poles on the allotment', 'pigeons had the lot last year']],
    [['the voices have been louder all week', 'cpn upped my dose and it is helping', 'anyway tuesdays are good']],
    [['been so low since the baby', 'health visitor has been brilliant', 'what happens next']],
    [['felt so low after the fall and there was blood everywhere', 'it was only a graze in the end', 'anyway']],
    [
      [
        'baby wont stop crying lol',
        'teething',
        'havent slept much but my mum is coming to help tonight',
        'any mentors who are mums?',
      ],
    ],
    [['cant sleep again', 'the neighbours dog has been barking since midnight', 'anyway did the forms go through']],
    [['i dont feel safe at home', 'turns out i meant the wiring, sparks from the socket', 'electrician came today']],
  ])('%j is not carried on', (messages) => {
    expect(last(messages).reasons).not.toContain('context-distress-lingering');
  });

  it('reaches back three texts, no further', () => {
    const worry = 'everything feels pointless lately';
    expect(last([worry, 'anyway', 'what time', 'is it', 'now']).reasons).not.toContain('context-distress-lingering');
    expect(last([worry, 'anyway', 'what time is it']).reasons).toContain('context-distress-lingering');
  });
});
