/** Hostile question text for the reliability tests: the inputs, a generator, and a check for mentions Discord would parse. */
import fc from 'fast-check';

/** [label, question] pairs: every kind of bad input the issue names. */
export const HOSTILE_QUESTIONS: [string, string][] = [
  ['empty', ''],
  ['whitespace', ' \t\n  \u00a0 '],
  ['6,000 characters', 'what did Blinken say about '.padEnd(6000, 'troops border ')],
  ['6,000 characters without spaces', 'x'.repeat(6000)],
  ['only punctuation', '?!?!...;;;---'],
  ['only emoji', '🙂🔥🇺🇦👨‍👩‍👧'],
  ['zero-width characters', 'what\u200b did\u200c Blin\u200dken\ufeff say\u2060'],
  ['RTL override characters', '\u202ewhat did Blinken say\u202c \u2067about troops\u2069'],
  ['Arabic (RTL script)', 'ماذا قال بلينكن عن القوات؟'],
  ['@everyone and @here', '@everyone @here what did Blinken say'],
  ['role and user mentions', '<@&123456789012345678> <@!123456789012345678> <@123456789012345678> <#123456789012345678> troops'],
  ['spoiler', '||what did Stoltenberg say||'],
  ['code fence', '```js\nwhat did Blinken say\n``` `inline`'],
  ['Markdown', '**bold** _it_ ~~strike~~ > quote # heading [link](https://evil.example) troops'],
  ['regex metacharacters', '.*+?^${}()|[]\\ (a+)+$ [[:alpha:]] \\d{1000} troops?'],
  ['unbalanced regex', '((((((((((troops'],
  ['Russian', 'Что сказал Столтенберг о войсках?'],
  ['Chinese', '布林肯说了什么关于军队'],
  ['German with umlauts', 'Was hat Stoltenberg über die Truppen gesagt?'],
  ['lone surrogates', '\ud800 what did \udfff Blinken say \ud83d'],
  ['control characters', 'what\u0000 did\u0007 Blinken\u001b[31m say\u007f'],
  ['mention only', '<@123456789012345678>'],
  ['combining marks', 'Z̷̢̛a̶l̷g̸o̵ troops'.repeat(50)],
];

const PIECES = [
  '@everyone', '@here', '@EVERYONE', '<@123456789012345678>', '<@!123456789012345678>', '<@&123456789012345678>', '<#123456789012345678>',
  '<@', '>', '@', '||', '```', '`', '**', '__', '~~', '\\', '[', ']', '(', ')', '](https://evil.example)', '# ', '> ', '-# ',
  '\u200b', '\u200f', '\u202e', '\u2066', '\ufeff', '\u0000', '\n', '\t', ' ', '🙂', '👨‍👩‍👧', '\ud800', '\udc00',
  'what did ', 'Blinken', 'Stoltenberg', ' say', ' about ', 'troops', 'how many ', 'who said ', '?', '.*+?^$', 'Что', '军队', 'ماذا',
];

/** Strings built from hostile pieces and arbitrary unicode, at most `maxLength` characters. */
export function hostileTextArb(maxLength: number, minLength = 0): fc.Arbitrary<string> {
  const piece = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) });
  const long = fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 1, max: Math.max(1, Math.floor(maxLength / 10)) })).map(([p, n]) => p.repeat(n));
  return fc
    .array(fc.oneof({ weight: 8, arbitrary: piece }, { weight: 1, arbitrary: long }), { maxLength: 40 })
    .map((parts) => parts.join('').slice(0, maxLength))
    .filter((s) => s.length >= minLength);
}

/**
 * Mentions Discord would parse in message or embed text: @everyone/@here, user, role and
 * channel mentions. The bot breaks each with a zero-width space.
 */
export function unescapedMentions(text: string): string[] {
  return [...text.matchAll(/@(?:everyone|here)|<(?:@[!&]?|#)\d+>/gi)].map((m) => m[0]);
}
