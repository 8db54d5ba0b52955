import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * One wink-nlp instance per process: loading the model takes ~100 ms and
 * a few MB, so every module shares this one.
 */
let instance: ReturnType<typeof winkNLP> | undefined;

export function getNlp(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model);
  return instance;
}
