/**
 * Speaker questions as chat types them (issue #14, the PolNeAR chat forms): one word for a
 * person, lowercase, short given names; never a look-alike of someone the corpus names.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha News',
      body: [
        'Democratic pollster Geoff Garin said the race was close.',
        '“The race is tight in every state,” Garin said.',
        'Senate Minority Leader Harry Reid spoke on Tuesday.',
        '“The Senate must act on the nominee,” Reid said.',
        '“We will not wait for the election,” Reid said.',
        '“This is a disgrace to the chamber,” Reid added.',
        'Rep. Reid Ribble, a Wisconsin Republican, disagreed.',
        '“I will not vote for him,” Ribble said.',
        'MSNBC host Joy Reid moderated the panel.',
      ].join('\n\n'),
    },
    {
      outlet: 'Beta Times',
      body: [
        'Conservative activist Phyllis Schlafly praised the nominee.',
        '“He is the last hope for the country,” Schlafly said.',
        'Historian Kevin Phillips was skeptical.',
        '“The party is split down the middle,” Phillips said.',
        'Sen. Bernie Sanders spoke in Iowa.',
        '“The economy is rigged against working people,” Sanders said.',
        'Former Vice President Al Gore spoke in Nashville.',
        '“The climate crisis cannot wait for another campaign,” Gore said.',
        'Planned Parenthood spokesman Eric Ferrero defended the group.',
        '“The videos were deceptively edited,” Ferrero said.',
        'The crowd held up signs from the ferrera campaign.',
      ].join('\n\n'),
    },
  ]),
);
const speakers = (question: string) => [...new Set(desk.ask(question).answers.map((a) => a.speaker))];

describe('speaker questions in chat forms', () => {
  it('never takes a surname that differs in its first letter for a slip', () => {
    // "Marin" (Sanna Marin, absent) is one letter from Garin, but no one typing Garin starts with m.
    expect(desk.ask('anything from marin?').answers).toEqual([]);
    expect(desk.ask('what did Sanna Marin say').answers).toEqual([]);
    expect(speakers('what did garin say')).toEqual(['Geoff Garin']);
  });

  it('never takes a word the corpus prints for a slip of another surname', () => {
    // "ferrera" is printed (the registry has no one of that name): not a misspelt Ferrero.
    expect(speakers('anything from ferrera?')).not.toContain('Eric Ferrero');
    expect(speakers('anything from ferrero?')).toEqual(['Eric Ferrero']);
    expect(speakers('anything from ferreor?')).toEqual(['Eric Ferrero']);
  });

  it('reads a speaker’s first name alone in chat forms', () => {
    expect(speakers('bernie quotes?')).toEqual(['Bernie Sanders']);
    expect(speakers('anything from phyllis?')).toEqual(['Phyllis Schlafly']);
    expect(speakers('phyllis on the nominee')).toEqual(['Phyllis Schlafly']);
  });

  it('reads "<first name> <word> quotes?" as a person asked for, though the corpus has no such speaker', () => {
    // Kevin Costner is absent: a search for the words answered with Kevin Phillips's sentences.
    const absent = desk.ask('kevin costner quotes?');
    expect(absent.answers).toEqual([]);
    expect(absent.note).toBe('No statements by kevin costner in the corpus.');
    expect(desk.ask('famous quotes').intent).not.toBe('what-said');
  });

  it('takes a word that is a first name and a surname for the one who speaks far more', () => {
    // "reid" is Harry Reid's surname (and Joy Reid's, who has no statements) and Reid Ribble's first name.
    expect(speakers('whats reid been saying')).toEqual(['Harry Reid']);
  });

  it('reads a short given name beside a surname as a name', () => {
    const result = desk.ask('al gore on climate?');
    expect(result.intent).toBe('what-said');
    expect(speakers('al gore on climate?')).toEqual(['Al Gore']);
  });
});

describe('one speaker printed several ways', () => {
  const printed = createDesk(
    deskFrom([
      {
        outlet: 'Alpha News',
        body: ['Senate Minority Leader Harry M. Reid spoke on Tuesday.', '“The Senate must act on the nominee,” Reid said.', 'Former Gov. Martin O’Malley spoke in Baltimore.', '“The city deserves better,” O’Malley said.'].join('\n\n'),
      },
      {
        outlet: 'Beta Times',
        body: ['Sen. Harry Reid spoke to reporters.', '“We will not wait for the election,” Reid said.', "Former Gov. Martin O'Malley spoke in Iowa.", "“The party must listen to young voters,” O'Malley said."].join('\n\n'),
      },
      {
        outlet: 'Gamma Post',
        body: ['President George W. Bush spoke in Dallas.', '“Freedom is on the march,” Bush said.', 'In Houston, “Read my lips,” former President George H.W. Bush said.'].join('\n\n'),
      },
    ]),
  );
  const texts = (question: string) => printed.ask(question).answers.map((a) => a.text);

  it('answers with the statements credited to every spelling of the name', () => {
    for (const q of ['what did Harry Reid say', 'what did Harry M. Reid say', 'whats harry reid been saying']) {
      expect(texts(q).sort()).toEqual(['“The Senate must act on the nominee,” Reid said.', '“We will not wait for the election,” Reid said.']);
    }
    expect(texts('what did Martin O’Malley say')).toHaveLength(2);
    expect(texts("anything from martin o'malley?")).toHaveLength(2);
  });

  it('keeps apart two people whose names differ by their initials', () => {
    expect(printed.ask('what did George W. Bush say').answers.map((a) => a.speaker)).toEqual(['George W. Bush']);
  });
});

describe('chat shorthand for what-said questions', () => {
  const fbi = createDesk(
    deskFrom([
      {
        outlet: 'Alpha News',
        body: [
          'FBI Director James Comey testified on Thursday.',
          '“We did not find evidence of intent,” Comey said.',
          '“The investigation was done honestly,” Comey said.',
          'The hearing was about the email server and its security.',
        ].join('\n\n'),
      },
      { outlet: 'Beta Times', body: ['Republicans on the panel criticised Jim Comey for the decision.', 'The vote on the bill was delayed.'].join('\n\n') },
    ]),
  );
  const speakers = (question: string) => [...new Set(fbi.ask(question).answers.map((a) => a.speaker))];

  it('reads "abt" as about', () => {
    const result = fbi.ask('what did comey say abt intent');
    expect(result.intent).toBe('what-said');
    const answers = result.answers;
    expect(new Set(answers.map((a) => a.speaker))).toEqual(new Set(['James Comey']));
    expect(answers[0]!.text).toContain('intent');
  });

  it('reads "show me what X said" with the name in lowercase', () => {
    expect(fbi.ask('show me what james comey said').intent).toBe('what-said');
    expect(speakers('show me what james comey said')).toEqual(['James Comey']);
  });

  it('reads a registry name the speakers spell another way as someone who speaks', () => {
    // The registry's "Jim Comey" has no statements of his own; James Comey's are his.
    expect(fbi.ask('comey statements').intent).toBe('what-said');
    expect(speakers('jim comey quotes')).toEqual(['James Comey']);
  });

  it('reads a role typed without its article or capitals', () => {
    expect(speakers('fbi director quotes?')).toEqual(['James Comey']);
    expect(fbi.ask('fbi director on intent').intent).toBe('what-said');
    expect(speakers('fbi director on intent')).toEqual(['James Comey']);
  });
});

describe('roles of someone else', () => {
  const campaign = createDesk(
    deskFrom([
      {
        outlet: 'Alpha News',
        body: [
          'Donald Trump campaign manager Corey Lewandowski spoke to reporters.',
          '“We are winning in every poll that matters,” Lewandowski said.',
          'Donald Trump spoke in Ohio on Monday.',
          '“We will build the wall,” Trump said.',
        ].join('\n\n'),
      },
      {
        outlet: 'Beta Times',
        body: [
          'Clinton spokesman Brian Fallon said the emails were not classified.',
          'Clinton spokesman Josh Schwerin said the campaign would respond.',
          'One Clinton spokesman has called the situation “overclassification run amok.”',
          'A spokesman for the Platte River company said the report was wrong.',
        ].join('\n\n'),
      },
    ]),
  );

  it('never answers for a role of a person with that person’s statements', () => {
    const speakers = campaign.ask('what did the donald trump campaign manager say').answers.map((a) => a.speaker);
    expect(speakers).not.toContain('Donald Trump');
  });

  it('reads a role several people hold only in unnamed mentions with every asked word', () => {
    const texts = campaign.ask('what did the Clinton spokesman say').answers.map((a) => a.text);
    expect(texts.some((t) => t.includes('Platte River'))).toBe(false);
  });
});
