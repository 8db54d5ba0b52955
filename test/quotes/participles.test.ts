import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extractQuotes';

/** Invented sentences, one construction each: a participle cue (saying, calling, noting) never makes its object the speaker. */
const find = (text: string, needle: string) => {
  const q = extractQuotes(text).find((x) => x.text.includes(needle));
  if (!q) throw new Error(`no quote containing ${needle}`);
  return q;
};

describe('participle cues: the speaker is the subject, not the object after or before the participle', () => {
  it('does not read "…,” saying the city …" as an inverted "said X"', () => {
    const text = 'Jens Stoltenberg gave a defence of “allied unity,” saying the alliance embodied “the best of Europe.”';
    expect(find(text, 'allied unity').speaker).toBe('Jens Stoltenberg');
    expect(find(text, 'best of Europe').speaker).toBe('Jens Stoltenberg');
  });

  it('does not take the object of "noting"/"citing" after a quotation as its speaker', () => {
    const text = 'Antony Blinken said there was still "more work to do," noting rising tensions in the Baltic states.\n' +
      'The two senators argue that “there is precedent,” citing a case in which an officer was found guilty.';
    expect(find(text, 'more work to do').speaker).toBe('Antony Blinken');
    expect(find(text, 'there is precedent').mention).toBe('The two senators');
  });

  it('gives ", arguing/calling …" to the subject of the main clause, past a place name before the comma', () => {
    const text = 'Olaf Scholz spoke on Tuesday about the attack in Kharkiv, Ukraine, arguing that the shelling was “intolerable.”\n' +
      'Speaking at a rally in Riga, Latvia, Antony Blinken went after Lavrov, calling him “a total cynic.”';
    expect(find(text, 'intolerable').speaker).toBe('Olaf Scholz');
    expect(find(text, 'total cynic').speaker).toBe('Antony Blinken');
  });

  it('gives "<thing> saying …" (a message, tweets, an email) to the subject who sent it', () => {
    const text = 'Volodymyr Zelenskyy sent a series of tweets early Friday saying the West had been “far too slow.”\n' +
      'His office sent out an email to supporters stating, “We will not give up.”';
    expect(find(text, 'far too slow').speaker).toBe('Volodymyr Zelenskyy');
    expect(find(text, 'will not give up').mention).toBe('His office');
  });

  it('keeps a person right before the participle as the speaker', () => {
    const text = 'The meeting ended with Lavrov noting that talks were “not over.”';
    expect(find(text, 'not over').speaker).toBe('Lavrov');
  });
});

describe('a quotation opening the sentence after a closing report', () => {
  it('takes the speaker of "…, Schiff said." for the quotation that follows it', () => {
    const text = 'The alliance may be slow to act while Foreign Minister Sergei Lavrov negotiates in Geneva, Stoltenberg said. “The other factor is whether it would look weak.”';
    const q = find(text, 'other factor');
    expect(q.speaker).toBe('Stoltenberg');
    expect(q.cue).toBe('said');
  });
});

describe('relative clauses with an appositive and a year', () => {
  it('gives "X, now the …, who in 2010 said …" to X, with "who" as the mention', () => {
    const text = 'Scholz has had a frosty relationship with Mitch McConnell, now the Senate majority leader, who in 2010 said the goal was to make him a "one-term chancellor."';
    const q = find(text, 'one-term');
    expect(q.speaker).toBe('Mitch McConnell');
    expect(q.mention).toBe('who');
  });
});

describe('a question or exclamation reported right after it', () => {
  it('gives "“…?” Name told <listener> …" and "“…!” Name, <appositive>, Tweeted …" to Name', () => {
    const text = '“It looks like we will not agree, who knows?” Lavrov told Russia’s state television in an interview aired on Monday.\n' +
      '“Not us but we cannot argue with it!” Jen Psaki, the White House press secretary, Tweeted on Friday with a photo.';
    expect(find(text, 'who knows').speaker).toBe('Lavrov');
    expect(find(text, 'cannot argue').speaker).toBe('Jen Psaki');
  });

  it('reads "“…!” beamed Name" as an inverted report', () => {
    const text = 'Thousands waved flags in Kyiv.\n“This is fantastic!” beamed Olena Kovalenko of Lviv, who came with her family.';
    expect(find(text, 'fantastic').speaker).toBe('Olena Kovalenko');
  });
});

describe('quotations joined by "and" share the attribution after the last one', () => {
  it('gives "X is “a” and “b,” Name said" to Name for both', () => {
    const text = 'Sanctions are “the only answer” and “long overdue,” Olaf Scholz, the German chancellor, said in Berlin.';
    expect(find(text, 'only answer').speaker).toBe('Olaf Scholz');
    expect(find(text, 'long overdue').speaker).toBe('Olaf Scholz');
  });
});

describe('prepositional phrases are never the subject of a cue', () => {
  it('skips "in his speech" before the verb and does not read "in her opening remarks" as a verb', () => {
    const text = 'Vladimir Putin in his annual address called the sanctions “economic war” and promised a response.\n' +
      'Annalena Baerbock said in her opening remarks that Germany stood by its “closest allies.”';
    expect(find(text, 'economic war').speaker).toBe('Vladimir Putin');
    const q = find(text, 'closest allies');
    expect(q.speaker).toBe('Annalena Baerbock');
    expect(q.cue).toBe('said');
  });
});

describe('the outer report and clauses between two quotations', () => {
  it('reaches the outer "said" across "X and Y demands"', () => {
    const text = 'Olaf Scholz said the recent shelling and protests demands that all sides show "more restraint."';
    const q = find(text, 'more restraint');
    expect(q.speaker).toBe('Olaf Scholz');
    expect(q.cue).toBe('said');
  });

  it('gives the second quotation to the subject of an "after she …" clause between them', () => {
    const text = 'Dmitry Peskov described Sen. Elizabeth Warren as “hysterical” after she attacked the drills and blamed Moscow for “constant provocation.”';
    expect(find(text, 'hysterical').speaker).toBe('Dmitry Peskov');
    const q = find(text, 'constant provocation');
    expect(q.mention).toBe('she');
    expect(q.speaker).toBe('Elizabeth Warren');
  });

  it('keeps the inherited speaker inside reported content ("that … because she …") and after "and he"', () => {
    const text = 'Marco Rubio said that Kaja Kallas was “unfit” because she ignored the warnings and “never listened.”\n' +
      'Antony Blinken spoke on Monday, saying Lavrov was "dangerously wrong" and he is a "bully."';
    expect(find(text, 'never listened').speaker).toBe('Marco Rubio');
    expect(find(text, 'bully').speaker).toBe('Antony Blinken');
  });
});

describe('a subjectless participle after a clause of its own', () => {
  it('belongs to the subject of the clause joined by ", and", not to the sentence\'s earlier speaker', () => {
    const text = 'The slip recalled a hearing in 2013, when Clinton first testified before Congress, and Sen. Ron Jansen (R-Wis.) kept asking her why the department had tied the violence to "spontaneous" protests.';
    const q = extractQuotes(text).find((x) => x.text.includes('spontaneous'))!;
    expect(q.speaker).toBe('Ron Jansen');
  });
});
