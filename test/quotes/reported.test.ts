import { describe, expect, it } from 'vitest';
import { extractQuotes, extractStatements } from '../../src/quotes/extractQuotes';

/** The reported statements of a text. */
const reported = (text: string) => extractStatements(text).filter((q) => q.kind === 'reported');
/** The one reported statement of a text, checked verbatim against its offsets. */
const one = (text: string) => {
  const list = reported(text);
  expect(list).toHaveLength(1);
  const r = list[0]!;
  expect(text.slice(r.start, r.end)).toBe(r.text);
  return r;
};

describe('reported speech', () => {
  it('"<mention> [adverb] said <clause>" without "that"', () => {
    const r = one('NATO Secretary-General Jens Stoltenberg met defence ministers. Stoltenberg later said NATO could prove Russia’s failure to pull back its troops with satellite imagery.');
    expect(r.text).toBe('NATO could prove Russia’s failure to pull back its troops with satellite imagery');
    expect(r.speaker).toBe('Jens Stoltenberg');
    expect(r.named).toBe(true);
    expect(r.cue).toBe('said');
  });

  it('an organisation\'s clause whose subject has an appositive ("its troops, part of …, were withdrawn")', () => {
    const text = "Meanwhile, Russia's defense ministry said its troops, part of a large buildup near the border, were withdrawn after drills.";
    const r = one(text);
    expect(r.text).toBe('its troops, part of a large buildup near the border, were withdrawn after drills');
    expect(r.speaker).toBe("Russia's defense ministry");
    // A relative clause is not an appositive: nothing is reported without "that".
    expect(reported("Russia's defense ministry said its troops, which had finished their drills, were going home.")).toEqual([]);
  });

  it('"<mention> told <listener> that <clause>"', () => {
    const r = one('NATO Secretary General Jens Stoltenberg told reporters that he had not seen any withdrawal of troops.');
    expect(r.text).toBe('that he had not seen any withdrawal of troops');
    expect(r.speaker).toBe('Jens Stoltenberg');
    expect(r.cue).toBe('told');
  });

  it('"<mention> warned/added/noted/argued/tweeted that <clause>", a pronoun resolved as for quotations', () => {
    for (const verb of ['warned', 'added', 'noted', 'argued', 'tweeted', 'wrote', 'insisted']) {
      const r = one(`Secretary of State Antony Blinken spoke in Washington on Wednesday. He ${verb} that Russian units were still moving toward the border.`);
      expect(r.text).toBe('that Russian units were still moving toward the border');
      expect(r.speaker).toBe('Antony Blinken');
      expect(r.mention).toBe('He');
      expect(r.cue).toBe(verb);
    }
  });

  it('"<clause>, <mention> said" and "<clause>, said <mention>"', () => {
    const r = one('NATO is considering establishing new battlegroups in central and Eastern Europe, Jens Stoltenberg said on Wednesday.');
    expect(r.text).toBe('NATO is considering establishing new battlegroups in central and Eastern Europe');
    expect(r.speaker).toBe('Jens Stoltenberg');
    const s = one('The assessment has not changed since last week, said Antony Blinken.');
    expect(s.text).toBe('The assessment has not changed since last week');
    expect(s.speaker).toBe('Antony Blinken');
  });

  it('"according to <mention>, <clause>" and "<clause>, according to <mention>"', () => {
    const r = one('According to Jen Psaki, the threat of an invasion remains very real this week.');
    expect(r.text).toBe('the threat of an invasion remains very real this week');
    expect(r.speaker).toBe('Jen Psaki');
    expect(r.cue).toBe('according to');
    const s = one('Russia has sent another 7,000 troops to the border, according to a senior administration official.');
    expect(s.text).toBe('Russia has sent another 7,000 troops to the border');
    expect(s.speaker).toBe('a senior administration official');
    expect(s.named).toBe(false);
  });

  it('"<subject> <verb> …, saying <clause>": the sentence subject', () => {
    const r = one('NATO Secretary-General Jens Stoltenberg threw cold water on those statements, saying the alliance does not see any sign of a pullback.');
    expect(r.text).toBe('the alliance does not see any sign of a pullback');
    expect(r.speaker).toBe('Jens Stoltenberg');
  });

  it('a participle after "by", "while" or a dash reports the sentence subject; not after "for" or "without"', () => {
    expect(one('Olaf Scholz closed the summit by saying the alliance will meet again in the spring.').speaker).toBe('Olaf Scholz');
    const r = one('Antony Blinken praised the talks, while arguing that the sanctions must stay in place.');
    expect(r.text).toBe('that the sanctions must stay in place');
    expect(r.speaker).toBe('Antony Blinken');
    expect(one('Sanna Marin changed her plans on the spot – saying she would now travel to Kyiv first.').speaker).toBe('Sanna Marin');
    expect(reported('Olaf Scholz was criticized for saying the alliance will meet again.')).toHaveLength(0);
    expect(reported('Olaf Scholz left the summit without saying the alliance will meet again.')).toHaveLength(0);
  });

  it('a speech verb joined to the subject\'s first verb by "but" ("X disputed …, but says …")', () => {
    const r = one('Hillary Clinton spoke in Iowa. Clinton disputed both critiques, but says that in retrospect she would have made a different decision.');
    expect(r.text).toBe('that in retrospect she would have made a different decision');
    expect(r.speaker).toBe('Hillary Clinton');
    expect(r.cue).toBe('says');
  });

  it('the subject of a subordinate clause that ends the sentence ("… after Trump said he is open to a deal")', () => {
    const r = one('Donald Trump spoke first. Marco Rubio denounced the Castro regime after Trump said he is open to negotiating a deal with Cuba.');
    expect(r.text).toBe('he is open to negotiating a deal with Cuba');
    expect(r.speaker).toBe('Donald Trump');
    // Not when the main clause goes on after the subordinate one, nor after a hypothetical "if".
    expect(reported('Donald Trump spoke first. When Trump said he is open to a deal with Cuba, Marco Rubio denounced the regime.')).toEqual([]);
    expect(reported('Donald Trump spoke first. Marco Rubio would walk out if Trump said he is open to a deal with Cuba.')).toEqual([]);
  });

  it('an unnamed source is kept as such', () => {
    const r = one('U.S. officials said Russia was still building up troops around Ukraine.');
    expect(r.speaker).toBe('U.S. officials');
    expect(r.named).toBe(false);
  });

  it('leaves out a clause it cannot attribute, a negated or hypothetical report, and a question', () => {
    expect(reported('They said the troops were pulling back from the border.')).toEqual([]);
    expect(reported('It said the troops were pulling back from the border.')).toEqual([]);
    expect(reported('Jens Stoltenberg did not say where the new battlegroups would be based.')).toEqual([]);
    expect(reported('Jens Stoltenberg would say the troops were pulling back.')).toEqual([]);
    expect(reported('Jens Stoltenberg asked whether the troops were pulling back.')).toEqual([]);
    expect(reported('The troops were pulling back from the border on Wednesday morning.')).toEqual([]);
    // "told X to …" is an order, not a statement.
    expect(reported('Vladimir Putin told his generals to pull back some of the troops.')).toEqual([]);
  });

  it('a sentence with a direct quotation keeps its quotation only, and extractQuotes stays direct', () => {
    const text = 'Stoltenberg added that Russia has “always moved forces back and forth.” Jens Stoltenberg said NATO allies remain ready to talk.';
    const all = extractStatements(text);
    expect(all.map((q) => q.kind)).toEqual(['quote', 'reported']);
    expect(all[0]!.text).toBe('“always moved forces back and forth.”');
    expect(all[1]!.text).toBe('NATO allies remain ready to talk');
    expect(extractQuotes(text).map((q) => q.kind)).toEqual(['quote']);
  });

  it('a report wholly outside the quotation of its sentence is read too', () => {
    const text = 'Paul Ryan spoke on Thursday. After a speech about “trial lawyers trying to get rich”, Ryan said he does believe McConnell is correct about the override.';
    const all = extractStatements(text);
    expect(all.map((q) => q.kind)).toEqual(['quote', 'reported']);
    expect(all[1]!.text).toBe('he does believe McConnell is correct about the override');
    expect(all[1]!.speaker).toBe('Paul Ryan');
    // Not when the clause holds or reaches the quotation.
    expect(reported('Paul Ryan spoke on Thursday. Ryan said the victims “do need to have their day in court.”')).toEqual([]);
  });
});

describe('reported speech: forms added for issue #14 misses', () => {
  it('a surname wink-nlp reads as a verb ("Lynch said …") is still the speaker', () => {
    const r = one('Attorney General Loretta Lynch spoke on Monday. Lynch said her colleague had not worked on the case.');
    expect(r.text).toBe('her colleague had not worked on the case');
    expect(r.speaker).toBe('Loretta Lynch');
  });

  it('other speech verbs without "that" when a pronoun subject and its verb follow', () => {
    const r = one('Rep. Jason Chaffetz spoke on Monday. Chaffetz insisted he has different questions for Pagliano.');
    expect(r.text).toBe('he has different questions for Pagliano');
    expect(r.cue).toBe('insisted');
    // An object is no clause.
    expect(reported('Rep. Jason Chaffetz spoke on Monday. Chaffetz admitted the mistake and apologized to the panel.')).toEqual([]);
  });

  it('"joked that", and a clause opening with "too much"', () => {
    expect(one('Rep. Bobby Scott spoke on Monday. Scott joked that Trump would finish fourth in a two-way race.').text).toBe('that Trump would finish fourth in a two-way race');
    expect(one('Gov. Mike Pence spoke on Monday. Mike Pence says too much is made of Donald Trump’s tweets.').text).toBe('too much is made of Donald Trump’s tweets');
  });
});

describe('stances reported without a clause', () => {
  it('a stance in an opening subordinate clause ends at its comma, and is read when the main clause has none', () => {
    const r = one('When Olaf Scholz accused Macron of being too cautious, the crowd cheered.');
    expect(r.text).toBe('Macron of being too cautious');
    expect(r.speaker).toBe('Olaf Scholz');
    const a = one('After Olaf Scholz refused to rule out a carbon tax, he was criticized by his party.');
    expect(a.text).toBe('to rule out a carbon tax');
    expect(a.speaker).toBe('Olaf Scholz');
    expect(reported('After the bill called for a tax, Olaf Scholz left the room.')).toHaveLength(0);
  });

  it('"<named subject> declined to comment / an interview": a response is a statement; a figure that declined is none', () => {
    const r = one('Through a spokesman, Olaf Scholz declined to comment on the pipeline.');
    expect(r.text).toBe('to comment on the pipeline');
    expect(r.speaker).toBe('Olaf Scholz');
    expect(r.cue).toBe('declined');
    expect(reported('Exports declined sharply in March.')).toHaveLength(0);
    expect(one('Olaf Scholz declined an interview request on Friday.').text).toBe('an interview request on Friday');
  });

  it('raising money is no stance; raising concerns is', () => {
    expect(reported('Mr. Paul Ryan raises substantial sums of money for Republicans.')).toHaveLength(0);
    // Nor in an opening clause, nor declining an offer there.
    expect(reported('After Paul Ryan raised money for the party in Ohio, he flew home to Wisconsin.')).toHaveLength(0);
    expect(reported('When Olaf Scholz declined the offer of a second term, his party was surprised.')).toHaveLength(0);
    expect(one('Paul Ryan raised concerns about the plan on Monday.').text).toBe('concerns about the plan on Monday');
  });

  it('a refusal that is an act, not a response, is no statement ("declined that assignment")', () => {
    expect(reported('The network offered to send Abby Martin to Crimea. Abby Martin declined that assignment and has since left the network.')).toHaveLength(0);
    expect(reported('Olaf Scholz refused the offer of a second term.')).toHaveLength(0);
  });

  it('"<named subject> [has] called for / wants to / criticized <object>": the named subject\'s statement', () => {
    const r = one('NATO Secretary General Jens Stoltenberg has called for a permanent increase in troops on the eastern flank.');
    expect(r.text).toBe('a permanent increase in troops on the eastern flank');
    expect(r.speaker).toBe('Jens Stoltenberg');
    expect(r.cue).toBe('called');
    const w = one('Secretary of State Antony Blinken wants to meet his Russian counterpart in Geneva next week.');
    expect(w.text).toBe('to meet his Russian counterpart in Geneva next week');
    expect(w.speaker).toBe('Antony Blinken');
    const c = one('Ukrainian President Volodymyr Zelenskyy criticized the slow delivery of weapons from Western allies.');
    expect(c.text).toBe('the slow delivery of weapons from Western allies');
    expect(c.speaker).toBe('Volodymyr Zelenskyy');
  });

  it('no stance without a named person, with a negation, or with a verb that reports an act', () => {
    expect(reported('The new sanctions bill calls for a freeze on Russian bank assets.')).toHaveLength(0);
    expect(reported('Antony Blinken has not criticized the German chancellor in public.')).toHaveLength(0);
    expect(reported('Antony Blinken plans to attend the security conference in Munich.')).toHaveLength(0);
    expect(reported('Jen Psaki called in to a morning radio show from Washington.')).toHaveLength(0);
  });

  it('a progressive speech verb ("is warning that") reports as its finite form does', () => {
    const r = one('Jens Stoltenberg is warning that Russian forces could still attack Kyiv within days.');
    expect(r.text).toBe('that Russian forces could still attack Kyiv within days');
    expect(r.speaker).toBe('Jens Stoltenberg');
    expect(r.cue).toBe('warning');
  });
});

describe('stances: the passive is not the subject\'s statement', () => {
  it('"X was accused of …", "X has been criticized for …" report others\' words about X', () => {
    expect(reported('Vladimir Putin was accused of planning a false-flag operation near the border.')).toHaveLength(0);
    expect(reported('Vladimir Putin has been sharply criticized for the troop buildup near Ukraine.')).toHaveLength(0);
  });
});

describe('views reported with a verb of belief', () => {
  it('"<mention> believes/fears/expects [that] <clause>"', () => {
    const r = one('NATO Secretary General Jens Stoltenberg believes Russia could still invade Ukraine within days.');
    expect(r.text).toBe('Russia could still invade Ukraine within days');
    expect(r.speaker).toBe('Jens Stoltenberg');
    expect(r.cue).toBe('believes');
    const f = one('Secretary of State Antony Blinken fears that the talks in Geneva will fail.');
    expect(f.text).toBe('that the talks in Geneva will fail');
    expect(f.speaker).toBe('Antony Blinken');
  });

  it('no clause, no statement: an object with a relative clause, or a participle used as an adjective', () => {
    expect(reported('Jens Stoltenberg believed the satellite images that showed new field hospitals.')).toHaveLength(0);
    expect(reported('Voters worried about the border might stay home in November.')).toHaveLength(0);
  });
});

describe('a possessive claim', () => {
  it('"<name>’s [adjective] claim/insistence/warning that <clause>"', () => {
    const r = one('Vladimir Putin’s repeated claim that Russian troops were pulling back was not borne out by satellite images.');
    expect(r.text).toBe('that Russian troops were pulling back was not borne out by satellite images');
    expect(r.speaker).toBe('Vladimir Putin');
    expect(r.cue).toBe('claim');
  });

  it('not without a name, nor a noun that is no claim', () => {
    expect(reported('The ministry’s claim that troops were pulling back was not borne out.')).toHaveLength(0);
    expect(reported('Vladimir Putin’s decision that troops would stay was announced on Tuesday.')).toHaveLength(0);
  });
});

/**
 * A modal or "to" between a subject and its speech verb made the report hypothetical ("would say").
 * When the subject reaches its cue past a relative clause, an interruption or an earlier verb, that
 * word belonged to another verb (PolNeAR train: "Obama positioned Clinton as the most qualified
 * person ever to run … and said …" was left out).
 */
describe('reported speech: a modal that belongs to another verb', () => {
  it('reads the report after an earlier verb joined by "and" or "but"', () => {
    expect(one('Barack Obama spoke. Obama positioned Clinton as the best person ever to run for president and said she would finish the job.'))
      .toMatchObject({ speaker: 'Barack Obama', text: 'she would finish the job' });
    expect(one('Judge Emmet Sullivan ruled. Sullivan put off deciding whether the group could question Clinton but said it could come back later.'))
      .toMatchObject({ speaker: 'Emmet Sullivan', text: 'it could come back later' });
  });

  it('reads the report after a relative clause holding "to"', () => {
    expect(one('Randi Weingarten spoke. Weingarten, who has visited several states to rally members, said she sees teachers lining up behind Clinton.'))
      .toMatchObject({ speaker: 'Randi Weingarten', text: 'she sees teachers lining up behind Clinton' });
  });

  it('still leaves out a base form in a modal\'s scope and a modal next to the cue', () => {
    expect(reported('Marco Rubio spoke. Rubio will go to Iowa and say he is done.')).toEqual([]);
    expect(reported('Marco Rubio spoke. Rubio, who ran in Iowa, would say he is done.')).toEqual([]);
  });
});

describe('reported speech: a perfect auxiliary, a duration and a long listener', () => {
  it('reads "has said" after a relative clause or "but", and "has said for weeks"', () => {
    const r = one('Donald Trump, who has relied on populist fervor in his bid, has said Britain’s anti-EU movement had parallels with his own quest.');
    expect(r.text).toBe('Britain’s anti-EU movement had parallels with his own quest');
    expect(r.speaker).toBe('Donald Trump');
    expect(one('Hillary Clinton has expressed concerns but has said she wants to see the bill move forward.').text)
      .toBe('she wants to see the bill move forward');
    const c = one('Ted Cruz has said for weeks he is the only candidate in the field who can beat Trump.');
    expect(c.text).toBe('he is the only candidate in the field who can beat Trump');
    expect(c.speaker).toBe('Ted Cruz');
  });

  it('still leaves out a negated or modal "have said"', () => {
    expect(reported('Ted Cruz, who wants to win, has never said he is the only candidate who can beat Trump.')).toEqual([]);
    expect(reported('Ted Cruz, who wants to win, would have said he is the only candidate who can beat Trump.')).toEqual([]);
  });

  it('reads "told <listener> of <organisation> that <clause>", not "told <listener> about <thing> that"', () => {
    const r = one('In his email, Richard Trumka told members of the AFL-CIO executive council that the body won’t be holding a vote.');
    expect(r.text).toBe('that the body won’t be holding a vote');
    expect(r.speaker).toBe('Richard Trumka');
    expect(reported('Richard Trumka told members of the union about the plan that he had drafted for the council.')).toEqual([]);
  });
});

describe('reported speech: an inverted report is not the subject of its own verb', () => {
  it('does not read "<name>, <appositive>, said <noun phrase> …" as a clause reported by that noun phrase', () => {
    const list = reported('John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said the Khan family deserved better.');
    expect(list.filter((r) => r.text.startsWith('John Kasich'))).toEqual([]);
    // The inverted order itself still reads.
    expect(one('The assessment has not changed since last week, said Antony Blinken.').speaker).toBe('Antony Blinken');
  });
});

describe('reported speech: a progressive stance', () => {
  it('reads "<name> is touting / criticizing / calling for <object>"', () => {
    const r = one('Bernie Sanders is touting his campaign’s work to bring working people into the process.');
    expect(r.text).toBe('his campaign’s work to bring working people into the process');
    expect(r.speaker).toBe('Bernie Sanders');
    expect(r.cue).toBe('touting');
    expect(one('Mitch McConnell was criticizing President Barack Obama as a weak commander-in-chief.').text)
      .toBe('President Barack Obama as a weak commander-in-chief');
  });

  it('not an act a stance verb also names, nor "calling" without "for"', () => {
    expect(reported('Barack Obama is raising money for Democrats in California this week.')).toEqual([]);
    expect(reported('Bernie Sanders was thanking supporters at a victory rally in Vermont.')).toEqual([]);
    expect(reported('Hillary Clinton is calling donors in New York this week.')).toEqual([]);
  });
});

describe('a second source contrasted in the same sentence', () => {
  it('is a report of its own, not part of the first source\'s ("…, but the U.S. said …", "…, even as NATO warned …")', () => {
    const pair = (text: string) => reported(text).map((r) => [r.speaker, r.text]);
    expect(pair('Russia said it was returning troops to their bases, but the U.S. said the threat of an attack remained.')).toEqual([
      ['Russia', 'it was returning troops to their bases'],
      ['the U.S.', 'the threat of an attack remained'],
    ]);
    expect(pair('Moscow said Wednesday it was pulling back some units, even as Britain warned that the buildup was still growing.')).toEqual([
      ['Moscow', 'it was pulling back some units'],
      ['Britain', 'that the buildup was still growing'],
    ]);
  });

  it('leaves a clause joined without a new source to the first ("…, and that Democrats would fight it")', () => {
    const list = reported('Clinton said the plan was dead and that Democrats would fight it in the Senate.');
    expect(list.map((r) => r.speaker)).toEqual(['Clinton']);
    expect(list[0]!.text).toBe('the plan was dead and that Democrats would fight it in the Senate');
  });
});

describe('a passive with an adverb before its participle', () => {
  it('is said of the subject, not by it ("… Mike Pence was widely criticized as sloppy")', () => {
    expect(reported('The rollout of vice-presidential candidate Mike Pence was widely criticized as sloppy and detrimental to the Indiana governor.')).toEqual([]);
    expect(reported('The plan of Senator John Smith was widely praised as bold.')).toEqual([]);
    expect(reported('Senator John Smith has repeatedly criticized the plan as sloppy.').map((r) => r.speaker)).toEqual(['John Smith']);
  });
});

describe('stances in a participle phrase of a named subject', () => {
  it('"…, slamming / accusing / calling for <object>": the subject\'s statement', () => {
    const s = one('Ben Carson has shown little sign of calming down, slamming the Texas senator for failing to act.');
    expect(s.text).toBe('the Texas senator for failing to act');
    expect(s.speaker).toBe('Ben Carson');
    expect(s.cue).toBe('slamming');
    const a = one('Bill Clinton unloaded on Sanders in a speech Sunday, accusing his followers of sexism.');
    expect(a.text).toBe('his followers of sexism');
    expect(a.speaker).toBe('Bill Clinton');
    expect(one('Donald Trump has repudiated decades of support for free trade, calling for heavy tariffs on imports.').text).toBe('heavy tariffs on imports');
  });

  it('not when the name does not head the subject, under a modal or passive, or for clapping', () => {
    expect(reported('The event with Barack Obama was held in Ohio, urging people to register to vote.')).toHaveLength(0);
    expect(reported('Donald Trump would cut taxes by $9 trillion, promising impossible growth.')).toHaveLength(0);
    expect(reported('Donald Trump was criticized by the press, slamming his rivals.')).toHaveLength(0);
    expect(reported('Ted Cruz stood on the stage, applauding along with the audience.')).toHaveLength(0);
    expect(reported('The bill passed the Senate, calling for new taxes.')).toHaveLength(0);
  });
});

describe('stances: the modal of a relative clause is not the stance\'s', () => {
  it('"X, who had said he would …, criticized Y" is X\'s stance; "X would criticize" is none', () => {
    const r = one('Bernie Sanders, who had said he would debate the front-runner, criticized Clinton on two fronts.');
    expect(r.text).toBe('Clinton on two fronts');
    expect(r.speaker).toBe('Bernie Sanders');
    expect(reported('Bernie Sanders would criticize Clinton on two fronts.')).toHaveLength(0);
  });
});

describe('"call" as a stance: demands and names', () => {
  it('"called [Wednesday] for", "called out", "called to ban", "called X a liar"', () => {
    expect(one('Donald Trump called Wednesday for Ruth Bader Ginsburg to resign.').text).toBe('Ruth Bader Ginsburg to resign');
    expect(one('Paul Ryan has previously called out Donald Trump.').text).toBe('Donald Trump');
    expect(one('Most recently, Donald Trump called to ban Muslims from entering the U.S.').text).toBe('to ban Muslims from entering the U.S.');
    const n = one('Hillary Clinton has nevertheless called his vote an irresponsible one.');
    expect(n.text).toBe('his vote an irresponsible one');
    expect(n.speaker).toBe('Hillary Clinton');
  });

  it('not a call that names nothing: onto the stage, a press conference, back', () => {
    expect(reported('At a rally in Macon, Donald Trump called LeVell, a former county chairman, onto the stage.')).toHaveLength(0);
    expect(reported('Donald Trump called a press conference on Monday.')).toHaveLength(0);
    expect(reported('Donald Trump called him back on Monday.')).toHaveLength(0);
  });
});

describe('speech verbs whose object is what was said', () => {
  it('"denied the charges", "announced a series of steps", "tweeted her thanks", "warned of a recession"', () => {
    const d = one('Roger Ailes denied the charges through his lawyer.');
    expect(d.text).toBe('the charges through his lawyer');
    expect(d.speaker).toBe('Roger Ailes');
    expect(d.cue).toBe('denied');
    expect(one('Barack Obama announced a series of steps to tighten firearms sales.').text).toBe('a series of steps to tighten firearms sales');
    expect(one('Hillary Clinton tweeted her thanks to the president.').text).toBe('her thanks to the president');
    expect(one('Janet Yellen warned of a recession.').text).toBe('a recession');
  });

  it('not an act or a figure, nor a passive', () => {
    expect(reported('Donald Trump reported $5,000 in interest income.')).toHaveLength(0);
    expect(reported('Paul Ryan wrote legislation that gave the president more authority.')).toHaveLength(0);
    expect(reported('Paul Ryan was admitted to the hospital.')).toHaveLength(0);
    expect(reported('Bernie Sanders repeated his tradition of tweeting about the debates.')).toHaveLength(0);
  });
});

describe('stances: a stance verb in a relative clause does not hide the subject\'s own', () => {
  it('"Obama, who has denounced the attack, reiterated his frustration …" is the main verb\'s stance', () => {
    const r = one('Barack Obama, who has denounced the attack as an act of terrorism, reiterated his frustration over the easy availability of guns.');
    expect(r.text).toBe('his frustration over the easy availability of guns');
    expect(r.cue).toBe('reiterated');
    expect(one('Bernie Sanders, who has criticized Clinton, praised Obama on Monday.').cue).toBe('praised');
    // The relative clause's stance is not the subject's statement when the main verb is an act.
    expect(reported('Bernie Sanders, who has criticized Clinton, flew to Iowa on Monday.')).toHaveLength(0);
  });
});

describe('a purpose lead makes the base form the subject\'s own statement', () => {
  it('"went on to explain that …", "used his speech to call for …", "went on to criticize …"', () => {
    const e = one('Donald Trump went on to explain that the Clintons’ commitment to power is unrelenting.');
    expect(e.text).toBe('that the Clintons’ commitment to power is unrelenting');
    expect(e.speaker).toBe('Donald Trump');
    expect(one('Donald Trump used his acceptance speech to call for the resignation of the chairman.').text).toBe('the resignation of the chairman');
    expect(one('Donald Trump went on to criticize the convention for its failure to mention ISIS.').cue).toBe('criticize');
  });

  it('no statement for an act after the lead, a base form after any other verb, or a lead under a modal', () => {
    expect(reported('Donald Trump used the money to build a hotel.')).toHaveLength(0);
    expect(reported('Donald Trump went on to win the nomination.')).toHaveLength(0);
    expect(reported('Donald Trump plans to criticize the convention on Monday.')).toHaveLength(0);
    expect(reported('Donald Trump would go on to criticize the convention.')).toHaveLength(0);
  });
});

describe('reported speech: speech participles', () => {
  it('reads other speech participles with a "that" clause as the subject\'s words', () => {
    const r = one('In a radio interview, Governor Ann Keller pointed to Canada as a model, remarking that the state should cap drug prices next year.');
    expect(r.speaker).toBe('Ann Keller');
    expect(r.text).toBe('that the state should cap drug prices next year');
  });

  it('reads a speech participle that opens the sentence with its "that" clause as the main subject\'s words', () => {
    const r = one('Noting that the city budget had doubled in four years, Mayor Tom Reyes urged the council to freeze hiring.');
    expect(r.speaker).toBe('Tom Reyes');
    expect(r.text).toBe('that the city budget had doubled in four years');
    // The main clause's subject must be a name or he/she: "the crowd" reports nothing.
    expect(reported('Noting that the polls had closed in every county, the crowd began to cheer loudly.')).toEqual([]);
  });

  it('reads a present verb the tagger took for a plural noun after a name as the subject\'s verb', () => {
    const r = one('In a letter to colleagues released Monday, Sanders rips the agreement on the island’s debt, arguing that the deal favors creditors at the expense of residents.');
    expect(r.speaker).toBe('Sanders');
    expect(r.text).toBe('that the deal favors creditors at the expense of residents');
  });
});

describe('reported speech: the name and the show around the verb', () => {
  it('reads a statement made on a show, its name capitalised or quoted, up to "that"', () => {
    // "Meet" (a verb to the tagger) ended the phrase between the verb and "that", and a quoted show's name
    // counted as a quotation inside the report: both statements were lost.
    expect(one('Senator Ann Cole said on Meet the Press that the bill was dead.').speaker).toBe('Ann Cole');
    const r = one('Governor Bill Moss acknowledged on NBC’s “Meet the Press” that he was trailing.');
    expect(r.speaker).toBe('Bill Moss');
    expect(r.text).toBe('that he was trailing');
  });

  it('credits a description to the name printed right after it between commas', () => {
    // "Mr. Moss's campaign manager, Kellyanne Dunn, said …" was credited to the label, not to her.
    expect(one('Mr. Moss’s campaign manager, Kellyanne Dunn, said on Sunday that the governor was trailing.').speaker).toBe('Kellyanne Dunn');
    const q = extractQuotes('“We are behind,” the campaign’s pollster, Dana Holt, told reporters.')[0]!;
    expect(q.speaker).toBe('Dana Holt');
  });
});
