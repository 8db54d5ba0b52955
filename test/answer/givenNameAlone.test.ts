import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

// Users call politicians by their first name ("what did hillary tell congress"); news prints the
// surname once it has introduced them ("Clinton testified …"), and with two Clintons in the corpus
// the people registry cannot tell whose that surname is. The name gate took "hillary" as a name
// no match mentions and gave no answers.
const desk = (governorLine: string) =>
  createDesk(
    deskFrom([
      {
        outlet: 'Alpha',
        title: 'Committee hears the former secretary',
        body: [
          'Clinton testified before the oversight committee in October about the emails.',
          'The committee chairman said the hearing ran for eleven hours.',
        ].join('\n\n'),
      },
      {
        outlet: 'Beta',
        title: 'Campaign trail',
        body: [
          '“I answered every question they had,” Hillary Clinton said at a rally in Ohio.',
          'Supporters of Hillary Clinton filled the hall on Tuesday.',
          'Aides to Hillary Clinton said the tour would go on.',
          'Voters who back Hillary Clinton were asked about the economy.',
          'The crowd cheered when Hillary Clinton arrived.',
          'Donors close to Hillary Clinton met in Denver.',
          // Two Clintons: "Clinton" alone names neither for the people registry.
          '“The economy comes first,” Bill Clinton said in Miami.',
        ].join('\n\n'),
      },
      { outlet: 'Gamma', title: 'State news', body: governorLine },
    ]),
  );

describe('a given name typed alone is mentioned by the surname it stands for', () => {
  it('answers from a match that names the person by surname only', () => {
    const answers = desk('The governor signed the budget on Friday.').ask('when did hillary testify before the oversight committee').answers;
    expect(answers[0]?.text).toContain('Clinton testified before the oversight committee in October');
  });
});
