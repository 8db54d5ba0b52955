/**
 * Removing an article moves its file into `<dir>/.removed/` (a dot folder, never read as
 * corpus); nothing is deleted. Restoring moves it back, refused when its name or id has been
 * taken since. Both run under the corpus lock with adds.
 */
import { link, mkdir, readdir, rename, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readCorpusDir } from '../corpus/readCorpusDir';
import { REMOVED_DIR } from './addArticle';
import { withCorpusLock } from './corpusLock';
import { IntakeError } from './intakeError';

export interface MovedArticle {
  id: string;
  outlet: string;
  title: string;
  published: string;
  /** File name in the corpus folder. */
  file: string;
  /** File name inside `.removed/` while removed. */
  removedFile: string;
}

export async function removeArticle(corpusDir: string, id: string): Promise<MovedArticle> {
  return withCorpusLock(corpusDir, async () => {
    const { articles } = await readCorpusDir(corpusDir);
    const article = articles.find((a) => a.id === id) ?? articles.find((a) => a.id.toLowerCase() === id.trim().toLowerCase());
    if (!article) throw new IntakeError(`no article with the id ${id.slice(0, 130)} is in the corpus`);
    const removedDir = join(corpusDir, REMOVED_DIR);
    await mkdir(removedDir, { recursive: true });
    const taken = new Set((await readdir(removedDir)).map((n) => n.toLowerCase()));
    const stem = basename(article.file).replace(/\.md$/i, '');
    let removedFile = `${stem}.md`;
    for (let n = 2; taken.has(removedFile.toLowerCase()); n++) removedFile = `${stem}.removed-${n}.md`;
    await rename(join(corpusDir, article.file), join(removedDir, removedFile));
    return { id: article.id, outlet: article.outlet, title: article.title, published: article.published, file: article.file, removedFile };
  });
}

/** Puts a removed article back under its old file name. */
export async function restoreArticle(corpusDir: string, moved: Pick<MovedArticle, 'id' | 'file' | 'removedFile'>): Promise<void> {
  return withCorpusLock(corpusDir, async () => {
    const from = join(corpusDir, REMOVED_DIR, basename(moved.removedFile));
    const { articles } = await readCorpusDir(corpusDir);
    const clash = articles.find((a) => a.id.toLowerCase() === moved.id.toLowerCase());
    if (clash) throw new IntakeError(`the corpus has an article with the id ${moved.id} again, so the removed one was not restored`);
    try {
      // A hard link, then the removed copy goes: never overwrites a file that took the name meanwhile.
      await link(from, join(corpusDir, basename(moved.file)));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new IntakeError(`a file named ${basename(moved.file)} is in the corpus again, so the removed one was not restored`);
      if (code === 'ENOENT') throw new IntakeError('the removed file is no longer in .removed/, so there is nothing to restore');
      throw error;
    }
    await unlink(from);
  });
}
