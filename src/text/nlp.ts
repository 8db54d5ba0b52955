import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * One wink-nlp instance per process: loading the model takes ~100 ms and
 * a few MB, so every module shares this one.
 *
 * Its `readDoc` forgets possessives it learnt: wink-nlp adds a word it meets before a
 * punctuation mark ("… on the order of Clinton’s.") to its lexicon whole, and from then on no
 * longer splits that word elsewhere ("Clinton’s ascendency" became one token, and the person
 * "Hillary Clinton" went unseen). How an article read depended on which articles the same
 * process had read before it: builds differed from run to run, and a per-article cache could
 * not be trusted. Forgetting the learnt possessive keeps every article's reading its own.
 */
let instance: ReturnType<typeof winkNLP> | undefined;

interface LexemeFeature {
  hash: Record<string, number>;
  list: string[];
}

const POSSESSIVE = /.[’']s$/iu;

export function getNlp(): ReturnType<typeof winkNLP> {
  if (!instance) {
    // The core model wink-nlp reads (and extends while reading) is made by `core()`: keep it.
    let core: { features?: { lexeme?: LexemeFeature } } | undefined;
    const nlp = winkNLP({
      ...model,
      core: () => {
        core = (model as unknown as { core: () => typeof core }).core();
        return core;
      },
    } as typeof model);
    const lexemes = core?.features?.lexeme;
    if (lexemes && typeof lexemes.hash === 'object' && Array.isArray(lexemes.list)) {
      const readDoc = nlp.readDoc.bind(nlp);
      nlp.readDoc = ((text: string) => {
        const known = lexemes.list.length;
        const doc = readDoc(text);
        for (let i = known; i < lexemes.list.length; i++) {
          const word = lexemes.list[i]!;
          if (POSSESSIVE.test(word) && lexemes.hash[word] === i) delete lexemes.hash[word];
        }
        return doc;
      }) as typeof nlp.readDoc;
    }
    instance = nlp;
  }
  return instance;
}
