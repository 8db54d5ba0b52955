/**
 * Article pages as a news site serves them, boilerplate and all: navigation, a cookie banner,
 * ads, share buttons, a newsletter box, related links, scripts and a footer around the story.
 * Written for these tests (outlets, people and events are made up); no real site was copied.
 * Each page's boilerplate carries a marker word (`BOILERPLATE`) so a test can check none of it
 * reached the article.
 */

const CHROME_TOP = `
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({ event: 'BOILERPLATE pageview' });</script>
  <script async src="/ads/loader.js"></script>
  <style>.cookie-banner { position: fixed; } /* BOILERPLATE styles */</style>
</head>
<body class="article-page">
  <div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Cookie consent">
    <p>We use cookies to improve your experience and to show you personalised ads. BOILERPLATE By clicking Accept you agree to our cookie policy.</p>
    <button>Accept all cookies</button><button>Manage preferences</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">The Harbour Ledger</a>
    <nav class="main-nav" aria-label="Sections">
      <ul>
        <li><a href="/world">World BOILERPLATE</a></li><li><a href="/politics">Politics</a></li>
        <li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li>
        <li><a href="/subscribe">Subscribe now for $1 a week</a></li>
      </ul>
    </nav>
  </header>
  <div class="ad ad-leaderboard" id="ad-top"><span>Advertisement</span><iframe src="/ads/frame?slot=top"></iframe><p>BOILERPLATE Shop the winter sale today</p></div>
`;

const CHROME_BOTTOM = `
  <aside class="newsletter-signup">
    <h3>Get the Morning Brief</h3>
    <p>BOILERPLATE The day's top stories, delivered to your inbox every weekday at 6 a.m.</p>
    <form action="/newsletter"><input type="email" placeholder="Your email"><button>Sign up</button></form>
  </aside>
  <section class="related-stories">
    <h2>Related stories</h2>
    <ul>
      <li><a href="/a">BOILERPLATE Ferry operators warn of summer fare rises</a></li>
      <li><a href="/b">BOILERPLATE Council approves new cycle lanes on the quay</a></li>
      <li><a href="/c">BOILERPLATE Five things to know before the budget vote</a></li>
    </ul>
  </section>
  <div class="ad ad-sidebar"><span>Advertisement</span><p>BOILERPLATE Refinance your home in minutes</p></div>
  <footer class="site-footer">
    <p>© 2024 The Harbour Ledger BOILERPLATE. All rights reserved.</p>
    <nav><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/contact">Contact us</a></nav>
  </footer>
  <script>document.querySelectorAll('.share').forEach(function (b) { b.onclick = function () { track('BOILERPLATE share'); }; });</script>
</body>
</html>`;

const SHARE = `
      <div class="share-bar" aria-label="Share this article">
        <a class="share share-facebook" href="#">Share on Facebook BOILERPLATE</a>
        <a class="share share-twitter" href="#">Share on X</a>
        <a class="share share-email" href="#">Email</a>
        <button class="share share-copy">Copy link</button>
      </div>`;

/** The story's paragraphs; every page below carries them (with its own markup). */
export const STORY = [
  'Harbour officials on Tuesday closed the northern quay to cargo traffic after inspectors found cracks in the sea wall, a decision that will divert about 40 ships a week to the southern terminal.',
  '“We are not going to take chances with a structure that old,” said Mara Lindqvist, the port’s chief engineer, standing beside the fenced-off section.',
  'The wall was built in 1962 and last repaired in 2009, according to the port authority’s records.',
  'Shipping companies said the closure would add a day to some deliveries.',
  '“It is an inconvenience, but nobody wants a collapse,” said Tomas Brandt, who runs a freight firm that uses the quay every day.',
  'Engineers expect to finish a full survey of the wall by the end of the month, Lindqvist said, and repairs could take until the autumn.',
];

export interface SavedPage {
  html: string;
  title: string;
  outlet: string;
  published: string;
  byline: string;
}

/** Metadata in <meta> and OpenGraph tags only. */
export function metaTagPage(): SavedPage {
  const html = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Northern quay closed after cracks found in sea wall | The Harbour Ledger</title>
  <meta property="og:title" content="Northern quay closed after cracks found in sea wall">
  <meta property="og:site_name" content="The Harbour Ledger">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="2024-03-12T09:30:00+01:00">
  <meta name="author" content="Ingrid Saar">
  <meta name="description" content="Ships will be diverted to the southern terminal.">
  <link rel="canonical" href="https://ledger.example/news/quay-closed">
${CHROME_TOP}
  <main>
    <article class="story">
      <h1 class="headline">Northern quay closed after cracks found in sea wall</h1>
      <p class="byline">By Ingrid Saar</p>
      ${SHARE}
      <div class="story-body">
        ${STORY.slice(0, 3).map((p) => `<p>${p}</p>`).join('\n        ')}
        <div class="ad ad-inline"><span>Advertisement</span><p>BOILERPLATE Try our crossword app free for 30 days</p></div>
        <aside class="read-more"><a href="/d">BOILERPLATE Read more: How the port was built</a></aside>
        ${STORY.slice(3).map((p) => `<p>${p}</p>`).join('\n        ')}
      </div>
      ${SHARE}
    </article>
  </main>
${CHROME_BOTTOM}`;
  return { html, title: 'Northern quay closed after cracks found in sea wall', outlet: 'The Harbour Ledger', published: '2024-03-12', byline: 'Ingrid Saar' };
}

/** Metadata in JSON-LD (NewsArticle), a different headline and outlet from `metaTagPage`. */
export function jsonLdPage(): SavedPage {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Sea wall cracks force port to divert ships south',
    datePublished: '2024-03-13T06:00:00Z',
    author: [{ '@type': 'Person', name: 'Petra Holm' }],
    publisher: { '@type': 'Organization', name: 'Coastal Courier' },
  };
  // The same events told in other words, so it is not a duplicate of the meta-tag page.
  const paragraphs = STORY.map((p) => p.replace('Harbour officials on Tuesday', 'Port managers this week').replace('Shipping companies', 'Freight lines'));
  const html = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Sea wall cracks force port to divert ships south - Coastal Courier</title>
  <script type="application/ld+json">${JSON.stringify(ld)}</script>
${CHROME_TOP.replace(/The Harbour Ledger/g, 'Coastal Courier')}
  <div id="content">
    <div class="article-wrapper">
      <h1>Sea wall cracks force port to divert ships south</h1>
      ${SHARE}
      ${paragraphs.map((p) => `<p>${p}</p>`).join('\n      ')}
      <div class="newsletter-inline"><p>BOILERPLATE Sign up for our newsletter to get stories like this first.</p><button>Subscribe</button></div>
    </div>
  </div>
${CHROME_BOTTOM.replace(/The Harbour Ledger/g, 'Coastal Courier')}`;
  return { html, title: 'Sea wall cracks force port to divert ships south', outlet: 'Coastal Courier', published: '2024-03-13', byline: 'Petra Holm' };
}

/** A page with a headline and site name but no publication date anywhere. */
export function undatedPage(): SavedPage {
  const page = metaTagPage();
  const html = page.html
    .replace(/<meta property="article:published_time"[^>]*>/, '')
    .replace(/quay to cargo traffic/, 'quay to all cargo traffic');
  return { ...page, html, published: '' };
}

/** An HTML page with no article in it. */
export const EMPTY_PAGE = `<!doctype html><html><head><title>Nothing here</title></head><body><nav><a href="/">Home</a></nav><script>var x = 1;</script></body></html>`;
