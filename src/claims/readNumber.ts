/**
 * Reads the value of a number written in figures or words, from tokens as wink-nlp splits
 * them ("150,000", "2.5" "billion", "twenty" "-" "five", "two" "dozen", "thousands").
 */

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const MULTIPLIER: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};

/**
 * Plural number words that name no figure, only an order of magnitude. The span is what
 * the word allows in ordinary usage: "thousands" is at least two thousand and, since
 * writers say "tens of thousands" beyond that, fewer than ten thousand.
 */
const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 99],
  scores: [40, 99],
  hundreds: [200, 999],
  thousands: [2_000, 9_999],
  millions: [2e6, 9_999_999],
  billions: [2e9, 9_999_999_999],
};

/** A number read from tokens `[start, end)`. */
export interface NumberRead {
  value: number;
  /** Present for "10-20" written as one token, and for vague words. */
  high?: number;
  vague: boolean;
  end: number;
}

/** True when the token can start a number: figures, number words, vague plurals. */
export function startsNumber(token: string): boolean {
  const t = token.toLowerCase();
  return /^\d/.test(t) || t in SMALL || t in VAGUE || (t === 'tens');
}

/** Whether a lowercase word is a number word (used to keep "one" of "no one" out). */
export function isNumberWord(token: string): boolean {
  const t = token.toLowerCase();
  return t in SMALL || t in MULTIPLIER || t === 'dozen';
}

/**
 * Reads a number starting at token `i`; null when the tokens there are not one.
 * `words` are the tokens as printed.
 */
export function readNumber(words: readonly string[], i: number): NumberRead | null {
  const first = (words[i] ?? '').toLowerCase();
  // "tens of thousands", "hundreds of thousands": the magnitude times ten to ninety-nine.
  if ((first === 'tens' || first === 'hundreds') && words[i + 1]?.toLowerCase() === 'of') {
    const unit = words[i + 2]?.toLowerCase() ?? '';
    const base = unit === 'thousands' ? 1e3 : unit === 'millions' ? 1e6 : unit === 'billions' ? 1e9 : 0;
    if (base > 0) {
      const [lo, hi] = first === 'tens' ? [20, 99] : [200, 999];
      return { value: lo * base, high: (hi + 1) * base - 1, vague: true, end: i + 3 };
    }
  }
  const vague = VAGUE[first];
  if (vague) return { value: vague[0], high: vague[1], vague: true, end: i + 1 };

  if (/^\d/.test(first)) {
    const range = /^(\d[\d,]*(?:\.\d+)?)[-–](\d[\d,]*(?:\.\d+)?)$/.exec(first);
    if (range) {
      const lo = parseFigure(range[1]!);
      const hi = parseFigure(range[2]!);
      if (lo !== null && hi !== null && hi > lo) return { value: lo, high: hi, vague: false, end: i + 1 };
      return null;
    }
    const value = parseFigure(first);
    if (value === null) return null;
    let end = i + 1;
    let scaled = value;
    // "2.5 billion", "1.5 million": figures with a multiplier word.
    while (end < words.length && MULTIPLIER[words[end]!.toLowerCase()] !== undefined && words[end]!.toLowerCase() !== 'hundred') {
      scaled *= MULTIPLIER[words[end]!.toLowerCase()]!;
      end++;
    }
    return { value: scaled, vague: false, end };
  }

  // Number words: "twenty-five", "three hundred thousand", "two dozen".
  let total = 0;
  let current = 0;
  let end = i;
  let any = false;
  while (end < words.length) {
    const w = words[end]!.toLowerCase();
    if (w in SMALL) current += SMALL[w]!;
    else if (w === 'hundred') current = (any ? current : 1) * 100;
    else if (w === 'dozen') current = (any ? current : 1) * 12;
    else if (w in MULTIPLIER) {
      total += (any ? current : 1) * MULTIPLIER[w]!;
      current = 0;
    } else if ((w === '-' || w === 'and') && any && end + 1 < words.length && words[end + 1]!.toLowerCase() in SMALL) {
      // "twenty - five", "one hundred and five"
    } else break;
    any = true;
    end++;
  }
  if (!any) return null;
  return { value: total + current, vague: false, end };
}

/** "150,000" → 150000, "2.5" → 2.5; null for anything else ("2014s", "3rd"). */
function parseFigure(text: string): number | null {
  if (!/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(text)) return null;
  return Number(text.replace(/,/g, ''));
}
