// PubMed MEDLINE (.nbib) reader on the real export (counts from ../shared/samples/README.md) and on broken copies.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSources, readText } from '../../../ingest/sources';
import { medlineDate, parsePubmed, pubmedReader } from '../../../ingest/sources/pubmed';
import { describeShared, sharedPath } from '../../sharedData';

const sample = sharedPath('samples/biblio/pubmed_medline_ibrutinib_cll.nbib');

/** Two records of our own in MEDLINE layout: six-space continuations, CRLF, a comment link (CIN). */
const SMALL = [
  'PMID- 111',
  'TI  - A title that wraps',
  '      onto a second line.',
  'AB  - First part of the abstract',
  '      and its second part.',
  'FAU - Doe, Jane',
  'AU  - Doe J',
  'FAU - Roe, Richard',
  'AU  - Roe R',
  'AD  - Department of Tests, Example University, Town, Country. jane@example.org',
  'PT  - Journal Article',
  'PT  - Review',
  'DP  - 2019 Spring',
  'JT  - Journal of Tests',
  'TA  - J Tests',
  'MH  - Humans',
  'MH  - Leukemia, Lymphocytic, Chronic, B-Cell/*drug therapy/genetics',
  'OT  - *ibrutinib',
  'OT  - BTK',
  'AID - S0000-0000(19)00001-1 [pii]',
  'AID - 10.1000/ABC.1 [doi]',
  'PMC - PMC999',
  'CIN - J Tests. 2020;1:2. PMID: 222',
  '',
  'PMID- 222',
  'TI  - Comment on a title.',
  'DP  - 2020 Jan 5',
  'TA  - J Tests',
  '',
].join('\r\n');

describe('PubMed reader on a small export', () => {
  it('reads continuations, full names, MeSH descriptors, keywords, ids and no citations', () => {
    const { entries, warnings } = parsePubmed(SMALL, 'small.nbib');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toEqual({
      title: 'A title that wraps onto a second line.',
      abstract: 'First part of the abstract and its second part.',
      ids: { pmid: '111', doi: '10.1000/abc.1', pmcid: 'PMC999' },
      authors: ['Doe, Jane', 'Roe, Richard'],
      authorsCount: 2,
      venue: 'Journal of Tests',
      date: '2019',
      year: 2019,
      keywords: ['ibrutinib', 'BTK'],
      url: 'https://pubmed.ncbi.nlm.nih.gov/111/',
      categories: ['Humans', 'Leukemia, Lymphocytic, Chronic, B-Cell'],
      // A star on a subheading marks its descriptor a main topic too.
      minorHeadings: ['Humans'],
      organisation: 'Department of Tests, Example University, Town, Country',
      upvotes: null,
      type: 'review',
      references: [],
      source: 'small.nbib',
      line: 1,
    });
    // The comment link (CIN) is not a citation; the second record keeps its own fields.
    expect(entries[1]).toMatchObject({ ids: { pmid: '222' }, venue: 'J Tests', date: '2020-01-05', references: [], line: 25 });
  });

  it('reads MEDLINE dates: day, month, season, range', () => {
    expect(medlineDate('2018 Dec 27')).toEqual({ date: '2018-12-27', year: 2018 });
    expect(medlineDate('2019 Jan')).toEqual({ date: '2019-01', year: 2019 });
    expect(medlineDate('2018 Jan-Feb')).toEqual({ date: '2018', year: 2018 });
    expect(medlineDate('2019 Spring')).toEqual({ date: '2019', year: 2019 });
    expect(medlineDate('')).toEqual({ date: null, year: null });
  });

  it('is recognised by its PMID line and not confused with RIS or WoS', () => {
    expect(pubmedReader.detect(SMALL, 'export.txt')).toBe(true);
    expect(readText(SMALL, 'citations.txt').format).toBe('pubmed');
    expect(pubmedReader.detect('TY  - JOUR\r\nTI  - x\r\nER  - \r\n', 'a.ris')).toBe(false);
    expect(pubmedReader.detect('FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\n', 'a.txt')).toBe(false);
  });

  it('keeps every other record when one is broken, with warnings at the real lines', () => {
    const lines = SMALL.split('\r\n');
    // No blank line between the records: the PMID still starts the second one.
    const joined = parsePubmed(lines.filter((_, index) => index !== 23).join('\n'), 'x.nbib');
    expect(joined.entries.map((entry) => entry.ids.pmid)).toEqual(['111', '222']);
    expect(joined.warnings).toEqual([]);
    // The first record without its title: skipped, the second kept.
    const noTitle = parsePubmed(lines.filter((_, index) => index !== 1 && index !== 2).join('\n'), 'x.nbib');
    expect(noTitle.entries.map((entry) => entry.ids.pmid)).toEqual(['222']);
    expect(noTitle.warnings).toEqual([{ file: 'x.nbib', line: 1, reason: expect.stringMatching(/no title/) }]);
    // Cut in the middle of the abstract: the record keeps what it has.
    const cut = parsePubmed(lines.slice(0, 4).join('\n'), 'x.nbib');
    expect(cut.entries).toHaveLength(1);
    expect(cut.entries[0].abstract).toBe('First part of the abstract');
    // A stray line is reported where it is.
    const stray = parsePubmed([...lines.slice(0, 5), 'not a field', ...lines.slice(5)].join('\n'), 'x.nbib');
    expect(stray.entries).toHaveLength(2);
    expect(stray.warnings).toEqual([{ file: 'x.nbib', line: 6, reason: expect.stringMatching(/neither a MEDLINE field/) }]);
    expect(parsePubmed('', 'e.nbib')).toEqual({ entries: [], warnings: [] });
  });
});

describeShared(sharedPath('samples/biblio'), 'PubMed reader on the real export', () => {
  const text = readFileSync(sample, 'utf8');
  const { entries, warnings } = parsePubmed(text, sample);

  it('reads all 75 records with the README counts and no warnings', async () => {
    const result = await readSources([sample]);
    expect(result.files[0]).toMatchObject({ format: 'pubmed', entries: 75 });
    expect(result.warnings).toEqual([]);
    expect(warnings).toEqual([]);
    expect(new Set(entries.map((entry) => entry.ids.pmid)).size).toBe(75);
    expect(entries.filter((entry) => entry.abstract !== '')).toHaveLength(64);
    expect(entries.filter((entry) => entry.ids.doi)).toHaveLength(75);
    expect(entries.filter((entry) => entry.categories.length > 0)).toHaveLength(59);
    expect(entries.filter((entry) => entry.keywords.length > 0)).toHaveLength(22);
    expect(entries.filter((entry) => entry.ids.pmcid)).toHaveLength(63);
    expect(entries.reduce((sum, entry) => sum + entry.authors.length, 0)).toBe(1240);
    // Comment, erratum and correction links (CIN, CON, EIN, EFR) are not citations.
    expect(entries.every((entry) => entry.references.length === 0)).toBe(true);
    expect(JSON.stringify(entries)).not.toMatch(/\\r|\s{2}/);
  });

  it('marks the MeSH headings that are no main topic (no star on the descriptor or its subheadings)', () => {
    // MuCor (PMID 26803155): MH Algorithms, Animals, Computational Biology, Humans, *Mutation, Programming Languages,
    // Sample Size, *Software.
    const mucor = entries.find((entry) => entry.ids.pmid === '26803155')!;
    expect(mucor.categories).toEqual(['Algorithms', 'Animals', 'Computational Biology', 'Humans', 'Mutation', 'Programming Languages', 'Sample Size', 'Software']);
    expect(mucor.minorHeadings).toEqual(['Algorithms', 'Animals', 'Computational Biology', 'Humans', 'Programming Languages', 'Sample Size']);
    // Counted with grep: 59 records have MH lines, each with at least one starred heading.
    const withHeadings = entries.filter((entry) => entry.categories.length > 0);
    expect(withHeadings).toHaveLength(59);
    for (const entry of withHeadings) expect((entry.minorHeadings ?? []).length).toBeLessThan(entry.categories.length);
  });

  it('reads the first record whole', () => {
    expect(entries[0]).toMatchObject({
      title: 'Ibrutinib Regimens versus Chemoimmunotherapy in Older Patients with Untreated CLL.',
      ids: { pmid: '30501481', doi: '10.1056/nejmoa1812836', pmcid: 'PMC6325637' },
      authorsCount: 31,
      venue: 'The New England journal of medicine',
      date: '2018-12-27',
      year: 2018,
      type: 'journal article',
      line: 1,
    });
    expect(entries[0].authors.slice(0, 2)).toEqual(['Woyach, Jennifer A', 'Ruppert, Amy S']);
    expect(entries[0].categories).toContain('Leukemia, Lymphocytic, Chronic, B-Cell');
    expect(entries[0].abstract).toMatch(/^BACKGROUND: Ibrutinib has been approved .* for the treatment of patients/);
    // Each record's line is its PMID line.
    const pmidLines = text.split('\n').flatMap((line, index) => (line.startsWith('PMID-') ? [index + 1] : []));
    expect(entries.map((entry) => entry.line)).toEqual(pmidLines);
  });

  it('keeps the other records of a copy cut in the middle of a record', () => {
    const lines = text.split('\n');
    const pmidLines = lines.flatMap((line, index) => (line.startsWith('PMID-') ? [index] : []));
    const cut = parsePubmed(lines.slice(0, pmidLines[40] + 3).join('\n'), 'cut.nbib');
    // The 41st record is cut before its title: skipped with its line, the 40 before it kept.
    expect(cut.entries).toHaveLength(40);
    expect(cut.warnings).toEqual([{ file: 'cut.nbib', line: pmidLines[40] + 1, reason: expect.stringMatching(/no title/) }]);
  });
});
