// Urgent rules for wishing to be dead, active or passive ("I want to die", "wish I wouldn't wake up").
// 7 Cups and Samaritans treat passive and active wishes alike, so both are urgent here.

import type { Rule } from './rule.js';
import { alt, gap } from '../vocabulary/pattern.js';

const DEATH_STATE = alt(
  'die',
  'be dead',
  'not exist',
  'stop existing',
  'not be alive',
  'not be here',
  'not be here anymore',
  // Not "disappear into a good book" or "disappear for the weekend".
  'disappear(?! into| for (?:a|the|an) (?!while))',
  'vanish',
  'sleep forever',
  'go to sleep forever',
  'go to sleep and (?:not|never) wake up',
  'be with [a-z]+ in heaven',
  'be in (?:a|my|the) (?:grave|coffin|graveemoji|coffinemoji)',
  'be gone',
  'not be around',
  'not wake up',
);

const GO_ON = alt(
  'live',
  'be alive',
  'be here',
  'exist',
  'wake up',
  'go on',
  'carry on',
  'keep going',
  'be around',
  'continue',
  'stay alive',
  'keep living',
  'survive',
);

export const DEATH_WISH_RULES: readonly Rule[] = [
  // Wishing to be dead, including passive wishes (7 Cups and Samaritans treat passive and active alike).
  {
    id: 'death-wish',
    level: 'urgent',
    negatable: true,
    past: 'past-suicidal-thoughts',
    pattern: `\\b${alt('want', 'wants', 'wanted', 'wanting', 'need', 'ready', 'deserve', 'deserved', 'going', 'trying', 'tempted', 'about', 'longing', 'desperate')} to (?:just )?${DEATH_STATE}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    past: 'past-suicidal-thoughts',
    pattern: `\\bwish (?:that )?i ${alt('was', 'were', 'had', 'could', 'would', 'did', 'had just', 'could just', 'would just', 'had never', 'would not', 'did not', 'could have', 'just')} (?:just )?${alt('dead', 'die', 'died', 'gone', 'never born', 'never been born', 'not been born', 'disappear', 'vanish', 'not wake up', 'never wake up', 'wake up', 'woken up', 'not here', 'not alive', 'not exist', 'exist', 'cease to exist', '(?:6|six) ?(?:ft|feet|foot) under', 'in my grave')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\bbetter off ${alt('dead', 'gone', 'not here', 'not around', 'not alive', 'without me', 'if i was (?:dead|gone|not here)', 'if i were (?:dead|gone|not here)')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b${alt('world', 'everyone', 'everybody', 'everything', 'life', 'they', 'family')} ${alt('would be', 'will be', 'is', 'are')} better without me\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b(?:do not|never|not) (?:really |even )?${alt('want', 'wish', 'feel like i want', 'see the point', 'see any point', 'see a reason', 'know (?:how|if|why) i (?:can|should|want to)')} (?:to |in )?${GO_ON}\\b(?! ${alt('with\\b', 'the\\b', 'answering', 'talking', 'chatting', 'this (?:chat|conversation)', 'now\\b', 'today', 'yet', 'without', 'on my own', 'for (?!much|long|any|ever|good)', 'at (?:the|this|that|work)', 'in (?:the|this|that) (?:group|room|meeting|queue|waiting room)')})`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\bnot sure (?:if |that |whether )?i ${alt('want', 'can')} (?:to )?${GO_ON}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b(?:cannot|could not|unable to|not able to) ${alt('go on living', 'carry on living', 'keep living', 'live like this', 'live with (?:this|myself|my self)', 'face (?:another day|tomorrow|living|life)', 'take (?:it|this|any) ?(?:anymore|any more|much more|any longer)', 'stay alive', 'be alive', 'exist like this')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b(?:cannot|could not|unable to|not able to) ${alt('go on', 'carry on', 'keep going', 'do this', 'hold on', 'take it', 'take this', 'keep fighting', 'fight it')} ${alt('anymore', 'any more', 'any longer', 'much longer', 'like this')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b(?:do not|not) know how (?:much )?(?:longer|long) i can ${alt('go on', 'carry on', 'keep going', 'cope', 'do this', 'hold on', 'last', 'keep fighting', 'take it')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b${alt('no (?:reason|point|will|purpose) (?:for me )?(?:in |to |for )?', 'nothing (?:left )?to', 'not worth', '(?:what is|wat is|wots) the point (?:in |of )?(?:even )?', 'why (?:should|would|do) i (?:even )?(?:bother )?(?:to )?')}${alt('live', 'living', 'be alive', 'being alive', 'go on', 'going on', 'carry on', 'carrying on', 'keep going', 'stay alive', 'staying alive', 'exist', 'existing', 'wake up', 'waking up', 'live for', 'being here', 'be here', 'life')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\blife (?:is not|is no longer|not|is) ${alt('worth living', 'worth it', 'worth anything', 'not worth living', 'over', 'finished')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b${alt('tired', 'sick', 'exhausted', 'done', 'finished', 'fed up', 'had enough', 'have had enough')} (?:of|with) ${alt('living', 'life', 'being alive', 'existing', 'this life', 'my life', 'fighting to stay alive', 'being here')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b${alt('hope', 'hoping', 'wish', 'wishing', 'want', 'wanting', 'pray', 'praying', 'rather', 'prefer', 'sleep and', 'sleep forever and', 'go to sleep and', 'fall asleep and', 'nice if i', 'easier if i', 'better if i')}${gap(3)} ${alt('not', 'never', 'did not', 'would not', 'will not', 'do not')} (?:to )?(?:wake|woke) up\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b${alt('easier', 'better')} (?:for everyone )?if i ${alt('was', 'were')} (?:just )?${alt('dead', 'gone', 'not here', 'not around', 'never born')}\\b`,
  },
  { id: 'death-wish', level: 'urgent', pattern: `\\bmy life is ${alt('over', 'finished', 'done', 'not worth')}\\b` },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b(?:i would|i d|would) rather ${alt('be dead', 'die', 'not exist', 'not be here', 'not be alive', 'not wake up')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b${alt('no one', 'noone', 'nobody', 'no body', 'none of them', 'they', 'you', 'anyone')} ${alt('would', 'will', 'wouldnt', 'would not', 'will not')} (?:even )?${alt('miss me', 'notice (?:if|when) i', 'care (?:if|when) i', 'be sad (?:if|when) i', 'notice i (?:was|am) gone')}\\b`,
  },
  // The same question with the harm first: "if I stop my lithium will anyone even notice".
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\bif i ${alt('stop', 'stopped', 'come off', 'came off', 'quit')} (?:taking )?(?:all )?my [a-z]+ (?:${alt('tablets', 'meds', 'medication', 'pills')} )?${alt('would', 'will')} ${alt('anyone', 'anybody', 'they', 'you', 'people')} (?:even )?${alt('notice', 'care')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\bpoint (?:in |of |to )?${alt('living', 'being alive', 'life', 'going on', 'carrying on', 'existing', 'being here', 'staying alive', 'live', 'be alive', 'keep living')}\\b`,
  },
  { id: 'death-wish', level: 'urgent', pattern: `\\b${alt('die', 'dying', 'pass away')} in my sleep\\b` },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b(?:hope|hoping|pray|praying) (?:that )?i (?:just )?${alt('die', 'do not wake', 'never wake', 'get hit by', 'do not make it', 'am dead', 'will die')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b${alt('better', 'happier', 'easier', 'best', 'lighter')} (?:off )?(?:for (?:everyone|them|all|everybody) )?${alt('without me', 'if i (?:was|were|am|was just) (?:not|no longer|never) (?:here|around|alive|born|in their lives)', 'if i (?:was|were) (?:dead|gone)', 'when i am gone')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b(?:cannot|can not|could not|no longer|do not) (?:be bothered|want|have the energy|have the strength) (?:to |with )?${alt('live', 'living', 'life', 'being alive', 'existing', 'exist', 'stay alive', 'keep living')}\\b`,
  },
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `\\b${alt('no way', 'not going to', 'will not', 'do not think i will', 'do not think i can', 'cannot', 'not sure i will', 'not sure i can')} (?:i am |i will )?${alt('get', 'getting', 'make it', 'making it', 'survive', 'surviving', 'last', 'lasting', 'see')} (?:through )?${alt('tonight', 'the night', 'today', 'the weekend', 'another day', 'tomorrow', 'the morning', 'christmas')}\\b`,
    // "can't make it today, kids are off with a bug": not coming, not surviving.
    unless: `\\bmake it (?:today|tomorrow|tonight)\\b[^]*\\b${alt('sorry', 'group', 'session', 'meeting', 'appointment', 'work', 'class', 'kids?', 'bug', 'ill', 'poorly', 'sick', 'cold', 'flu', 'bus', 'train', 'lift', 'traffic', 'busy', 'tied up', 'another day', 'rearrange', 'reschedule', 'next week', 'off school')}\\b|\\b${alt('sorry', 'kids?', 'bug', 'ill', 'poorly', 'sick', 'busy', 'off school', 'cold', 'flu')}\\b[^]*\\bmake it (?:today|tomorrow|tonight)\\b`,
  },
  { id: 'death-wish', level: 'urgent', pattern: `\\bmy (?:own )?funeral\\b` },
  { id: 'death-wish', level: 'urgent', pattern: `\\b(?:graveemoji|coffinemoji)\\b` },
  // Plainer wishes from the varied tuning lines (issue 18).
  { id: 'death-wish', level: 'urgent', negatable: true, pattern: `\\bnothing (?:left )?to live for\\b` },
  { id: 'death-wish', level: 'urgent', negatable: true, pattern: `\\b(?:i |just )?feel like dying\\b` },
  { id: 'death-wish', level: 'urgent', negatable: true, pattern: `\\b(?:i )?want to (?:dye|die)\\b(?! my hair| it)` },
  { id: 'death-wish', level: 'urgent', negatable: true, pattern: `\\bgiv(?:e|ing) up on (?:life|living)\\b` },
  {
    id: 'death-wish',
    level: 'urgent',
    negatable: true,
    pattern: `\\b(?:time (?:i|to) join(?:ed)?|want to join|going to join|ready to join) (?:my (?:late )?${alt('brother', 'sister', 'mum', 'dad', 'son', 'daughter', 'wife', 'husband', 'nan', 'grandad', 'partner', 'baby')}|him|her)\\b(?! (?:at|for|in|on|when) )`,
  },
  // A plea to be let go, as the whole of what is said (dev-51): "please just let me go".
  {
    id: 'death-wish',
    level: 'urgent',
    pattern: `^ (?:please )?(?:just )?let me go(?: now| please)?(?: \\.)? $|\\bplease just let me go(?= \\.| $)`,
  },
];
