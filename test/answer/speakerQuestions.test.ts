/**
 * Speaker questions the way people ask them (issue #14), on small built desks: a speaker by
 * role or organisation, by first name, a look-alike name refused, a topic none of the
 * statements is about, the casual forms, and "what else did he say" after everything was shown.
 */
import { roleTokens } from '../../src/answer/roleWords';
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { mentionedDesk, speakersDesk } from './speakerDesks';
import { deskFrom } from '../claims/support';

const desk = createDesk(speakersDesk());
const speakers = (question: string) => desk.ask(question).answers.map((a) => a.speaker);

describe('speakers by role', () => {
  it.each([
    ['what did the NATO chief say', 'Jens Stoltenberg'],
    ['what did the head of NATO say', 'Jens Stoltenberg'],
    ["what did Ukraine's president say", 'Volodymyr Zelenskyy'],
    ['what did the Ukrainian leader say', 'Volodymyr Zelenskyy'],
    ['what did the British defense secretary say', 'Ben Wallace'],
    ['what did the UK defence secretary say', 'Ben Wallace'],
    ['what did the Kremlin spokesperson say', 'Dmitry Peskov'],
  ])('%j is %s', (question, name) => {
    const result = desk.ask(question);
    expect(result.answers.length).toBeGreaterThan(0);
    expect(new Set(result.answers.map((a) => a.speaker))).toEqual(new Set([name]));
    expect(result.context.speaker).toBe(name);
  });

  it('does not give a role to someone whose office differs (former, another country)', () => {
    expect(speakers('what did the secretary of state say')).toEqual([]); // only a former one is in the corpus
    expect(speakers("what did Russia's president say")).toEqual([]);
    expect(speakers('what did the German defence secretary say')).toEqual([]);
  });
});

describe('organisations as speakers', () => {
  it('answers the Kremlin with its own statements and its spokesman’s', () => {
    expect(new Set(speakers('what did the Kremlin say'))).toEqual(new Set(['the Kremlin', 'Dmitry Peskov']));
  });

  it('reads an unnamed source by the head of its description: "the speaker of the house" is no house', () => {
    const withHouse = createDesk(deskFrom([{ outlet: 'Alpha News', body: '“We remain in the window,” the White House said on Wednesday.' }]));
    expect(withHouse.ask('what did the White House say').answers.map((a) => a.speaker)).toEqual(['the White House']);
    const result = withHouse.ask('what did the speaker of the house say');
    expect(result.answers).toEqual([]);
    expect(result.note).toBe('No statements by the speaker of the house in the corpus.');
  });

  it('takes a country or its capital for its government, in chat forms too', () => {
    for (const question of ['what did Moscow say', 'what did russia say', 'kremlin quotes', 'moscow on the exercises']) {
      expect(new Set(speakers(question)), question).toEqual(new Set(['the Kremlin', 'Dmitry Peskov']));
    }
    // Another country's capital is not Russia's government: it is its own country's officials.
    expect(speakers('what did Kyiv say')).toEqual(['Volodymyr Zelenskyy']);
    expect(desk.ask('sanctions on russia').intent).toBe('general');
  });

  it('takes "the ministry said" for the ministry the article named just before, in either spelling', () => {
    for (const question of ["what did Russia's defence ministry say", 'what did the Russian Defense Ministry say']) {
      const result = desk.ask(question);
      expect(result.answers.map((a) => a.text)).toEqual(['“Units of the Southern Military District are loading onto trains,” the ministry said.']);
    }
    expect(speakers("what did Ukraine's defence ministry say")).toEqual([]);
  });

  it('takes bare "officials said" for the officials the article named last, not any country it named', () => {
    const d = createDesk(deskFrom([{
      outlet: 'Alpha News',
      body: [
        'Late last week, U.S. officials sharply escalated warnings about the situation in Ukraine.',
        'Speaking on condition of anonymity, officials said that an invasion was possible at any point this week.',
        'Ukrainian officials said they were awaiting concrete evidence of Russian withdrawals.',
        'But officials said the talks would go on.',
        'In Ukraine, where people waved flags in the streets, the government said the country was calm.',
      ].join('\n\n'),
    }]));
    const texts = (q: string) => d.ask(q).answers.map((a) => a.text);
    // "But officials said" opens its sentence with a capital, and is still the Ukrainian officials named just before.
    expect(texts('what did ukrainian officials say')).toEqual([
      'Ukrainian officials said they were awaiting concrete evidence of Russian withdrawals.',
      'But officials said the talks would go on.',
    ]);
    // With no named mention of the head before it, the words named anywhere around it will do.
    expect(texts('what did the government of ukraine say')).toContain('In Ukraine, where people waved flags in the streets, the government said the country was calm.');
    expect(texts('what did us officials say')).toContain('Speaking on condition of anonymity, officials said that an invasion was possible at any point this week.');
  });

  it('takes a country asked alone, or its government, for its officials as the corpus introduces them', () => {
    for (const question of ['what did the UK say', 'what did the british say', 'what did britain say', 'what did the British government say', 'what did the brits say']) {
      expect(new Set(speakers(question)), question).toEqual(new Set(['Ben Wallace']));
    }
    // Two US officials: the US is its government, not a role several people hold.
    const us = createDesk(deskFrom([{
      outlet: 'Alpha News',
      body: [
        'U.S. Ambassador to NATO Julie Smith spoke in Brussels.',
        '“We have seen no withdrawal at all,” Smith said.',
        'U.S. Secretary of State Antony Blinken spoke in Washington.',
        '“The troops are still at the border,” Blinken said.',
      ].join('\n\n'),
    }]));
    for (const question of ['what did the US say', 'what did the americans say']) {
      expect(new Set(us.ask(question).answers.map((a) => a.speaker)), question).toEqual(new Set(['Julie Smith', 'Antony Blinken']));
    }
  });

  it('takes a ministry "in Moscow" for Russia\'s, and a country\'s military for its defence ministry', () => {
    const expected = ['“Units of the Southern Military District are loading onto trains,” the ministry said.'];
    for (const question of ['what did the defence ministry in moscow say', 'what did the russian military say', 'what did the russian army say']) {
      expect(desk.ask(question).answers.map((a) => a.text), question).toEqual(expected);
    }
    expect(speakers('what did the ukrainian military say')).toEqual([]);
  });

  it('reads "the <organisation> of <country>" and chat shorthand as the same organisation', () => {
    const expected = ['“Units of the Southern Military District are loading onto trains,” the ministry said.'];
    for (const question of ['what did the defence ministry of Russia say', 'what did the defense ministry of russia say']) {
      expect(desk.ask(question).answers.map((a) => a.text)).toEqual(expected);
    }
    expect(speakers('what did the defence ministry of Ukraine say')).toEqual([]);
    expect(roleTokens('the govt of Ukraine')).toEqual(roleTokens('the government of Ukraine'));
    expect(roleTokens('the state dept')).toEqual(roleTokens('the State Department'));
  });
});

describe('a role of another country is not theirs', () => {
  // One outlet calls the US Secretary of State "Foreign Minister Blinken"; a White House press
  // secretary is nobody's spokesperson in London ("Whitehall" is no prefix of "White House").
  const abroad = createDesk(
    deskFrom([
      {
        outlet: 'Alpha News',
        title: 'Foreign Minister Blinken: Important Unit Towards Border',
        body: [
          'US Secretary of State Antony Blinken spoke in Washington.',
          '“There is no meaningful pullback,” Blinken said.',
          'Foreign Minister Blinken also met allies.',
          'White House press secretary Jen Psaki briefed reporters.',
          '“We remain in the window,” Psaki said.',
          'Ukrainian officials expressed skepticism, saying they want to see evidence of the pullback.',
          '“We will defend our land,” the Ukrainian government said.',
        ].join('\n\n'),
      },
    ]),
  );
  const who = (question: string) => abroad.ask(question).answers.map((a) => a.speaker);

  it('does not take a nationality the person never carries for theirs', () => {
    expect(who('what did the foreign minister say')).toContain('Antony Blinken');
    expect(who("what did ukraine's foreign minister say")).toEqual([]);
    expect(who('what did the russian foreign minister say')).toEqual([]);
    expect(who('what did the us secretary of state say')).toContain('Antony Blinken');
  });

  it('names, without answering for them, those holding the role with no country printed', () => {
    const result = abroad.ask('what did the russian press secretary say');
    expect(result.answers).toEqual([]);
    expect(result.note).toBe('No statements by the russian press secretary in the corpus. It names Jen Psaki for that role without a country: ask by name if that is who you mean.');
    // A role printed with another country is not offered.
    expect(abroad.ask('what did the russian secretary of state say').note).toBe('No statements by the russian secretary of state in the corpus.');
  });

  it('takes no one for a government whose capital merely shares letters with a role', () => {
    expect(who('what did the british say')).toEqual([]);
    expect(who('what did britain say')).toEqual([]);
  });

  it('reads a plural nationality as its country', () => {
    expect(who('what did the ukrainians say')).toContain('the Ukrainian government');
  });
});

describe('an organisation named after a preposition is not the speaker', () => {
  it('leaves out "both candidates for the White House" and "a letter to the FBI"', () => {
    const orgs = createDesk(
      deskFrom([
        {
          outlet: 'Alpha News',
          body: [
            '“We remain in the window,” the White House said.',
            '“The race is close,” White House officials said.',
            '“We need a fair count,” both candidates for the White House said.',
            '“The review is complete,” the FBI said.',
            '“The review was rushed,” a letter Friday to the FBI said.',
          ].join('\n\n'),
        },
      ]),
    );
    const texts = (question: string) => orgs.ask(question).answers.map((a) => a.text);
    expect(texts('what did the white house say').sort()).toEqual(['“The race is close,” White House officials said.', '“We remain in the window,” the White House said.']);
    expect(texts('what did the fbi say')).toEqual(['“The review is complete,” the FBI said.']);
  });
});

describe('a role asked in the plural', () => {
  it('finds the people who hold it ("the residents": "said resident Olena Tkachova")', () => {
    const residents = createDesk(deskFrom([{ outlet: 'Alpha News', body: '“This flag shows we stand for a united Ukraine,” said resident Olena Tkachova.\n\nThe flag was unfolded at noon.' }]));
    const result = residents.ask('what did the residents say');
    expect(result.answers.map((a) => a.speaker)).toEqual(['Olena Tkachova']);
  });
});

describe('a first name printed alone with a role', () => {
  it('is the person of that role with that first name, not a second holder of it', () => {
    const alone = createDesk(
      deskFrom([
        {
          outlet: 'Alpha News',
          body: ['Russian President Vladimir Putin spoke on Tuesday.', '“We do not want war,” Putin said.', '“It is over,” said Russian President Vladimir.'].join('\n\n'),
        },
      ]),
    );
    const result = alone.ask('what did the russian president say');
    expect(result.note).toBeUndefined();
    expect(new Set(result.answers.map((a) => a.speaker))).toEqual(new Set(['Vladimir Putin']));
  });
});

describe('unnamed sources are not anyone with the same title', () => {
  const unnamed = createDesk(
    deskFrom([
      {
        outlet: 'Alpha News',
        body: [
          '“We will not pay for the wall,” the Mexican president said.',
          '“The numbers are strong,” his campaign manager said.',
          '“Sales are up,” a Coca-Cola spokesman said.',
          '“We are confident,” Trump’s campaign manager said.',
        ].join('\n\n'),
      },
    ]),
  );
  const texts = (question: string) => unnamed.ask(question).answers.map((a) => a.text);

  it('keeps the country and the possessor the question gives', () => {
    expect(texts('what did the mexican president say')).toEqual(['“We will not pay for the wall,” the Mexican president said.']);
    expect(texts('what did the russian president say')).toEqual([]);
    expect(texts("what did trump's campaign manager say")).toEqual(['“We are confident,” Trump’s campaign manager said.']);
    expect(texts("what did clinton's spokesman say")).toEqual([]);
    expect(texts('what did the campaign manager say')).toHaveLength(2);
  });
});

describe('names', () => {
  it('takes a first name the corpus makes unambiguous', () => {
    expect(speakers('what did Hillary say')).toEqual(['Hillary Clinton']);
  });

  it('keeps misspellings working', () => {
    expect(speakers('what did Stoltenburg say')).toEqual(['Jens Stoltenberg', 'Jens Stoltenberg']);
  });

  it('never answers a person the corpus does not have with a look-alike name', () => {
    const result = desk.ask('what did Emmanuel Macron say');
    expect(result.answers).toEqual([]);
    expect(result.note).toBe('No statements by Emmanuel Macron in the corpus.');
    expect(speakers('what did Emmanuel say')).toEqual([]);
  });

  it('names an absent speaker typed in lowercase as typed, and a description with its article', () => {
    expect(desk.ask('what did narnia say').note).toBe('No statements by narnia in the corpus.');
    expect(desk.ask('what did jill biden say').note).toBe('No statements by jill biden in the corpus.');
    expect(desk.ask('what did finance minister say').note).toBe('No statements by the finance minister in the corpus.');
  });

  it('says a person named in the corpus has no statements', () => {
    const result = createDesk(mentionedDesk()).ask('what did Macron say');
    expect(result.answers).toEqual([]);
    expect(result.note).toBe('Emmanuel Macron is mentioned in the corpus but has no statements in it.');
  });
});

describe('topics', () => {
  it('ranks the statements about the topic first', () => {
    const result = desk.ask('what did Stoltenberg say about dialogue');
    expect(result.answers[0]!.text).toContain('ready for dialogue');
    expect(result.note).toBeUndefined();
  });

  it('says when none is about the topic and offers the others', () => {
    const result = desk.ask('what did Stoltenberg say about bananas');
    expect(result.note).toBe('None of Jens Stoltenberg’s statements in the corpus is about bananas; here are all 2 instead.');
    expect(result.answers.map((a) => a.speaker)).toEqual(['Jens Stoltenberg', 'Jens Stoltenberg']);
  });
});

describe('question forms', () => {
  it.each([
    ['Stoltenberg quotes?', ''],
    ['stoltenberg quotes?', ''],
    ["stoltenburg's remarks about dialogue", 'dialogue'],
    ["Stoltenberg's remarks about dialogue", 'dialogue'],
    ['Stoltenberg on dialogue?', 'dialogue'],
    ['anything from Stoltenberg?', ''],
    ["what's Stoltenberg been saying", ''],
    ['whats Stoltenberg been saying', ''],
    ['did Stoltenberg say anything about dialogue', 'dialogue'],
    ['has Stoltenberg commented on dialogue', 'dialogue'],
    ['what did Stoltenberg tweet', ''],
    ['what did Stoltenberg post', ''],
    ['what did Stoltenberg write', ''],
    ['what did Stoltenberg tell reporters', ''],
    ['what did Stoltenberg tell reporters about dialogue', 'dialogue'],
    ['stoltenberg on dialogue', 'dialogue'],
    ['stoltenberg?', ''],
    ['Jens Stoltenberg', ''],
    ['from stoltenburg', ''],
  ])('%j asks for his statements', (question, topic) => {
    const result = desk.ask(question);
    expect(result.intent).toBe('what-said');
    expect(result.answers.map((a) => a.speaker)).toEqual(['Jens Stoltenberg', 'Jens Stoltenberg']);
    if (topic) expect(result.answers[0]!.text).toContain(topic);
  });

  it('leaves topic questions with "on" alone', () => {
    expect(desk.ask('sanctions on Russia').intent).toBe('general');
    expect(desk.ask('famous quotes').intent).toBe('general');
  });

  it('takes a bare word for a topic unless it names someone with statements', () => {
    expect(desk.ask('withdrawal').intent).toBe('general');
    expect(desk.ask('brussels?').intent).toBe('general');
    // Mentioned, with no statements: the sentence about him answers, not "no statements by".
    const macron = createDesk(mentionedDesk()).ask('macron');
    expect(macron.intent).toBe('general');
    expect(macron.answers[0]?.text).toContain('Emmanuel Macron will travel');
  });
});

describe('follow-ups', () => {
  it('says that was all after every statement was shown, not that there are none', () => {
    const first = desk.ask('what did Stoltenberg say');
    expect(first.answers).toHaveLength(2);
    const next = desk.ask('what else did he say', { context: first.context });
    expect(next.answers).toEqual([]);
    expect(next.note).toBe('That was all 2 statements by Jens Stoltenberg in the corpus. Ask about another topic, another speaker, or one outlet.');
    expect(next.context.speaker).toBe('Jens Stoltenberg');
  });

  it('takes the short chat forms of "what else did he say" after a speaker’s statements', () => {
    const first = desk.ask('what did the NATO chief say', { limit: 1 });
    for (const next of ['anything else?', 'what else', 'more', 'and?', 'tell me more', 'go on']) {
      const result = desk.ask(next, { context: first.context });
      expect(result.answers.map((a) => a.text), next).toEqual(['“NATO remains ready for dialogue with Moscow,” he added.']);
      expect(result.context.speaker, next).toBe('Jens Stoltenberg');
    }
  });

  it('reads "who is he" as who the speaker talked about is', () => {
    const first = desk.ask('what did Stoltenberg say', { limit: 1 });
    const result = desk.ask('who is he?', { context: first.context });
    expect(result.answers[0]?.text).toBe('NATO Secretary General Jens Stoltenberg spoke in Brussels on Wednesday.');
  });

  it('reads "and about X?" / "anything about X?" as the thread speaker on topic X, never as X speaking', () => {
    const first = desk.ask('what did Stoltenberg say', { limit: 1 });
    for (const next of ['and about moscow?', 'anything about moscow?', 'about moscow', 'did he say anything about moscow']) {
      const result = desk.ask(next, { context: first.context });
      expect(result.intent, next).toBe('what-said');
      expect(result.context.speaker, next).toBe('Jens Stoltenberg');
      expect(result.answers[0]?.text, next).toBe('“NATO remains ready for dialogue with Moscow,” he added.');
    }
    // "what about the Kremlin?" still asks what the Kremlin said.
    expect(desk.ask('what about the kremlin?', { context: first.context }).context.speaker).not.toBe('Jens Stoltenberg');
  });

  it('remembers a speaker asked for by role as the person', () => {
    const first = desk.ask('what did the NATO chief say', { limit: 1 });
    const next = desk.ask('what else did he say', { context: first.context });
    expect(next.answers.map((a) => a.text)).toEqual(['“NATO remains ready for dialogue with Moscow,” he added.']);
  });
});

describe('autocomplete', () => {
  it('resolves roles, first names and organisations as questions do', () => {
    expect(desk.suggestSpeakers('NATO chief')[0]).toBe('Jens Stoltenberg');
    expect(desk.suggestSpeakers('Hillary')[0]).toBe('Hillary Clinton');
    expect(desk.suggestSpeakers("Ukraine's president")[0]).toBe('Volodymyr Zelenskyy');
    expect(desk.suggestSpeakers('Kremlin')[0]).toBe('the Kremlin');
    expect(desk.suggestSpeakers('Emmanuel Macron')).not.toContain('Rahm Emanuel');
  });
});

describe('names the corpus spells another way', () => {
  const other = createDesk(
    (() => {
      return deskFrom([
        {
          outlet: 'Delta Daily',
          body: [
            'Vice President Joe Biden spoke in Scranton on Monday.',
            '“This is about the middle class,” Biden said.',
            'Attorney General Loretta E. Lynch spoke in Washington.',
            '“Women still face that glass ceiling,” Lynch said.',
          ].join('\n\n'),
        },
      ]);
    })(),
  );

  it('finds the speaker by full given name, nickname or a middle initial left out', () => {
    expect(other.ask('what did Joseph Biden say').answers.map((a) => a.speaker)).toEqual(['Joe Biden']);
    expect(other.ask('what did Loretta Lynch say').answers.map((a) => a.speaker)).toEqual(['Loretta E. Lynch']);
    expect(other.ask('what did Jill Biden say').answers).toEqual([]);
  });
});

describe('a role several people hold', () => {
  const two = createDesk(
    deskFrom([
      {
        outlet: 'Echo Herald',
        body: [
          'Clinton spokesman Brian Fallon spoke on Monday.',
          '“We are confident about the debate,” Fallon said.',
          // (Not "declined to comment": a named person's refusal is one of their statements, and the appositive names him.)
          'Another Clinton spokesman, Nick Merrill, arrived on Tuesday.',
          'Clinton spokesman Nick Merrill was travelling.',
        ].join('\n\n'),
      },
    ]),
  );

  it('answers with the one quoted and names the others it fits', () => {
    const result = two.ask('what did the Clinton spokesman say');
    expect(result.answers.map((a) => a.speaker)).toEqual(['Brian Fallon']);
    expect(result.note).toBe('Brian Fallon’s statements; “Clinton spokesman” also fits Nick Merrill, who has none in the corpus.');
  });
});
