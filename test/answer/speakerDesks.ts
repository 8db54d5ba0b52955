/** Small built desks for speaker questions (issue #14): roles, organisations, first names, look-alike names. */
import { deskFrom } from '../claims/support';

/** A NATO chief, a Kremlin spokesman and the Kremlin itself, a ministry, a president, a defence secretary, a mayor, a first name. */
export function speakersDesk() {
  return deskFrom([
    {
      outlet: 'Alpha News',
      body: [
        'NATO Secretary General Jens Stoltenberg spoke in Brussels on Wednesday.',
        '“We have not seen any withdrawal of Russian forces,” Stoltenberg said.',
        '“NATO remains ready for dialogue with Moscow,” he added.',
        'Kremlin spokesman Dmitry Peskov spoke to reporters in Moscow.',
        '“The troops are returning to their bases,” Peskov said.',
        '“The exercises are over,” the Kremlin said in a statement.',
        'Russia’s Defense Ministry published a video of tanks on a train.',
        '“Units of the Southern Military District are loading onto trains,” the ministry said.',
      ].join('\n\n'),
    },
    {
      outlet: 'Beta Times',
      body: [
        'Ukrainian President Volodymyr Zelenskyy addressed the nation.',
        '“We are united by a desire to live in peace,” Zelenskyy said.',
        'British Defence Secretary Ben Wallace was cautious.',
        '“It is too soon to tell whether the pullback is real,” Wallace said.',
        'Chicago Mayor Rahm Emanuel spoke at a conference about the city budget.',
        '“The city is ready for the winter,” Emanuel said.',
        'Former Secretary of State Hillary Clinton spoke at a fundraiser.',
        '“We will keep fighting for working families,” Clinton said.',
      ].join('\n\n'),
    },
  ]);
}

/** One speaker, and a person who is named but never quoted. */
export function mentionedDesk() {
  return deskFrom([
    {
      outlet: 'Gamma Post',
      body: [
        'French President Emmanuel Macron will travel to Moscow next week.',
        'NATO Secretary General Jens Stoltenberg spoke in Brussels on Wednesday.',
        '“We have not seen any withdrawal of Russian forces,” Stoltenberg said.',
        '“NATO remains ready for dialogue with Moscow,” he added.',
      ].join('\n\n'),
    },
  ]);
}
