// HF listing pages saved from text browsers and converters (fixtures in test/fixtures/hf-pages/): each rule of the page
// parser — titles, abstracts, author lines, upvotes, dates, links, chrome — checked on every layout.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hfListingReader, looksLikeTitle, parseListing } from '../../../ingest/sources/hfListing';
import { detectWrapWidth, readPageText } from '../../../ingest/sources/pageText';

const pages = join(__dirname, '../../fixtures/hf-pages');
const seeds = join(__dirname, '../../../data/seeds');
const read = (name: string) => {
  const text = readFileSync(join(pages, name), 'utf8');
  return { text, ...parseListing(text, name) };
};

// The fixtures reuse seed papers, so the seed pages say what each title and abstract must be, word for word.
const seedPapers = new Map(
  readdirSync(seeds)
    .sort()
    .flatMap((name) => parseListing(readFileSync(join(seeds, name), 'utf8'), name).entries)
    .map((entry) => [entry.title, entry] as const),
);

/** Lines of a page that are page furniture, never paper titles. */
const chromeLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/\[([^\]]*)\]\[\d+\]/g, '$1').replace(/\[\d+\]/g, '').replace(/^[\s*#·]+/, '').trim())
    .filter((line) => /^(Hugging Face|Models|Datasets|Spaces|Docs|Enterprise|Pricing|Log In|Sign Up|Trending Papers|Daily Papers|by AK|Daily|Load more|System theme|Company|TOS|Website|Search any paper|Papers|©|Previous|Submit)\b/.test(line));

function expectOnlyRealPapers(entries: { title: string; abstract: string }[], text: string): void {
  const chrome = new Set(chromeLines(text));
  expect(chrome.size).toBeGreaterThan(3);
  for (const entry of entries) {
    // Every title is a real paper's whole title: never a piece of a wrapped abstract, a menu item or a footer.
    expect(seedPapers.has(entry.title), entry.title).toBe(true);
    expect(chrome.has(entry.title)).toBe(false);
    // And every abstract shown on the page is the paper's whole abstract, rejoined from its wrapped lines.
    if (entry.abstract !== '') expect(entry.abstract).toBe(seedPapers.get(entry.title)!.abstract);
  }
}

describe('a search page dumped by lynx (upvotes before titles, [n] links, wrapped text, References list)', () => {
  const page = read('search-lynx.txt');

  it('reads all 8 papers and nothing else, without a warning', () => {
    expect(page.entries.map((entry) => entry.title)).toEqual([
      'Innovator: Scientific Continued Pretraining with Fine-grained MoE Upcycling',
      'Glider: Global and Local Instruction-Driven Expert Router',
      'DynMoLE: Boosting Mixture of LoRA Experts Fine-Tuning with a Hybrid Routing Mechanism',
      'Challenging the Need for Packet Spraying in Large-Scale Distributed Training',
      'Improving Routing in Sparse Mixture of Experts with Graph of Tokens',
      'Duo-LLM: A Framework for Studying Adaptive Computation in Large Language Models',
      'ExpertFlow: Optimized Expert Activation and Token Allocation for Efficient Mixture-of-Experts Inference',
      'AgentRouter: A Knowledge-Graph-Guided LLM Router for Collaborative Multi-Agent Question Answering',
    ]);
    expect(page.warnings).toEqual([]);
    expectOnlyRealPapers(page.entries, page.text);
  });

  it('the count above a title is its upvotes; the linked count below a card is its comments, not the next upvotes', () => {
    expect(page.entries.map((entry) => entry.upvotes)).toEqual([27, 4, 11, 0, 6, 3, 14, 9]);
  });

  it('"* N authors" is the author count; the title link gives the arXiv id and the URL; the line is the title\'s', () => {
    expect(page.entries.map((entry) => entry.authorsCount)).toEqual([21, 7, 7, 3, 4, 9, 10, 9]);
    expect(page.entries[0]).toMatchObject({
      ids: { arxiv: '2507.18671' },
      url: 'https://huggingface.co/papers/2507.18671',
      line: 23,
      source: 'search-lynx.txt',
      date: null,
    });
    expect(page.text.split('\n')[22]).toMatch(/^ {3}\[15\]Innovator:/);
  });
});

describe('a search page converted to markdown (### [Title][n], [n]: url definitions, "Published on" dates)', () => {
  const page = read('search-markdown.md');

  it('reads all 8 papers with upvotes, author counts and whole abstracts', () => {
    expect(page.entries).toHaveLength(8);
    expect(page.entries.map((entry) => entry.upvotes)).toEqual([6, 3, 14, 9, 5, 2, 4, 1]);
    expect(page.entries.map((entry) => entry.authorsCount)).toEqual([4, 9, 10, 9, 6, 4, 3, 6]);
    expectOnlyRealPapers(page.entries, page.text);
  });

  it('ids come from links to huggingface.co/papers/<id> and to arxiv.org/abs/<id> alike', () => {
    expect(page.entries.map((entry) => entry.ids.arxiv)).toEqual([
      '2505.00792', '2410.10846', '2410.17954', '2510.05445', '2502.00409', '2509.21164', '2503.02495', '2211.12105',
    ]);
    expect(page.entries[2].url).toBe('https://arxiv.org/abs/2410.17954');
    expect(page.entries[0].url).toBe('https://huggingface.co/papers/2505.00792');
  });

  it('month-day dates get the year after the latest year the page prints, and a warning says so', () => {
    expect(page.entries.map((entry) => entry.date)).toEqual([
      '2025-05-01', '2024-10-01', '2024-10-23', '2025-10-06', '2025-02-01', '2025-09-25', '2025-03-04', '2022-11-22',
    ]);
    expect(page.entries.map((entry) => entry.year)).toEqual([2025, 2024, 2024, 2025, 2025, 2025, 2025, 2022]);
    expect(page.warnings).toEqual([
      {
        file: 'search-markdown.md',
        line: 16,
        reason:
          '5 dates without a year read as 2025: the page prints a year only on dates outside its own year and the latest it prints is 2024, so its own year is assumed to be 2025 (inferred, not printed on the page)',
      },
    ]);
  });
});

describe('a daily page dumped by lynx (page date, "Submitted by", linked titles without abstracts)', () => {
  const page = read('daily-lynx.txt');

  it('keeps the 5 linked papers with their metadata, says they have no abstract, and takes no handle for a title', () => {
    expect(page.entries.map((entry) => [entry.title, entry.upvotes, entry.authorsCount, entry.ids.arxiv, entry.abstract])).toEqual([
      ['Glider: Global and Local Instruction-Driven Expert Router', 14, 7, '2410.07172', ''],
      ['Duo-LLM: A Framework for Studying Adaptive Computation in Large Language Models', 13, 9, '2410.10846', ''],
      ['ExpertFlow: Optimized Expert Activation and Token Allocation for Efficient Mixture-of-Experts Inference', 24, 10, '2410.17954', ''],
      ['Challenging the Need for Packet Spraying in Large-Scale Distributed Training', 10, 3, '2407.00550', ''],
      ['AdaptDHM: Adaptive Distribution Hierarchical Model for Multi-Domain CTR Prediction', 11, 6, '2211.12105', ''],
    ]);
    expect(page.entries.every((entry) => entry.organisation === null)).toBe(true);
    expect(page.warnings).toEqual([
      { file: 'daily-lynx.txt', line: 20, reason: '5 papers shown without an abstract on this page; kept with title and metadata only' },
    ]);
    expectOnlyRealPapers(page.entries, page.text);
  });
});

describe('a daily page copied from the browser (no links, no abstracts: cards known by their metadata)', () => {
  const page = read('daily-copy-paste.txt');

  it('keeps the 4 papers between their upvotes and author counts; handles and menus are not papers', () => {
    expect(page.entries.map((entry) => [entry.title, entry.upvotes, entry.authorsCount, entry.abstract])).toEqual([
      ['ExpertFlow: Optimized Expert Activation and Token Allocation for Efficient Mixture-of-Experts Inference', 40, 10, ''],
      ['Glider: Global and Local Instruction-Driven Expert Router', 33, 7, ''],
      ['Challenging the Need for Packet Spraying in Large-Scale Distributed Training', 26, 3, ''],
      ['Mixture of Thoughts: Learning to Aggregate What Experts Think, Not Just What They Say', 19, 4, ''],
    ]);
    expect(page.warnings).toEqual([
      { file: 'daily-copy-paste.txt', line: 30, reason: '4 papers shown without an abstract on this page; kept with title and metadata only' },
    ]);
    expectOnlyRealPapers(page.entries, page.text);
  });
});

describe('a trending page dumped by w3m (no link numbers, menus on one line, star counts)', () => {
  const page = read('trending-w3m.txt');

  it('reads the 6 papers from plain text: title before abstract, upvotes before title, dates and authors after', () => {
    expect(page.entries.map((entry) => [entry.line, entry.upvotes, entry.authorsCount, entry.date])).toEqual([
      [12, 82, 21, '--07-24'],
      [42, 34, 7, '--04-01'],
      [70, 19, 4, '--05-01'],
      [100, 28, 9, '--10-06'],
      [129, 7, 4, '--09-25'],
      [159, 13, 3, '--03-04'],
    ]);
    // No date on this page prints a year and the page shows no date of its own: nothing to infer a year from.
    expect(page.entries.every((entry) => entry.year === null)).toBe(true);
    expect(page.warnings).toEqual([]);
    expectOnlyRealPapers(page.entries, page.text);
  });
});

describe('years of month-day dates', () => {
  const abstract =
    'We study a problem that matters. Our method is simple, and it works well on many benchmarks that people use, ' +
    'which we show with careful experiments across several settings and a number of strong baselines from prior work.';
  const card = (title: string, date: string) => `${title}\n\n${abstract}\n\n  • 3 authors\n·\n${date}\n\n`;

  it('a "Daily Papers" heading with a full date gives its year; a later month-day is from the year before', () => {
    const text = `Daily Papers\n\nOct 24, 2024\n\n${card('First Paper', 'Oct 20')}${card('Second Paper', 'Dec 30')}${card('Third Paper', 'Mar 1, 2021')}`;
    const result = parseListing(text, 'daily.txt');
    expect(result.entries.map((entry) => [entry.date, entry.year])).toEqual([
      ['2024-10-20', 2024],
      ['2023-12-30', 2023],
      ['2021-03-01', 2021],
    ]);
    expect(result.warnings).toEqual([
      {
        file: 'daily.txt',
        line: 3,
        reason:
          "2 dates without a year read with the year of the page's own date (2024-10-24); a month-day later than the page's is taken from the year before (inferred, not printed on the page)",
      },
    ]);
  });

  it('the full date may sit in the heading line itself', () => {
    const result = parseListing(`# Daily Papers — Oct 24, 2024\n\n${card('First Paper', 'Oct 20')}`, 'daily.md');
    expect(result.entries[0]).toMatchObject({ date: '2024-10-20', year: 2024 });
  });

  it('each page pasted into one file infers from its own dates', () => {
    const text = `Daily Papers\n\n${card('First Paper', 'Oct 20')}${card('Second Paper', 'Mar 1, 2023')}Daily Papers\n\n${card('Third Paper', 'Oct 20')}`;
    const result = parseListing(text, 'two.txt');
    expect(result.entries.map((entry) => entry.date)).toEqual(['2024-10-20', '2023-03-01', '--10-20']);
    expect(result.warnings).toHaveLength(1);
  });
});

describe('page text rules', () => {
  it('wrap width: found where lines pile up under a column, absent for one-line paragraphs', () => {
    expect(detectWrapWidth([76, 78, 79, 74, 77, 79, 78, 40, 75, 79])).toBe(79);
    expect(detectWrapWidth([80, 1500, 95, 1200, 70, 1800])).toBeNull();
    expect(detectWrapWidth([45, 50])).toBeNull();
  });

  /** Greedy wrapping as text browsers and Python's textwrap do it, optionally breaking after hyphens. */
  function wrap(text: string, width: number, breakOnHyphens: boolean): string[] {
    const lines: string[] = [];
    let current = '';
    for (const word of text.split(' ')) {
      const chunks = breakOnHyphens ? word.split(/(?<=[A-Za-z]-)(?=[A-Za-z])/) : [word];
      chunks.forEach((chunk, index) => {
        const glue = current === '' || index > 0 ? '' : ' ';
        if (current !== '' && current.length + glue.length + chunk.length > width) {
          lines.push(current);
          current = chunk;
        } else current += glue + chunk;
      });
    }
    return [...lines, current];
  }
  const paragraph =
    'We propose a method for routing tokens to experts that balances the load across all experts of a layer, and we ' +
    'show that it improves on strong state-of-the-art baselines in a range of settings while costing less compute ' +
    'than the usual Mixture-of-Experts layers do. We also find that the balance holds when the number of experts ' +
    'grows, and that the routing stays stable over long training runs. The code is public.';

  it.each([
    [60, false], [72, true], [79, false], [80, true], [100, true],
  ])('joins a paragraph wrapped at %i columns (hyphen breaks: %s) and never a short title with what follows', (width, hyphens) => {
    const text = ['A Short Title', ...wrap(paragraph, width, hyphens), '', 'Next Title Here', ...wrap(paragraph, width, hyphens)].join('\n');
    const page = readPageText(text);
    expect(page.wrapWidth).not.toBeNull();
    expect(page.wrapWidth!).toBeLessThanOrEqual(width);
    expect(page.lines.map((line) => line.text)).toEqual(['A Short Title', paragraph, 'Next Title Here', paragraph]);
  });

  it('a date or author line right under a full last line of an abstract stays a line of its own', () => {
    const lines = wrap(paragraph, 72, false);
    // Make the last line full, as it sometimes is by chance.
    const last = lines.length - 1;
    lines[last] = `${lines[last]} ${'x'.repeat(Math.max(1, 71 - lines[last].length))}`;
    const text = ['A Short Title', '', ...lines, 'Published on Oct 9, 2024', '· 7 authors', ''].join('\n');
    const result = parseListing(text, 'full.txt');
    expect(result.entries).toHaveLength(1);
    expect(result.entries[0]).toMatchObject({ date: '2024-10-09', authorsCount: 7 });
    expect(result.entries[0].abstract.endsWith('x')).toBe(true);
  });

  it('resolves markdown inline and reference links, lynx [n] links with their References list, and drops images', () => {
    const page = readPageText(
      ['![avatar](https://x/a.png) [Paper A](https://huggingface.co/papers/2401.00001)', '[Paper B][7]', '   [3]Paper C', '', '[7]: https://arxiv.org/abs/2401.00002v2', 'References', '', '   3. https://huggingface.co/papers/2401.00003'].join('\n'),
    );
    expect(page.lines.map((line) => [line.text, line.links])).toEqual([
      ['Paper A', ['https://huggingface.co/papers/2401.00001']],
      ['Paper B', ['https://arxiv.org/abs/2401.00002v2']],
      ['Paper C', ['https://huggingface.co/papers/2401.00003']],
    ]);
    expect(page.referenceLines).toBe(3);
  });

  it("reads w3m's numbered link list too (`[n] url` under `References:`)", () => {
    const page = readPageText(['[1]Paper D', '', 'References:', '', '[1] https://huggingface.co/papers/2401.00004'].join('\n'));
    expect(page.lines.map((line) => [line.text, line.links])).toEqual([['Paper D', ['https://huggingface.co/papers/2401.00004']]]);
  });

  it('a line of menu words is chrome; a title that uses a few of them is not', () => {
    const abstract = 'We study a problem that matters. Our method is simple, and it works well on many benchmarks that people use.';
    const result = parseListing(`Models Datasets Spaces Docs Pricing\nLog In Sign Up\n\nSearch and Learn\n\n${abstract}\n\nNext Previous\n`, 'menu.txt');
    expect(result.entries.map((entry) => entry.title)).toEqual(['Search and Learn']);
    expect(result.warnings).toEqual([]);
  });

  it('titles are not sentence pieces, numbers or URLs', () => {
    expect(looksLikeTitle('Glider: Global and Local Instruction-Driven Expert Router')).toBe(true);
    expect(looksLikeTitle('iVideoGPT: Interactive VideoGPTs are Scalable World Models')).toBe(true);
    expect(looksLikeTitle('Is Attention All You Need?')).toBe(true);
    expect(looksLikeTitle('and a shared expert is utilized for general tasks. Innovator introduces a')).toBe(false);
    expect(looksLikeTitle('training paradigm: (1) Scientific Expert Induction on discipline-specific data,')).toBe(false);
    expect(looksLikeTitle('the negative influence among knowledge in different domains. With')).toBe(false);
    expect(looksLikeTitle('1.2k')).toBe(false);
    expect(looksLikeTitle('https://huggingface.co/papers/2401.00001')).toBe(false);
  });

  it('detects the dumps as listings, but not JSON or tagged exports that mention HF', () => {
    for (const name of readdirSync(pages).filter((n) => n !== 'README.md')) {
      expect(hfListingReader.detect(readFileSync(join(pages, name), 'utf8'), name), name).toBe(true);
    }
    expect(hfListingReader.detect('[{"paper": {"id": "2401.00001"}, "url": "https://huggingface.co/papers/2401.00001"}]', 'hf.json')).toBe(false);
    const wos = `FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nTI A title\nAB ${'word '.repeat(60)}\nER\nEF\n`;
    expect(hfListingReader.detect(wos, 'savedrecs.txt')).toBe(false);
  });
});

describe('cards with lines the layouts above do not have', () => {
  const abstract =
    'We study a problem that matters. Our method is simple, and it works well on many benchmarks that people use, ' +
    'which we show with careful experiments across several settings and a number of strong baselines from prior work.';

  it('an organisation or tag line between a marked title and its abstract does not cut the card', () => {
    const text = [
      '12', '', '### [A Marked Title][1]', '', 'NVIDIA', '', '* 5 authors', '', abstract, '',
      '7', '', '### [Do Large Language Models Really Need All Those Layers to Answer Simple Questions Well?][2]', '', abstract, '',
      '[1]: https://huggingface.co/papers/2401.00001', '[2]: https://huggingface.co/papers/2401.00002',
    ].join('\n');
    const result = parseListing(text, 'cards.md');
    expect(result.entries.map((entry) => [entry.title, entry.abstract === abstract, entry.upvotes, entry.authorsCount, entry.ids.arxiv])).toEqual([
      ['A Marked Title', true, 12, 5, '2401.00001'],
      // 13 words ending in "?" reads like a sentence, but a heading linking to a paper is a title.
      ['Do Large Language Models Really Need All Those Layers to Answer Simple Questions Well?', true, 7, null, '2401.00002'],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('a written-out arXiv link inside a card gives the id; it is never a title', () => {
    const result = parseListing(`Daily Papers\n\nA Plain Title\n\narXiv: https://arxiv.org/abs/2401.00003v2\n\n${abstract}\n`, 'plain.txt');
    expect(result.entries).toHaveLength(1);
    expect(result.entries[0]).toMatchObject({ title: 'A Plain Title', ids: { arxiv: '2401.00003' }, url: 'https://arxiv.org/abs/2401.00003v2' });
    expect(result.warnings).toEqual([]);
  });

  it('"Authors: names" lines give the names and their count', () => {
    const result = parseListing(`A Plain Title\n\n${abstract}\n\nAuthors: Ada Lovelace, Alan Turing and Grace Hopper\n`, 'names.txt');
    expect(result.entries[0]).toMatchObject({ authors: ['Ada Lovelace', 'Alan Turing', 'Grace Hopper'], authorsCount: 3 });
  });
});

describe('hostile page text', () => {
  it('lines full of brackets, stars and underscores are read as plain text, in linear time', () => {
    const long = (unit: string) => unit.repeat(40_000);
    const text = ['Daily Papers', long('['), long('_a '), long('**b '), long('[x]('), long('`'), long('['.concat('1]'))].join('\n\n');
    const result = parseListing(text, 'hostile.txt');
    expect(result.entries).toEqual([]);
    expect(result.warnings.length).toBeLessThanOrEqual(6);
  });

  it('a page of nothing but chrome gives no paper and no noise', () => {
    const result = parseListing(readFileSync(join(pages, 'search-lynx.txt'), 'utf8').split('\n').slice(0, 20).join('\n'), 'chrome.txt');
    expect(result).toEqual({ entries: [], warnings: [] });
  });
});
