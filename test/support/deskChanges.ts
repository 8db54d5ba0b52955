/**
 * What the tests of builds after a change compare, shared by the incremental build's tests and
 * the reload delta's: the questions asked of both desks, the snapshot compared, and the seed
 * corpus's changes (an article added, one changed, a namesake that makes a surname shared).
 */
import { createDesk } from '../../src/desk/createDesk';
import type { Article } from '../../src/corpus/types';
import type { DeskData } from '../../src/model/deskData';

export const CHANGE_QUESTIONS = [
  'what did Stoltenberg say',
  'NATO Secretary General',
  'who said we remain in the window',
  'how many troops has Russia massed near Ukraine',
  'what did Blinken say about withdrawal',
  'zeppelins quartermaster',
  'what did Erik Stoltenberg say',
];

/** Everything a desk answers from, and its answers: equal for two desks that answer alike. */
export function deskSnapshot(data: DeskData) {
  const desk = createDesk(data);
  return {
    answers: CHANGE_QUESTIONS.map((q) => desk.ask(q, { limit: 25 })),
    sources: desk.sources(),
    sentences: Array.from(data.sentences),
    quotes: Array.from(data.quotes),
    people: data.people.people,
    index: data.index.packed,
    quotesBySentence: Array.from(data.sentences, (_, s) => data.quotesBySentence.get(s)),
    sentenceIds: Array.from(data.sentences, (s) => data.sentenceById.get(s.id)),
  };
}

/** Articles in folder order, as a corpus folder is read. */
export const byFile = (articles: Article[]) => [...articles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

/** The seed corpus's changes the tests make. */
export function seedChanges(seed: Article[]) {
  const voi = seed.find((a) => a.id.startsWith('voi'))!;
  const npr = seed.find((a) => a.id.startsWith('npr'))!;
  const added: Article = { ...voi, id: 'aaa-added', file: 'aaa-added.md', outlet: 'Zeppelin Gazette', body: `${voi.body}\nThe quartermaster counted eleven zeppelins.` };
  // Another Stoltenberg: "Stoltenberg" alone no longer names Jens Stoltenberg, so unchanged sentences change their people field.
  const namesake: Article = {
    ...npr,
    id: 'zzz-namesake',
    file: 'zzz-namesake.md',
    body: 'OSLO - Norwegian fisheries minister Erik Stoltenberg said the quotas would stay. "We remain committed to the quotas," Erik Stoltenberg told reporters.',
  };
  const changedNpr: Article = { ...npr, body: npr.body.replace(/\n*$/, '\nThe quartermaster counted eleven zeppelins.') };
  return { voi, npr, added, namesake, changedNpr };
}
