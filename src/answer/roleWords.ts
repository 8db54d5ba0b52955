/**
 * Words of roles and organisations as people ask for them and as the corpus prints them,
 * reduced to comparable tokens: spelling variants (defence/defense), role synonyms
 * (chief/head/leader/secretary general; spokesman/spokeswoman/spokesperson), possessives
 * ("Ukraine's"), and nationalities matched with their countries ("Ukrainian" = "Ukraine").
 * Generic word lists only: no person, office or question of any corpus is named here.
 */

import { typoDistance } from '../text/editDistance';

/** British and American spellings of role and organisation words, as one form. */
const SPELLING: Record<string, string> = {
  defence: 'defense', organisation: 'organization', programme: 'program', labour: 'labor', centre: 'center',
  counsellor: 'counselor', councillor: 'councilor', defences: 'defense', ministries: 'ministry', advisor: 'adviser', advisors: 'advisers',
  // An envoy is an ambassador as news uses the word ("Russia's envoy to the EU").
  envoy: 'ambassador', envoys: 'ambassadors',
  // Chat shorthand for the same words ("the govt of ukraine", "state dept", "pres").
  govt: 'government', gov: 'government', gvt: 'government', dept: 'department', pres: 'president',
};

/** Party words: like a country, they say whose a role is ("the GOP front-runner" is not "the Democratic frontrunner"). */
const PARTY = new Set(['gop', 'republican', 'republicans', 'democratic', 'democrat', 'democrats', 'libertarian', 'libertarians', 'labour', 'labor', 'tory', 'tories']);
/** The Republican Party by its nickname, as news prints it too ("GOP front-runner"): one party with "Republican" in a role. */
const GOP = new Set(['gop', 'republican', 'republicans']);

/** Whether a role token names a party ("republican", "gop", "democratic"). */
export function isPartyToken(token: string): boolean {
  return PARTY.has(token);
}

/** Heads that mean "the one who leads it". */
const LEADER = new Set(['chief', 'head', 'leader', 'boss', 'secretary-general', 'director-general', 'chairman', 'chairwoman', 'chairperson', 'chair']);
/** Heads that mean "the one who speaks for it". */
const SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen', 'mouthpiece']);
/** Heads that lead a country or government: a question's "leader" may mean any of them. */
export const GOVERNMENT_HEADS = new Set(['president', 'chancellor', 'premier', 'prime']);

export const LEADER_TOKEN = '§lead';
export const SPOKES_TOKEN = '§spokes';

/** Words that change which office a role is ("former", "deputy", "vice"): a role must not gain or lose one. */
export const OFFICE_CHANGERS = new Set(['former', 'ex', 'deputy', 'vice', 'assistant', 'acting', 'associate', 'late', 'incoming', 'outgoing', 'undersecretary', 'under']);

/** Titles of two words that `roleTokens` reads as one token. */
export const COMPOUND_TITLES = new Set(['first-lady']);

/** Words that carry no identity in a role phrase. */
const FILLER = new Set(['the', 'a', 'an', 'of', 'to', 'for', 'from', 'in', 'at', 's', 'and', 'on', 'top', 'current', 'new', 'country', 'nation']);

/** Titles as news style abbreviates them, with the period ("Gov." is a governor, chat's "gov" a government). */
const TITLE_ABBREVIATION: Record<string, string> = { sen: 'senator', gov: 'governor', rep: 'representative', gen: 'general', lt: 'lieutenant', sec: 'secretary' };

/**
 * Chat's shorthand for titles and parties ("the press sec", "secy of state", "the veep", "the dem
 * nominee"), as the words: lowercase and without a period only, so the corpus's "SEC" (a
 * commission, printed in capitals) stays itself.
 */
const CHAT_TITLES: Readonly<Record<string, string>> = {
  'sec gen': 'secretary general', 'sec-gen': 'secretary general', secgen: 'secretary general', 'secy gen': 'secretary general',
  sec: 'secretary', secy: 'secretary', veep: 'vice president', dem: 'democratic', dems: 'democrats', pm: 'prime minister', prez: 'president', teh: 'the',
  // The US president and first lady by their initials, as chat and headlines write them.
  potus: 'us president', flotus: 'us first lady',
};
// Longest first, so "sec gen" is read whole before "sec".
const CHAT_TITLE = new RegExp(`(?<![\\p{L}.])(${Object.keys(CHAT_TITLES).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}.])`, 'gu');

export function chatTitles(phrase: string): string {
  return phrase.replace(CHAT_TITLE, (word) => CHAT_TITLES[word]!);
}

/** Countries and nationalities whose forms do not share a long prefix. */
const IRREGULAR_NATION: Record<string, string> = {
  british: 'uk', britain: 'uk', uk: 'uk', 'u.k': 'uk', 'u.k.': 'uk', england: 'uk', english: 'uk', brit: 'uk', brits: 'uk',
  french: 'france', france: 'france', american: 'us', america: 'us', 'u.s': 'us', 'u.s.': 'us', us: 'us', usa: 'us',
  dutch: 'netherlands', netherlands: 'netherlands', polish: 'poland', poland: 'poland', swiss: 'switzerland',
  switzerland: 'switzerland', greek: 'greece', greece: 'greece', welsh: 'wales', wales: 'wales', irish: 'ireland', ireland: 'ireland',
  danish: 'denmark', denmark: 'denmark', swedish: 'sweden', sweden: 'sweden', finnish: 'finland', finland: 'finland',
  spanish: 'spain', spain: 'spain', turkish: 'turkey', turkey: 'turkey', scottish: 'scotland', scotland: 'scotland',
  norwegian: 'norway', norway: 'norway', peruvian: 'peru', peru: 'peru', filipino: 'philippines', philippines: 'philippines',
};

/** Organisation heads: never matched by prefix with a title ("ministry" is not "minister"). */
const ORG_HEADS = new Set([
  'ministry', 'department', 'office', 'agency', 'committee', 'campaign', 'house', 'administration', 'government', 'council',
  'service', 'services', 'bureau', 'commission', 'state', 'states', 'party', 'union', 'alliance', 'organization', 'force',
  'forces', 'army', 'navy', 'command', 'embassy', 'mission', 'kremlin', 'pentagon', 'parliament', 'senate', 'congress',
]);

/**
 * The comparable tokens of a role or organisation phrase, in order: lowercase, possessive
 * and punctuation dropped, spellings unified, "secretary general" and synonyms of leader and
 * spokesperson reduced to one token each ("press secretary" also counts as a spokesperson).
 */
export function roleTokens(phrase: string): string[] {
  const words = chatTitles(phrase)
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/\bu\.s\.?(?=\s|$|-)/g, 'us')
    .replace(/\bu\.k\.?(?=\s|$|-)/g, 'uk')
    // News style's abbreviated titles ("Vermont Sen.", "New Jersey Gov.", "Rep.").
    .replace(/\b(sen|gov|rep|gen|lt|sec)\.(?=\s|$)/g, (_, t: string) => TITLE_ABBREVIATION[t]!)
    // Chat's "vp nominee" is a vice-presidential one ("the VP" alone is read as an initialism).
    .replace(/\bvp(?=\s+(?:nominee|candidate|pick|choice|hopeful|contender)s?\b)/g, 'vice presidential')
    .replace(/\b(secretary|director)[ -]general\b/g, '$1_general')
    // "First lady" is one title: read apart, "first" took it for an owner ("the first's lady").
    .replace(/\bfirst[ -]lady\b/g, 'first_lady')
    .replace(/\bfront[ -]runner/g, 'frontrunner')
    // A country's "top diplomat", as news calls its foreign minister (or secretary of state).
    .replace(/\btop diplomat\b/g, 'foreign minister')
    .replace(/[^\p{L}\p{N}_]+/gu, ' ')
    .split(' ')
    .map((w) => w.replace('_', '-'))
    .filter((w) => w && !FILLER.has(w));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let w = SPELLING[words[i]!] ?? words[i]!;
    if (w === 'secretary' && words[i + 1] === 'general') {
      w = 'secretary-general';
      i++;
    }
    if (w === 'secretary-general' || w === 'director-general') {
      out.push(LEADER_TOKEN);
      continue;
    }
    if (LEADER.has(w)) w = LEADER_TOKEN;
    else if (SPOKES.has(w)) w = SPOKES_TOKEN;
    out.push(w);
    if (w === 'secretary' && out[out.length - 2] === 'press') out.push(SPOKES_TOKEN);
  }
  return out;
}

/** Words before "minister" or "secretary" that are no portfolio ("prime minister", "press secretary"). */
const NOT_PORTFOLIO = new Set(['prime', 'chief', 'first', 'junior', 'senior', 'cabinet', 'government', 'state', 'press', 'party', 'general', 'executive', 'foreign-born']);

/**
 * The same cabinet office under the other country's title, or null: a portfolio's minister is
 * what Britain and the US call its secretary ("Defence Secretary Ben Wallace" is the British
 * defence minister users ask for), and the other way round. Only a portfolio word right before
 * the title makes it a cabinet office: a prime minister or a press secretary has no counterpart.
 */
export function cabinetCounterpart(tokens: readonly string[]): string[] | null {
  // The foreign minister is what the US calls its secretary of state, and the other way round.
  const foreign = tokens.findIndex((t, i) => t === 'foreign' && tokens[i + 1] === 'minister');
  if (foreign >= 0) return [...tokens.slice(0, foreign), 'secretary', 'state', ...tokens.slice(foreign + 2)];
  const state = tokens.findIndex((t, i) => t === 'secretary' && tokens[i + 1] === 'state');
  if (state >= 0) return [...tokens.slice(0, state), 'foreign', 'minister', ...tokens.slice(state + 2)];
  const at = tokens.findIndex((t) => t === 'minister' || t === 'secretary');
  const portfolio = tokens[at - 1];
  if (at < 1 || !portfolio || !/^\p{L}+$/u.test(portfolio) || NOT_PORTFOLIO.has(portfolio) || OFFICE_CHANGERS.has(portfolio) || isNationToken(portfolio)) return null;
  if (tokens.includes(SPOKES_TOKEN)) return null;
  const out = [...tokens];
  out[at] = tokens[at] === 'minister' ? 'secretary' : 'minister';
  return out;
}

/** A country or nationality's comparable form, when the word is one of the irregular ones. */
function nation(word: string): string | undefined {
  const known = IRREGULAR_NATION[word];
  if (known || word.length < 6) return known;
  // One typing slip ("britsh", "amercan"), the first letter kept.
  for (const form of IRREGULAR_FORMS) if (form[0] === word[0] && Math.abs(form.length - word.length) <= 1 && typoDistance(form, word, 1) <= 1) return IRREGULAR_NATION[form];
  return undefined;
}

/** The irregular nations' forms long enough to be read through a slip. */
const IRREGULAR_FORMS = Object.keys(IRREGULAR_NATION).filter((form) => form.length >= 6);

/**
 * Whether a question's role token is the role's token: equal, the same irregular nation
 * ("British" = "Britain", also through one slip: "britsh"), a place and its nationality sharing
 * a long prefix ("Ukraine" = "Ukrainian", "Germany" = "German"), or a long word typed with one
 * slip ("ukranian"); titles and organisation heads only when equal.
 */
export function sameRoleToken(asked: string, printed: string): boolean {
  if (asked === printed) return true;
  if (GOP.has(asked) && GOP.has(printed)) return true;
  const a = nation(asked);
  const b = nation(printed);
  // A capital asked as a country's owner of a role ("Washington's NATO ambassador", as news
  // prints "Moscow's ambassador") is that country's ("U.S. Ambassador to NATO"); not the other
  // way round: "the US governor" is no "Washington Gov.".
  if (CAPITALS.has(asked) && !SEAT_WORDS.has(printed)) return sameCountry(asked, printed);
  if (a || b) return a === b;
  if (asked.startsWith('§') || printed.startsWith('§') || ORG_HEADS.has(asked) || ORG_HEADS.has(printed)) return false;
  // Capitals and seats are names, not stems: "Whitehall" is not "White House", "Paris" not "Parisian".
  if (SEAT_WORDS.has(asked) || SEAT_WORDS.has(printed)) return false;
  if (OFFICE_CHANGERS.has(asked) || OFFICE_CHANGERS.has(printed)) return false;
  const shorter = Math.min(asked.length, printed.length);
  if (shorter < 4) return false;
  let common = 0;
  while (common < shorter && asked[common] === printed[common]) common++;
  if (!/^\p{L}+$/u.test(asked) || !/^\p{L}+$/u.test(printed) || TITLE_LIKE.has(asked) || TITLE_LIKE.has(printed)) return false;
  if (common >= 4 && common >= shorter - 3) return true;
  // One typing slip in a long word, the first letters kept ("ukranian", "russain").
  return shorter >= MIN_SLIP_LENGTH && common >= 2 && typoDistance(asked, printed, 1) <= 1;
}

/** Role words this long may carry one typing slip. */
const MIN_SLIP_LENGTH = 7;

/** Title words a prefix must not join ("president"/"presidential" are fine, "minister"/"ministry" are not). */
const TITLE_LIKE = new Set(['minister', 'secretary', 'director', 'governor', 'general', 'senator', 'senate', 'representative', 'commissioner', 'commission', 'counsel', 'council']);

/**
 * A country, its capital and the seat of its government stand for one another as speakers
 * ("Moscow said", "the Kremlin said", "Russia said"): capitals and seats by country token
 * (`IRREGULAR_NATION`'s forms, or the country's own name). World knowledge, not any corpus's.
 */
const SEATS: Record<string, readonly string[]> = {
  russia: ['moscow', 'kremlin'], ukraine: ['kyiv', 'kiev'], us: ['washington'], uk: ['london', 'whitehall', 'downing'],
  france: ['paris', 'elysee'], germany: ['berlin'], china: ['beijing'], japan: ['tokyo'], poland: ['warsaw'],
  belarus: ['minsk'], turkey: ['ankara'], israel: ['jerusalem'], iran: ['tehran'], india: ['delhi'], italy: ['rome'],
  spain: ['madrid'], canada: ['ottawa'], netherlands: ['hague'], sweden: ['stockholm'], finland: ['helsinki'],
  norway: ['oslo'], denmark: ['copenhagen'], ireland: ['dublin'], greece: ['athens'], georgia: ['tbilisi'],
  moldova: ['chisinau'], lithuania: ['vilnius'], latvia: ['riga'], estonia: ['tallinn'], romania: ['bucharest'],
  hungary: ['budapest'], austria: ['vienna'], 'north korea': ['pyongyang'], 'south korea': ['seoul'], taiwan: ['taipei'],
  syria: ['damascus'], egypt: ['cairo'], 'saudi arabia': ['riyadh'], qatar: ['doha'], afghanistan: ['kabul'],
  pakistan: ['islamabad'], mexico: ['mexico city'], brazil: ['brasilia'], philippines: ['manila'], vietnam: ['hanoi'],
};
const SEAT_GROUP = new Map<string, readonly string[]>();
const SEAT_WORDS = new Set<string>();
for (const [country, seats] of Object.entries(SEATS)) {
  const group = [country, ...seats];
  for (const word of group) SEAT_GROUP.set(word, group);
  for (const seat of seats) SEAT_WORDS.add(seat);
}

/**
 * The tokens that stand for the same government as a one-word speaker phrase naming a
 * country or its capital ("moscow" → russia, moscow, kremlin; "Britain" → uk, london, …), or
 * undefined when the token is no country or capital on the list, or a seat.
 */
export function governmentWords(token: string): readonly string[] | undefined {
  // A seat asked for is that office only: "the Kremlin" is not every statement from Russia.
  if (SEAT_ONLY.has(token)) return undefined;
  return SEAT_GROUP.get(nation(token) ?? token) ?? countryOfNationality(token);
}

/**
 * The government a nationality stands for, plural or not ("Ukrainians", "German"): the country
 * on the list whose name shares a long prefix with it, as `sameRoleToken` reads "Ukraine" and
 * "Ukrainian"; irregular ones ("British", "French") are in `IRREGULAR_NATION`.
 */
function countryOfNationality(token: string): readonly string[] | undefined {
  const singular = token.endsWith('s') ? token.slice(0, -1) : token;
  const irregular = nation(singular);
  if (irregular) return SEAT_GROUP.get(irregular);
  // A country's possessive typed without its apostrophe ("ukraines defence minister", "russias").
  if (singular !== token && !SEAT_WORDS.has(singular) && SEAT_GROUP.has(singular)) return SEAT_GROUP.get(singular);
  if (singular.length < 5 || !/(?:an|ese|ish|i)$/.test(singular)) return undefined;
  for (const country of Object.keys(SEATS)) {
    if (!country.includes(' ') && sameRoleToken(singular, country)) return SEAT_GROUP.get(country);
  }
  return undefined;
}

/**
 * Whether two role tokens name one country, whichever of its names, people, capital or seat
 * each is ("moscow" and "russia's", "british" and "uk", "kremlin" and "russian"): "the defence
 * ministry in Moscow" is "Russia's defense ministry".
 */
export function sameCountry(a: string, b: string): boolean {
  const group = countryOf(a);
  return group !== undefined && group === countryOf(b);
}

const countryMemo = new Map<string, readonly string[] | null>();

/** The country group a token names (a seat too), remembered: role tables hold thousands of tokens. */
function countryOf(token: string): readonly string[] | undefined {
  let group = countryMemo.get(token);
  if (group === undefined) {
    group = SEAT_GROUP.get(nation(token) ?? token) ?? countryOfNationality(token) ?? null;
    if (countryMemo.size < 50_000) countryMemo.set(token, group);
  }
  return group ?? undefined;
}

/** Whether a role token names a country, its people or its capital ("ukrainian", "us", "moscow"). */
export function isNationToken(token: string): boolean {
  return nation(token) !== undefined || SEAT_GROUP.has(token) || countryOfNationality(token) !== undefined;
}

/** Seats of government that name one office, not the country. */
const SEAT_ONLY = new Set(['kremlin', 'whitehall', 'downing', 'elysee']);
/** Capitals (seats that are no single office): a country's name in a role as a possessor. */
const CAPITALS = new Set([...SEAT_WORDS].filter((w) => !SEAT_ONLY.has(w)));

/** Whether a token is a seat of government that names one office ("kremlin", "downing"), not a capital. */
export function isOfficeSeat(token: string): boolean {
  return SEAT_ONLY.has(token);
}

/** Whether a token names an organisation head ("ministry", "department", "kremlin"). */
export function isOrganisationHead(token: string): boolean {
  return ORG_HEADS.has(token);
}

const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/;

/** The generational suffix a name carries ("Donald Trump Jr." → "jr"), lowercase, or null. */
export function nameSuffixOf(name: string): string | null {
  const last = name.toLowerCase().split(/[\s,]+/).filter(Boolean).pop() ?? '';
  return SUFFIX.test(last) ? last.replace('.', '') : null;
}

/** A name's comparable words: lowercase, without accents, initials and suffixes ("Joseph R. Biden Jr." → joseph biden). */
export function nameWordsOf(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[\s,]+/)
    .filter((w) => w && !SUFFIX.test(w) && !/^\p{L}\.?$/u.test(w) && !/^\p{L}\.\p{L}\.?$/u.test(w))
    .map((w) => w.replace(/[^\p{L}-]/gu, ''))
    .filter(Boolean);
}

