/**
 * Other readings of a role phrase nobody in the corpus holds as typed, tried in order only when
 * the phrase as typed finds no one: chat's words for a title the corpus prints otherwise ("the
 * ukrainian journo": journalist; "the russia expert": analyst; "the belarusian strongman":
 * leader), a title typed with one slip ("the german chancelor", "the foreign minster"), and a
 * loose head before the organisation ("the guy from nato": the nato guy). Generic words only.
 */

import { PERSON_TITLES, TITLE_WORDS } from '../people/lexicon';
import { typoDistance } from '../text/editDistance';

/** Words people type for a title, and the title news prints. */
const TITLE_SYNONYMS: Readonly<Record<string, string>> = {
  reporter: 'journalist', reporters: 'journalists', journo: 'journalist', journos: 'journalists',
  expert: 'analyst', experts: 'analysts', pundit: 'analyst', commentator: 'analyst',
  legislator: 'lawmaker', legislators: 'lawmakers', parliamentarian: 'lawmaker', mp: 'lawmaker',
  strongman: 'leader', ruler: 'leader', honcho: 'chief', bigwig: 'chief',
};

/** Titles long enough to be read through one slip. */
const SLIP_TARGETS = [...new Set([...TITLE_WORDS, ...PERSON_TITLES])].filter((t) => /^\p{L}{7,}$/u.test(t));

/** A loose head before its organisation: "the guy from nato", "the lady at the kremlin". */
const LOOSE_FROM = /^(?:the\s+|that\s+|this\s+)?(guy|dude|gal|lady|person|man|woman|fella|folks|guys)\s+(?:from|at|with|of)\s+(?:the\s+)?(.+)$/i;

const POINTING = /^(?:that|this|those|these)\s+/i;
const WHERE_SPOKEN = /\s+(?:on|in)\s+(?:twitter|x|tv|television|facebook|instagram|telegram|social media|the radio|radio|camera)$/i;

/** The phrase's other readings, most literal first; empty when there are none. */
export function askedRoleForms(typed: string): string[] {
  const out: string[] = [];
  // "That ukrainian reporter on twitter": a pointing word for "the", and where they spoke is no part of the role.
  const phrase = typed.trim().replace(POINTING, 'the ').replace(WHERE_SPOKEN, '');
  if (phrase !== typed.trim()) out.push(phrase);
  const loose = LOOSE_FROM.exec(phrase);
  if (loose) out.push(`the ${loose[2]!} ${/s$/i.test(loose[1]!) ? 'folks' : 'guy'}`);
  const words = phrase.split(/(\s+)/);
  const synonyms = words.map((w) => TITLE_SYNONYMS[w.toLowerCase()] ?? w);
  if (synonyms.some((w, i) => w !== words[i])) out.push(synonyms.join(''));
  const slips = synonyms.map((w) => titleThroughSlip(w) ?? w);
  if (slips.some((w, i) => w !== synonyms[i])) out.push(slips.join(''));
  return out;
}

/** The title a word misspells with one slip, the first letter kept (seven letters or more), or null when it is a title or none. */
function titleThroughSlip(word: string): string | null {
  const w = word.toLowerCase();
  if (w.length < 7 || !/^\p{L}+$/u.test(w) || TITLE_WORDS.has(w) || PERSON_TITLES.has(w)) return null;
  const near = SLIP_TARGETS.filter((t) => t[0] === w[0] && Math.abs(t.length - w.length) <= 1 && typoDistance(t, w, 1) <= 1);
  return near.length === 1 ? near[0]! : null;
}
