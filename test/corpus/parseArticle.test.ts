import { describe, expect, it } from 'vitest';
import { ArticleFormatError, parseArticle } from '../../src/corpus/parseArticle';

const file = (front: string, body = 'Body text.') => `---\n${front}\n---\n${body}`;

describe('parseArticle', () => {
  it('reads required and optional fields and keeps the body verbatim', () => {
    const article = parseArticle(
      'npr-story.md',
      file('outlet: NPR\ntitle: "A: title"\npublished: 2022-02-16\nbyline: Becky Sullivan\nurl: https://example.org/a', 'Line one.\n\nLine “two”.\n'),
    );
    expect(article).toMatchObject({
      id: 'npr-story',
      outlet: 'NPR',
      title: 'A: title',
      published: '2022-02-16',
      byline: 'Becky Sullivan',
      url: 'https://example.org/a',
      body: 'Line one.\n\nLine “two”.\n',
      file: 'npr-story.md',
    });
  });

  it('takes the id from front matter when given', () => {
    expect(parseArticle('x.md', file('id: custom-id\noutlet: A\ntitle: T\npublished: 2022-01-01')).id).toBe('custom-id');
  });

  it.each([
    ['no front matter', 'Just text'],
    ['missing required `outlet`', file('title: T\npublished: 2022-01-01')],
    ['missing required `title`', file('outlet: A\npublished: 2022-01-01')],
    ['missing required `published`', file('outlet: A\ntitle: T')],
    ['YYYY-MM-DD', file('outlet: A\ntitle: T\npublished: 16 Feb 2022')],
    ['YYYY-MM-DD', file('outlet: A\ntitle: T\npublished: 2022-02-30')],
    ['not valid YAML', file('outlet: [unclosed\ntitle: T\npublished: 2022-01-01')],
    ['YAML mapping', file('- a\n- b')],
    ['body is empty', file('outlet: A\ntitle: T\npublished: 2022-01-01', '  \n')],
    ['http(s)', file('outlet: A\ntitle: T\npublished: 2022-01-01\nurl: javascript:alert(1)')],
    ['`id` may use', file('id: ../escape\noutlet: A\ntitle: T\npublished: 2022-01-01')],
  ])('rejects a file with a reason mentioning %s', (reason, content) => {
    expect(() => parseArticle('bad.md', content)).toThrow(ArticleFormatError);
    expect(() => parseArticle('bad.md', content)).toThrow(reason);
  });
});
