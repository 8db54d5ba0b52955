import { describe, expect, it } from 'vitest';
import { extractQuotes, extractStatements } from '../../src/quotes/extractQuotes';

/** Sentences from our seed articles, one construction each. */
const find = (text: string, needle: string) => {
  const q = extractQuotes(text).find((x) => x.text.includes(needle));
  if (!q) throw new Error(`no quote containing ${needle}`);
  return q;
};

describe('extractQuotes: quotation spans', () => {
  it('covers curly and straight quotes including the marks, with UTF-16 offsets', () => {
    const text = '“Each of these allegations is categorically false,” the official said.\n"Indeed, our analysts indicate that they remain very much in a threatening position," he said.';
    const qs = extractQuotes(text);
    expect(qs).toHaveLength(2);
    for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(qs[0]!.text).toBe('“Each of these allegations is categorically false,”');
    expect(qs[1]!.text.startsWith('"Indeed') && qs[1]!.text.endsWith('position,"')).toBe(true);
  });

  it('keeps nested single quotes and apostrophes inside one quotation', () => {
    const text = 'The West “is shouting: ‘When will the troops be withdrawn?’” the longtime Belarusian leader said this week. Russia’s claims aren’t new.';
    const qs = extractQuotes(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toBe('“is shouting: ‘When will the troops be withdrawn?’”');
  });

  it('keeps a multi-sentence quotation whole', () => {
    const text = '"(Nothing) has changed on the ground in any meaningful way. Putin could have invaded yesterday, he can still do so tomorrow," Russian analyst Mark Galeotti noted on Twitter.';
    const q = find(text, 'Nothing');
    expect(q.text.endsWith('tomorrow,"')).toBe(true);
    expect(q.speaker).toBe('Mark Galeotti');
    expect(q.cue).toBe('noted');
  });

  it('splits a quotation around its attribution into two parts of one group and one speaker', () => {
    const text = '“What we had conveyed last week…is that we are in the window,” Psaki said during the White House’s daily briefing. “We remain in the window.”';
    const [a, b] = extractQuotes(text);
    expect(a!.speaker).toBe('Psaki');
    expect(b!.speaker).toBe('Psaki');
    expect(b!.group).toBe(a!.group);
  });

  it('finds partial quotes inside a sentence', () => {
    const text = 'In Ukraine, President Volodymyr Zelenskyy declared Wednesday a "day of national unity" and encouraged Ukrainians to sing the national anthem.';
    const q = find(text, 'day of national unity');
    expect(q.text).toBe('"day of national unity"');
    expect(q.speaker).toBe('Volodymyr Zelenskyy');
    expect(q.cue).toBe('declared');
  });

  it('runs a paragraph-final open quote to the paragraph end and continues it in the next paragraph', () => {
    const text = '“We continue to see critical units moving toward the border, not away from the border,” Secretary of State Antony Blinken told NBC News. “There’s what Russia says, and then there’s what Russia does. We haven’t seen any pullback of its forces.\n“It would be good if they followed through on what they said, but so far, we haven’t seen it,” he said.';
    const qs = extractQuotes(text);
    expect(qs).toHaveLength(3);
    expect(qs[1]!.text.endsWith('its forces.')).toBe(true);
    expect(text.slice(qs[1]!.end, qs[1]!.end + 1)).toBe('\n');
    expect(qs.map((q) => q.speaker)).toEqual(['Antony Blinken', 'Antony Blinken', 'Antony Blinken']);
    expect(qs[0]!.cue).toBe('told');
    expect(qs[2]!.mention).toBe('he');
  });
});

describe('extractQuotes: attribution', () => {
  it('resolves "he said" after a named speaker in the same paragraph to that speaker', () => {
    const text = '“Unfortunately, there\'s a difference between what Russia says and what it does,” Secretary of State Antony Blinken said during a Wednesday ABC News interview. “On the contrary, we continue to see forces,” he said.';
    const qs = extractQuotes(text);
    expect(qs[1]!.speaker).toBe('Antony Blinken');
    expect(qs[1]!.mention).toBe('he');
    expect(text.slice(qs[1]!.speakerStart!, qs[1]!.speakerEnd!)).toBe('he');
    expect(qs[0]!.role).toBe('Secretary of State');
    expect(qs[0]!.named).toBe(true);
  });

  it('handles inverted order and a run-together name', () => {
    const text = '"So far, we do not see any sign of de-escalation on the ground," said Secretary-General Jens Stoltenbergat a meeting of NATO defense ministers in Brussels on Wednesday. NATO is considering new battlegroups, Stoltenberg said.';
    const q = find(text, 'So far');
    expect(q.speaker).toBe('Jens Stoltenberg');
    expect(q.cue).toBe('said');
    expect(text.slice(q.speakerStart!, q.speakerEnd!)).toBe('Secretary-General Jens Stoltenberg');
  });

  it('handles colon introductions, including a subjectless "adding:"', () => {
    const text = 'Russia’s ambassador to the European Union Vladimir Chizhov quipped: “Wars in Europe rarely start on a Wednesday.”\nScholz also said diplomatic options are “far from exhausted,” and praised the announcement of a troop withdrawal as a “good signal,” adding: “We hope that more will follow.”';
    expect(find(text, 'Wars in Europe').speaker).toBe('Vladimir Chizhov');
    expect(find(text, 'Wars in Europe').cue).toBe('quipped');
    expect(find(text, 'We hope').speaker).toBe('Scholz');
    expect(find(text, 'good signal').speaker).toBe('Scholz');
  });

  it('handles "X told NBC News" and "said in a statement"', () => {
    const text = '“Enactment of this resolution would further undermine Ukraine’s sovereignty and territorial integrity,” Mr. Blinken said in a statement Wednesday.\n“There is not yet significant changes in strength of Russian troops around and in Ukraine,” a Ukrainian military official told Military Times Wednesday morning.';
    expect(find(text, 'Enactment').speaker).toBe('Blinken');
    const q = find(text, 'not yet significant');
    expect(q.mention).toBe('a Ukrainian military official');
    expect(q.named).toBe(false);
  });

  it('handles "according to X"', () => {
    const text = 'The plan is “dead on arrival,” according to Senator John Smith.';
    const q = find(text, 'dead on arrival');
    expect(q.speaker).toBe('John Smith');
    expect(q.cue).toBe('according to');
  });

  it('never gives an anonymous official the name of a nearby person', () => {
    const text = 'White House press secretary Jen Psaki said US officials were unable to say who was responsible.\nThe official said there are also ongoing indications that Russia is creating a “false flag” operation.\n“Each of these allegations is categorically false,” the official said.';
    for (const q of extractQuotes(text)) {
      expect(q.speaker?.toLowerCase()).toBe('the official');
      expect(q.named).toBe(false);
    }
  });

  it('resolves a titled nominal to the person holding that role', () => {
    const text = 'Belarusian President Alexander Lukashenko will travel to Moscow on Friday to meet with Mr. Putin.\nThe West “is shouting: ‘When will the troops be withdrawn?’” the longtime Belarusian leader said this week. “Listen, this is our business with Putin.”';
    const qs = extractQuotes(text);
    expect(qs.map((q) => q.speaker)).toEqual(['Alexander Lukashenko', 'Alexander Lukashenko']);
    expect(qs[0]!.mention).toBe('the longtime Belarusian leader');
  });

  it('uses gender from first names: "she" skips a man named just before', () => {
    const text = 'White House press secretary Jen Psaki spoke after President Joe Biden left.\n“We remain in the window,” she said.';
    expect(extractQuotes(text)[0]!.speaker).toBe('Jen Psaki');
  });

  it('continues the previous speaker in a next-paragraph quote with no cue of its own', () => {
    const text = '“At the moment, we have not seen any withdrawal of Russian forces,” NATO Secretary-General Jens Stoltenberg said.\n\n“If they really start to withdraw forces, that’s something we will welcome but that remains to be seen.”';
    const qs = extractQuotes(text);
    expect(qs[1]!.speaker).toBe('Jens Stoltenberg');
  });

  it('does not take a later speaker with a "that" clause for the quote before it', () => {
    const text = 'While Scholz reiterated that NATO’s eastward expansion “is not on the agenda — everyone knows that very well,” Putin retorted that Moscow will not be assuaged by such assurances.';
    expect(find(text, 'not on the agenda').speaker).toBe('Scholz');
  });

  it('gives a partial quote with no cue of its own to the subject of its sentence', () => {
    const text = 'After the talks in Brussels, NATO Secretary-General Jens Stoltenberg, who met defence ministers on Wednesday, dismissed the announcement as “not a real withdrawal.”\nThe official described the buildup as “unprecedented.”';
    const q = find(text, 'not a real withdrawal');
    expect(q.speaker).toBe('Jens Stoltenberg');
    expect(q.cue).toBe('dismissed');
    const o = find(text, 'unprecedented');
    expect(o.mention).toBe('The official');
    expect(o.named).toBe(false);
  });

  it('reads attributions through titles in quote marks and parenthesised party labels', () => {
    const text = '“We will not be intimidated,” Zelenskyy told CNN’s “State of the Union” on Sunday. “Ukraine wants peace.”\nSen. Jane Doe (D-Vt.) said the sanctions were “long overdue.”';
    expect(find(text, 'Ukraine wants peace').speaker).toBe('Zelenskyy');
    expect(find(text, 'long overdue').speaker).toBe('Jane Doe');
  });

  it('reads a party label between commas as part of no name ("Graham, R-S.C., said" is Graham, not "C.")', () => {
    const text = 'Sen. Lindsey Graham, R-S.C., said the strikes were “not enough.”\nRep. Chris Collins, R-N.Y., a Trump backer, said the party must “come together.”\n“I get that,” said Sen. Ted Cruz, R-Texas. “But he is dishonoring that support.”';
    expect(find(text, 'not enough').speaker).toBe('Lindsey Graham');
    expect(find(text, 'come together').speaker).toBe('Chris Collins');
    expect(find(text, 'dishonoring').speaker).toBe('Ted Cruz');
    const reported = extractStatements('Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said Obama is overselling the successes.');
    expect(reported.map((q) => [q.kind, q.speaker])).toEqual([['reported', 'Lindsey Graham']]);
  });

  it('reads a past form the tagger takes for an adjective after a name as its verb ("Cruz belittled the issue, calling it …")', () => {
    const text = 'Sen. Ted Cruz spoke on Tuesday.\nCruz belittled the issue of the loans, calling it a "paperwork error" in a "hit piece" by a newspaper.';
    expect(find(text, 'paperwork').speaker).toBe('Ted Cruz');
    expect(find(text, 'hit piece').speaker).toBe('Ted Cruz');
    // A participle modifying the source ("one Republican involved in the planning") stays in its description.
    const unnamed = extractQuotes('“Fundraising is not a problem,” said one Republican involved in the planning, who spoke on the condition of anonymity.');
    expect(unnamed[0]!.speaker).toBe('one Republican involved');
  });

  it('reads past an emphatic reflexive between a subject and its verb ("Cruz himself said")', () => {
    const text = 'Sen. Ted Cruz spoke in Iowa.\nCruz himself said Tuesday that “the only way to win the state is to go and ask.”\nSen. Bernie Sanders himself acknowledged on Monday "it will be very hard for us to win" if he loses.';
    expect(find(text, 'only way').speaker).toBe('Ted Cruz');
    expect(find(text, 'very hard').speaker).toBe('Bernie Sanders');
  });

  it('takes the speaker after the quote past ages, relative clauses and non-cue verbs', () => {
    const text = '“We have not seen any pullback,” Jens Stoltenberg, 63, told reporters.\n“There is no de-escalation,” Antony Blinken, who spoke in Munich on Saturday, said.\n“Go back to the table!” Psaki snapped back.';
    expect(find(text, 'pullback').speaker).toBe('Jens Stoltenberg');
    expect(find(text, 'no de-escalation').speaker).toBe('Antony Blinken');
    expect(find(text, 'Go back').mention).toBe('Psaki');
  });

  it('does not give a sentence-final quote to the subject of the next sentence when that sentence says something new', () => {
    const text = 'On Twitter, Blinken called the vote “a sham.” Sen. Jane Doe called the statement “offensive.”\n“We are ready.” Stoltenberg said at a news conference in Brussels.';
    expect(find(text, 'a sham').speaker).toBe('Blinken');
    expect(find(text, 'offensive').speaker).toBe('Jane Doe');
    expect(find(text, 'We are ready').speaker).toBe('Stoltenberg');
  });

  it('takes the outer attribution and the subject of a participle cue', () => {
    const text = 'Psaki said Biden told allies that Russia remains “in the window.”\nThe Kremlin issued a statement saying the drills were “routine.”\nBlinken last week said the build-up was “no bluff.”';
    expect(find(text, 'in the window').speaker).toBe('Psaki');
    expect(find(text, 'routine').mention).toBe('The Kremlin');
    expect(find(text, 'no bluff').speaker).toBe('Blinken');
  });

  it('finds speakers introduced by a colon, a sentence-initial cue or the previous sentence', () => {
    const text = 'More from NATO Secretary-General Jens Stoltenberg: “We see no withdrawal.”\nSaid Antony Blinken, who spoke in Munich, “The threat is real.”\nPsaki announced new sanctions on Monday. “These measures will bite.”';
    expect(find(text, 'no withdrawal').speaker).toBe('Jens Stoltenberg');
    expect(find(text, 'threat is real').speaker).toBe('Antony Blinken');
    const q = find(text, 'will bite');
    expect(q.speaker).toBe('Psaki');
    expect(q.cue).toBe('announced');
  });

  it('keeps an attributed Title Case phrase (a nickname, a slogan) but not the name of a show', () => {
    const text = 'Putin told Russia’s “Vesti Nedeli” program that the West had called the drills “Operation Bluff.”';
    const qs = extractQuotes(text);
    expect(qs.map((q) => q.text)).toEqual(['“Operation Bluff.”']);
    expect(qs[0]!.speaker).toBe('Putin');
  });

  it('keeps "who" as the mention of a relative clause and names its antecedent', () => {
    const text = 'The plan drew criticism from NATO Secretary-General Jens Stoltenberg, who called it “a dangerous step.”';
    const q = find(text, 'dangerous step');
    expect(q.mention).toBe('who');
    expect(q.speaker).toBe('Jens Stoltenberg');
    expect(q.named).toBe(true);
  });

  it('gives a paragraph introduced by a colon, with no reporting verb, to the subject of the introduction', () => {
    const text = 'Stoltenberg then listed the conditions for talks:\n“Russia must pull back its forces from the border.\n“And it must stop the cyber attacks.”';
    const qs = extractQuotes(text);
    expect(qs.map((q) => q.speaker)).toEqual(['Stoltenberg', 'Stoltenberg']);
  });

  it('reads a byline after a dash as the speaker', () => {
    const text = '“We will defend every inch of allied territory.” ― Jens Stoltenberg\n“Diplomacy is the only way forward.” — Jen Psaki, White House press secretary';
    expect(find(text, 'every inch').speaker).toBe('Jens Stoltenberg');
    expect(find(text, 'Diplomacy').speaker).toBe('Jen Psaki');
  });

  it('reads a signature paragraph after a quotation paragraph as its speaker', () => {
    const text = 'Jens Stoltenberg and Antony Blinken spoke on Wednesday.\n\n“We will defend every inch of allied territory.”\n\n- Stoltenberg.\n\n“Diplomacy is the only way forward.”\n\n— Antony Blinken, Washington.';
    expect(find(text, 'every inch').speaker).toBe('Jens Stoltenberg');
    expect(find(text, 'Diplomacy').speaker).toBe('Antony Blinken');
    // Not a line that says more than a name, nor after a quotation that shares its paragraph with a report.
    const other = 'Jens Stoltenberg spoke on Wednesday.\n\n“We will defend every inch.”\n\n— Antony Blinken said this was wrong.\n\nStoltenberg added: “We are ready.”\n\n- Antony Blinken.';
    expect(find(other, 'every inch').speaker).not.toBe('Antony Blinken');
    expect(find(other, 'ready').speaker).toBe('Jens Stoltenberg');
  });

  it('does not read a compound noun\'s plural before a comma as a reporting verb', () => {
    const text = 'Chris Christie spoke on Sunday.\n\nChristie, New Jersey’s sitting governor, repeated accusations that Rubio recites the same campaign points, calling him a “talented guy” when required.';
    const q = find(text, 'talented guy');
    expect(q.speaker).toBe('Chris Christie');
    expect(q.mention).toBe('Christie');
  });

  it('reads past a title in quote marks inside the subject\'s appositive', () => {
    const text = 'Kerry Washington and Barack Obama met on Tuesday.\n\nKerry Washington, star of television’s “Scandal,” thanked Obama for “taking these steps to make us all safer.”';
    expect(find(text, 'taking these steps').speaker).toBe('Kerry Washington');
  });

  it('takes no names from a Title Case headline and starts a name at the first name', () => {
    const text = 'Stoltenberg Warns Moscow Against Further Escalation\nNATO chief Jens Stoltenberg said the alliance was “ready for dialogue.”\nBlinken Says Diplomacy Continues as Antony Blinken met allies. “We stand united,” he said.';
    expect(find(text, 'ready for dialogue').speaker).toBe('Jens Stoltenberg');
    expect(find(text, 'stand united').speaker).toBe('Antony Blinken');
  });

  it('follows a pronoun chain past people who are only objects', () => {
    const text = 'NATO Secretary-General Jens Stoltenberg spoke in Brussels on Wednesday.\nThe build-up could end, he said, in talks with Vladimir Putin and Sergei Lavrov.\n“We remain ready for dialogue,” he said.';
    const q = find(text, 'ready for dialogue');
    expect(q.mention).toBe('he');
    expect(q.speaker).toBe('Jens Stoltenberg');
  });

  it('drops titles and numbers in quote marks but keeps attributed scare quotes', () => {
    const text = 'He appeared on “Good Morning America” on Sunday. The tweet id was "773113752271060992". Moscow has dismissed it as "western hysteria" again.';
    const qs = extractQuotes(text);
    expect(qs.map((q) => q.text)).toEqual(['"western hysteria"']);
  });
});

describe('a quotation with its author after it', () => {
  it('"“…” was written by X" is X’s, not the previous speaker’s', () => {
    const text = 'The singer performed in Los Angeles. “Promise you’ll keep your hands in sight,” Mary J. Blige sings.\n\n' +
      '“American Skin (41 Shots)” was written by Bruce Springsteen after the 1999 shooting.';
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Mary J. Blige', 'Bruce Springsteen']);
  });
});

describe('extractQuotes: a name and its appositive before a colon', () => {
  it('is the named person, not the appositive ("Windsor Mann, editor of The Quotable Hitchens: “…”")', () => {
    const text = 'Windsor Mann, editor of The Quotable Hitchens: "Clinton has convinced more voters that Trump is unfit."';
    const q = find(text, 'convinced');
    expect(q.speaker).toBe('Windsor Mann');
  });
});

describe('extractQuotes: a clause of its own between a cue and the quotation', () => {
  it('gives the quotation to that clause’s subject ("…, and at one point the crowd loudly reprised the chant “…”")', () => {
    const text = 'Boos rained down when Trump mentioned the former secretary of state, and at one point the crowd loudly reprised the caustic chant “Lock her up! Lock her up!”';
    const q = find(text, 'Lock her up');
    expect(q.speaker).toBe('the crowd');
  });
});

describe('a quotation its own sentence introduces and ends', () => {
  it('is not the next sentence\'s speaker\'s, though it ends in "!" or "?"', () => {
    const text = 'In June 2009, after Clinton suffered a concussion, Axelrod emailed her condolences, telling her, “you are an all-star player and we need you for the long run!” ' +
      'She replied to him that it was an "honor to serve the President w you."';
    expect(extractQuotes(text).map((q) => q.speaker)).toEqual(['Axelrod', null]);
    expect(extractQuotes('Trump asked the crowd, “Who knows?” Clinton said nothing about it.').map((q) => q.speaker)).toEqual(['Trump']);
    // Not introduced before it: the cue after it reports it.
    expect(extractQuotes('“Who knows?” Trump told Britain’s ITV on Monday.').map((q) => q.speaker)).toEqual(['Trump']);
  });
});

describe('extractQuotes: a cue inside an opening subordinate clause', () => {
  it('is not the quotation\'s: the main clause\'s subject is ("As Vance criticised the council, the crowd erupted, “…”")', () => {
    const q = find('As Vance criticised the council, the crowd erupted, "Fix the bridge now!"', 'Fix the bridge');
    expect(q.speaker).toBe('the crowd');
    const r = find('After Vance attacked the plan on Monday, the union released a statement: "The bridge must be fixed."', 'bridge must');
    expect(r.speaker).toBe('the union');
  });

  it('credits a crowd\'s chant to the crowd, not to the speaker of the opening clause', () => {
    expect(find('As Vance criticised the council, the crowd chanted, "Fix the bridge now!"', 'Fix the bridge').speaker).toBe('the crowd');
  });

  it('keeps the cue of an opening clause that the quotation follows directly ("When Vance said, “…”, the crowd cheered")', () => {
    expect(find('When Vance said, "Fix the bridge now!" the crowd cheered.', 'Fix the bridge').speaker).toBe('Vance');
  });
});

describe('extractQuotes: a preposition\'s object before the cue', () => {
  it('is no speaker: the sentence\'s subject is ("Protesters marching through the streets chanted “…”")', () => {
    expect(find('Protesters marching through the streets chanted "What curfew?" and kept going.', 'curfew').speaker).toBe('Protesters');
    expect(find('Volunteers walking along the river said "We need the bridge."', 'bridge').speaker).toBe('Volunteers');
  });

  it('keeps a subordinate clause\'s own subject ("Cruz said as the heckler yelled: “…”")', () => {
    expect(find('"He has problems," Cruz said as the heckler yelled: "You suck!"', 'suck').speaker).toBe('the heckler');
  });
});
