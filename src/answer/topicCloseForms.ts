/**
 * A topic in the close forms a speaker's statements may print instead of the asked word:
 * "diplomacy" for "diplomatic means", "negotiations" for "negotiating", "sovereignty" for
 * "sovereign". The stemmer keeps such forms apart ("diplomaci" / "diplomat"); their shared root,
 * searched as a prefix (the index matches prefixes from four letters), meets them all.
 */

/** Words this long or longer are read by their root. */
const MIN_WORD = 8;
/** A root keeps at least this many letters, and drops at most `MAX_CUT` from the word's end. */
const MIN_ROOT = 6;
const MAX_CUT = 3;

/** The topic with each long word cut to its root, or null when no word is long enough to cut. */
export function topicRoots(topic: string): string | null {
  let cut = false;
  const out = topic.split(/(\s+)/).map((word) => {
    const w = word.toLowerCase();
    // A capitalised word is a name, read as typed.
    if (w.length < MIN_WORD || !/^\p{Ll}+$/u.test(word)) return word;
    cut = true;
    return w.slice(0, Math.max(MIN_ROOT, w.length - MAX_CUT));
  });
  return cut ? out.join('') : null;
}
