// BibTeX/biblatex reader: the real PMLR export, exporter-style fixtures (Mendeley, biblatex), broken and hostile input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bibtexReader, parseBibtex, splitPlainNames } from '../../../ingest/sources/bibtex';
import { decodeInlineTex, splitLatexSegments } from '../../../ingest/sources/latex';
import { readSources } from '../../../ingest/sources';
import type { RawListing } from '../../../ingest/types';
import { describeShared, sharedPath } from '../../sharedData';

const fixtures = join(__dirname, '../../fixtures/biblio');
const read = (name: string) => parseBibtex(readFileSync(join(fixtures, name), 'utf8'), name);
const byTitle = (entries: RawListing[], prefix: string) => entries.find((entry) => entry.title.startsWith(prefix));
/** What must never reach the panel: LaTeX command names, braces, math dollars, markup tags, line breaks. */
const leftovers = (entry: RawListing) => /\\|[{}$]|<\/?[a-z]+>|[\r\n]|\s{2}/.test(`${entry.title} ${entry.abstract}`);

const pmlr = sharedPath('samples/biblio/pmlr_v198_log2022.bib');

describeShared(pmlr, 'BibTeX on the real PMLR proceedings export', () => {
  it('reads 57 papers with authors in order, the volume\'s year and venue, and no LaTeX left', async () => {
    const { entries, warnings, files } = await readSources([pmlr]);
    expect(files[0].format).toBe('bibtex');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(57);
    // `year` and `booktitle` are only on the file's @proceedings entry, which is not a paper itself.
    expect(entries.every((entry) => entry.year === 2022 && entry.date === '2022')).toBe(true);
    expect(new Set(entries.map((entry) => entry.venue))).toEqual(new Set(['Proceedings of the First Learning on Graphs Conference']));
    expect(entries.every((entry) => entry.type === 'inproceedings')).toBe(true);
    expect(entries.filter(leftovers).map((entry) => entry.title)).toEqual([]);
    const diffWire = byTitle(entries, 'DiffWire');
    expect(diffWire).toMatchObject({
      title: 'DiffWire: Inductive Graph Rewiring via the Lovász Bound',
      authors: ['Arnaiz-Rodríguez, Adrián', 'Begga, Ahmed', 'Escolano, Francisco', 'Oliver, Nuria M'],
      authorsCount: 4,
      line: 44,
    });
    const graphFramEx = byTitle(entries, 'GraphFramEx');
    expect(graphFramEx?.authors).toHaveLength(9);
    expect(graphFramEx?.authors[0]).toBe('Amara, Kenza');
    expect(graphFramEx?.abstract).toContain("Unfortunately, today's evaluation frameworks");
    expect(graphFramEx?.abstract).toContain('explainability methods of GNNs. In this paper, we propose');
  });

  it('decodes the doubly escaped LaTeX of the abstracts (\\textbackslash textit, \\textdollar math)', async () => {
    const { entries } = await readSources([pmlr]);
    const digrac = byTitle(entries, 'DIGRAC');
    expect(digrac?.abstract).toContain('we propose directed flow imbalance measures');
    const garnet = byTitle(entries, 'GARNET');
    expect(garnet?.abstract).toContain('by up to 10.23% and 14.7×, respectively');
    const uncertain = entries.find((entry) => entry.abstract.includes('concordance index'));
    expect(uncertain?.abstract).toContain('0.672±0.058');
    // Text commands inside math keep their spaces (`$\textit{sensitivity profile}$`).
    expect(entries.some((entry) => entry.abstract.includes('according to a sensitivity profile that is based'))).toBe(true);
    expect(entries.some((entry) => /textit|textbackslash|textdollar/.test(entry.abstract))).toBe(false);
  });
});

describe('BibTeX exporters\' quirks', () => {
  it('Mendeley: entries without a key, double-braced titles, escaped math, arXiv and DOI ids, keywords', () => {
    const { entries, warnings } = read('mendeley-export.bib');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => entry.title)).toEqual([
      'Stable Processes on Graphs: A & B',
      'A Second Keyless Entry',
      'Duplicate Keys Are Kept',
      'The Other Paper With the Same Key',
    ]);
    expect(entries[0]).toMatchObject({
      abstract: 'We study α-stable processes on graphs and show a 95% improvement over <baseline> methods when p < 0.05.',
      ids: { doi: '10.1000/abc.123', arxiv: '1905.01234' },
      authors: ['García, María', 'Müller, Jörg', 'van der Berg, Jan'],
      authorsCount: 3,
      venue: 'Journal of Graph Studies',
      date: '2019-01',
      year: 2019,
      keywords: ['graph learning', 'stable processes', 'heavy tails'],
      url: 'http://arxiv.org/abs/1905.01234',
      type: 'article',
      line: 20,
    });
    // "and Others" is not an author.
    expect(entries[2].authors).toEqual(['Smith, John']);
  });

  it('biblatex: @string macros, crossref chains, \\enquote*, dates, eprints and math in titles', () => {
    const { entries, warnings } = read('biblatex-style.bib');
    expect(warnings).toEqual([]);
    expect(byTitle(entries, 'In Honore')).toMatchObject({
      title: 'In Honore Salvatoris – Vom Sinn und Unsinn der Patrozinienkunde',
      abstract: 'A paper about “patrocinia”, read with care and “quotes”; today\'s view.',
      venue: 'Angew. Chem. Int. Ed.',
      date: '2002-05-17',
    });
    // Two levels of crossref: the chapter inherits the multi-volume book's title as its venue, and its date.
    expect(byTitle(entries, 'On Change')).toMatchObject({ venue: 'The Complete Works', year: 1984, type: 'inbook' });
    expect(byTitle(entries, 'Physics')).toMatchObject({ venue: 'The Complete Works', year: 1984 });
    const maths = byTitle(entries, 'Bounds');
    expect(maths).toMatchObject({
      title: 'Bounds in L_∞ and L∞ for α-stable Laws on ℝⁿ and ℋ: With LaTeX and Examples',
      ids: { arxiv: '2101.00001' },
      venue: 'arXiv',
      date: '2021-01',
      keywords: ['probability', 'stable laws'],
      authors: ['Müller, K.', 'Lee, Y.'],
    });
    expect(maths?.abstract).toBe('For a∈ℝᵈ we bound O(n log n) terms with ŷ and exact constants: ϵ<10⁻³.');
    expect(entries.filter(leftovers)).toEqual([]);
  });

  it('Web of Science and Scopus BibTeX: WoS UT, Scopus EID, categories, author keywords, cited references', () => {
    const { entries, warnings } = read('database-exports.bib');
    expect(warnings).toEqual([]);
    expect(entries[0]).toMatchObject({
      title: 'Designs for the Pluriverse',
      abstract: 'An abstract about design & autonomy.',
      ids: { doi: '10.1000/design.2018.1', wos: 'WOS:000451234500001' },
      keywords: ['pluriverse', 'design', 'autonomy'],
      categories: ['Environmental Studies', 'Green & Sustainable Science & Technology'],
    });
    expect(entries[0].references.map((reference) => [reference.firstAuthor, reference.year, reference.ids.doi ?? null])).toEqual([
      ['Escobar', 2015, '10.1007/s11625-015-0297-5'],
      ['Kothari', 2019, null],
      [null, 2015, null],
    ]);
    expect(entries[1]).toMatchObject({
      ids: { doi: '10.1000/jsw.2020.7', scopus: '2-s2.0-85081234567' },
      // `author_keywords` are the authors' own; Scopus's `keywords` are its index terms.
      keywords: ['Agile', 'Distributed development'],
      organisation: 'University of Example, Delhi, India',
    });
    expect(entries[1].references.map((reference) => [reference.firstAuthor, reference.title, reference.ids.doi ?? null])).toEqual([
      ['Beck', 'Extreme programming explained', null],
      ['Hoda', 'Self-organizing roles on agile teams', '10.1109/tse.2012.30'],
    ]);
  });

  it('names follow BibTeX\'s rules, and only the words holding LaTeX go to the LaTeX parser', () => {
    expect(splitPlainNames('Jan van der Berg and Smith, Jr, John and Ludwig van Beethoven and Plato and others')).toEqual([
      'van der Berg, Jan',
      'Smith, Jr, John',
      'van Beethoven, Ludwig',
      'Plato',
    ]);
    expect(splitPlainNames('Jos{\\\'e} Mu{\\~n}oz')).toBeNull();
    expect(splitLatexSegments('plain words {\\em two words} and $x + y$ today\\textquotesingle s end')).toEqual([
      { text: 'plain', latex: false }, { text: ' ', latex: false }, { text: 'words', latex: false }, { text: ' ', latex: false },
      { text: '{\\em two words}', latex: true }, { text: ' ', latex: false }, { text: 'and', latex: false }, { text: ' ', latex: false },
      { text: '$x + y$', latex: true }, { text: ' ', latex: false }, { text: 'today\\textquotesingle s', latex: true },
      { text: ' ', latex: false }, { text: 'end', latex: false },
    ]);
  });

  it('inline TeX in plain text (arXiv) is decoded piece by piece; % & # and unpaired dollars stay literal', () => {
    expect(decodeInlineTex(['$\\alpha$-stable laws in K{\\"a}hler geometry', 'improves 50% & costs $5', 'No TeX here'])).toEqual([
      'α-stable laws in Kähler geometry',
      'improves 50% & costs $5',
      'No TeX here',
    ]);
    expect(decodeInlineTex(['\\emph{50% of} $O(n \\log n)$ # runs'])).toEqual(['50% of O(n log n) # runs']);
  });

  it('is detected by content: a header among the first lines, not a citation quoted further down a page', () => {
    expect(bibtexReader.detect(readFileSync(join(fixtures, 'mendeley-export.bib'), 'utf8'), 'export.txt')).toBe(true);
    const page = `${Array.from({ length: 30 }, (_, i) => `Line ${i} of a saved page`).join('\n')}\n@misc{cite2024,\n title={X}}\n`;
    expect(bibtexReader.detect(page, 'page.bib')).toBe(false);
  });
});

describe('BibTeX with broken entries', () => {
  it('keeps every good entry and names the real line of each problem', () => {
    const { entries, warnings } = read('broken-entries.bib');
    expect(entries.map((entry) => [entry.title, entry.line])).toEqual([
      ['The First Entry Is Fine', 2],
      ['The Entry After the Unclosed One Survives', 18],
      ['An Entry Missing Its Closing Brace', 24],
      ['An Entry With a Field Missing Its Equals Sign', 29],
      ['Uses an Undefined Macro', 35],
      ['The Last Entry Is Fine', 41],
    ]);
    expect(warnings).toEqual([
      {
        file: 'broken-entries.bib',
        line: 12,
        reason: 'BibTeX entry "unclosed" (line 10): the "{" opening field "abstract" on line 12 is not closed before the next entry (line 17); entry skipped',
      },
      { file: 'broken-entries.bib', line: 23, reason: 'BibTeX entry "noclose" (line 23) is not closed before the next entry (line 28); kept the fields read' },
      { file: 'broken-entries.bib', line: 30, reason: '"year" on line 30 is not followed by "="; ignored up to the next field' },
      { file: 'broken-entries.bib', line: 36, reason: 'undefined @string "nosuchjournal" in "journal"; kept as the text "nosuchjournal"' },
    ]);
    // The e-mail address in the first abstract is not taken for an entry; `mar` is the month macro.
    expect(entries[0]).toMatchObject({ abstract: 'Contact us at someone@example.org for data.', date: '2020-03' });
  });

  it('an unclosed brace deep in a long file is reported where it opened, not at the end of the file', () => {
    const good = (i: number) => `@article{k${i},\n  title = {Paper ${i}},\n  year = {2020}\n}\n`;
    const text = [...Array.from({ length: 60 }, (_, i) => good(i)), '@article{broken,\n  title = {Broken {title},\n  year = {2020}\n}\n', ...Array.from({ length: 40 }, (_, i) => good(100 + i))].join('');
    const { entries, warnings } = parseBibtex(text, 'long.bib');
    // The forgotten brace is the value's own: the title is read to the end of its line and the entry kept.
    expect(entries).toHaveLength(101);
    expect(entries[60]).toMatchObject({ title: 'Broken title', year: 2020, line: 242 });
    expect(warnings).toEqual([
      {
        file: 'long.bib',
        line: 242,
        reason: 'the "{" opening field "title" on line 242 is not closed before the next field (line 243); read to the end of line 242',
      },
    ]);
  });
});

describe('BibTeX hostile input is bounded, never a crash, a hang or silent garbage', () => {
  it('a @string doubling chain is capped with a warning naming its line', () => {
    const chain = Array.from({ length: 40 }, (_, i) => `@string{s${i + 1} = s${i} # s${i}}`).join('\n');
    const text = `@string{s0 = "xxxxxxxxxx"}\n${chain}\n@article{a, title = {Doubled} # s40, year = 2020}\n@article{b, title = {Survivor}}\n`;
    const { entries, warnings } = parseBibtex(text, 'doubling.bib');
    expect(entries.map((entry) => entry.title)).toEqual(['Doubled', 'Survivor']);
    expect(warnings[0]).toEqual({
      file: 'doubling.bib',
      line: 16,
      reason: '@string "s15" on line 16 expands to more than 200,000 characters; dropped',
    });
  });

  it('10,000 nested braces drop the field with a warning; the next entry is read', () => {
    const text = `@article{a, title = {${'{'.repeat(10_000)}x${'}'.repeat(10_000)}}}\n@article{b, title = {Survivor}}\n`;
    const { entries, warnings } = parseBibtex(text, 'nested.bib');
    expect(entries.map((entry) => entry.title)).toEqual(['Survivor']);
    expect(warnings).toEqual([
      { file: 'nested.bib', line: 1, reason: 'field "title" on line 1 nests braces 10001 deep (limit 64); dropped' },
      { file: 'nested.bib', line: 1, reason: 'BibTeX entry "a" has no title; skipped' },
    ]);
  });

  it('a looped @string is reported instead of silently becoming text', () => {
    const text = '@string{a = b # "x"}\n@string{b = a # "y"}\n@article{c, title = a}\n';
    const { entries, warnings } = parseBibtex(text, 'loop.bib');
    expect(entries.map((entry) => entry.title)).toEqual(['bx']);
    expect(warnings).toEqual([{ file: 'loop.bib', line: 1, reason: 'undefined @string "b" in "a"; kept as the text "b"' }]);
  });

  it('an unclosed value at the very end keeps everything before it', () => {
    const { entries, warnings } = parseBibtex('@article{a, title = {Kept}}\n@article{b, title = {Cut off', 'cut.bib');
    expect(entries.map((entry) => entry.title)).toEqual(['Kept']);
    expect(warnings).toEqual([
      { file: 'cut.bib', line: 2, reason: 'BibTeX entry "b" (line 2): the "{" opening field "title" on line 2 is not closed before the end of the file; entry skipped' },
    ]);
  });
});
