/**
 * Reporting verbs that attach a speaker to a quotation ("said", "quipped",
 * "according to"), generated from their base forms.
 */

const BASES = `say tell add note write quip declare ask opine retort insist explain argue claim state warn recall acknowledge
admit announce assert reply respond remark observe tweet post joke exclaim complain suggest predict conclude concede
contend emphasize emphasise stress urge promise vow pledge boast continue recount describe call deride blast slam accuse
charge report read shout yell proclaim testify reiterate confirm mock scoff chide lament wonder muse thunder cry demand
counter agree repeat text email interject caution maintain point reason recommend complain insist allege question
speculate estimate advise instruct order plead beg grumble sneer snap laugh smile sigh gush rave fume rant marvel whisper
mutter murmur tout praise dismiss brag criticize criticise label dub term hail lash fire shoot shot characterize
characterise decry denounce mention begin explain share sum vent reflect reveal disclose divulge concur clarify affirm
acknowledge reaffirm guarantee assure reassure signal indicate hint imply contend opine quote cite summarize summarise chant scream
holler roar bellow`;

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'], tell: ['told', 'tells', 'telling'], write: ['wrote', 'writes', 'writing', 'written'],
  read: ['reads', 'reading'], begin: ['began', 'begins'], shoot: ['shot'], cry: ['cried', 'cries'],
  reply: ['replied', 'replies', 'replying'], testify: ['testified', 'testifies'], fire: ['fired', 'fires'],
  quip: ['quipped', 'quips'], admit: ['admitted', 'admits'], slam: ['slammed', 'slams'], snap: ['snapped', 'snaps'],
  plead: ['pleaded', 'pleads', 'pled'], sum: ['summed'], clarify: ['clarified'], signal: ['signaled', 'signalled', 'signals'],
  summarize: ['summarized'], characterize: ['characterized'], characterise: ['characterised'], criticize: ['criticized'],
  criticise: ['criticised'], text: ['texted'], email: ['emailed'], post: ['posted', 'posts'], scoff: ['scoffed', 'scoffs'],
  muse: ['mused'], sneer: ['sneered'], rave: ['raved'], fume: ['fumed'], marvel: ['marveled', 'marvelled'],
  label: ['labeled', 'labelled'], dub: ['dubbed'], hail: ['hailed'], lash: ['lashed'], vent: ['vented'], decry: ['decried'],
  deride: ['derided'], describe: ['described', 'describes', 'describing'], continue: ['continued', 'continues', 'continuing'],
};

function inflect(base: string): string[] {
  if (IRREGULAR[base]) return [base, ...IRREGULAR[base]];
  const forms = [base];
  if (base.endsWith('e')) forms.push(base + 'd', base + 's', base.slice(0, -1) + 'ing');
  else if (base.endsWith('y') && !/[aeiou]y$/.test(base)) forms.push(base.slice(0, -1) + 'ied', base.slice(0, -1) + 'ies', base + 'ing');
  else if (/(s|sh|ch|x)$/.test(base)) forms.push(base + 'ed', base + 'es', base + 'ing');
  else forms.push(base + 'ed', base + 's', base + 'ing');
  return forms;
}

/**
 * Base forms that are no other form too ("maintain", "say"; not "read", which is also its past):
 * after a person named alone, a base form is no report of theirs but another verb's complement
 * ("help Mr. Putin maintain the image", "let Trump say it").
 */
export const BARE_CUE_FORMS: ReadonlySet<string> = new Set(
  BASES.split(/\s+/).filter((b) => b && b !== 'read' && !Object.values(IRREGULAR).some((forms) => forms.includes(b))),
);

/**
 * Reporting verbs whose everyday sense is something else ("began working in Ukraine", "continued
 * his attacks", "fired the director", "advised the party for a decade"): forms of them report words only when
 * words follow ("he began: …", "she continued, “…”", "fired back that …"); so do a crowd's
 * noises ("chanted his name", "roared" are no words, "chanted, “Lock her up!”" is).
 */
export const PHRASE_ONLY_CUES: ReadonlySet<string> = new Set(
  ['begin', 'continue', 'fire', 'shoot', 'read', 'laugh', 'smile', 'sigh', 'cry', 'reflect', 'advise', 'chant', 'scream', 'holler', 'roar', 'bellow'].flatMap(inflect),
);

/** Every inflected form of a reporting verb, lowercase. */
export const CUE_FORMS: ReadonlySet<string> = new Set(BASES.split(/\s+/).filter(Boolean).flatMap(inflect));

/** Core speech verbs; only these may attach a speaker from far away (", he said." at sentence end). */
export const STRONG_CUES: ReadonlySet<string> = new Set(
  ['say', 'tell', 'add', 'write', 'note', 'quip', 'declare', 'ask', 'opine', 'retort', 'insist', 'explain', 'argue',
    'claim', 'state', 'warn', 'recall', 'reply', 'respond', 'remark', 'observe', 'tweet', 'joke', 'exclaim', 'continue',
    'conclude', 'concede', 'contend', 'emphasize', 'stress', 'predict', 'acknowledge', 'admit', 'announce', 'assert',
    'complain', 'suggest', 'shout', 'yell', 'proclaim', 'testify', 'reiterate', 'counter', 'maintain', 'caution', 'post',
    'boast', 'promise', 'vow', 'urge', 'read', 'write', 'mutter', 'whisper', 'laugh', 'interject', 'allege', 'report',
    'confirm', 'wonder', 'muse', 'scoff', 'snap', 'plead', 'lament']
    .flatMap(inflect),
);

/** True when the lowercase word is a form of a reporting verb. */
export function isCue(lower: string): boolean {
  return CUE_FORMS.has(lower);
}

/** Nouns for what a source said or holds, when a possessive name owns them and a clause follows ("Trump’s claim that …"). */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set(`claim claims assertion argument insistence promise pledge warning suggestion view belief contention
statement admission acknowledgment acknowledgement emphasis conclusion charge accusation remark comments comment allegation
prediction vow boast complaint position`.split(/\s+/).filter(Boolean));
