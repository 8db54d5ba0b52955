import { describe, expect, it } from 'vitest';
import type { PeopleLookup, PersonEntry } from '../../src/model/deskData';
import { cleanQuestion, understandQuestion } from '../../src/answer/understandQuestion';

const stoltenberg: PersonEntry = { name: 'Jens Stoltenberg', aliases: ['Jens Stoltenberg', 'Stoltenberg'], roles: ['NATO Secretary General'] };
const blinken: PersonEntry = { name: 'Antony Blinken', aliases: ['Antony Blinken', 'Blinken'], roles: ['Secretary of State'] };
const zelenskyy: PersonEntry = { name: 'Volodymyr Zelenskyy', aliases: ['Volodymyr Zelenskyy', 'Zelenskyy'], roles: ['President'] };
const everyone = [stoltenberg, blinken, zelenskyy];
const people: PeopleLookup = {
  people: everyone,
  lookup: (m) => {
    const t = m.toLowerCase();
    return everyone.find((p) => p.aliases.some((a) => a.toLowerCase() === t) || p.roles.some((r) => r.toLowerCase() === t));
  },
  canonical: (n) => n,
};
const options = { people, outlets: ['NPR', 'USA Today', 'The Washington Times'] };

describe('understandQuestion', () => {
  it.each([
    ['what did Stoltenberg say', stoltenberg, ''],
    ['What did Jens Stoltenberg say about withdrawal?', stoltenberg, 'withdrawal'],
    ['what has Blinken said on sanctions', blinken, 'sanctions'],
    ['quotes from Zelenskyy', zelenskyy, ''],
    ['what did Stoltenburg say', stoltenberg, ''],
    ['what did zelensky say', zelenskyy, ''],
  ])('%j asks for a person’s quotations', (question, person, topic) => {
    const q = understandQuestion(question, options);
    expect(q.intent).toBe('what-said');
    expect(q.person?.name).toBe(person.name);
    expect(q.topic).toBe(topic);
  });

  it.each([
    ['did blinken mention the invasion', blinken, 'the invasion'],
    ['has Stoltenberg discussed the battlegroups', stoltenberg, 'the battlegroups'],
    ['did zelenskyy bring up the flag', zelenskyy, 'the flag'],
    ['did Blinken say how many troops Russia added', blinken, 'how many troops Russia added'],
    ['did stoltenberg say whether nato would respond', stoltenberg, 'whether nato would respond'],
    ["what's Stoltenberg's take on the pullback", stoltenberg, 'the pullback'],
    ["what is Blinken's view of the resolution", blinken, 'the resolution'],
    ["Zelenskyy's reaction to the drills", zelenskyy, 'the drills'],
    // "after"/"before" named the occasion; the question fell to a plain search led by other people's sentences.
    ['what did stoltenberg say after the meeting', stoltenberg, 'the meeting'],
    ['what did Blinken say before the vote', blinken, 'the vote'],
    ['did zelenskyy say anything following the drills', zelenskyy, 'the drills'],
  ])('%j asks for a person’s statements on a topic, in chat’s other forms', (question, person, topic) => {
    const q = understandQuestion(question, options);
    expect(q.intent).toBe('what-said');
    expect(q.person?.name).toBe(person.name);
    expect(q.topic).toBe(topic);
  });

  it('leaves a role for the answer to resolve, which weighs every holder of it (not the registry’s one exact title)', () => {
    expect(understandQuestion('what did the NATO secretary general say', options)).toMatchObject({ intent: 'what-said', person: null, subject: 'NATO secretary general' });
  });

  it('keeps an unknown or unnamed subject as words', () => {
    expect(understandQuestion('what did Xi Jinping say about Taiwan', options)).toMatchObject({ intent: 'what-said', person: null, subject: 'Xi Jinping', topic: 'Taiwan' });
    expect(understandQuestion('what did the senior administration official say', options)).toMatchObject({ person: null, subject: 'senior administration official' });
  });

  it.each([
    ['who said "we remain in the window"', 'who-said'],
    ['how many troops has Russia massed near Ukraine', 'how-many'],
    ['what percentage of Americans expect war', 'how-many'],
    ['when does the conference start', 'when'],
    ['where are the ministers meeting', 'where'],
    ['cyberattack on banks', 'general'],
  ])('%j is a %s question', (question, intent) => {
    expect(understandQuestion(question, options).intent).toBe(intent);
  });

  it('takes the quoted words of a who-said question', () => {
    expect(understandQuestion('who said “we remain in the window”?', options).quoted).toBe('we remain in the window');
  });

  describe('follow-ups', () => {
    const context = { question: 'what did Stoltenberg say', speaker: 'Jens Stoltenberg', topic: '', intent: 'what-said' as const, shown: ['a:1:0'] };

    it('resolves "he" to the previous speaker and skips what was shown', () => {
      expect(understandQuestion('what else did he say', { ...options, context })).toMatchObject({
        intent: 'what-said', person: stoltenberg, excludeShown: true, followUp: true,
      });
    });

    it('switches person with "what about X?"', () => {
      expect(understandQuestion('what about Blinken?', { ...options, context })).toMatchObject({ intent: 'what-said', person: blinken });
    });

    it('switches to an office with "what about the Kremlin?", but keeps the person for a country', () => {
      expect(understandQuestion('what about the Kremlin?', { ...options, context })).toMatchObject({ intent: 'what-said', person: null, subject: 'Kremlin' });
      expect(understandQuestion('what about Russia?', { ...options, context })).toMatchObject({ person: stoltenberg, topic: 'Russia' });
    });

    it('keeps the person and changes topic with "what about <topic>?"', () => {
      expect(understandQuestion('what about sanctions?', { ...options, context })).toMatchObject({ person: stoltenberg, topic: 'sanctions' });
    });

    it('limits to an outlet with "and what did NPR report?"', () => {
      expect(understandQuestion('and what did NPR report?', { ...options, context })).toMatchObject({ outlet: 'NPR', intent: 'what-said', person: stoltenberg });
    });
  });

  it('cleans mentions, markdown and invisible characters out of a question', () => {
    expect(cleanQuestion('<@123> **what** did\u200b ||Putin|| say? @everyone')).toBe('what did Putin say? @everyone');
  });

  it('never takes a nickname of the registry ("Crooked Hillary") for a first name asked alone, typed right or not', () => {
    const clinton: PersonEntry = { name: 'Hillary Clinton', aliases: ['Hillary Clinton', 'Clinton'], roles: [] };
    const nickname: PersonEntry = { name: 'Crooked Hillary', aliases: ['Crooked Hillary', 'Hillary'], roles: [] };
    const both = [clinton, nickname];
    const registry: PeopleLookup = {
      people: both,
      lookup: (m) => both.find((p) => p.aliases.some((a) => a.toLowerCase() === m.toLowerCase())),
      canonical: (n) => n,
    };
    for (const question of ['what did hillary say', 'what did hilary say']) {
      expect(understandQuestion(question, { people: registry, outlets: [] }).person?.name, question).not.toBe('Crooked Hillary');
    }
    expect(understandQuestion('what did Crooked Hillary say', { people: registry, outlets: [] }).person?.name).toBe('Crooked Hillary');
  });
});
