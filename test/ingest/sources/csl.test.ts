// CSL-JSON reader: the real Better BibTeX export (26 items) and small malformed documents.
import { describe, expect, it } from 'vitest';
import { cslIssued, cslName, parseCslJson } from '../../../ingest/sources/csl';
import { readSources } from '../../../ingest/sources';
import { describeShared, sharedPath } from '../../sharedData';

const sample = sharedPath('samples/biblio/bbt_zotero_export_1179.csl.json');

describeShared(sample, 'CSL-JSON on the real Better BibTeX export', () => {
  it('reads 26 full records: ids, authors, venue, dates from string parts, type, at their title line', async () => {
    const { entries, warnings, files } = await readSources([sample]);
    expect(files[0].format).toBe('csl-json');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(26);
    expect(entries.every((entry) => entry.abstract === '' && entry.year !== null && entry.authors.length > 0)).toBe(true);
    expect(entries[0]).toMatchObject({
      title: 'Perceptions of disability and their impact upon involvement in sport for people with disabilities at all levels',
      // The export gives a shortDOI (10/fqd6hj); the full DOI comes from the doi.org URL.
      ids: { doi: '10.1177/0193723504268729' },
      authors: ['Brittain, Ian'],
      authorsCount: 1,
      venue: 'Journal of Sport and Social Issues',
      date: '2004',
      year: 2004,
      url: 'https://doi.org/10.1177/0193723504268729',
      type: 'article-journal',
      line: 35,
    });
    expect(entries.find((entry) => entry.title === 'The contested terrain of alcohol sponsorship of sport in New Zealand')).toMatchObject({
      authors: ['Cody, Kieran', 'Jackson, Steven J.'],
      date: '2016-06-01',
      year: 2016,
      venue: 'International Review for the Sociology of Sport',
    });
    // A PMID, and a shortDOI kept when no full DOI is given anywhere in the item.
    expect(entries.find((entry) => entry.title === 'Sex, gender, and sports')?.ids).toEqual({ doi: '10/gfzxgh', pmid: '30894351' });
    // A publisher's /doi/abs/ page names the DOI too.
    expect(entries.filter((entry) => entry.ids.doi?.startsWith('10.')).length).toBe(13);
  });
});

describe('CSL-JSON fields and malformed documents', () => {
  it('names with particles and suffixes, literal names, dates as precise as given', () => {
    expect(cslName({ family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' })).toBe('van Beethoven, Ludwig');
    expect(cslName({ family: 'King', given: 'Martin Luther', suffix: 'Jr.' })).toBe('King, Jr., Martin Luther');
    expect(cslName({ literal: 'World Health Organization' })).toBe('World Health Organization');
    expect(cslIssued({ 'date-parts': [['2019', '4']] })).toEqual({ date: '2019-04', year: 2019 });
    expect(cslIssued({ raw: 'Spring 2019' })).toEqual({ date: '2019', year: 2019 });
  });

  it('keywords, arXiv ids from arXiv DOIs, and a title-less item reported with its line', () => {
    const text = JSON.stringify(
      [
        {
          id: 'a',
          type: 'article',
          title: 'A <i>preprint</i>',
          DOI: '10.48550/arXiv.2106.01234',
          publisher: 'arXiv',
          keyword: 'graphs, learning',
          issued: { 'date-parts': [[2021, 6, 2]] },
          author: [{ family: 'Doe', given: 'Jane' }],
        },
        { id: 'b', type: 'book', issued: { 'date-parts': [[2020]] } },
      ],
      null,
      2,
    );
    const { entries, warnings } = parseCslJson(text, 'items.json');
    expect(entries).toEqual([
      expect.objectContaining({
        title: 'A preprint',
        ids: { doi: '10.48550/arxiv.2106.01234', arxiv: '2106.01234' },
        keywords: ['graphs', 'learning'],
        venue: 'arXiv',
        date: '2021-06-02',
        line: 5,
      }),
    ]);
    expect(warnings).toEqual([{ file: 'items.json', line: 25, reason: 'CSL-JSON item #2 has no title; skipped' }]);
  });

  it('a truncated array keeps its complete items and names the line where it breaks', () => {
    const text = '[\n {"id": "a", "type": "book", "title": "Kept", "issued": {"date-parts": [[2020]]}},\n {"id": "b", "type": "book", "title": "Cut';
    const { entries, warnings } = parseCslJson(text, 'cut.json');
    expect(entries.map((entry) => entry.title)).toEqual(['Kept']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].line).toBe(3);
  });
});
