import { describe, expect, it } from 'vitest';
import type { DeskData } from '../../src/model/deskData';
import { dayNumber, sentenceDayTable } from '../../src/time/articleDates';
import { deskFrom } from '../claims/support';

describe('sentenceDayTable', () => {
  const data = deskFrom([
    { outlet: 'Alpha News', published: '2022-02-01', body: 'Scholz spoke in Berlin.\n\nGas prices rose.' },
    { outlet: 'Beta Times', published: '2022-02-08', body: 'Scholz visited Washington.' },
    { outlet: 'Gamma Post', published: '2022-02-15', body: 'Scholz went to Moscow.\n\nThe talks lasted four hours.\n\nThey ended late.' },
  ]);

  it('gives each sentence its article’s publication day', () => {
    const days = sentenceDayTable(data);
    expect(days).toHaveLength(data.sentences.length);
    data.sentences.forEach((s, i) => expect(days[i]).toBe(dayNumber(data.articleById.get(s.article)!.published)));
  });

  it('never reads a sentence: an unpacked desk makes each one on first read, and a time question would make them all', () => {
    let reads = 0;
    const counted = new Proxy(data.sentences, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const days = sentenceDayTable({ ...data, sentences: counted } as DeskData);
    expect(reads).toBe(0);
    expect([...days]).toEqual([...sentenceDayTable(data)]);
  });
});
