/**
 * A saved news web page as browsers save them: the article inside navigation,
 * adverts, a cookie banner, a newsletter box, related links and scripts.
 */

export const NEWS_PARAGRAPHS = [
  'Turkish and Russian officials agreed on Tuesday to extend the gas contract for another five years, ending months of talks.',
  'The deal sets a lower price for deliveries through the Blue Stream pipeline, the energy minister said in Ankara. “We have reached a fair agreement,” he told reporters.',
  'Analysts in Istanbul said the price was still higher than what European buyers pay. Several of them expect the contract to be revised again next year.',
  'Moscow denied that it had threatened to cut supplies during the negotiations. A spokesman called the reports “pure invention”.',
];

export function newsPage(options: { paragraphs?: readonly string[] } = {}): string {
  const paragraphs = options.paragraphs ?? NEWS_PARAGRAPHS;
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Turkey and Russia extend gas deal | The Ankara Courier</title>
<meta property="og:site_name" content="The Ankara Courier">
<meta property="og:title" content="Turkey and Russia extend gas deal">
<meta property="og:url" content="https://courier.example/world/2017/04/07/gas-deal">
<meta property="article:published_time" content="2017-04-07T09:30:00+03:00">
<meta name="author" content="Ayşe Demir">
<link rel="canonical" href="https://courier.example/world/2017/04/07/gas-deal">
<script>window.dataLayer = [{ page: 'article', section: 'world' }]; function track() { return 'Track this click'; }</script>
<script async src="https://ads.example/loader.js"></script>
<style>.ad { height: 250px } .cookie { position: fixed }</style>
</head>
<body>
<div class="cookie" id="cookie-banner">We use cookies to improve your experience. <button>Accept all cookies</button> <a href="/privacy">Privacy settings</a></div>
<header class="site-header">
  <a href="/" class="logo">The Ankara Courier</a>
  <nav class="main-nav"><ul>
    <li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li>
    <li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li>
  </ul></nav>
</header>
<div class="ad ad-leaderboard">Advertisement: Buy the new phone today and save 20 per cent.</div>
<main>
<article class="article">
  <h1 class="headline">Turkey and Russia extend gas deal</h1>
  <p class="byline">By <a href="/authors/ayse-demir" rel="author">Ayşe Demir</a></p>
  <time datetime="2017-04-07T09:30:00+03:00">7 April 2017</time>
  <div class="article-body">
${paragraphs.map((p, i) => `    <p>${p}</p>${i === 1 ? '\n    <div class="ad ad-inline">Advertisement: Holidays on the coast from 199 euros.</div>' : ''}`).join('\n')}
  </div>
  <div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
</article>
<aside class="newsletter"><h2>Get the morning briefing</h2><form><input type="email" placeholder="Your e-mail"><button>Sign up</button></form></aside>
<section class="related"><h2>Related</h2><ul>
  <li><a href="/a">Gas prices rise again across Europe</a></li>
  <li><a href="/b">Pipeline works resume near the coast</a></li>
  <li><a href="/c">Ministers meet in Sochi</a></li>
</ul></section>
</main>
<footer class="site-footer"><p>© 2017 The Ankara Courier. All rights reserved.</p><nav><a href="/about">About us</a> <a href="/contact">Contact</a></nav></footer>
<script>document.querySelectorAll('.ad').forEach(function (ad) { ad.dataset.loaded = 'yes'; });</script>
</body>
</html>
`;
}

/** A page that is all menus and links: a site's front page, saved by mistake. */
export function frontPage(): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The Ankara Courier</title></head><body>
<nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<ul class="headlines"><li><a href="/a">Gas deal extended</a></li><li><a href="/b">Markets calm</a></li><li><a href="/c">Storm on the coast</a></li></ul>
<footer><a href="/about">About</a></footer></body></html>`;
}
