// Concern rules added after blind-3 and blind-4: plainer distress ("struggling so much today", "feel abandoned"),
// sectioning talk, nights without sleep counted, paranoia with withdrawal, fear of someone at home, self-worth.

import type { Rule } from './rule.js';
import { alt } from '../vocabulary/pattern.js';

export const CONCERN_EXTRA_RULES: readonly Rule[] = [
  {
    id: 'distress',
    gate: ['struggling', 'suffering', 'falling', 'breaking', 'drowning'],
    level: 'concern',
    pattern: `\\b${alt('struggling', 'suffering', 'falling apart', 'breaking down', 'drowning')} ${alt('so much', 'so badly', 'a lot', 'really badly', 'today', 'right now', 'at the moment', 'atm', 'lately', 'again')}\\b`,
  },
  {
    id: 'distress',
    gate: ['abandoned', 'alone', 'empty', 'numb', 'broken', 'trapped', 'hollow', 'dead', 'ghost'],
    level: 'concern',
    pattern: `\\b(?:i |feel |feeling |felt )(?:so |really |totally |completely )?${alt('abandoned', 'alone in this', 'empty inside', 'numb', 'broken', 'trapped', 'hollow', 'dead inside', 'like a ghost')}\\b`,
  },
  {
    id: 'distress',
    gate: ['cope', 'going', 'through', 'enough'],
    level: 'concern',
    pattern: `\\b(?:do not|no longer|cannot|can not) (?:know )?how (?:to |i can |i am going to )?(?:cope|keep going|get through (?:this|it|the day))\\b|\\bhave had enough(?= \\.| $| of (?:everything|it all|life))`,
  },
  {
    id: 'passive-hopelessness',
    gate: ['point', 'anything', 'born', 'waste', 'here', 'belong'],
    level: 'concern',
    pattern: `\\b${alt('the point of it all', 'the point of anything', 'point in anything', 'if i had never been born', 'if i would never been born', 'if i had not been born', 'wish i had never been born', 'never been born', 'waste of space', 'waste of oxygen', 'waste of air', 'should not be here', 'do not belong here')}\\b`,
  },
  {
    id: 'relapse-signs',
    gate: ['section', 'sectioning', 'sectioned', 'crisis', 'treatment', 'hospital', 'admitted'],
    level: 'concern',
    pattern: `\\b${alt('section(?:ing|ed)? me', 'put me on a section', 'sectioning', 'section me', 'the crisis team', 'home treatment team', 'back in hospital', 'admitted again')}\\b`,
  },
  {
    id: 'not-sleeping',
    gate: ['nights', 'days'],
    level: 'concern',
    pattern: `\\b(?:awake|up all night|no sleep|not slept|not sleeping)\\b[^.]{0,20}\\b(?:\\d+|two|three|four|five|six|seven|several|a few) (?:nights|days)\\b|\\b(?:\\d+|two|three|four|five|six|seven|several) (?:nights|days) (?:in a row )?(?:without (?:any )?sleep|awake|no sleep)\\b`,
  },
  {
    id: 'relapse-signs',
    gate: ['paranoid', 'watching', 'following', 'spying', 'talking', 'plotting', 'get', 'poisoning'],
    level: 'concern',
    pattern: `\\b(?:feeling|feel|felt|been|getting|am) (?:so |really |very |quite |a bit )?paranoid\\b|\\b(?:people|they|everyone|neighbours?)${'(?: [a-z]+){0,2}'} (?:are |is )?(?:watching|following|spying on|talking about|plotting against|out to get|poisoning) me\\b`,
  },
  {
    id: 'trauma-or-abuse',
    gate: ['terrified', 'frightened', 'scared', 'afraid'],
    level: 'concern',
    pattern: `\\b${alt('terrified', 'frightened', 'scared', 'afraid')} (?:of|to be around|to go home to) (?:my )?${alt('landlord', 'partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'ex', 'dad', 'mum', 'father', 'mother', 'stepdad', 'brother', 'son', 'neighbour', 'flatmate', 'carer', 'him', 'her')}\\b`,
  },
  {
    id: 'distress',
    gate: ['feel', 'coping'],
    level: 'concern',
    pattern: `\\b(?:need|needing|want|just want) to feel (?:something|anything|pain|the pain)\\b|\\bnot coping\\b`,
  },
  // Plain words for a bad time (2026-12-05, from an independent writer's development set): not in a good way, a head
  // that is a mess, lonely, tired of fighting, pretending to be fine, pointless, losing a home, a condition out of hand.
  {
    id: 'distress',
    gate: ['good', 'bad', 'dark', 'low', 'rough', 'awful', 'horrible', 'terrible', 'shit'],
    level: 'concern',
    pattern: `\\b${alt('not in a (?:good|great|nice) (?:way|place|head ?space|state)', 'in a (?:really |very |so )?(?:bad|dark|low|rough|horrible|terrible|shit) (?:way|place|head ?space|state)', '(?:really|so|such a|a really|a very) (?:bad|rough|awful|horrible|terrible|shit|dark) (?:day|week|night|few days|time)(?! (?:at|in|for|with|on) (?:work|the office|school|traffic|the shop|the match))')}\\b`,
    unless: `\\b${alt('but (?:it|i am|i feel|things?) (?:is|are|am|feel)? ?(?:better|ok|okay|fine|sorted|good)', 'better now', 'all good now', 'ha(?:ha)+', 'lol', 'traffic', 'football', 'match', 'the team', 'referee', 'hair day', 'weather', 'ago', 'been (?:well|ok|okay|fine|good) for', 'back then', 'used to')}\\b`,
  },
  {
    id: 'distress',
    gate: ['head', 'mind', 'mess'],
    level: 'concern',
    pattern: `\\bmy (?:head|mind) (?:is |has been |feels )?(?:such )?(?:a |in )?${alt('mess', 'all over the place', 'in bits', 'so loud', 'not right', 'racing', 'a dark place', 'in a dark place')}\\b|\\bhead is a mess\\b`,
  },
  {
    id: 'distress',
    gate: ['alone', 'lonely', 'disappearing', 'invisible', 'understands'],
    level: 'concern',
    pattern: `\\b(?:i |feel |feeling |felt )(?:so |really |very |completely |totally )?${alt('alone', 'lonely', 'isolated', 'invisible', 'like i am disappearing', 'like i do not exist')}\\b(?! ${alt('for (?:a bit|a while|the weekend)', 'in the house', 'at home this week', 'time')})|\\b(?:nobody|no one|no body) (?:understands|gets it|cares|listens)\\b`,
    unless: `\\b${alt('me time', 'peace and quiet', 'on my own for once', 'enjoy(?:ing)?', 'lovely', 'bliss', 'ha(?:ha)+', 'lol')}\\b`,
  },
  {
    id: 'passive-hopelessness',
    gate: ['tired', 'exhausted', 'sick', 'pretending', 'fighting', 'pointless', 'hopeless', 'better'],
    level: 'concern',
    pattern: `\\b${alt('(?:so )?(?:tired|exhausted|sick) (?:of|from) (?:fighting|trying|pretending|being me|everything|life|living|struggling|it all|feeling like this)', 'pretending (?:to be|i am|that i am|everything is) (?:fine|ok|okay|alright|happy)', '(?:everything|life|it all|all of it) (?:feels|is|seems) (?:so )?(?:pointless|hopeless|meaningless|too much|shit)', '(?:it|things|life) (?:does not|do not|will not|never) get better', 'nothing (?:ever )?(?:gets|is getting) better')}\\b`,
    unless: `\\b${alt('game', 'match', 'team', 'lol', 'ha(?:ha)+', 'printer', 'traffic', 'queue')}\\b`,
  },
  {
    id: 'distress',
    gate: ['evicted', 'eviction', 'homeless', 'rough', 'sofa', 'sofas', 'sleep', 'flat', 'house', 'home'],
    level: 'concern',
    pattern: `\\b${alt('(?:got|been|being|getting) evicted', 'eviction notice', 'homeless', 'sleeping rough', 'sleeping in (?:my|the) car', 'sofa surfing', '(?:staying|sleeping) on (?:mates|friends|peoples|my mates|my friends) sofas?', 'nowhere to (?:sleep|stay|live|go)', 'lost my (?:flat|house|home)', 'do not know where i will (?:sleep|stay|live)')}\\b`,
    unless: `\\b${alt('volunteer(?:ing)?', 'charity', 'shelter (?:shift|rota)', 'documentary', 'film', 'book', 'helping homeless', 'for the homeless', 'found a (?:flat|place)', 'sorted now', 'new flat')}\\b`,
  },
  {
    id: 'distress',
    gate: ['eaten', 'eat', 'stone', 'weight'],
    level: 'concern',
    pattern: `\\b${alt('(?:have not|not|have not really|not really|barely) eaten (?:properly )?(?:in|for) (?:\\d+|two|three|four|five|six|seven|several|a few|days|a week|ages)', 'lost (?:a stone|two stone|\\d+ ?(?:kg|pounds|lbs)|loads of weight|so much weight) (?:in [a-z0-9 ]{1,12} )?without (?:trying|meaning to)', 'cannot (?:face|stomach|keep down) (?:any )?food')}\\b`,
    unless: `\\b${alt('fasting', 'ramadan', 'diet', 'slimming', 'bug', 'sickness bug', 'norovirus', 'food poisoning', 'dentist', 'operation', 'surgery')}\\b`,
  },
  {
    id: 'relapse-signs',
    gate: ['hearing', 'heard', 'hear', 'voices', 'seeing', 'there'],
    level: 'concern',
    pattern: `\\b(?:hearing|heard|hear|seeing|seen|see) ${alt('my name', 'voices', 'someone', 'people', 'things', 'whispers', 'whispering', 'footsteps', 'shadows', 'faces')}${'(?: [a-z]+){0,4}'} (?:when|but|and) (?:there is )?(?:no one|nobody|no body|no ones|noone|nothing) (?:is )?(?:there|around|about|in)\\b|\\bvoices (?:are )?(?:back|getting (?:louder|worse)|telling me)\\b`,
  },
  {
    id: 'distress',
    gate: ['thoughts', 'alone'],
    level: 'concern',
    pattern: `\\b(?:scared|afraid|frightened|terrified|do not trust myself) (?:to be|of being|being) (?:left )?(?:alone|on my own|by myself) (?:with my (?:thoughts|head|mind)|tonight)\\b`,
  },
  {
    id: 'trauma-or-abuse',
    gate: [
      'rough',
      'grabbing',
      'grabbed',
      'hits',
      'hit',
      'hitting',
      'pushes',
      'pushed',
      'pushing',
      'throws',
      'shouts',
      'shoves',
      'slapped',
      'strangled',
      'choked',
    ],
    level: 'concern',
    pattern: `\\b(?:my )?${alt('partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'ex', 'dad', 'mum', 'stepdad', 'brother', 'son', 'flatmate', 'he', 'she', 'they')}s?${'(?: [a-z]+){0,3}'} ${alt('(?:has been |keeps |is |been )?getting rough with me', '(?:has been |keeps |is |been )?(?:grabbing|hitting|pushing|shoving|slapping|choking|strangling) me', '(?:grabbed|hit|pushed|shoved|slapped|choked|strangled) me', 'shouts and (?:throws|smashes|breaks)', 'throws (?:stuff|things|plates) at me')}\\b`,
    unless: `\\b${alt('lol', 'ha(?:ha)+', 'tickl', 'play(?:ing)? fight', 'football', 'rugby', 'game', 'snowball', 'pillow', 'hug')}\\b`,
  },
  {
    id: 'relapse-signs',
    gate: ['crisis', 'samaritans', 'shout', 'mindline', '111'],
    level: 'concern',
    pattern: `\\b(?:rang|called|phoned|texted|had to (?:ring|call|text)|been ringing|been calling) (?:the )?${alt('crisis (?:line|team|number)', 'samaritans', 'shout', 'mindline', '111 (?:mental health|option 2)', 'the crisis')}\\b`,
    unless: `\\b${alt('for my (?:son|daughter|mum|dad|friend|partner)', 'on behalf of', 'volunteer', 'training', 'number for', 'poster')}\\b`,
  },
  {
    id: 'relapse-signs',
    gate: ['pot', 'downhill', 'place', 'worse', 'control', 'bad'],
    level: 'concern',
    pattern: `\\bmy (?:mental health|bipolar|depression|anxiety|ocd|ptsd|bpd|psychosis|voices|moods?|eating disorder|ed|head) (?:is |has |has been |have been |are |gone |going )*${alt('(?:gone )?to pot', 'downhill', 'all over the place', 'really bad', 'so bad', 'bad again', 'worse', 'getting worse', 'out of control', 'off the scale', 'through the roof')}\\b`,
    unless: `\\b${alt('better now', 'much better', 'improving', 'getting better', 'settled', 'was (?:bad|worse) but', 'used to be', 'last year', 'years ago')}\\b`,
  },
  // Plain distress an independent development set (safety-dev-c) showed missing, as kinds: never getting better,
  // nothing left, tired of being themselves, loneliness that hurts, a cloud that will not lift, a reason to keep going
  // hard to see, not minding being hit by a bus, someone whispering or talking about them, walls punched, skin
  // scratched or picked, scared to be alone tonight, everyone leaving.
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b${alt(
      '(?:i will|il|i am|i) (?:never|not) (?:ever )?(?:going to )?get(?:ting)? better',
      'never (?:going to )?get(?:s|ting)? better',
      'nothing left to give',
      '(?:exhausted|tired|sick) (?:by|of) being me',
      '(?:so|that|that s how) lonely it (?:physically )?hurts',
      '(?:do not|dont) (?:think|reckon) (?:i will|il|i) (?:ever )?get(?:ting)? better',
      '(?:black|dark|grey) cloud (?:that )?(?:will not|wont|does not|never) (?:lift|go|shift)',
      'reason to (?:keep going|carry on|go on|stay|get up)',
      'everyone (?:else )?(?:is )?getting on with (?:their|there) lives',
      'why does everyone (?:always )?leave',
      'what is wrong with me',
      'can (?:barely|hardly) get out of bed',
    )}\\b`,
  },
  {
    id: 'passive-hopelessness',
    level: 'concern',
    pattern: `\\bif i (?:got|get|was|were) (?:hit|run over|knocked down)${'(?: [a-z]+){0,4}'} (?:i )?(?:would not|wouldnt|would nt|wouldn t) (?:be )?(?:that )?(?:bothered|care|mind)\\b|\\b(?:would not|wouldnt) (?:be )?(?:that )?(?:bothered|mind|care) if i (?:did not|didnt) wake up\\b`,
  },
  {
    id: 'psychosis-distress',
    level: 'concern',
    pattern: `\\b${alt('(?:someone|something|a voice|voices) whispering my name', 'hear(?:ing)? (?:someone|people|a voice|voices) (?:whispering|saying my name|calling my name)', '(?:people|they|everyone) (?:at|on|in) the [a-z ]{1,20} (?:were|was|are|is|kept) (?:talking|laughing|whispering) about me', '(?:talking|laughing|whispering) about me(?: behind my back)?')}\\b`,
  },
  {
    id: 'self-harm-urge',
    level: 'concern',
    pattern: `\\b${alt('punch(?:ing|ed)? (?:the )?walls?', 'knuckles (?:are )?(?:a mess|bleeding|split|bruised)', 'scratch(?:ed|ing) my (?:arms?|legs?|skin|wrists?)(?: up)?', 'pick(?:ing|ed) my skin')}\\b`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b(?:scared|afraid|frightened|do not want) to be (?:on my own|alone|by myself) (?:tonight|today|this weekend|right now)\\b`,
  },
  // From a second development set (safety-dev-d), as kinds: not fine though they said so, hanging on by a thread,
  // too much for everyone, no future to picture, why bother getting up, lonely enough to scream, voices all night, a
  // train that brings it to mind, an attempt's anniversary, scared at home.
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b${alt(
      '(?:said|told (?:them|him|her|the doctor|the gp)) i (?:was|am) fine but (?:i am|im) not',
      'i am (?:really )?(?:really )?not (?:ok|okay|fine|alright)',
      '(?:trying to )?hold(?:ing)? on but',
      'losing (?:my )?grip',
      'too much for (?:everyone|everybody|people|anyone)',
      '(?:cannot|can not|do not) (?:see|picture|imagine) (?:a|any) future',
      '(?:do not|dont) know why i (?:bother|even bother)',
      'why (?:do )?i (?:even )?bother (?:getting up|waking up|trying)',
      'so lonely i could (?:scream|cry)',
      '(?:spoke|spoken|talked) to (?:no one|nobody|noone) (?:since|for|in)',
      'rubbish at everything',
      '(?:attempt|overdose) anniversary',
      'anniversary of (?:my|the) (?:attempt|overdose)',
      'scared (?:at|to be at|to go) home',
    )}\\b`,
  },
  {
    id: 'psychosis-distress',
    level: 'concern',
    pattern: `\\b(?:the )?voices (?:talk|talking|shout|shouting|going|are going|go)${'(?: [a-z]+){0,4}'} (?:all night|all day|non ?stop|constantly)\\b|\\bmy head is so (?:noisy|loud)\\b`,
  },
  {
    id: 'passive-hopelessness',
    level: 'concern',
    pattern: `\\bevery time i see a (?:train|bridge|lorry)${'(?: [a-z]+){0,2}'} i think about (?:it|doing it|jumping|stepping)\\b`,
  },
  // Distress told plainly in a few words.
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b${alt('(?:really|so|proper|very|desperately|that) (?:really |so )?lonely', 'lonely is the word', 'frightened all the time', 'scared all the time', 'terrified all the time', 'thoughts are (?:so )?(?:loud|dark|bad|racing|horrible|scary)', 'had a (?:wobble|bad moment|meltdown|breakdown) (?:earlier|today|tonight|last night)', '(?:not|have not|never) got out of bed', 'not left (?:my|the) bed')}\\b`,
    unless: `\\b(?:used to|years ago|when i was (?:a kid|younger|at school))\\b`,
  },
  {
    id: 'passive-hopelessness',
    level: 'concern',
    pattern: `\\b${alt('(?:want|wanna|wna|wan) (?:to )?disappear(?! into (?:a|the|my|some) )', '(?:i would|i d|id|would) have given up', 'do not want to be (?:at home |home )?(?:alone|on my own|by myself) with my (?:head|thoughts|mind)', 'thoughts about (?:jumping|ending it|dying|not being here|stepping out)')}\\b`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b${alt('think about (?:falling|jumping|stepping off|letting go)', 'picking at my skin', 'until it bleeds', '(?:in|been in) bed since', '(?:nobody|no one|noone) (?:rings|calls|texts|visits|comes round)')}\\b`,
    unless: `\\b(?:used to|years ago|flu|covid|operation|back pain)\\b`,
  },
  // Found by dev-22 and dev-23: not sure of getting through, not far off, going under, a bus that would be welcome,
  // no reason to be here, nothing faced.
  {
    id: 'passive-hopelessness',
    level: 'concern',
    pattern: `\\b${alt(
      '(?:do not|dont) think i (?:am|m) (?:strong enough|going to|gonna|able) to get through',
      'not (?:strong enough|sure i can|sure i will|sure how i will) (?:to )?get through',
      'not suicidal but (?:i am )?not far (?:off|from it)',
      'going under again',
      '(?:would not|wouldnt|would nt) (?:mind|care) if (?:a|the) (?:bus|car|lorry|train|truck) (?:hit|took) me',
      '(?:would not|wouldnt) mind (?:not waking up|if i (?:died|did not wake up|never woke up))',
      '(?:no idea|no clue|do not know|dont know|not sure) why i (?:am|m) still here',
      '(?:can not|cannot|cant) face anything',
    )}\\b`,
  },
];
