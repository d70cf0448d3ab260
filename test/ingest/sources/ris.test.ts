// RIS reader: the real Zotero export (100 records, CRLF), a Scopus-style export with reference blocks, broken records.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../ingest/sources';
import { parseRis, risReader, risReferences } from '../../../ingest/sources/ris';
import { describeShared, sharedPath } from '../../sharedData';

const sample = sharedPath('samples/biblio/asreview_baseline_zotero.ris');
const fixtures = join(__dirname, '../../fixtures/biblio');

describeShared(sample, 'RIS on the real Zotero export', () => {
  it('reads 100 full records: DOI, authors in order, journal, full dates, keywords, at the title line', async () => {
    const { entries, warnings, files } = await readSources([sample]);
    expect(files[0].format).toBe('ris');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(100);
    expect(entries.filter((entry) => entry.abstract !== '')).toHaveLength(98);
    expect(entries.every((entry) => entry.ids.doi && entry.venue && entry.date && entry.url && entry.type === 'article')).toBe(true);
    expect(entries.filter((entry) => entry.keywords.length > 0)).toHaveLength(68);
    expect(entries.every((entry) => !/[\r\n]|\s{2}/.test(entry.title + entry.abstract))).toBe(true);
    expect(entries[0]).toMatchObject({
      title: 'An open source machine learning framework for efficient and transparent systematic reviews',
      // Its lens.org link is its Lens ID, which Lens's own CSV exports cite it by.
      ids: { doi: '10.1038/s42256-020-00287-7', lens: '106-059-195-106-980' },
      authorsCount: 17,
      venue: 'Nature Machine Intelligence',
      date: '2021-02-01',
      year: 2021,
      url: 'https://lens.org/106-059-195-106-980',
      line: 2,
    });
    expect(entries[0].authors.slice(0, 3)).toEqual(['van de Schoot, Rens', 'de Bruin, Jonathan', 'Schram, Raoul']);
    expect(entries[0].abstract).toMatch(/^To help researchers conduct a systematic review/);
    expect(entries[1]).toMatchObject({ authors: ['van de Schoot, Rens', 'Schalken, Naomi', 'Olff, Miranda'], date: '2017-10-31', line: 36 });
    expect(entries[3].keywords.slice(0, 3)).toEqual(['Systematic review', 'Meta-analysis', 'Education']);
    // Zotero's `N1` notes are not references.
    expect(entries.every((entry) => entry.references.length === 0)).toBe(true);
    // One title appears twice (lines 1067 and 1186), each with its own DOI: both records are read as written
    // (whether they are one paper is the merge step's decision).
    const twice = entries.filter((entry) => entry.title.startsWith('The effect of intra-arterial angiotensin II'));
    expect(twice.map((entry) => [entry.line, entry.ids.doi])).toEqual([
      [1067, '10.1016/j.jvir.2013.12.293'],
      [1186, '10.1371/journal.pone.0086394'],
    ]);
  });
});

describe('RIS from Scopus and broken RIS', () => {
  it('Scopus: reference blocks become references (DOI when written inside), EID, affiliation, keywords split', () => {
    const { entries, warnings } = parseRis(readFileSync(join(fixtures, 'scopus-references.ris'), 'utf8'), 'scopus-references.ris');
    expect(entries[0]).toMatchObject({
      title: 'Agile practices in distributed teams: a survey',
      abstract: 'Agile methods are widely used. We survey 120 distributed teams and report which practices they keep.',
      ids: { doi: '10.1109/icse.2019.00025', scopus: '2-s2.0-85072345678' },
      authors: ['Govil, N.', 'Sharma, A.'],
      venue: 'Proceedings of the International Conference on Software Engineering',
      keywords: ['Agile', 'Distributed development', 'Survey'],
      organisation: 'Department of Computer Science, University of Example, Delhi, India',
      type: 'inproceedings',
      line: 2,
    });
    // Each reference parsed like a Scopus CSV reference; the whole string is kept as `text`.
    expect(entries[0].references).toEqual([
      {
        ids: {},
        text: 'Beck, K., Extreme programming explained (1999) Addison-Wesley, , Boston',
        firstAuthor: 'Beck', year: 1999, title: 'Extreme programming explained', source: 'Addison-Wesley',
      },
      {
        ids: { doi: '10.1016/j.jss.2012.02.033' },
        text: 'Dingsøyr, T., Nerur, S., Balijepally, V., Moe, N.B., A decade of agile methodologies (2012) J. Syst. Softw., 85 (6), pp. 1213-1221. , https://doi.org/10.1016/j.jss.2012.02.033',
        firstAuthor: 'Dingsøyr', year: 2012, title: 'A decade of agile methodologies', source: 'J. Syst. Softw',
      },
      {
        ids: { doi: '10.1109/tse.2012.30' },
        text: 'Hoda, R., Noble, J., Marshall, S., Self-organizing roles on agile software development teams (2013) IEEE Trans. Softw. Eng., 39 (3), pp. 422-444. , DOI: 10.1109/TSE.2012.30',
        firstAuthor: 'Hoda', year: 2013, title: 'Self-organizing roles on agile software development teams', source: 'IEEE Trans. Softw. Eng',
      },
    ]);
    // The older one-line layout, references separated by "; ".
    expect(entries[1].references.map((reference) => [reference.ids.doi ?? null, reference.firstAuthor, reference.year])).toEqual([
      [null, 'Schwaber', 2004],
      ['10.1287/isre.1090.0236', 'Conboy', 2009],
    ]);
    expect(entries.map((entry) => entry.title)).toEqual([
      'Agile practices in distributed teams: a survey',
      'A single-line reference block',
      'A record cut off before its ER line',
    ]);
    expect(warnings).toEqual([
      { file: 'scopus-references.ris', line: 31, reason: 'RIS record #3 has no title; skipped' },
      { file: 'scopus-references.ris', line: 36, reason: 'RIS record #4 has no "ER" line before the end of the file; kept what was read' },
    ]);
  });

  it('a record without ER before the next TY is kept, and stray tags are reported once', () => {
    const text = 'AU  - Stray, S.\nTY  - JOUR\nTI  - First\nTY  - BOOK\nTI  - Second\nPY  - 2001///\nER  - \n';
    const { entries, warnings } = parseRis(text, 'x.ris');
    expect(entries.map((entry) => [entry.title, entry.type, entry.year, entry.line])).toEqual([
      ['First', 'article', null, 3],
      ['Second', 'book', 2001, 5],
    ]);
    expect(warnings).toEqual([
      { file: 'x.ris', line: 2, reason: 'RIS record #1 has no "ER" line before the next record (line 4); kept what was read' },
      { file: 'x.ris', line: 1, reason: 'RIS tag lines outside a record (no "TY" before them); ignored' },
    ]);
  });

  it('is detected by its first line, and notes that are not reference lists give no references', () => {
    expect(risReader.detect('\uFEFFTY  - JOUR\r\nTI  - x\r\n', 'export.txt')).toBe(true);
    expect(risReader.detect('Some text\nTY  - JOUR\n', 'a.ris')).toBe(false);
    expect(risReferences(['<p>ASReview_relevant</p>', 'Export Date: 1 May 2020'])).toEqual([]);
  });
});
