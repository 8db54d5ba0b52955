/**
 * Roles typed in other words than the corpus prints them (issue #14): chat's word for a title
 * ("journo", "expert", "legislator", "strongman"), a title with one slip ("chancelor",
 * "minster"), "the guy from nato", "that … on twitter", POTUS, "advisor", and a country's
 * possessive without its apostrophe ("ukraines"). Each is tried only when nobody holds the role
 * as typed.
 */
import { describe, expect, it } from 'vitest';
import { askedRoleForms } from '../../src/answer/askedRoleForms';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha News',
      published: '2022-02-16',
      body: [
        '“Everyone breathed a sigh of relief,” Ukrainian journalist Kristina Berdynskykh wrote on Twitter.',
        '“Nothing has changed on the ground,” Russian analyst Mark Galeotti noted.',
        'Russian lawmaker Valentina Matviyenko accused the U.S. of meddling in Kyiv.',
        '“This is our business with Putin,” the longtime Belarusian leader Alexander Lukashenko said.',
        '“We hope that more will follow,” German Chancellor Olaf Scholz said.',
        'Belarusian Foreign Minister Vladimir Makei reaffirmed that all Russian troops will leave the country.',
        '“NATO remains ready for dialogue,” NATO Secretary General Jens Stoltenberg said.',
        'An invasion “may well happen soon,” White House national security adviser Jake Sullivan said.',
        'In Washington, President Joe Biden said the U.S. would give diplomacy “every chance.”',
      ].join('\n\n'),
    },
  ]),
);

const speakers = (q: string) => [...new Set(desk.ask(q).answers.map((a) => a.speaker))];

describe('roles in other words than printed', () => {
  it.each([
    ['what did the ukrainian journo say', 'Kristina Berdynskykh'],
    ['what did that ukrainian reporter on twitter say', 'Kristina Berdynskykh'],
    ['what did the russia expert say', 'Mark Galeotti'],
    ['what did the russian legislator say', 'Valentina Matviyenko'],
    ['anything from the belarusian strongman?', 'Alexander Lukashenko'],
    ['what did the german chancelor say', 'Olaf Scholz'],
    ['what did the belarusian foreign minster say', 'Vladimir Makei'],
    ['what did the guy from nato say', 'Jens Stoltenberg'],
    ['what did the us national security advisor say', 'Jake Sullivan'],
    ['what did potus say', 'Joe Biden'],
  ])('%j is %s', (question, name) => {
    expect(speakers(question)).toEqual([name]);
  });

  it('keeps finding nobody for a role no one holds in any of its readings', () => {
    expect(speakers('what did the french foreign minster say')).toEqual([]);
    expect(speakers('what did the guy from the un say')).toEqual([]);
  });

  it('offers other readings only where a word differs', () => {
    expect(askedRoleForms('the nato chief')).toEqual([]);
    expect(askedRoleForms('the german chancelor')).toEqual(['the german chancellor']);
    expect(askedRoleForms('the guy from nato')).toEqual(['the nato guy']);
    // A title spelt right is never "corrected" to another one.
    expect(askedRoleForms('the governor')).toEqual([]);
  });
});

describe('a country’s possessive typed without its apostrophe', () => {
  const reznikov = createDesk(
    deskFrom([{ outlet: 'Beta Times', body: 'Defense Minister Oleksii Reznikov said he had received no reports confirming a Russian pullback.' }]),
  );
  it('names the holder of the role printed without a country, as "ukraine’s" does', () => {
    for (const q of ["what did ukraine's defence minister say", 'what did ukraines defence minister say']) {
      expect(reznikov.ask(q).note, q).toContain('It names Oleksii Reznikov for that role without a country');
    }
  });
});
