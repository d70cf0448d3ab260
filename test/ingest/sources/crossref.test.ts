// Crossref reader: the real /works/{doi} sample (JATS abstract, 120 references) and small work-list fixtures.
import { describe, expect, it } from 'vitest';
import { readSources, readText } from '../../../ingest/sources';
import { crossrefReference } from '../../../ingest/sources/crossref';
import { jatsToText } from '../../../ingest/sources/markup';
import { describeShared, sharedPath } from '../../sharedData';

const sample = sharedPath('samples/biblio/crossref_work_10.1177_02683962211048201.json');

describeShared(sample, 'Crossref reader on the real /works/{doi} response', () => {
  it('reads the work with its authors in order, venue, date, plain-text abstract and 120 references', async () => {
    const { entries, warnings, files } = await readSources([sample]);
    expect(warnings).toEqual([]);
    expect(files[0].format).toBe('crossref');
    expect(entries).toHaveLength(1);
    const [work] = entries;
    expect(work).toMatchObject({
      title: 'Artificial intelligence and the conduct of literature reviews',
      ids: { doi: '10.1177/02683962211048201' },
      authors: ['Wagner, Gerit', 'Lukyanenko, Roman', 'Paré, Guy'],
      authorsCount: 3,
      venue: 'Journal of Information Technology',
      date: '2021-10-08',
      year: 2021,
      type: 'journal-article',
      url: 'http://journals.sagepub.com/doi/10.1177/02683962211048201',
      categories: ['Library and Information Sciences', 'Strategy and Management', 'Information Systems'],
      source: 'crossref_work_10.1177_02683962211048201.json',
    });
    expect(work.organisation).toMatch(/^Department of Information Technologies, HEC Montréal/);
    expect(work.abstract).toMatch(/^Artificial intelligence \(AI\) is beginning to transform traditional research practices/);
    expect(work.abstract).toMatch(/shaping the future of AILRs in research\.$/);
    expect(work.abstract).not.toMatch(/[<>]/);

    expect(work.references).toHaveLength(120);
    expect(work.references.filter((reference) => reference.ids.doi)).toHaveLength(88);
    expect(work.references[0]).toEqual({ ids: { doi: '10.1111/jebm.12072' }, text: null, firstAuthor: null, year: null, title: null, source: null });
    // Loose fields, no DOI.
    expect(work.references[1]).toEqual({
      ids: {},
      text: null,
      firstAuthor: 'Alter',
      year: 2005,
      title: null,
      source: 'Communications of the Association for Information Systems',
    });
    // Every reference without a DOI still carries something to match on: a text, or an author and a year.
    const withoutDoi = work.references.filter((reference) => !reference.ids.doi);
    expect(withoutDoi).toHaveLength(32);
    expect(withoutDoi.every((reference) => reference.text !== null || (reference.firstAuthor !== null && reference.year !== null))).toBe(true);
    const brainwash = work.references.find((reference) => reference.text?.includes('Brainwash'));
    expect(brainwash).toMatchObject({ firstAuthor: 'Anderson', year: 2013, ids: {} });
  });
});

describe('Crossref reader on small inputs', () => {
  const list = JSON.stringify(
    {
      status: 'ok',
      'message-type': 'work-list',
      message: {
        'total-results': 2,
        items: [
          {
            DOI: '10.1000/ONE',
            title: ['Graphs <i>in</i> the wild'],
            subtitle: ['a field guide'],
            author: [{ given: 'Ann', family: 'Lee' }, { name: 'The Graph Consortium' }],
            abstract: '<jats:sec><jats:title>Background</jats:title><jats:p>H<jats:sub>2</jats:sub>O &amp; graphs.</jats:p></jats:sec>',
            issued: { 'date-parts': [[2022, 6]] },
            'container-title': [],
            'short-container-title': ['J. Graphs'],
            type: 'journal-article',
            reference: [{ key: 'r1', unstructured: 'Kim B (2019) Trees. Forest Press.' }, { key: 'r2', 'article-title': 'Paths', author: 'Roe, Al', year: '2001a', 'journal-title': 'J. Paths' }],
          },
          { DOI: '10.1000/two', title: [], type: 'journal-article' },
        ],
      },
    },
    null,
    2,
  );

  it('reads message.items with their lines; a title-less item is a warning naming its DOI', () => {
    const result = readText(list, 'works.json');
    expect(result.format).toBe('crossref');
    expect(result.entries).toHaveLength(1);
    expect(result.entries[0]).toMatchObject({
      title: 'Graphs in the wild: a field guide',
      authors: ['Lee, Ann', 'The Graph Consortium'],
      abstract: 'Background: H2O & graphs.',
      date: '2022-06',
      year: 2022,
      venue: 'J. Graphs',
      ids: { doi: '10.1000/one' },
      line: 7,
    });
    expect(result.entries[0].references).toEqual([
      { ids: {}, text: 'Kim B (2019) Trees. Forest Press.', firstAuthor: 'Kim', year: 2019, title: null, source: null },
      { ids: {}, text: null, firstAuthor: 'Roe', year: 2001, title: 'Paths', source: 'J. Paths' },
    ]);
    const secondLine = list.split('\n').findIndex((line) => line.includes('10.1000/two'));
    expect(result.warnings).toEqual([{ file: 'works.json', line: secondLine, reason: 'Crossref work #2 (10.1000/two) has no title; skipped' }]);
  });

  it('a single work response: the warning points at the line where `message` opens', () => {
    const text = JSON.stringify({ status: 'ok', 'message-type': 'work', message: { DOI: '10.1000/x', title: [] } }, null, 2);
    expect(readText(text, 'work.json').warnings).toEqual([{ file: 'work.json', line: 4, reason: 'Crossref work #1 (10.1000/x) has no title; skipped' }]);
  });

  it('a Crossref response that is not about works is named as such', () => {
    const result = readText('{"status":"ok","message-type":"member","message":{"id":179}}', 'member.json');
    expect(result.entries).toEqual([]);
    expect(result.warnings).toEqual([{ file: 'member.json', line: 1, reason: 'this Crossref response is a "member", not a work or a work list; skipped' }]);
  });

  it('references: a volume title is the source, never the cited title; a bare unstructured text gives no guesses', () => {
    expect(crossrefReference({ 'volume-title': 'Proceedings of X', author: 'Boell SK', year: '2019' })).toEqual({
      ids: {}, text: null, firstAuthor: 'Boell', year: 2019, title: null, source: 'Proceedings of X',
    });
    expect(crossrefReference({ unstructured: 'see the report of the committee, 2010' })).toEqual({
      ids: {}, text: 'see the report of the committee, 2010', firstAuthor: null, year: null, title: null, source: null,
    });
  });

  it('JATS → plain text: paragraphs, sections, inline markup, entities; "Abstract" headings dropped', () => {
    expect(jatsToText('<jats:title>Abstract</jats:title><jats:p>One.</jats:p><jats:p>Two <jats:italic>words</jats:italic>.</jats:p>')).toBe('One. Two words.');
    expect(jatsToText('<jats:p>x &lt; y &#x2013; z</jats:p>')).toBe('x < y – z');
    // Not well-formed (an HTML entity XML does not know): tags are still stripped.
    expect(jatsToText('<jats:p>a&nbsp;b <b>c</b></jats:p>')).toBe('a b c');
  });
});
