/**
 * "What did X tweet / post / write" (issue #14): the speaker's statements made in that medium
 * come first; the others follow, and a topic word such as "post" is not a medium.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { listenerAsked, mediumAsked } from '../../src/answer/statementMedium';
import { deskFrom } from '../claims/support';

const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha News',
      published: '2022-02-16',
      body: [
        'Senator Maria Lopez spoke at a rally in Denver on Monday.',
        '“We will fix the roads in every county,” Lopez said.',
        '“The budget is balanced for the first time in years,” Lopez told reporters.',
        'Lopez later wrote:',
        '“The rally was the biggest this state has ever seen.”',
      ].join('\n\n'),
    },
    {
      outlet: 'Beta Times',
      published: '2022-02-15',
      body: [
        'Senator Maria Lopez held a town hall in Pueblo.',
        '“Our schools need more teachers,” Lopez tweeted on Sunday.',
        '“The post office in Pueblo must stay open,” Lopez said at the town hall.',
        'In a letter to the governor, Lopez wrote that the bridge “is a danger to every driver.”',
      ].join('\n\n'),
    },
  ]),
);

const texts = (q: string) => desk.ask(q).answers.map((a) => a.text);

describe('what did X tweet / write', () => {
  it('ranks the posts first, then the other statements', () => {
    const answers = texts('what did lopez tweet');
    expect(answers[0]).toBe('“Our schools need more teachers,” Lopez tweeted on Sunday.');
    expect(answers.length).toBe(texts('what did lopez say').length);
  });

  it('ranks written statements first for "write", the letter among them', () => {
    const answers = texts('what did lopez write');
    expect(answers.slice(0, 3).some((t) => t.includes('In a letter to the governor'))).toBe(true);
    expect(answers.slice(0, 3).every((t) => /letter|tweeted|rally was/.test(t))).toBe(true);
  });

  it('reads the medium from the verb only, not from the topic or the name', () => {
    expect(mediumAsked('what did  say on twitter')).toBe('posts');
    expect(mediumAsked('what did  tweet')).toBe('posts');
    expect(mediumAsked('what did  write')).toBe('writing');
    expect(mediumAsked('what did  say about')).toBeNull();
    expect(texts('what did lopez say about the post office')[0]).toContain('post office in Pueblo');
  });
});

describe('what did X tell <someone>', () => {
  const told = createDesk(
    deskFrom([
      {
        outlet: 'Gamma Post',
        published: '2022-02-16',
        body: [
          'Secretary of State Antony Blinken gave several interviews on Wednesday.',
          '“There is a difference between what Russia says and what it does,” Blinken said on ABC.',
          '“We continue to see forces moving toward the border,” Blinken told NBC News.',
          '“The door to diplomacy remains open,” Blinken said at a press conference.',
        ].join('\n\n'),
      },
    ]),
  );
  const asked = (q: string) => told.ask(q).answers.map((a) => a.text);

  it('ranks what they told that listener first, and drops nothing', () => {
    const answers = asked('what did blinken tell nbc');
    expect(answers[0]).toContain('told NBC News');
    expect(answers.length).toBe(asked('what did blinken say').length);
    expect(asked('what did the secretary of state tell nbc')[0]).toContain('told NBC News');
  });

  it('reads no listener from an audience anyone is told, or a topic', () => {
    expect(listenerAsked('what did  tell reporters')).toBeNull();
    expect(listenerAsked('what did  tell fox news')).toBe('fox news');
    expect(listenerAsked('what did  say about')).toBeNull();
  });
});
