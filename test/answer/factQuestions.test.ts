import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

// Small desks built from plain texts: the answer to each question is one sentence among
// sentences that share its words, so only the mechanism under test can put it first.
const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha',
      body:
        'Protesters in Kyiv unfolded a 650-foot flag on Wednesday.\n\n' +
        'The flag in Kyiv was unfolded by protesters who sang the anthem.\n\n' +
        'Defence Minister Oleksii Reznikov said the army was ready.\n\n' +
        'The defence minister of Ukraine visited the troops in the east.\n\n' +
        'White House national security adviser Jake Sullivan spoke to reporters.\n\n' +
        'The national security council of the White House met on Monday.\n\n' +
        'The summit in Brussels runs through Sunday.',
    },
    {
      outlet: 'Beta',
      body:
        'The summit was described as tense by diplomats.\n\n' +
        'Many diplomats attended the summit.\n\n' +
        'The stadium in Kyiv is the largest in the country.',
    },
  ]),
);

const top = (q: string) => desk.ask(q).answers[0]?.text;

describe('fact questions: answer types', () => {
  it('"how long" wants the sentence with a length, not the one that repeats the words', () => {
    expect(top('how long was the flag in Kyiv')).toContain('650-foot');
  });
  it('"how long does X go on" wants a duration', () => {
    expect(top('how long does the summit go on for')).toContain('runs through Sunday');
  });
  it('"who is <role>" wants the sentence naming the person', () => {
    expect(top("who is ukraine's defence minister")).toContain('Oleksii Reznikov');
  });
  it('"how far" wants a distance: a time ("for years") does not say how far', () => {
    const towns = createDesk(
      deskFrom([
        { outlet: 'Alpha', body: 'For years, the Atlanta suburb of Clarkston has welcomed refugees.\n\nThe city of Clarkston lies 18 miles east of downtown Atlanta, officials said in a long statement on refugees.' },
        { outlet: 'Beta', body: 'Atlanta has many suburbs.\n\nRefugees settle in Atlanta.' },
      ]),
    );
    expect(towns.ask('how far is clarkston from atlanta').answers[0]?.text).toContain('18 miles');
  });
  it('a measure question with no measure of its kind in the corpus gets no answers', () => {
    expect(desk.ask('how old is the stadium in Kyiv').answers).toEqual([]);
  });
});

describe('fact questions: name variants', () => {
  it('a transliteration the corpus does not use finds the one it does (Kiev → Kyiv)', () => {
    expect(top('how long was the flag in Kiev')).toContain('650-foot');
  });
  it('British and American spellings meet (advisor → adviser)', () => {
    expect(top('who is the white house national security advisor')).toContain('Jake Sullivan');
  });
});

describe('fact questions: abstention', () => {
  it('a name the corpus never mentions gets no answers, even when other words match', () => {
    expect(desk.ask('how long was the flag Emmanuel Macron unfolded in Kyiv').answers).toEqual([]);
    expect(desk.ask('who is the defence minister of Narnia').answers).toEqual([]);
  });
  const stories = createDesk(
    deskFrom([
      { outlet: 'Alpha', title: 'Defence talks in Singapore', body: 'Ministers met at the Shangri-La Dialogue in Singapore on Saturday.\n\nSome flew on to Marbella.' },
      { outlet: 'Beta', title: 'Hotel plans in Marbella', body: 'The $130 million hotel will cost investors more than planned.\n\nEach room has a view of the bay.' },
    ]),
  );
  it('a name the corpus has but no match mentions gets no answers: the matches are about something else', () => {
    expect(stories.ask('how much did the Shangri-La hotel room cost').answers).toEqual([]);
    expect(stories.ask('how much did the hotel cost').answers[0]?.text).toContain('$130 million');
  });
  it('a name its article\'s headline gives counts as mentioned', () => {
    expect(stories.ask('how much will the hotel in Marbella cost investors').answers[0]?.text).toContain('$130 million');
  });
});

describe('fact questions: a page of candidates', () => {
  // One sentence has every word of the question; another only some of them, too few to count
  // among the best. A question in the user's words may be answered by such a one: it follows
  // the best instead of vanishing; a sentence sharing only a common word still does not show.
  const padded = createDesk(
    deskFrom([
      {
        outlet: 'Alpha',
        body:
          'The crowd at the rally in Kharkiv sang the anthem together on Wednesday evening.\n\n' +
          'Thousands gathered at the rally in Kharkiv.\n\n' +
          'The Kharkiv rally drew a crowd.\n\n' +
          'Prices rose in Lviv.\n\nTrains ran late in Lviv.\n\nThe mayor of Odesa spoke.',
      },
    ]),
  );
  it('an answered question shows the weaker matches after the best', () => {
    const answers = padded.ask('what did the crowd at the kharkiv rally sing').answers.map((a) => a.text);
    expect(answers[0]).toContain('sang the anthem');
    expect(answers[1]).toBe('The Kharkiv rally drew a crowd.');
    expect(answers.join(' ')).not.toMatch(/Lviv|Odesa/);
  });
});

describe('fact questions: vague figures', () => {
  const vague = createDesk(
    deskFrom([
      {
        outlet: 'Alpha',
        body:
          'In 2015, officials of the navy said they watch the sea every year for trade going through it.\n\n' +
          'Trillions of dollars of trade a year passes through the sea.\n\n' +
          'Trade talks in the region resumed this year.',
      },
    ]),
  );
  it('"how much" is answered by "trillions of dollars" as by any other figure', () => {
    expect(vague.ask('how much trade goes thru the sea every year').answers[0]?.text).toContain('Trillions of dollars');
  });
});

describe('fact questions: the headline supplies what the sentence leaves out', () => {
  const polls = createDesk(
    deskFrom([
      {
        outlet: 'Alpha',
        title: 'Poll: Trump and Clinton hold narrow leads in Pennsylvania',
        body: 'Trump earned the support of nearly four in 10 likely voters, 39 percent, while Cruz earned 30 percent.',
      },
      {
        outlet: 'Beta',
        title: 'Campaign notebook',
        body:
          'Volunteers for Trump in Pennsylvania knocked on 20 percent more doors than last year.\n\n' +
          'Likely voters in Ohio were polled on Monday.\n\nLikely voters in Iowa were polled too.\n\nLikely voters in Texas backed Cruz.',
      },
    ]),
  );
  it("a poll's figure is found by the state its headline names", () => {
    expect(polls.ask('what share of likely voters back trump in pennsylvania').answers[0]?.text).toContain('39 percent');
  });
});

describe('fact questions: figures of the kind asked', () => {
  const body = (lines: string[]) => createDesk(deskFrom([{ outlet: 'Alpha', body: lines.join('\n\n') }]));
  it('"how much did it cost" is answered by a sum of money, not by another figure', () => {
    const desk = body([
      'How much the stadium in Lviv did cost residents was debated for 2 years, the mayor said.',
      'The stadium in Lviv will hold 40,000 fans.',
      'Builders said the Lviv project would cost $300 million.',
    ]);
    expect(desk.ask('how much did the stadium in lviv cost').answers[0]?.text).toContain('$300 million');
  });
  it('"how much cash" is answered by a sum of money whether or not the sentence says cash', () => {
    const desk = body([
      'Germany will spend 130 billion euros on new military equipment by 2030.',
      'The army in Germany is short of soldiers.',
      'The campaign owed $200,000 in cash to its vendors.',
      'Equipment for the army is old.',
    ]);
    expect(desk.ask('how much cash is germany putting into new army equipment').answers[0]?.text).toContain('130 billion euros');
  });
  it('"how rich is X" is answered by a sum of money, and "rich" is not searched', () => {
    const desk = body([
      'Forbes started the rich list craze in 1982 with its list of the richest Americans.',
      'Hurun lists Mr. Trump\'s wealth at $6.5 billion, while Forbes says it is $4.5 billion.',
      'Rich donors met Trump in Florida.',
    ]);
    expect(desk.ask('how rich is trump').answers[0]?.text).toContain('$4.5 billion');
    expect(desk.ask('how wealthy is the mayor of lviv').answers).toEqual([]);
  });
  it('"how much did X sell / make" and "how much profit" want a sum of money', () => {
    const desk = body([
      'Four casinos, including the Showboat casino, closed 2 years ago.',
      'The Showboat casino sold 3 million chips in its last year.',
      'Shops in the town sold hats for $12.',
      'Amazon sold 3 million devices in the quarter.',
      'Amazon sold $30.4 billion in goods in the quarter.',
      'The Borgata casino made a profit in 3 of its last 4 quarters.',
    ]);
    expect(desk.ask('how much did the showboat casino sell for').answers).toEqual([]);
    expect(desk.ask('how much did amazon sell in the quarter').answers[0]?.text).toContain('$30.4 billion');
    expect(desk.ask('how much profit did the borgata casino make').answers).toEqual([]);
  });
  it('"how many X" gets no answers when no sentence gives a figure for X', () => {
    const desk = body(['Residents in Lviv cheered the stadium plans.', 'The stadium in Lviv will hold 40,000 fans.', 'Seats at the Lviv stadium were painted in 3 colours.']);
    const result = desk.ask('how many residents cheered the stadium plans in lviv');
    expect(result.answers).toEqual([]);
    expect(result.note).toBe('Nothing in the corpus answers that.');
    expect(desk.ask('how many fans will the stadium in lviv hold').answers[0]?.text).toContain('40,000 fans');
  });
});

describe('fact questions: the counted noun alone is no answer', () => {
  // "people" is what the question counts, but the question is about a match at a stadium: a
  // death toll shares only the counted noun with it. The counted noun ranks figures of it
  // first; it does not make the other words of the question matter less.
  const toll = createDesk(
    deskFrom([
      {
        outlet: 'Alpha',
        body:
          'An estimated 14,000 people have died in the fighting since 2014.\n\n' +
          'Protesters unfolded a flag at the stadium in Kyiv.\n\n' +
          'The army said 300 soldiers were wounded in the east.\n\n' +
          'The ministry said the talks would resume.',
      },
    ]),
  );
  it('a how-many question sharing only the counted noun with a sentence gets no answers', () => {
    expect(toll.ask('how many people were playing at the stadium').answers).toEqual([]);
  });
  it('the counted noun still finds its figure when the other words match too', () => {
    expect(toll.ask('how many people have died in the fighting').answers[0]?.text).toContain('14,000 people');
  });
});

describe('fact questions: who holds a role, as the corpus introduces people', () => {
  const roles = createDesk(
    deskFrom([
      {
        outlet: 'Alpha',
        body:
          'NATO Secretary General Jens Stoltenberg said there was no sign of de-escalation.\n\n' +
          'The alliance chief of staff met the chief of the navy in Brussels.\n\n' +
          'Stoltenberg did not say where the battlegroups would be based.',
      },
    ]),
  );
  it('"who\'s the NATO chief" is answered by the sentence introducing the secretary general', () => {
    expect(roles.ask("who's the nato chief").answers[0]?.text).toBe('NATO Secretary General Jens Stoltenberg said there was no sign of de-escalation.');
  });

  it('reads "whos", as typed in chat, as "who\'s"', () => {
    expect(roles.ask('whos the nato chief').answers[0]?.text).toBe('NATO Secretary General Jens Stoltenberg said there was no sign of de-escalation.');
  });
});

describe('fact questions: an office asked for must be printed, of its country', () => {
  const offices = createDesk(
    deskFrom([
      {
        outlet: 'Alpha',
        title: 'Italy braces for a vote',
        body:
          'In Italy, Prime Minister Matteo Renzi is rallying a coalition against the protest party.\n\n' +
          'Tunnels are so numerous in the Nogales area that agent Kevin Hecht called the ground Swiss cheese.\n\n' +
          'The prime minister spoke in Rome on Monday.',
      },
      {
        outlet: 'Beta',
        body:
          'Voters in Nogales met Maria Lopez at the town hall.\n\nThe mayor of Tucson spoke first.\n\n' +
          'A mayor can veto the budget.\n\nThe mayor race drew three candidates.',
      },
    ]),
  );
  it('"who is the greek prime minister" gets no answers from the Italian one', () => {
    expect(offices.ask('who is the greek prime minister').answers).toEqual([]);
  });
  it('"who is the mayor of nogales" gets no answers when no match prints "mayor"', () => {
    expect(offices.ask('who is the mayor of nogales').answers).toEqual([]);
  });
  it('the office of the country the corpus names is answered', () => {
    expect(offices.ask('who is the italian prime minister').answers[0]?.text).toContain('Matteo Renzi');
  });
});

describe('fact questions: a full name asked is covered by the surname alone', () => {
  // News names a person in full once, then by surname: "Garland is 63" covers "merrick garland".
  const judges = createDesk(
    deskFrom([
      {
        outlet: 'Alpha',
        body:
          'President Obama nominated Judge Merrick Garland to the Supreme Court on Wednesday.\n\n' +
          'Senators said Merrick Garland would not get a hearing this year.\n\n' +
          'Merrick Garland met Democratic senators in the Capitol.\n\n' +
          'Garland is 63 and has a centrist record on the appeals court, his supporters said in a long letter to the committee.',
      },
      // "Merrick B. Garland" too: the registry cannot say which one a bare "Garland" is.
      { outlet: 'Beta', body: ['Judge Merrick B. Garland visited the Capitol.', ...['Monday', 'Tuesday', 'Friday', 'Sunday', 'noon', 'dusk', 'dawn', 'length'].map((w) => `Garland spoke at ${w} about the court.`)].join('\n\n') },
    ]),
  );
  it('"how old is merrick garland" finds "Garland is 63"', () => {
    expect(judges.ask('how old is merrick garland').answers[0]?.text).toContain('Garland is 63');
  });
});

describe('fact questions: other outlets come forward only with a close match', () => {
  // One outlet gives three counts of the thing asked; another a figure in a sentence that
  // shares a word or two. Bringing each outlet's best forward shows every outlet's figure,
  // but a far weaker sentence must not push the other answers out of the first three.
  const lists = createDesk(
    deskFrom([
      {
        outlet: 'Alpha',
        body:
          'One company says there are more than 2,400 billionaires in the world.\n\n' +
          'Another ranking counts about 1,800 billionaires in the world, a smaller tally.\n\n' +
          'A third list finds 2,100 billionaires in the world after a recount.\n\n' +
          'The lists are compiled by wealth research firms.',
      },
      {
        outlet: 'Beta',
        body:
          'Even so, more than 4 in 10 said billionaire Smith would be good for the economy.\n\n' +
          'The poll surveyed voters across the country.\n\n' +
          'Voters said the economy mattered most.',
      },
    ]),
  );
  it('"how many billionaires are there in the world" shows the three counts first', () => {
    const texts = lists.ask('how many billionaires are there in the world').answers.slice(0, 3).map((a) => a.text);
    expect(texts).toHaveLength(3);
    for (const t of texts) expect(t).toMatch(/billionaires in the world/);
  });
});

describe('fact questions: the sentence before supplies the name a sentence refers back to', () => {
  const firms = createDesk(
    deskFrom([
      {
        outlet: 'Alpha',
        body:
          'In 2010, two staff members left to help start Wealth-X, a private research firm.\n\n' +
          'The company now has over 170 researchers compiling detailed dossiers.\n\n' +
          'Wealth-X keeps its own finances a secret.\n\n' +
          'Researchers at universities study wealth.',
      },
      {
        outlet: 'Beta',
        body: 'Many researchers work on the lists.\n\nThe lists are updated daily.\n\nBanks employ many people.\n\nShops employ students.',
      },
    ]),
  );
  it('"how many researchers does wealth-x employ" is answered by "The company now has over 170 researchers"', () => {
    // Without the sentence before, the figure covers too little of the question and nothing answers.
    const first = firms.ask('how many researchers does wealth-x employ').answers.slice(0, 3).map((a) => a.text);
    expect(first.some((t) => t.includes('170 researchers'))).toBe(true);
  });
});
