/**
 * One-off import of the raw seed scrapes (`../shared/seeds/`) into `corpus/` as
 * articles with front matter. The body is copied exactly as scraped: cleaning is
 * done by code at load time (src/corpus/cleanArticle.ts), never by hand here.
 *
 * Usage: npm run import:seeds [-- SEEDS_DIR]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';

interface SeedMeta {
  file: string;
  id: string;
  outlet: string;
  title: string;
  byline?: string;
}

// Outlets come from the seeds' README. Titles: the printed headline where the scrape
// carries one (VOI, NPR); otherwise a plain description of the report, since the
// scrape lost the headline. No urls: the scrapes do not record them.
const SEEDS: SeedMeta[] = [
  {
    file: '000_fba5283932271d21.txt',
    id: 'usatoday-2022-02-16-russia-troops',
    outlet: 'USA Today',
    title: 'U.S. says Russia added up to 7,000 troops near Ukraine; NATO sees no de-escalation',
  },
  {
    file: '001_2ee5587a9b8e6469.txt',
    id: 'voi-2022-02-16-nato-russia-troops',
    outlet: 'VOI',
    title:
      'US And NATO Say Russia Still Deploys Troops Around Ukraine, Foreign Minister Blinken: Important Unit Towards Border',
  },
  {
    file: '002_d2635f54e5a57846.txt',
    id: 'washingtontimes-2022-02-16-no-pullback',
    outlet: 'The Washington Times',
    title: 'Russia has not delivered on its promised pullback from Ukraine border, U.S. officials say',
    byline: 'Ben Wolfgang',
  },
  {
    file: '003_9b2cdcc90544b519.txt',
    id: 'npr-2022-02-16-no-withdrawal-evidence',
    outlet: 'NPR',
    title: "U.S. and NATO officials say they've seen no evidence that Russia has withdrawn troops",
    byline: 'Becky Sullivan',
  },
  {
    file: '004_4a3198300a276ecc.txt',
    id: 'militarytimes-2022-02-16-russia-pullback-doubts',
    outlet: 'Military Times',
    title: 'Russia says more troops are returning to bases; the West and Ukraine see no sign of it',
    byline: 'Yuras Karmanau, Associated Press',
  },
];

const seedsDir = resolve(process.argv[2] ?? '../shared/seeds');
const corpusDir = resolve('corpus');
mkdirSync(corpusDir, { recursive: true });

for (const seed of SEEDS) {
  const body = readFileSync(join(seedsDir, seed.file), 'utf8');
  const meta: Record<string, string> = {
    id: seed.id,
    outlet: seed.outlet,
    title: seed.title,
    published: '2022-02-16',
  };
  if (seed.byline) meta.byline = seed.byline;
  meta.source_file = seed.file;
  const frontMatter = stringify(meta, { lineWidth: 0 });
  writeFileSync(join(corpusDir, `${seed.id}.md`), `---\n${frontMatter}---\n${body}`);
  console.log(`corpus/${seed.id}.md`);
}
