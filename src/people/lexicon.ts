/**
 * Small generic word lists (no people): honorifics, title words, role nouns,
 * organisation words and first names with their usual gender. Used to tell a
 * person's name from the titles around it.
 */

export type Gender = 'male' | 'female';

/** Honorifics that carry gender. */
export const HONORIFIC_GENDER: Record<string, Gender | undefined> = {
  'mr.': 'male', mr: 'male', 'mrs.': 'female', mrs: 'female', 'ms.': 'female', ms: 'female', miss: 'female',
  sir: 'male', lady: 'female', dame: 'female', lord: 'male', 'dr.': undefined, dr: undefined,
};

/** Words that make up titles and roles ("Secretary of State", "press secretary"); lowercase. */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'secretary', 'general', 'secretary-general', 'minister', 'prime', 'foreign', 'defense', 'defence',
  'chancellor', 'senator', 'sen.', 'sen', 'rep.', 'rep', 'representative', 'gov.', 'gov', 'governor', 'mayor', 'ambassador',
  'spokesman', 'spokeswoman', 'spokesperson', 'press', 'chief', 'director', 'deputy', 'chairman', 'chairwoman', 'chair',
  'leader', 'king', 'queen', 'prince', 'princess', 'pope', 'judge', 'justice', 'attorney', 'commissioner', 'speaker',
  'state', 'of', 'the', 'house', 'white', 'national', 'security', 'adviser', 'advisor', 'analyst', 'journalist', 'lawmaker',
  'resident', 'candidate', 'nominee', 'former', 'rev.', 'reverend', 'gen.', 'col.', 'lt.', 'sgt.', 'capt.', 'adm.', 'maj.',
  'officer', 'official', 'chief-of-staff', 'staff', 'manager', 'campaign', 'strategist', 'pollster', 'professor', 'prof.',
  'economist', 'executive', 'ceo', 'founder', 'host', 'anchor', 'correspondent', 'editor', 'writer', 'author', 'columnist',
  'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'councilman', 'councilwoman', 'delegate', 'gop',
  'democratic', 'republican', 'democrat', 'u.s.', 'us', 'state', 'department', 'head', 'member', 'colonel', 'lieutenant',
  'sergeant', 'captain', 'admiral', 'major', 'commander', 'cardinal', 'bishop', 'rabbi', 'father', 'sister', 'ambassador',
  'envoy', 'diplomat', 'counsel', 'prosecutor', 'sheriff', 'chief', 'trustee', 'treasurer', 'clerk', 'whip', 'majority',
  'minority', 'first', 'sen.', 'activist', 'organizer', 'supporter', 'voter', 'expert', 'researcher', 'scientist', 'dr.',
  'mr.', 'mrs.', 'ms.', 'presidential', 'hopeful', 'businessman', 'businesswoman', 'billionaire', 'mogul', 'actor', 'actress',
  'singer', 'star', 'coach', 'player', 'fellow', 'scholar', 'historian', 'consultant', 'operative', 'aide', 'lawyer',
  'legislator', 'premier', 'emir', 'sheikh', 'ayatollah', 'tsar', 'dictator', 'vice-president', 'representative',
]);

/** Head nouns of a nominal mention that can stand for a titled person ("the longtime Belarusian leader"). */
export const TITLE_HEADS = new Set([
  'president', 'leader', 'secretary', 'secretary-general', 'minister', 'chancellor', 'senator', 'governor', 'mayor',
  'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'director', 'chairman', 'chairwoman', 'king', 'queen',
  'pope', 'premier', 'nominee', 'candidate', 'congressman', 'congresswoman', 'speaker', 'general', 'envoy', 'prime',
]);

/** Words whose presence marks a capitalised run as an organisation, place or work, not a person; lowercase. */
export const NON_PERSON_WORDS = new Set([
  'house', 'ministry', 'department', 'university', 'college', 'school', 'news', 'post', 'times', 'journal', 'agency',
  'party', 'committee', 'campaign', 'council', 'kremlin', 'pentagon', 'government', 'court', 'congress', 'senate',
  'administration', 'office', 'institute', 'foundation', 'center', 'centre', 'association', 'union', 'bank', 'group',
  'company', 'corp', 'corp.', 'inc', 'inc.', 'network', 'press', 'tv', 'radio', 'magazine', 'review', 'daily', 'tribune',
  'herald', 'gazette', 'network', 'police', 'army', 'navy', 'force', 'forces', 'nato', 'un', 'eu', 'cnn', 'fbi', 'cia',
  'fox', 'msnbc', 'abc', 'nbc', 'cbs', 'npr', 'pbs', 'ap', 'reuters', 'bloomberg', 'tass', 'conference', 'stadium',
  'city', 'county', 'state', 'states', 'republic', 'federation', 'kingdom', 'sea', 'ocean', 'river', 'street', 'avenue',
  'square', 'hall', 'church', 'hospital', 'airport', 'station', 'club', 'league', 'team', 'board', 'commission',
  'service', 'services', 'poll', 'survey', 'report', 'twitter', 'facebook', 'instagram', 'youtube', 'google', 'amazon',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'america', 'american', 'americans',
  'democrats', 'republicans', 'gop', 'dnc', 'rnc', 'white', 'state', 'capitol', 'hill', 'street', 'wall', 'road',
  'washington', 'russia', 'ukraine', 'china', 'moscow', 'kyiv', 'europe', 'brussels', 'iowa', 'ohio', 'florida', 'texas',
  'mountain', 'island', 'islands', 'park', 'bridge', 'tower', 'building', 'museum', 'library', 'act', 'bill', 'law',
  'amendment', 'plan', 'program', 'project', 'initiative', 'summit', 'debate', 'caucus', 'primary', 'convention',
  'trust', 'fund', 'corporation', 'industries', 'partners', 'llc', 'ltd', 'co.', 'magazine', 'show', 'live',
  'christmas', 'easter', 'day', 'week', 'month', 'year', 'january', 'february', 'march', 'april', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'coalition', 'movement', 'alliance', 'forum', 'organization',
  'organisation', 'unit', 'division', 'bureau', 'authority', 'mission', 'embassy', 'consulate', 'parliament', 'duma',
  'assembly', 'legislature', 'cabinet', 'politico', 'breitbart', 'huffington', 'guardian', 'telegraph', 'economist',
  // Countries and continents that are nobody's name ("Say Mexico demanded …", "Poor Mexico"); not those that are
  // names too (Jordan, Georgia, Chad).
  'mexico', 'canada', 'britain', 'england', 'france', 'germany', 'japan', 'iran', 'iraq', 'syria', 'israel', 'cuba',
  'india', 'pakistan', 'afghanistan', 'korea', 'egypt', 'libya', 'italy', 'spain', 'brazil', 'venezuela', 'africa',
  'asia', 'belarus', 'poland', 'yemen', 'lebanon', 'qatar', 'vietnam', 'nigeria', 'somalia', 'sudan',
  // Number words name vehicles and days, never people ("Marine One", "Air Force One"): else "One put on a cap" reads
  // as that person's surname.
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
]);

/** Personal pronouns that can be a speaker mention, with what they can refer to. */
export const PRONOUNS: Record<string, 'male' | 'female' | 'person' | 'group' | 'thing'> = {
  he: 'male', she: 'female', i: 'person', we: 'group', they: 'group', it: 'thing', you: 'person',
};

/** Honorific titles before a name that imply a person even without a known first name. */
export const PERSON_TITLES = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'sen.', 'rep.', 'gov.', 'gen.', 'col.', 'lt.', 'sgt.', 'capt.', 'adm.', 'maj.', 'rev.',
  'prof.', 'president', 'senator', 'governor', 'mayor', 'chancellor', 'minister', 'secretary', 'ambassador', 'judge',
  'justice', 'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'journalist', 'lawmaker', 'resident', 'pope', 'king',
  'queen', 'prince', 'princess', 'congressman', 'congresswoman', 'candidate', 'nominee', 'director', 'chairman',
  'chairwoman', 'professor', 'economist', 'strategist', 'pollster', 'adviser', 'advisor', 'aide', 'attorney', 'lawyer',
  'host', 'anchor', 'correspondent', 'editor', 'columnist', 'writer', 'author', 'leader', 'premier', 'activist',
  'businessman', 'businesswoman', 'billionaire', 'actor', 'actress', 'singer', 'comedian', 'coach', 'general',
  'secretary-general', 'commissioner', 'sheriff', 'prosecutor', 'officer', 'deputy', 'founder', 'ceo', 'chief',
  'manager', 'speaker', 'sir', 'dame', 'lord', 'lady', 'father', 'rabbi', 'cardinal', 'bishop', 'reverend', 'mrs', 'mr',
  'ms', 'dr', 'sen', 'rep', 'gov', 'colonel', 'captain', 'sergeant', 'lieutenant', 'admiral', 'commander', 'emir',
  'sheikh', 'ayatollah', 'trustee', 'delegate', 'legislator', 'economist', 'historian', 'scholar', 'researcher',
  'scientist', 'expert', 'consultant', 'operative', 'fellow', 'voter', 'supporter', 'organizer', 'official', 'envoy',
  'diplomat', 'counsel', 'whip', 'mogul', 'hopeful', 'rival', 'opponent', 'wife', 'husband', 'daughter', 'son', 'brother',
  'mother', 'friend', 'colleague', 'running', 'mate', 'veteran', 'student', 'teacher', 'doctor', 'nurse', 'pastor',
]);

/** Frequent first names with their usual gender (generic, not tied to any article). */
const MALE = `aaron adam adrian al alan albert alex alexander alexei alexey andrew andy anthony antony ari arnold ben benjamin
bernie bill billy bob bobby boris brad bradley brandon brett brian bruce carl carlos charles charlie chris christian
christopher chuck clarence craig dan daniel danny dave david dennis dick dmitry don donald doug douglas ed eddie edward
emmanuel eric ernest frank fred gary george gerald glenn gordon greg gregory harold harry henry herman howard hugh ian igor
isaac jack jacob jake james jared jason jeb jeff jeffrey jens jerry jesse jim jimmy joe joel john johnny jon jonathan jordan
jose joseph josh joshua juan justin keith ken kenneth kevin kurt larry lawrence lee leon lindsey lloyd louis luis marco mark
martin matt matthew max michael mike mitch mitt nathan neil newt nicholas nick olaf oleksii oliver omar patrick paul pete peter
phil philip ralph randy raymond reince rex richard rick rob robert roger ron ronald roy rudy russell ryan sam samuel scott
sean sergei sergey stephen steve steven ted terry thomas tim timothy todd tom tony vladimir volodymyr walter wayne william
willie xi yuri viktor vladislav dmitri ivan andrei mikhail nikolai jean pierre francois emmanuel angela karl heinz
hans klaus wolfgang giuseppe matteo luigi recep bashar benjamin ehud barack joe kevin marco rand chris ben lindsey jeb
mike tim corey kellyanne newt rudy chuck harry jerry jay dwight bret sean tucker rush glenn bill`;
const FEMALE = `abigail alice alicia alison amanda amber amy andrea angela ann anna anne barbara betty beverly brenda carly
carol caroline catherine cheryl christina christine cindy claire cynthia dana deborah debbie debra denise diana diane donna
dorothy elena elizabeth ellen emily emma evelyn frances gloria hannah heather helen hillary hope irene jane janet janice
jean jen jennifer jessica jill joan joanna joyce judith judy julia julie karen kate katherine kathleen kathy katie kamala
kellyanne kelly kimberly kristina kristen laura lauren linda lisa liz lois lori louise lynn madeleine margaret maria marie
marilyn martha mary megan melania melissa michelle monica nancy natalie nicole nikki olena olga pamela patricia paula
rachel rebecca rose ruth samantha sandra sara sarah sharon shirley stephanie susan suzanne tammy teresa theresa tiffany
ursula valentina victoria virginia wendy yulia yelena marine theresa angela debbie elizabeth huma donna chelsea ivanka
tulsi nina alexandria ilhan rashida ayanna condoleezza condi sheryl oprah meghan hope katrina dana sally janet loretta`;

export const FIRST_NAME_GENDER = new Map<string, Gender>();
for (const n of MALE.split(/\s+/)) if (n) FIRST_NAME_GENDER.set(n, 'male');
for (const n of FEMALE.split(/\s+/)) if (n) FIRST_NAME_GENDER.set(n, 'female');
// Names common for both are left out of the gender signal.
for (const n of ['jean', 'lindsey', 'kelly', 'jordan', 'dana', 'lee', 'hope', 'angela']) {
  if (MALE.split(/\s+/).includes(n) && FEMALE.split(/\s+/).includes(n)) FIRST_NAME_GENDER.delete(n);
}

/** Time words that trail a mention or a cue ("Blinken said Wednesday"). */
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'earlier', 'later', 'recently', 'previously', 'again', 'also', 'then', 'once', 'now', 'still', 'further', 'simply',
]);
