import { describe, expect, it } from 'vitest';
import { classifyInContext } from '../../../../flows/safety/context/classify.js';
import { easesDanger } from '../../../../flows/safety/context/standing.js';
import { canonicalOf } from '../../../../flows/safety/rules/lexicon.js';
import { standingFeatures } from '../../../../flows/safety/model/standing-reader.js';

const last = (messages: string[]) => classifyInContext(messages.slice(0, -1), messages.at(-1) ?? '');

describe('a danger still standing', () => {
  it.each([
    [['ive taken all of my lithium, the whole box', 'what time does the office open tomorrow']],
    [['been saving my tablets', 'got enough now', 'ok thanks']],
    [['got the car running in the garage with the door shut', 'can i have a male mentor']],
    // Only the word model read the earlier text as urgent: its alert went all the same, and nothing since explains it.
    [['got the hose pipe from the shed', 'what time is it']],
    // Nothing since but an acknowledgement of the crisis reply.
    [['bought a rope today', 'ok thanks']],
    [['bought a rope today', 'Cheers x']],
  ])('%j: the texts since leave it standing, with their own reading apart', (messages) => {
    const result = last(messages);
    expect(result).toMatchObject({ level: 'urgent', ask: false });
    expect(result.reasons[0]).toBe('context-danger-standing');
    expect(result.standing).toMatchObject({ level: 'none' });
  });

  it.each([
    // Help came or was called.
    [['ive taken all of my lithium, the whole box', 'rang 999, the ambulance is on its way']],
    // The words explained.
    [['ive taken all of my lithium, the whole box', 'i was just reading it out of a book for my course, sorry']],
    // An everyday reason given since (the learned reader).
    [['bought a rope today', 'its for the goats, they keep getting out of the top field']],
    // Nothing urgent before.
    [['nothing helps anymore', 'can my mentor meet in Taunton?']],
  ])('%j: nothing stands', (messages) => {
    const result = last(messages);
    expect(result.standing).toBeUndefined();
    expect(result.reasons).not.toContain('context-danger-standing');
  });

  it('stands under a text after one only a learned layer read as urgent, known by the alert raised for it', () => {
    const ready = "I'm ready to stop now";
    // The rules and word model alone read it as nothing, so without its alert nothing stands.
    expect(classifyInContext([ready], 'ok thanks').standing).toBeUndefined();
    const result = classifyInContext([{ text: ready, alerted: ['semantic-urgent'] }], 'ok thanks');
    expect(result).toMatchObject({ level: 'urgent', reasons: ['context-danger-standing'] });
    expect(result.standing).toMatchObject({ level: 'none' });
    // Help come since eases it as it does any other.
    const eased = classifyInContext([{ text: ready, alerted: ['semantic-urgent'] }, 'my sister is here now'], 'ok');
    expect(eased.standing).toBeUndefined();
  });

  it('is eased by help come or called, not by help refused or a bare "fine" beside the danger played down', () => {
    for (const text of [
      'called 999',
      'my sister is here now',
      'paramedics are here',
      'it was from a film we watched',
    ]) {
      expect(easesDanger(canonicalOf(text)), text).toBe(true);
    }
    for (const text of ['dont call 999', 'no ambulance please', 'ill sleep it off, im fine', 'anyway next question']) {
      expect(easesDanger(canonicalOf(text)), text).toBe(false);
    }
  });

  it('weighs the urgent text, its reasons and the texts since, each once', () => {
    const features = standingFeatures({ canonical: 'bought a rope', reasons: ['method-hanging', 'model:rope'] }, [
      'for the goats',
      'for the goats',
    ]);
    expect(features).toContain('r:method-hanging');
    expect(features).not.toContain('r:model:rope');
    expect(features).toContain('u:rope');
    expect(features).toContain('s:goats');
    expect(new Set(features).size).toBe(features.length);
  });
});
