// Concern rules added after blind-3 and blind-4: plainer distress ("struggling so much today", "feel abandoned"),
// sectioning talk, nights without sleep counted, paranoia with withdrawal, fear of someone at home, self-worth.

import type { Rule } from './rule.js';
import { alt } from '../vocabulary/pattern.js';
import { SHORT_WEEKDAYS, WEEKDAYS } from '../vocabulary/time.js';

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
      '(?:would not|wouldnt|would nt) (?:mind|care) if (?:a|the) (?:bus|car|lorry|train|truck) (?:hit|took) (?:me|her|him|them)',
      '(?:would not|wouldnt) mind (?:not waking up|if i (?:died|did not wake up|never woke up))',
      '(?:no idea|no clue|do not know|dont know|not sure) why i (?:am|m) still here',
      '(?:can not|cannot|cant) face anything',
    )}\\b`,
  },
  // Found by dev-24 and dev-26: food stopped, self-harm again after a gap, urges held only by company, the days wished
  // away, waking disappointed, a place of danger thought about, an illness wished on, a sense of self lost.
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b${alt(
      '(?:food is|foods|food s) just not happening',
      'scrape it (?:in|into) the bin',
      'clothes (?:are )?(?:all )?hanging off me',
      '(?:look|looking) like a skeleton',
      'under [0-9]+ stone',
      '(?:skipping|skippin|skip) meals',
      'lost (?:loads|a lot|so much|tons) (?:of )?weight',
      'had (?:a|one) [a-z]+ yesterday and that was it',
      '(?:do not|dont) (?:really )?know who i am any ?more',
      'loneliness is (?:crushing|killing|eating) me',
      'feel(?:ing)? (?:really )?(?:strange|weird|unreal)[^.]{0,20}like i am not real',
      'like i am not real',
      '(?:been )?(?:drinking|drinkin) every day since',
      'nowhere to go',
    )}\\b`,
  },
  {
    id: 'passive-hopelessness',
    level: 'concern',
    pattern: `\\b${alt(
      '(?:can not|cannot|cant) keep (?:doing|going on like) this (?:much )?(?:longer|any ?more)',
      'woke up disappointed',
      'want the days to (?:go|pass) (?:quicker|faster)',
      'world would (?:keep|carry on) turning without me',
      'wish (?:the|my|this) (?:cancer|illness|disease|tumour) would (?:just )?hurry up',
      '(?:just )?want everything to stop',
      'thinking (?:about|bout|of) the (?:river|bridge|sea|railway|tracks|edge) (?:a lot|alot|lately|all the time)',
      '(?:found myself|ended up) (?:at|on) the (?:bridge|edge|river|railway|cliff)[^.]{0,60}(?:staring|looking) (?:down|at the water)',
    )}\\b`,
  },
  {
    id: 'self-harm-urge',
    level: 'concern',
    pattern: `(?:\\bi |^ |\\. )(?:cut|burnt|burned|harmed|self harmed)(?: a bit| myself| again| my (?:arm|arms|leg|legs|wrist|wrists|thigh|thighs|stomach))? (?:last night|yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this week)\\b|\\b(?:cut|self harmed|harmed myself|burnt myself) (?:a bit |again )?(?:last night |yesterday )?(?:for the )?first time in (?:months|weeks|years|ages|a (?:long )?while|[0-9a-z]+ (?:months|years|weeks))\\b|\\burges? (?:are|is|have been) (?:really )?(?:bad|strong|awful)\\b|\\b(?:had|have) the urge to (?:burn|cut|hurt|scratch|hit) myself\\b`,
  },
  // The urge told plainly, with no object but the time (context-dev-zb): "really wanted to cut last night", "urges
  // still there today tho". Not cutting hair, a lawn or a deal.
  {
    id: 'self-harm-urge',
    level: 'concern',
    pattern: `\\b(?:wanted|want|wanting|wanna|tempted|urge|urges|close) to (?:cut|burn|self harm)(?: myself| again)?(?= \\.| $| last night| tonight| today| so bad| so much| really| again| all day| x)|\\b(?:the |my )?urges? (?:are |is |have been )?(?:still (?:there|here)|back|getting (?:worse|stronger|bad))\\b`,
    unless: `\\b${alt('smok[a-z]*', 'vap[a-z]*', 'cig[a-z]*', 'nicotine', 'fags?', 'drink(?:ing)?', 'chocolate', 'snack[a-z]*', 'sugar', 'spend[a-z]*', 'shopping', 'gambl[a-z]*', 'bet', 'hair', 'fringe', 'grass', 'lawn', 'hedge')}\\b`,
  },
  // Hopelessness about themselves, said plainly (context-dev-zb): "ill always be like this", "nothing changes".
  {
    id: 'passive-hopelessness',
    level: 'concern',
    pattern: `\\b(?:i will|il|i am going to|i m going to) always be (?:like this|this way)\\b|\\b(?:i am|i m|i will|il) never (?:going to )?(?:change|get better|be normal|be well)(?= \\.| $| x| am i| will i| i think| and| is it| no matter)|(?:^ |\\. )nothing (?:ever )?changes(?= \\.| $| for me| x| does it)`,
  },
  // Next to nothing eaten in days (context-dev-zb): "had like one cereal bar since fri".
  {
    id: 'not-eating',
    level: 'concern',
    pattern: `\\b(?:only )?(?:had|eaten|ate) (?:like |about |literally |just )?(?:one|a|1|half a) (?:cereal bar|biscuit|slice of toast|bit of toast|piece of toast|yoghurt|banana|packet of crisps|bag of crisps|apple|cup of soup) (?:since|in|all) (?:${alt(...WEEKDAYS, ...SHORT_WEEKDAYS, 'yesterday', 'the weekend', '(?:two|three|four|2|3|4) days', 'days', 'week')})\\b`,
  },
  // Afraid of someone on the way: "my ex keeps turning up at my work… im scared to walk home" (context-dev-zb).
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b(?:scared|frightened|terrified|afraid|too scared|petrified) (?:to|of) (?:walk(?:ing)?|go(?:ing)?|get(?:ting)?) (?:home|out|back|to work|outside)(?: on my own| alone)?(?= \\.| $| now| tonight| on my own| alone| x| because| cos| in case)`,
    unless: `\\b${alt('ice', 'icy', 'snow', 'flood', 'floods', 'storm', 'rain', 'dark nights', 'traffic', 'cows', 'dog', 'geese')}\\b`,
  },
  {
    id: 'psychosis-distress',
    level: 'concern',
    pattern: `\\bhearing my name (?:called|being called)\\b`,
  },
  {
    id: 'passive-hopelessness',
    level: 'concern',
    pattern: `\\b(?:everyone|everybody|they|people|my family|the kids|my kids|my partner) would (?:manage|cope|be|get on) (?:fine|better|ok|okay|alright|perfectly well) without me\\b`,
  },
  // Found by dev-30 (seventh round): harder to keep going; a mentee's medicine stopped, relayed by their mentor.
  {
    id: 'passive-hopelessness',
    level: 'concern',
    pattern: `\\b(?:harder|hard|struggling) to keep going\\b`,
  },
  {
    id: 'stopped-medication',
    level: 'concern',
    pattern: `\\b(?:he|she|they) (?:has|have|s|is|are)? ?(?:not|never) (?:taken|been taking) (?:his|her|their) [a-z]+ (?:for|in) (?:a week|weeks|days|a fortnight|[0-9a-z]+ (?:days|weeks))\\b`,
  },
  // Found by dev-31 and dev-32 (tenth round): plain distress in everyday words (food stopped, panic, not managing,
  // too much, crying, sleep gone, pushing people away, a dark mood back), each said of the sender now.
  {
    id: 'not-eating',
    level: 'concern',
    pattern: `\\b${alt(
      'not (?:had|eaten|been eating) (?:a )?(?:proper |decent |real |hot )?(?:meal|food|anything)(?: properly)? (?:in|for) (?:a |two |three |four |[0-9]+ )?(?:days?|weeks?)',
      'lost (?:nearly |almost |about |over )?(?:a stone|half a stone|[0-9]+ ?(?:kg|kilos|pounds|lbs)) (?:this|in a|in the last|since)',
      'food (?:just )?(?:does not|dont) appeal',
      'eating once a day',
      'binge (?:then|and) starve',
      'living on (?:biscuits|crisps|toast|tea|coffee|energy drinks)',
      'eating (?:has|is) (?:gone|going) (?:to pot|downhill|wrong|out the window)',
      // Found by dev-34 and dev-35 (eleventh round).
      '(?:ate|eaten|had) nothing (?:yesterday|today|since|for (?:days|a week|two days|three days|[0-9]+ days)|all (?:day|week))',
      'not (?:been )?hungry for (?:days|a week|weeks|ages)',
      '(?:one|1) meal every (?:two|three|2|3|few|other) days?',
    )}\\b`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b${alt(
      'panic attacks? (?:on|at|in) the (?:bus|train|shop|street|supermarket|car)',
      'panic attacks? (?:this|today|last night|again|every)',
      '(?:i am |im )?not managing(?: at all| well| very well)?(?! to)',
      '(?:it is|everything is|everythings|its) (?:all )?(?:just )?too much(?! (?:money|food|sugar|for a|to ask|hassle|traffic|rain|noise))',
      '(?:can not|cannot|could not) face (?:anything|anyone|people|opening|going out|it all|the day|getting up)',
      'taking up space',
      'just the spare part',
      '(?:pushed|push|pushing) (?:them|everyone|everybody|people|my friends|my mates) (?:all )?away',
      '(?:been )?crying (?:in the car|every (?:morning|night|day)|all (?:day|night|the time))',
      'cried[^.]{0,40} (?:do not|dont) (?:even )?know why',
      '(?:do not|dont) (?:even )?recognise myself',
      'fed up (?:of|with) being me',
      '(?:can not|cannot) remember the last time i (?:felt|was) (?:happy|ok|okay|good)',
      'staring at the (?:wall|walls|ceiling)',
      '(?:waking|wake|woke) (?:up )?at [0-9]+ ?(?:am)? every night',
      'anxiety (?:is )?(?:through the roof|off the charts|sky high)',
      'heart (?:racing|pounding) all day',
      'the black cloud is back',
      '(?:the )?(?:depression|black dog|dark cloud|low mood) (?:is )?(?:creeping|coming|sneaking) back',
      'worn out with (?:it all|everything|life)',
      '(?:sick|tired) of (?:hearing|listening) (?:about )?(?:to )?my problems',
      'frightened to be on my own',
      'miss feeling anything',
      // Found by dev-33.
      '(?:a|such a) lost cause',
      'feel (?:like )?(?:i am )?(?:in the way|a spare part|an old piece of furniture)',
      'dread waking up',
      '(?:could not|cannot|can not|not been able to|was not able to|unable to) (?:even )?(?:manage a shower|get out of bed(?! (?:till|until|before|for|on time))|face (?:opening|the post|anyone|people|the shop))',
      '(?:mood is|moods) (?:crashing|dropping|nose ?diving|in my boots)',
      'everything (?:feels|is) (?:so )?heavy',
      'only way i (?:get to|can|manage to) sleep',
    )}\\b`,
  },
  // Found by dev-34 and dev-35 (eleventh round): beliefs of being watched, tracked or interfered with, in words the
  // older lists did not hold ("they've put a chip in my tooth", "cameras in the smoke alarm", "my phone is being
  // listened to", "people putting things in his food").
  {
    id: 'psychosis-distress',
    level: 'concern',
    pattern: `\\b(?:they|neighbours|someone|somebody|people|he|she)(?: [a-z]+){0,2} (?:have |has |had |s )?(?:put|planted|hidden|hid|installed|fitted) (?:a |some )?(?:cameras?|chips?|bugs?|trackers?|microphones?|listening devices?) in (?:my|the)\\b|\\b(?:my )?(?:phone|house|flat|room|calls?|texts?) (?:is|are) being (?:listened to|watched|tapped|bugged|monitored|read)\\b|\\b(?:feeling|feel|convinced|sure|think) (?:that )?(?:i am|im) being (?:followed|watched|listened to|tracked|spied on)\\b|\\bfeel (?:it|them) (?:tracking|watching|controlling|listening to) me\\b|\\b(?:house|flat|walls|room) feels like (?:it is|its|they are) watching me\\b|\\b(?:people|they|someone|somebody) (?:are |is )?putting (?:things|stuff|something) in (?:my|his|her|their) (?:food|drink|tea|water)\\b`,
  },
  // Found by dev-35: urges to self-harm met and turned away from ("had thoughts of the old days of cutting but i went
  // for a walk instead").
  {
    id: 'self-harm-urges-resisted',
    level: 'concern',
    pattern: `\\b(?:thoughts? (?:of|about)|urges? to|wanted to|pull to|thought about)[^.]{0,40}\\b(?:cutting|cut myself|harming|hurt myself|hurting myself|the blade|blades|the tablets|my tablets)\\b[^.]{0,60}\\binstead\\b`,
  },
  // Found by dev-35: nowhere safe to live, or money gone to nothing ("staying in my car in a lay-by", "sofa surfing…
  // she wants me out by friday", "sanctioned me and i've got £4 till the 20th").
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b(?:sleeping|staying|living) in (?:my|the) car\\b|\\bsofa surfing\\b|\\b(?:kicked|chucked|thrown) out of (?:the|my) (?:hostel|flat|house|room|b&b|bedsit)\\b|\\b(?:sanctioned|sanctioning) me\\b|\\bnowhere (?:to (?:go|live|stay)|lined up)\\b|\\bcupboards are (?:empty|bare)\\b`,
    unless: `\\b(?:used to|years ago|back in|when i was|last year|festival|camping|holiday|trip|glastonbury|gig|overnight)\\b`,
  },
  // Found by dev-38 (fourteenth round): being followed told plainly, no food and no money till payday, benefits
  // stopped, and nobody spoken to in days.
  {
    id: 'psychosis-distress',
    level: 'concern',
    pattern: `\\b(?:someone|somebody|people|a man|a woman|a car|they) (?:keeps? |is |are )?(?:follows?|following) me (?:when|every|everywhere|home|round|around)\\b`,
    unless: `\\b(?:dog|cat|puppy|kitten|kids?|toddler|on (?:instagram|insta|twitter|tiktok|facebook))\\b`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b(?:nothing|no food) in the (?:cupboards?|fridge|house)\\b[^]{0,80}\\b(?:paid|money|pay ?day|benefits?|pip|uc|universal credit|skint|broke|food ?bank)\\b|\\b(?:pips?|benefits?|universal credit|esa|dla)(?: has| have| is| s| are)? (?:stopped|been stopped|been cut|cut off|sanctioned)\\b[^]{0,80}\\b(?:quid|pounds|£|money|left|til|till|until)\\b|\\bthe (?:last|only) (?:person|people|one|human) i (?:have )?(?:spoke|spoken|talked|talk|said a word) to (?:was|were|is)\\b`,
    unless: `\\b(?:used to|years ago|back in|when i was|last year|sorted now|all sorted)\\b`,
  },
  // Found by dev-41 to dev-43 (fifteenth round): bailiffs at the door, no food till the food bank, a medicine run out
  // for days, purging again, mornings' drink for the shakes, a staff note of thoughts with no plan, days blurring,
  // an anniversary dreaded, the past understood, a job and a home lost at once.
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\bbailiffs?\\b[^]{0,80}\\b(?:came|coming|outside|at the door|hid|hiding|letter|owe)\\b|\\bno food (?:in )?(?:since|till|until)\\b|\\bnothing in (?:till|until)\\b|\\b(?:sat|lay|laid|sitting|lying) on the floor for hours\\b|\\bdays are (?:blurring|blurring into one|all the same)\\b|\\blandlord (?:wants|want) me out\\b|\\b(?:dont|do not) believe (?:i am|i m) ill\\b`,
    unless: `\\b(?:used to|years ago|back in|when i was|last year|sorted now|all sorted)\\b`,
  },
  {
    id: 'stopped-medication',
    level: 'concern',
    pattern: `\\b(?:without|run out of|ran out of|no) (?:my |any )?(?:antipsychotics?|meds|medication|tablets|lithium|olanzapine|quetiapine|clozapine|risperidone|aripiprazole|depot|sertraline|mirtazapine) (?:for|in) (?:[0-9]+|two|three|four|five|six|a few|several) days\\b`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b(?:binge and purge|binging and purging|purging|making myself sick)\\b(?! (?:is|was) (?:behind|in the past))|\\bdrinking in the mornings?\\b|\\b(?:lose|losing) my temper with the (?:kids|children|baby)\\b|\\banniversary of (?:my |his |her |our )?[a-z]+ (?:death|dying|passing)\\b[^]{0,40}\\b(?:dread|dreading|cannot face|can not face|not coping)\\b|\\bsome days i (?:understand|get) why i did\\b`,
    unless: `\\b(?:years ago|used to|recovered|in recovery|behind me)\\b[^.]{0,30}$`,
  },
  {
    id: 'staff-noted-thoughts',
    level: 'concern',
    pattern: `\\b(?:(?:has|had|have|reports?|reported|described|disclosed|mentioned|having|told me (?:he|she|they) (?:has|had|have)) (?:some |had )?(?:passive thoughts|thoughts of (?:overdose|overdosing|suicide|ending (?:it|his life|her life|their life)|not being here))|denies (?:any )?(?:plan|intent)|no current plan|has (?:the )?crisis numbers)\\b`,
  },
  // Found by context-dev-zd (eighteenth round): worries told a little at a time, each in plain words a kind person
  // would ask about. Food let go ("not really been hungry this week", "cba with food", "skipped lunch and tea"),
  // weighing again and again, voices or muttering back, a fist through the door at home, thoughts racing after a
  // medicine stopped, drink to quiet the head, wanting to be with someone who died, not trusting their own head.
  {
    id: 'not-eating',
    level: 'concern',
    pattern: `\\bnot (?:really )?(?:been )?(?:hungry|eating|bothering to (?:eat|cook)) (?:this week|for (?:days|a few days|a week|ages)|since)\\b|\\b(?:cba|can not be bothered|cant be bothered) with food\\b|\\bskipped (?:breakfast|lunch|tea|dinner) and (?:breakfast|lunch|tea|dinner)\\b|\\bweighed myself (?:[0-9]+|two|three|four|five|six|seven|eight|ten) times\\b`,
  },
  {
    id: 'voices-worse',
    level: 'concern',
    pattern: `\\b(?:the )?(?:mut+ering|whispering|whispers|voices?)(?:s| is| are| s| have| has)? (?:come )?back(?= \\.| $| again| louder| x| tonight| today| worse)`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b(?:put|punched|kicked|smashed) (?:his|her|their|a) (?:fist|hand|foot|head) (?:through|into) (?:the|a|my) (?:door|wall|window)\\b|\\b(?:only thing|the only thing|it is the only thing|its the only thing) that (?:shuts|quiets|stops|calms|slows) my (?:head|brain|mind|thoughts)(?: up| down)?\\b|\\b(?:do not|dont|can not|cant) trust my (?:own )?(?:head|brain|mind)\\b`,
  },
  {
    id: 'relapse-signs',
    level: 'concern',
    pattern: `\\bthoughts (?:are )?(?:going|racing|running) (?:really |so |too )?(?:fast|quick)\\b`,
  },
  {
    id: 'passive-hopelessness',
    level: 'concern',
    pattern: `\\b(?:keep thinking|i think|feel like|maybe) i (?:should|ought to) be with (?:him|her|them|mum|dad|nan|grandad)(?: now)?(?= \\.| $| x| sometimes| really)`,
  },
  // Found by context-dev-ze (nineteenth round): someone at home holding the purse strings and the phone ("hes got my
  // bank card now", "checks my phone every night", "says i cant go to the group", "gets angry if i text people", "ill
  // have to delete this"), weight falling away unasked, food that tastes of nothing, drink to get off to sleep, the
  // radio saying their name, nights without sleep counted "now".
  {
    id: 'trauma-or-abuse',
    level: 'concern',
    pattern: `\\b(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|bf|gf|son|daughter|fella|bloke)(?: is| has| have)? (?:always |now |even )?(?:checks|checking|goes through|going through|reads|reading|looks through|went through) my (?:phone|texts|messages)\\b|\\b(?:he|she|they)(?: is| has| have)? (?:got|taken|took|kept|keeps|keeping|holds|holding) my (?:bank|pension|benefits?|debit) (?:card|book)\\b|\\b(?:have|got) to ask (?:him|her|them) (?:for|before i (?:can )?(?:buy|spend|have)) (?:any |bus |some |the )?(?:money|cash|fare)\\b|\\b(?:he|she|partner|husband|wife|boyfriend|girlfriend|bf|gf|son|daughter|fella) (?:says|said|tells me|told me|keeps saying) (?:that )?(?:i cannot|i can not|i am not (?:to|allowed to)|i must not|i mustn t) (?:go|see|text|talk|speak|leave|ring|call|message)\\b|\\b(?:gets|goes|get) (?:really |so )?(?:angry|mad|nasty|furious|funny|wild) (?:if|when) i (?:text|see|go|talk|speak|leave|ring|call|spend|have|message)\\b|\\b(?:i will|il) (?:have to |need to |better )?delete (?:this|these|it all)(?= \\.| $| x| after| before| now| so)`,
    // Help asked for: a carer reading out appointments (context-train-x).
    unless: `\\b(?:(?:he is|she is|they are|he s|she s) my carer|for my appointments|i asked (?:him|her|them) to)\\b`,
  },
  // A threat to their life told after it ("i thought he was going to kill me"): fear of someone, asked about.
  {
    id: 'trauma-or-abuse',
    level: 'concern',
    pattern: `\\b(?:thought|was sure|was convinced|genuinely thought|honestly thought|really thought) (?:he|she|they) (?:was|were) (?:going to|gonna|about to) (?:kill|strangle|stab|hurt|finish) me\\b`,
    unless: `\\b(?:lol|haha[ha]*|lmao|joke|joking|crashed|dent|scratch|found out|saw (?:the|my|what)|when i told|told (?:her|him|them) (?:about|that)|bill|grade|results?|exam)\\b`,
  },
  {
    id: 'not-eating',
    level: 'concern',
    pattern: `\\bfood (?:just |all )?(?:tastes|taste) (?:of|like) nothing\\b|\\blost (?:nearly |almost |about |over |like )?(?:a|half a|two|[0-9]+) (?:stone|kilos?|kg|pounds|lbs?) (?:in|since)(?: the last| about| under| like)? (?:a|[0-9]+|two|three|four) (?:weeks?|days?|fortnight)\\b`,
    unless: `\\b(?:slimming|diet|dieting|gym|running|proud|chuffed|target|well done|happy|weight watchers|goal|jab|injections?|operation|surgery|bug|norovirus|flu)\\b`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b(?:cans|drinks|beers|ciders|vodkas?|whiskys?|whiskies|glasses of wine|bottles? of wine|bottle) (?:just )?to (?:get (?:off )?to sleep|get some sleep|knock me out|sleep|get through (?:the day|the night|it)|cope|numb|block (?:it|things) out)\\b`,
  },
  {
    id: 'psychosis-distress',
    level: 'concern',
    pattern: `\\b(?:the )?(?:radio|telly|tv|tele|television|walls|fridge|kettle|adverts?) (?:keeps |kept |is |are |has been |s )?(?:saying|calling|whispering|talking about|talking to me about) (?:my name|me)\\b`,
  },
  {
    id: 'not-sleeping',
    level: 'concern',
    pattern: `\\b(?:[0-9]+|two|three|four|five|six|seven|several) nights (?:now|running|on the trot) (?:with|of) (?:no|hardly any|barely any) sleep\\b`,
  },
  // Found by context-dev-zg and -zh (twentieth round): not feeling safe at home, or shouted at there without end; food
  // counted and weighed again, a mouthful a day, feeling disgusting after eating; harm again after years; drink needed
  // before the shakes stop; days in bed; money for living gambled away; paranoia said in slang.
  {
    id: 'trauma-or-abuse',
    level: 'concern',
    pattern: `\\b(?:do not|never|not|no longer) (?:feel|felt|feeling) safe (?:at |in )?(?:home|the house|my house|my flat|my room|here)\\b|\\b(?:step ?dad|step ?mum|stepdad|stepmum|dad|mum|he|she|partner|husband|boyfriend|bf|fella|flatmate|landlord) (?:shouts|screams|yells|kicks off|goes off|rages) (?:at me |at us )?(?:constantly|all the time|every day|every night|non ?stop|24 ?7)\\b`,
  },
  {
    id: 'not-eating',
    level: 'concern',
    pattern: `\\bback to (?:weighing|counting|measuring) (?:everything|every thing|my food|calories|every (?:meal|bite|thing))\\b|\\b(?:had|ate|eaten|have had) (?:only |just )?(?:half an? |a |one )(?:apple|banana|biscuit|cracker|yoghurt|yogurt|rice cake|slice of toast|cup of soup)(?: all)? (?:yesterday|today|all day|all week|since [a-z]+)\\b|\\b(?:felt|feel|feeling) (?:so )?(?:disgusting|gross|sick with myself|fat) after (?:eating|i ate|tea|dinner|lunch|breakfast|it|that)\\b|\\b(?:[0-9]+|two|three|four) hours on the (?:treadmill|bike|cross trainer) (?:at night|every night|every day|while)\\b`,
    unless: `\\b(?:for charity|sponsored|marathon|training for|the baby|baby|toddler|the kids)\\b`,
  },
  {
    id: 'self-harm-urge',
    level: 'concern',
    pattern: `\\b(?:cutting|cut|burning|burnt|burned|hurting|hurt|scratching) (?:my (?:arms?|legs?|wrists?|thighs?|stomach)|myself) (?:again )?(?:for the )?first time in (?:about |over |nearly |almost |like |probably )?(?:months|weeks|years|ages|a (?:long )?while|[0-9a-z]+ (?:months|years|yrs|weeks))\\b`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\bmorning shakes\\b|\\b(?:shakes|shaking|shaky)\\b[^.]{0,20}\\b(?:til|till|until|before) i (?:have )?(?:had )?(?:the |my )?first (?:one|drink|can|beer|cider|vodka)\\b|\\b(?:a|one|half a|a whole) (?:litre|bottle) of (?:vodka|gin|whisky|whiskey|rum|brandy) (?:most days|every day|a day|daily|every night|each day|most nights)\\b`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b(?:been|stayed|staying|stuck|lying|laid|led) in bed (?:mostly |all day )?(?:for |since )?(?:[0-9]+|two|three|four|five|a few|several|the (?:whole )?weekend|days)(?: days| weeks)?\\b|\\b(?:not|have not|not been|have not been) (?:showered|washed|had a shower|got dressed) (?:in|for) (?:days|a week|[0-9]+ days|ages|wks|weeks)\\b|\\b(?:can not|cannot) face (?:seeing |talking to )?(?:anyone|anybody|people|the world|going out|getting up)\\b`,
    unless: `\\b(?:flu|covid|a cold|bug|temperature|my back|op|operation|surgery|broken|sprained|tonsillitis|migraine|chicken ?pox)\\b`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b(?:spent|lost|blown|blew|gambled|put|bet) (?:all|most) (?:of )?my (?:pip|benefits?|wages|money|rent(?: money)?|universal credit|uc|pay|savings|pension) (?:on|at) (?:betting|gambling|the bookies|bookies|slots|scratch ?cards|online|the machines|fruit machines)\\b`,
  },
  // A high coming on: the head racing ("100mph" reads "iomph" once its digits are letters and squeezed), and nights
  // without sleep with no tiredness (context-dev-zh).
  {
    id: 'relapse-signs',
    level: 'concern',
    pattern: `\\b(?:head|brain|mind|thoughts) (?:is |are |s )?(?:going|racing|running) (?:at )?(?:iomph|io mph|a mile a minute|a million miles an hour|nineteen to the dozen)\\b|\\b(?:have not|not|never) slept\\b[^.]{0,40}\\b(?:do not|not) (?:even )?(?:feel|feeling) tired\\b`,
  },
  {
    id: 'relapse-signs',
    level: 'concern',
    pattern: `\\bparanoid (?:af|as fuck|as hell|lately|recently|all the time|again|every day|24 ?7)\\b`,
  },
  // Found by dev-50 (twentieth round): days without food counted ("not ate in like 3 days"), drink from lunchtime or
  // by the day, drink to sleep, still afraid an abuser will find them, no better after the crisis team left, nobody
  // left, a pet the only thing keeping them going.
  {
    id: 'not-eating',
    level: 'concern',
    pattern: `\\b(?:not|have not|not really|hardly|barely) (?:ate|eaten|had (?:any )?(?:food|anything to eat)) (?:in|for) (?:like |about |over |nearly )?(?:[0-9]+|two|three|four|five|six|a few|several) days\\b`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b(?:on the|been on the|hitting the) (?:cider|vodka|wine|beer|cans|booze|drink|voddy|gin|whisky|lager) since (?:lunch|breakfast|this morning|midday|noon|i got up|first thing|[0-9]+ (?:am|this morning))\\b|\\b(?:[0-9]+|six|seven|eight|nine|ten|twelve|fifteen|twenty) (?:cans|pints|bottles) (?:a|every|each) day\\b|\\bdrinking (?:just )?to (?:get (?:off )?to sleep|get some sleep|sleep|cope|get through (?:the day|the night|it)|numb|block (?:it|things) out)\\b|\\b(?:in|at|down) the pub by (?:[0-9]+|ten|eleven|twelve|noon|midday|opening)\\b[^.]{0,60}\\b(?:running|in a row|again|every day)\\b`,
  },
  {
    id: 'trauma-or-abuse',
    level: 'concern',
    pattern: `\\b(?:still |always |so )?(?:scared|terrified|frightened|afraid|petrified|worried) (?:that )?(?:he|she|they|my ex|hell|shell|theyll|he will|she will|they will)(?: will| is going to| il)? (?:find|track|come after|turn up for) me\\b`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b(?:crisis team|home treatment team|cpn|hospital|ward)\\b[^.]{0,60}\\b(?:signed|discharged|let) me (?:off|out|go)\\b[^]{0,60}\\b(?:no better|not better|worse than|still feel (?:the same|awful|terrible))\\b|(?:^ |\\. )(?:i have|i have got|i ve got|got) no one(?: left| now| anymore)?(?= \\.| $)`,
  },
  {
    id: 'passive-hopelessness',
    level: 'concern',
    pattern: `\\bif (?:i did not have|it was not for|it were not for) (?:the|my) (?:cat|dog|kids|son|daughter|grandkids|animals|horse|mum|dad|nan|budgie|rabbit)s?\\b[^.]{0,20}\\bi (?:do not know|dont know) what i (?:would|d|might) do\\b`,
  },
  // Found by context-dev-zi and -zj (twenty-first round): fear of a partner's drinking, feeling followed, days
  // indoors counted, a purge day.
  {
    id: 'trauma-or-abuse',
    level: 'concern',
    pattern: `\\b(?:do not|never) feel safe (?:when|around|with) (?:him|her|them|he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend|dad|mum|stepdad))\\b|\\b(?:getting|gets|been getting|get) (?:nasty|violent|aggressive|scary|rough|handy) (?:when|after) (?:he|she|they) (?:drinks|has had a drink|has had a few|is drunk|gets drunk|has been drinking)\\b`,
  },
  {
    id: 'psychosis-distress',
    level: 'concern',
    pattern: `\\bconvinced (?:someone|somebody|people|they|he|she|the neighbours)(?: is| are| s)? (?:following|watching|listening to|after|out to get|poisoning|tracking|spying on) me\\b`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\b(?:not|have not|not been|have not been) (?:left|out of|outside) (?:the|my) (?:house|flat|room|bedroom) (?:in|for) (?:[0-9]+|two|three|four|five|six|seven|ten|a few|several) (?:days|weeks)\\b(?![^.]{0,40}\\b(?:flu|covid|a cold|bug|snow|flood|op|operation|broken|isolating|chicken ?pox|leg|ankle|hip)\\b)`,
  },
  {
    id: 'not-eating',
    level: 'concern',
    pattern: `\\bhad a (?:purge|binge and purge|bad purge) day\\b|\\bpurged (?:again|[0-9]+ times|twice|three times|after (?:every|each|tea|dinner|lunch))\\b`,
  },
  {
    id: 'distress',
    level: 'concern',
    pattern: `\\burges (?:are |is |s )?(?:really |so )?(?:bad|strong|awful|back|mad|unreal|horrendous)\\b|\\bhad (?:the |my |those |some )?urges? (?:again|back)\\b`,
  },
];
