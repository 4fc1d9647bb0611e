// Concern rules: distress staff should know about, but not an emergency. The bot acknowledges and carries on gently.
// Past risk (attempts, self-harm) is reported here through each urgent rule's `past` id as well.

import type { Rule } from './rule.js';
import { alt, gap } from '../vocabulary/pattern.js';
import { MEDS } from '../vocabulary/medicines.js';
import { CONCERN_SIGN_RULES } from './concern-disclosures.js';
import { CONCERN_EXTRA_RULES } from './concern-strain.js';
import { CONCERN_HARDSHIP_RULES } from './concern-hardship.js';
import { URGES_RESISTED } from './negations.js';

export const CONCERN_RULES: readonly Rule[] = [
  // Past attempts and self-harm that are not current.
  {
    id: 'past-attempt',
    level: 'concern',
    pattern: `\\b${alt('suicide attempts?', 'attempts? on my (?:own )?life', 'attempted suicide', '(?:overdose|od) attempts?', 'survived (?:an? )?(?:attempt|overdose)', 'bereavementmarker')}\\b`,
  },
  {
    id: 'past-self-harm',
    level: 'concern',
    pattern: `\\b${alt('my scars', 'self harm scars', 'scars on my', 'old scars', 'scars from')}\\b`,
  },
  {
    id: 'others-at-risk',
    level: 'concern',
    pattern: `\\b${alt('killed', 'hanged', 'hung', 'overdosed', 'took', 'ended')} ${alt('himself', 'herself', 'themselves', 'his own life', 'her own life', 'their own life', 'his life', 'her life')}\\b`,
  },
  {
    id: 'others-at-risk',
    level: 'concern',
    pattern: `\\b${alt('wants to', 'is going to', 'talking about', 'is threatening to', 'threatened to', 'is planning to', 'keeps saying (?:he|she|they) will')} ${alt('kill', 'end', 'hurt', 'harm', 'cut')} ${alt('himself', 'herself', 'themselves', 'his life', 'her life', 'their life')}\\b`,
  },
  {
    id: 'abuse-disclosure',
    level: 'concern',
    pattern: `\\b${alt('domestic (?:abuse|violence)', 'abusive (?:relationship|partner|ex|husband|wife|boyfriend|girlfriend)', 'coercive control', 'controlling (?:partner|relationship|husband|boyfriend)')}\\b`,
  },
  { id: 'death-wish-idiom', level: 'concern', pattern: `\\bratherdieidiom\\b` },
  { id: 'abusive-to-bot', level: 'concern', pattern: `\\bkill yourself\\b` },

  // Passive hopelessness (without a wish to be dead, which is urgent).
  {
    id: 'passive-hopelessness',
    level: 'concern',
    pattern: `\\b${alt(
      'hopeless',
      'hopelessness',
      'no hope',
      'lost (?:all )?hope',
      'no future',
      // Not "what's the point of the group sessions?": a question about the service.
      '(?:what is|wat is) the point(?! (?:of|in) (?:the|this|these|those|that|a|an|your|having|booking|signing|coming) (?!life|pain|world)[a-z]+)',
      'no point (?:in )?(?:anything|trying|it|any of it)',
      'nothing (?:will|is going to|is ever going to) (?:ever )?(?:get|change|be) (?:any )?(?:better|different)',
      '(?:things|it|life) (?:will|is|are) never (?:going to )?(?:get|be|change)',
      'never going to get better',
      'will not (?:ever )?get (?:any )?better',
      '(?:given|giving) up on (?:everything|life|myself|me|it all|the future)',
      '(?:i have|i am) (?:just |basically |totally |completely |kind of |pretty much |sort of |well and truly )?(?:given|giving) up\\b(?= \\.| $| on)',
      '(?:i am|i feel|feel|feeling) (?:like )?(?:a |such a |just a )?(?:burden|worthless|useless|a waste of space|a failure|pointless)',
      'nobody cares',
      'no one cares',
      'cannot see a way (?:out|forward)',
      'no way out',
      'trapped',
      'sick of it all',
      'tired of everything',
      'done with (?:it all|everything)',
      'what is the use',
      'life (?:is|feels|seems) (?:so )?(?:pointless|meaningless|empty|hopeless)',
    )}\\b`,
  },

  // Relapse signs.
  { id: 'relapse-signs', level: 'concern', pattern: `\\brelaps[a-z]*\\b` },
  {
    id: 'relapse-signs',
    level: 'concern',
    pattern: `\\b${alt('getting', 'becoming', 'going', 'slipping', 'sliding', 'falling', 'feeling', 'feel', 'got', 'become')} (?:really |very |quite |a bit |more |so )?${alt('ill', 'unwell', 'poorly', 'high', 'manic', 'paranoid', 'psychotic', 'bad', 'low', 'down', 'depressed', 'hypo', 'hypomanic', 'suspicious')} again\\b`,
  },
  {
    id: 'relapse-signs',
    level: 'concern',
    pattern: `\\b${alt('spiralling', 'spiraling', 'going downhill', 'going down hill', 'slipping back', 'sliding back', 'falling apart', 'breaking down', 'losing it', 'losing my mind', 'losing the plot', 'losing control', 'cracking up', 'not coping', 'going mad', 'going crazy', 'early warning signs', 'warning signs')}\\b`,
  },
  {
    id: 'relapse-signs',
    level: 'concern',
    pattern: `\\b${alt('symptoms', 'episode', 'episodes', 'paranoia', 'mania', 'highs', 'lows', 'thoughts', 'dark thoughts', 'bad thoughts', 'old feelings', 'depression', 'flashbacks', 'panic attacks', 'nightmares', 'the darkness', `(?<!\\b(?:${alt('leg', 'get', 'got', 'give', 'gave', 'take', 'took', 'bring', 'brought', 'send', 'sent', 'put', 'pay', 'paid', 'hand', 'handed', 'run', 'ran', 'drive', 'drove', 'walk', 'walked', 'post', 'posted', 'carry', 'carried', 'pull', 'pulled', 'push', 'pushed', 'turn', 'turned', 'move', 'moved', 'want', 'wanted', 'win', 'won', 'ring', 'rang', 'call', 'called')}) )it`)} ${alt('are', 'is', 'have', 'has', 'keep', 'keeps')}? ?(?:been |all )?${alt('coming back', 'came back', 'returning', 'returned', 'back', 'starting again', 'started again', 'getting worse', 'worse', 'bad again')}\\b`,
  },
  {
    id: 'relapse-signs',
    level: 'concern',
    pattern: `\\b${alt('people', 'everyone', 'they', 'neighbours', 'the neighbours', 'the tv', 'the telly', 'the radio', 'cameras', 'someone', 'somebody', 'mi5', 'the government')}(?: are| is)? ${alt('watching me', 'spying on me', 'reading my (?:mind|thoughts)', 'talking about me', 'plotting against me', 'out to get me', 'poisoning me', 'tracking me', 'listening to me', 'controlling (?:me|my (?:mind|thoughts))', '(?:sending|giving) (?:me )?(?:messages|signs)', 'putting thoughts in my head', 'stealing my thoughts')}\\b`,
  },
  {
    id: 'relapse-signs',
    level: 'concern',
    pattern: `\\b${alt('racing thoughts', 'thoughts (?:are )?racing', 'not (?:been |feeling )?(?:myself|my self)', 'not slept for days and feel amazing', 'feel invincible', 'special powers', 'dark thoughts', 'bad thoughts', 'intrusive thoughts', 'morbid thoughts', 'horrible thoughts')}\\b`,
  },
  {
    id: 'relapse-signs',
    level: 'concern',
    pattern: `\\b(?<!\\b(?:never|not|stop|stopped|quit|no more) )${alt('drinking', 'using', 'gambling', 'smoking weed', 'taking drugs', 'on the drink')} ${alt('again', 'heavily', 'a lot', 'every day', 'too much', 'all day', 'more')}\\b`,
  },
  {
    id: 'relapse-signs',
    level: 'concern',
    pattern: `\\bback on (?:the )?${alt('drink', 'drugs', 'booze', 'gear', 'spice', 'bottle', 'coke')}\\b`,
  },

  // A journey with no way back told as no need of one: "no point getting a return is there" (context-dev-d).
  {
    id: 'no-return',
    level: 'concern',
    // A way back told ("my brother is driving me back", "staying the week") is a ticket choice.
    unless: `\\b(?:driving|drive|lift|picking me up|pick me up|bringing me back|staying|moving|coming back (?:by|on|with)|back by|bus back|coach back|open return|cheaper)\\b`,
    pattern: `\\b(?:no point (?:getting|buying|booking|paying for) a return|(?:will not|wont|do not|dont|shall not) (?:need|be needing) (?:a|the) return(?: ticket| half)?)\\b`,
  },

  // Stopped or missed medication.
  {
    id: 'stopped-medication',
    level: 'concern',
    // A change made with a doctor, or a dose taken late, is care, not refusal.
    unless: `\\b${alt('slowly', 'gradually', 'tapering', 'taper', 'with (?:my|the) (?:gp|doctor|psychiatrist|consultant|nurse|team)', '(?:gp|doctor|psychiatrist|consultant) (?:wants|said|says|is|has)', '(?:me and|with) (?:the |my )?(?:doc|doctor|gp|psychiatrist|consultant|cpn|nurse) (?:agreed|decided|planned)', '(?:doc|doctor|gp|psychiatrist|consultant|cpn)s? (?:agreed|advised|suggested|told me to)', 'as (?:agreed|advised|planned)', 'switch(?:ing)? (?:me )?from', 'took (?:them|it) (?:at|later|instead|when)', 'before (?:the |my |an? )?(?:op|operation|surgery|procedure|scan|colonoscopy|endoscopy|anaesthetic)', '(?:pharmacy|pharmacist|chemist|111|nurse|gp|doctor) (?:said|says|told me)[^.]{0,30}\\b(?:carry on|skip|double)', 'carry on as normal', '(?:have|had|need|told) to stop (?:taking )?(?:my |the |them |it )?(?:[a-z]+ )?(?:a|one|two|three|[0-9]+) (?:week|weeks|days?|fortnight) before', 'contracepti[a-z]*', 'the coil', 'the implant', '(?:gp|doctor|nurse|clinic) (?:switched|moved|changed) me')}\\b`,
    pattern: `\\b${alt('stopped', 'stop', 'stopping', 'quit', 'quitting', 'come off', 'came off', 'coming off', 'gone off', 'went off', 'not taking', 'not been taking', 'have not taken', 'have not been taking', 'refusing', 'refused', 'ran out of', 'run out of', 'running out of', 'skipping', 'skipped', 'missed', 'missing', 'binned', 'thrown away', 'threw away', 'flushed', 'forgot', 'forgotten', 'forgetting', 'not took', 'no longer taking', 'weaning off', 'cut down', 'cutting down', 'have not had', 'not had', 'not been having', 'not getting', 'not been given', 'not collected', 'not picked up', 'refuse to take', 'will not take')} (?:to take |taking |on )?(?:all |any )?(?:of )?(?:my |the |me |his |her )?(?:[a-z]+ )?${alt(MEDS, 'injections?', 'depot', 'jab', 'prescription')}\\b`,
  },
  {
    id: 'stopped-medication',
    level: 'concern',
    pattern: `\\b${alt('binned', 'threw', 'thrown', 'flushed', 'chucked', 'put')} (?:all )?(?:of )?(?:my |the )?${MEDS} ${alt('away', 'out', 'down the (?:toilet|loo|sink)', 'in the bin')}\\b`,
  },
  {
    id: 'stopped-medication',
    level: 'concern',
    pattern: `\\b(?:do not|no longer) ${alt('need', 'want', 'trust')} (?:my |the |any )?${MEDS}\\b`,
  },

  // Not sleeping.
  {
    id: 'not-sleeping',
    level: 'concern',
    pattern: `\\b${alt('cannot', 'can not', 'could not', 'not', 'have not', 'hardly', 'barely', 'struggling to', 'unable to', 'did not', 'never')} (?:been )?(?:get(?:ting)? (?:any |to )?)?${alt('sleep', 'sleeping', 'slept')}\\b(?! ${alt('in (?:late|till|until|tomorrow|on|at|my|the|a|bed)', 'over', 'on', 'with', 'around', 'together', 'better')})`,
  },
  {
    id: 'not-sleeping',
    level: 'concern',
    pattern: `\\b${alt('no', 'zero', 'hardly any', 'barely any', 'little', 'two hours', 'an hour s', 'no proper')} sleep\\b`,
  },
  {
    id: 'not-sleeping',
    level: 'concern',
    pattern: `\\b${alt('insomnia', 'awake all night', 'up all night', 'awake for days', 'awake every night', 'lie awake', 'lying awake', 'staring at the ceiling all night')}\\b`,
  },
  {
    id: 'not-sleeping',
    level: 'concern',
    pattern: `\\bsleep (?:is|has been) ${alt('terrible', 'awful', 'bad', 'rubbish', 'all over the place', 'non existent', 'nonexistent', 'really bad', 'shocking', 'a mess', 'shot', 'gone')}\\b`,
  },
  {
    id: 'not-sleeping',
    level: 'concern',
    pattern: `\\b(?:\\d+|one|two|three|four|five|six) (?:days|nights) without (?:any )?sleep\\b`,
  },

  // Voices getting worse (hearing voices on its own is not flagged: many people live well with them).
  {
    id: 'voices-worse',
    level: 'concern',
    pattern: `\\bvoices?\\b${gap(4)} ${alt('worse', 'louder', 'loud', 'stronger', 'constant', 'constantly', 'all the time', 'nonstop', 'non stop', 'back', 'returned', 'came back', 'coming back', 'started again', 'will not stop', 'do not stop', 'never stop', 'cruel', 'nasty', 'horrible', 'scary', 'frightening', 'shouting', 'screaming', 'more often', 'more and more', 'again', 'telling me', 'on at me', 'going on (?:at|about) me', 'all (?:week|day|night|morning)')}\\b`,
  },
  {
    id: 'voices-worse',
    level: 'concern',
    pattern: `\\b${alt('hearing (?:voices|things) (?:again|more|a lot|all the time)', '(?:started|start|begun|began|been) hearing (?:voices|things(?! (?:about|from|on|off|through|said|like that)\\b))', 'seeing things again', 'hearing them again')}\\b`,
  },
  // Urges or thoughts of self-harm held off ("i get thoughts of hurting myself but i never act on them"): the urgent
  // self-harm rules stand aside for them (self-harm.ts URGES_RESISTED).
  {
    id: 'self-harm-urges-resisted',
    level: 'concern',
    pattern: `\\b(?:${alt('cut', 'cutting', 'hurt', 'hurting', 'harm', 'harming', 'burn', 'burning', 'self harm[a-z]*')})\\b[^]{0,120}?(?:${URGES_RESISTED})`,
  },

  // Significant distress.
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b${alt('really', 'so', 'very', 'seriously', 'massively', 'properly', 'proper', 'pretty', 'quite', 'super', 'badly', 'extremely', 'incredibly')} ${alt('struggling', 'low', 'down', 'depressed', 'overwhelmed', 'desperate', 'distressed')}\\b(?! ${alt('to', 'with (?:the |my )?(?:forms?|bus|transport|computer|phone|app)', 'the')}\\b)`,
  },
  { id: 'distress', level: 'concern', pattern: `\\b(?:cannot|can not|could not|not|struggling to) cope\\b(?! with)` },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\bcope with ${alt('life', 'anything', 'everything', 'it all', 'any of it', 'this')}\\b`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\bin (?:a |such a )?(?:really |very )?${alt('dark', 'bad', 'black', 'horrible', 'awful', 'terrible', 'low')} (?:place|way)\\b`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\bat (?:my |the )?${alt('lowest', 'breaking point', 'end of my tether', 'rock bottom', 'wits end', 'end of my rope')}\\b`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b${alt('hate', 'hating', 'hated', 'loathe')} ${alt('myself', 'my self', 'my life', 'being alive', 'everything about me', 'who i am')}\\b`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b(?:cry|crying|cried) ${alt('all the time', 'every day', 'all day', 'constantly', 'non stop', 'nonstop', 'myself to sleep', 'all night', 'my eyes out')}\\b`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b${alt('not eating', 'stopped eating', 'have not eaten', 'barely eating', 'hardly eating', 'not eaten', 'cannot eat')}\\b`,
    unless: `\\b${alt('detox', 'diet', 'dieting', 'fasting', 'ramadan', 'slimming world', 'weight watchers', 'juice', 'blood test', 'operation', 'surgery', 'colonoscopy')}\\b`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\bpanic attacks? ${alt('every day', 'all the time', 'again', 'daily', 'constantly', 'non stop', 'every night')}\\b`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b${alt('feel', 'feeling', 'felt', 'i am')} (?:so |really |very |completely |totally |just )?${alt('empty', 'numb', 'dead inside', 'broken', 'hollow', 'desperate', 'like a ghost')}\\b`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b${alt('dead inside', 'cannot stop crying', 'crisis team', 'breakdown', 'mental breakdown', 'need help now', 'need help urgently', 'please help me')}\\b`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b${alt('scared', 'afraid', 'frightened', 'terrified')} (?:of|that) ${alt('him', 'her', 'my ex', 'my partner', 'my husband', 'my wife', 'my boyfriend', 'my girlfriend', 'going home')}\\b`,
  },
  // Further signs found when checking against unseen messages.
  {
    id: 'not-sleeping',
    level: 'concern',
    pattern: `\\b${alt('only', 'just', 'about', 'barely', 'maybe')} (?:getting |get |got |had |having )?(?:about |around |like )?${alt('\\d', 'one', 'two', 'three', 'a couple of', 'a few', 'an')} (?:hours?|hrs?|hour s) (?:of )?sleep\\b`,
  },
  {
    id: 'passive-hopelessness',
    level: 'concern',
    pattern: `\\b${alt('(?:feel|feeling|felt) like giving up', '(?:want|ready) to give up', 'feel like giving up')}\\b`,
  },
  {
    id: 'relapse-signs',
    level: 'concern',
    pattern: `\\b(?:${alt('going', 'getting', 'feel', 'feeling', 'becoming')} (?:a bit |really |very )?${alt('high', 'manic', 'hypo', 'hypomanic', 'psychotic')}|mood (?:is|has been) all over the place|mood swings|not leaving my (?:room|bed|flat|house))\\b`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b${alt('really', 'so', 'very', 'quite', 'extremely')} ${alt('paranoid', 'suspicious', 'hopeless', 'agitated')}\\b`,
  },
  ...CONCERN_SIGN_RULES,
  ...CONCERN_EXTRA_RULES,
  ...CONCERN_HARDSHIP_RULES,
];
