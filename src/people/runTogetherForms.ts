/** Run-together forms as printed: a CamelCase pair ("JensStoltenberg") or a name glued to a function word ("Stoltenbergat"). */
const RUN_TOGETHER = /\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}{3,}(?:at|in|on|of|to|for|and|the|with|from)\b/gu;

/** Each text's forms, from the last call: a kept build process merges the same texts at every reload. */
let remembered = new Map<string, readonly string[]>();

/**
 * The run-together forms each text prints, in order, as the people registry's merge reads
 * them (`mergeTextPeople`). They depend on the text alone, and this pattern's pass over every
 * article was over half of a merge's time at 3,000 articles: each text's forms are remembered
 * from the previous call, so a merge after a small change scans only the new and changed
 * texts. Only the texts of the latest call are kept (a removed article's are forgotten).
 */
export function runTogetherFormsOf(texts: readonly string[]): (readonly string[])[] {
  const kept = new Map<string, readonly string[]>();
  const forms = texts.map((text) => {
    let found = remembered.get(text) ?? kept.get(text);
    if (!found) found = Array.from(text.matchAll(RUN_TOGETHER), (m) => m[0]);
    kept.set(text, found);
    return found;
  });
  remembered = kept;
  return forms;
}
