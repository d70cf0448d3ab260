// Pages saved as HTML. No real saved page is among the samples, so the pages here are built from real content: the
// Hugging Face papers API sample embedded the way the site hands its props to its scripts (a `data-props` attribute,
// HTML-escaped), and a seed listing's titles and abstracts laid out as cards between page chrome and scripts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../ingest/sources';
import { parseListing } from '../../../ingest/sources/hfListing';
import { htmlPageReader, parseHtmlPage } from '../../../ingest/sources/htmlPage';
import { describeShared, itShared, sharedPath } from '../../sharedData';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const page = (body: string, head = '') => `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Daily Papers - Hugging Face</title>${head}
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
<style>.card { display: flex; } h3 { font-weight: 600; }</style></head>
<body><header><nav><a href="/">Hugging Face</a> <a href="/models">Models</a> <a href="/datasets">Datasets</a>
<a href="/spaces">Spaces</a> <a href="/docs">Docs</a> <button>Log In</button> <button>Sign Up</button></nav></header>
${body}
<footer><a href="/terms-of-service">TOS</a> <a href="/privacy">Privacy</a> <a href="/huggingface">About</a></footer>
<script type="module" src="/front/build/kube-1234/index.js"></script></body></html>
`;

const hfApi = sharedPath('samples/biblio/hf_daily_papers_api_2026-02.json');

describeShared(hfApi, 'a Hugging Face papers page saved as HTML, with its embedded props', () => {
  itShared(hfApi, 'reads the papers the page embeds with the API reader: the same 50 records as the API sample', async () => {
    const api = readFileSync(hfApi, 'utf8');
    const props = JSON.stringify({ dailyPapers: JSON.parse(api), date: '2026-02-24', lastDate: '2026-02-23' });
    const html = page(`<main><section class="container"><h1>Daily Papers</h1>
<div class="SVELTE_HYDRATER contents" data-target="DailyPapers" data-props="${escapeHtml(props)}">
<article><h3><a href="/papers/2602.18940">A server-rendered card</a></h3></article></div></section></main>`);
    expect(htmlPageReader.detect(html, 'papers.html')).toBe(true);
    const fromPage = parseHtmlPage(html, 'papers.html');
    const { entries: fromApi } = await readSources([hfApi]);
    expect(fromPage.warnings).toEqual([]);
    expect(fromPage.entries).toHaveLength(50);
    const strip = ({ source: _source, line: _line, ...entry }: { source: string; line: number }) => entry;
    expect(fromPage.entries.map(strip as never)).toEqual(fromApi.map(strip as never));
    // Every record is placed on the line of the attribute that holds it.
    expect(new Set(fromPage.entries.map((entry) => entry.line))).toEqual(new Set([html.split('\n').findIndex((l) => l.includes('data-props')) + 1]));
  });
});

describe('a papers page saved as HTML without embedded records', () => {
  const seed = readFileSync(join(__dirname, '../../../data/seeds/000_9841f08e9fbae111.txt'), 'utf8');

  it("reads its cards as the listing reader reads the page's text: same titles and abstracts, arXiv ids from relative links", () => {
    const asText = parseListing(seed, 'seed.txt').entries;
    expect(asText.length).toBeGreaterThan(20);
    const cards = asText
      .map(
        (entry, i) => `<article class="card"><div class="upvotes"><svg viewBox="0 0 12 12"><path d="M6 1l5 5H1z"/></svg>${10 + i}</div>
<h3><a href="/papers/2509.${String(10000 + i)}">${escapeHtml(entry.title)}</a></h3>
<p class="abstract">${escapeHtml(entry.abstract)}</p>
<ul><li>${3 + (i % 4)} authors</li></ul></article>`,
      )
      .join('\n');
    const html = page(
      `<main><p>Get trending papers in your email inbox!</p><h1>Daily Papers</h1><p>by AK and the research community</p>\n${cards}</main>`,
      '<link rel="canonical" href="https://huggingface.co/papers/date/2025-09-02">',
    );
    const { entries, warnings } = parseHtmlPage(html, 'papers.html');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => entry.title)).toEqual(asText.map((entry) => entry.title));
    expect(entries.map((entry) => entry.abstract)).toEqual(asText.map((entry) => entry.abstract));
    expect(entries.map((entry) => entry.ids.arxiv)).toEqual(asText.map((_, i) => `2509.${10000 + i}`));
    expect(entries.map((entry) => entry.upvotes)).toEqual(asText.map((_, i) => 10 + i));
    expect(entries.map((entry) => entry.authorsCount)).toEqual(asText.map((_, i) => 3 + (i % 4)));
    // Each record's line is the HTML line its title is written on.
    const lines = html.split('\n');
    for (const entry of entries) expect(lines[entry.line - 1]).toContain(escapeHtml(entry.title).slice(0, 40));
  });

  it('says clearly when a saved page holds no papers', async () => {
    const { entries, warnings } = parseHtmlPage(page('<main><h1>Sign in</h1><p>Welcome back.</p></main>'), 'login.html');
    expect(entries).toEqual([]);
    expect(warnings.length).toBeGreaterThan(0);
  });
});
