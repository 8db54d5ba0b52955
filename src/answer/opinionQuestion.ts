/**
 * "What do people think about X", "how many Americans support X", "do voters back X": a
 * question about public opinion, answered by a poll's figures ("54% of Americans support …"),
 * not by what someone called "people" said. The group is a plural noun for the public or a
 * nationality; a named speaker ("what do the Russians say") stays a what-said question only
 * when it is not a group of the public.
 */

const GROUP = String.raw`(?:most |many |the )?(?:people|ppl|folks|public|voters|citizens|residents|adults|respondents|[\p{L}]+(?:ans|ians|ese|ish))`;
const OPINION_VERB = String.raw`(?:think|thinks|feel|feels|believe|believes|want|wants|support|supports|back|backs|favou?r|favou?rs|oppose|opposes|approve|approves|disapprove|disapproves|say|expect|expects|worry|worried|fear|fears)`;

/** Who was asked, after the group: "people in the poll", "voters surveyed", "Americans polled". */
const POLLED = String.raw`(?:\s+(?:polled|surveyed|asked|(?:in|from) (?:the |this |that |a |an )?(?:poll|survey)s?))?`;

const WHAT_DO_THEY_THINK = new RegExp(String.raw`^(?:and |so )?(?:what|how) (?:do|does|did) (${GROUP})${POLLED} (?:really |actually )?${OPINION_VERB}\b(?:\s+(?:about|of|on|regarding))?\s*(.*)$`, 'iu');
const HOW_MANY_THINK = new RegExp(String.raw`^(?:and |so )?(?:how many|what (?:percentage|percent|share|proportion) of) (${GROUP})${POLLED} (?:really |actually )?(${OPINION_VERB})\b\s*(.*)$`, 'iu');
const DO_THEY = new RegExp(String.raw`^(?:and |so )?(?:do|does|did|are|is) (${GROUP})${POLLED} (?:really |actually )?(${OPINION_VERB}|in favou?r of|against|ok with|okay with|for)\b\s*(.*)$`, 'iu');

/**
 * "What did the poll say about sending troops": a poll is no speaker; its shares on the topic
 * answer. Only an unnamed poll with a topic: a named one ("the quinnipiac poll") or none asked
 * ("what do the polls say") is searched by its words (`understandQuestion`).
 */
const POLL_SAYS = /^(?:and |so )?what (?:do|does|did|are|is|were|was|have|has) (?:(?:the|a|that|this|those|these|latest|new|recent|last)\s+)*(?:polls?|surveys?|polling)\s+(?:say|said|saying)\b(?:\s+(?:about|of|on|regarding))?\s+(\S.*)$/iu;

/** The public as such: a nationality ("Americans") is the public only as asked without "the" and not for what it "says"; what anyone "did say" is statements. */
const PUBLIC = new Set(['people', 'ppl', 'folks', 'public', 'voters', 'citizens', 'residents', 'adults', 'respondents']);

/**
 * The question rewritten as a share question ("what percent of people support sending soldiers
 * to eastern europe"), or null when it does not ask about public opinion.
 */
export function asOpinionQuestion(question: string): string | null {
  const q = question.trim().replace(/[?!.]+$/, '');
  const think = WHAT_DO_THEY_THINK.exec(q);
  if (think && isGroup(think[1]!, think[0]!)) return `what percent of ${group(think[1]!)} ${think[2] ?? ''}`.trim();
  const poll = POLL_SAYS.exec(q);
  if (poll) return `what percent of people ${poll[1]!}`.replace(/\s+/g, ' ').trim();
  const many = HOW_MANY_THINK.exec(q) ?? DO_THEY.exec(q);
  if (many && isGroup(many[1]!, many[2]!)) return `what percent of ${group(many[1]!)} ${many[2]} ${many[3] ?? ''}`.replace(/\s+/g, ' ').trim();
  return null;
}

function group(phrase: string): string {
  const g = phrase.toLowerCase().replace(/^(?:most|many|the) /, '');
  // Chat shorthand is not in the article: the public it means is.
  return g === 'ppl' || g === 'folks' ? 'people' : g;
}

/**
 * "The Russians" and what "the Germans say" are their governments speaking ("what do the
 * Russians say about NATO" asks for Moscow's statements); "people", "voters", "Americans" are the public.
 */
function isGroup(phrase: string, verbOrQuestion: string): boolean {
  const lower = phrase.toLowerCase();
  // What they "said" (past) is statements, quoted residents' among them, not a poll's share.
  if (/\bdid\b.*\bsay\b/i.test(verbOrQuestion)) return false;
  if (PUBLIC.has(group(phrase))) return true;
  return !lower.startsWith('the ') && !/\bsay\b/i.test(verbOrQuestion);
}
