// Layouts met in real exports found in public repositories (CoLRev's search-source test files, EndNote samples in
// citation tools' tests), each reproduced by a few hand-written lines: JSTOR's RIS header, numbered RIS records,
// TRID's labelled RIS date, EndNote tagged text (.enw) and Semantic Scholar references with nested ids.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';
import { parseRefer, referReader } from '../../../ingest/sources/refer';
import { parseRis, risReader } from '../../../ingest/sources/ris';

describe('RIS with lines before the first record', () => {
  it("reads JSTOR's export, whose records each follow a Provider/Database/Content header", () => {
    const RIS = [
      'Provider: JSTOR http://www.jstor.org',
      'Database: JSTOR',
      'Content: text/plain; charset="UTF-8"',
      '',
      '',
      'TY  - JOUR',
      'TI  - A JSTOR article',
      'AU  - Lastname, Firstname',
      'PY  - 2016',
      'ER  - ',
      '',
      'Provider: JSTOR http://www.jstor.org',
      'Database: JSTOR',
      'Content: text/plain; charset="us-ascii"',
      '',
      'TY  - CHAP',
      'TI  - A JSTOR chapter',
      'PY  - 2019',
      'ER  - ',
    ].join('\n');
    const read = readText(RIS, 'jstor.ris');
    expect('format' in read && read.format).toBe('ris');
    expect(read.warnings).toEqual([]);
    expect(read.entries.map((entry) => [entry.title, entry.year])).toEqual([['A JSTOR article', 2016], ['A JSTOR chapter', 2019]]);
  });

  it('reads records numbered `1.`, `2.` before their TY lines, and still refuses other text before TY', () => {
    expect(risReader.detect('1.\nTY  - JOUR\nT1  - Title of reference\nER  -\n\n2.\nTY  - BOOK\n', 'refs.ris')).toBe(true);
    expect(risReader.detect('Some text\nTY  - JOUR\n', 'a.ris')).toBe(false);
  });
});

describe('RIS dates written with a label or a day range', () => {
  it("reads TRID's `Start date: 20170812` and IEEE's `4-8 Aug. 2020` when no other date is given", () => {
    const { entries } = parseRis(
      'TY  - ABST\nTI  - One\nPY  - Start date: 20170812\nER  - \nTY  - CONF\nTI  - Two\nY1  - 4-8 Aug. 2020\nER  - \n', 'trid.ris',
    );
    expect(entries.map((entry) => [entry.date, entry.year])).toEqual([['2017-08-12', 2017], ['2020', 2020]]);
  });
});

describe('EndNote tagged text (.enw)', () => {
  const ENW = [
    '%0 Journal Article',
    '%A Guo, Wenbo',
    '%A Straub, Detmar W.',
    '%T How Trust Leads to Commitment on Microsourcing Platforms',
    '%B Management Information Systems Quarterly',
    '%D 2021',
    '%8 September  1, 2021',
    '%U https://aisel.aisnet.org/misq/vol45/iss3/13',
    '%R 10.1093/mnras/stad3135',
    '%K trust; governance',
    '%X IS research has extensively examined',
    'the role of trust.',
    '',
    '',
    '%T MISQ Volume 45, Issue 3 Table of Contents',
    '%D 2021',
    '',
    '%0 Journal Article',
    '%A 蔺卿 %A 罗格平 %A 陈曦',
    '%T LUCC驱动力模型研究综述',
    '%J 地理科学进展',
    '%D 2005',
  ].join('\n');

  it('is detected by its tag lines, and a LaTeX comment block is not', () => {
    const read = readText(ENW, 'export.txt');
    expect('format' in read && read.format).toBe('endnote');
    expect(referReader.detect('% A comment\n%TODO later\n\\documentclass{article}\n', 'paper.tex')).toBe(false);
  });

  it('reads each blank-line block as a record: authors, venue, full date, DOI, keywords, wrapped abstract', () => {
    const { entries, warnings } = parseRefer(ENW, 'export.enw');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({
      title: 'How Trust Leads to Commitment on Microsourcing Platforms',
      authors: ['Guo, Wenbo', 'Straub, Detmar W.'],
      venue: 'Management Information Systems Quarterly',
      date: '2021-09-01',
      year: 2021,
      ids: { doi: '10.1093/mnras/stad3135' },
      keywords: ['trust', 'governance'],
      abstract: 'IS research has extensively examined the role of trust.',
      url: 'https://aisel.aisnet.org/misq/vol45/iss3/13',
      type: 'article',
      line: 4,
    });
    expect(entries[1]).toMatchObject({ title: 'MISQ Volume 45, Issue 3 Table of Contents', year: 2021, authors: [], type: null });
    expect(entries[2]).toMatchObject({ authors: ['蔺卿', '罗格平', '陈曦'], venue: '地理科学进展', year: 2005 });
  });

  it('warns about a record without a title', () => {
    const { entries, warnings } = parseRefer('%0 Book\n%A Someone\n%D 1999\n', 'a.enw');
    expect(entries).toEqual([]);
    expect(warnings).toEqual([{ file: 'a.enw', line: 1, reason: 'EndNote record #1 has no title (%T); skipped' }]);
  });
});

describe('Semantic Scholar Graph API records', () => {
  it("keeps a reference's nested externalIds", () => {
    const JSON_TEXT = JSON.stringify({
      data: [{
        paperId: '649def34f8be52c8b66281af98ae884c09aef38b',
        title: 'Construction of the Literature Graph in Semantic Scholar',
        year: 2018,
        authors: [{ authorId: '1741101', name: 'Waleed Ammar' }],
        references: [{ paperId: '3febb2bed8865945e7fddc99efd791887bb7e14f', title: 'Deep contextualized word representations', externalIds: { ArXiv: '1802.05365' } }],
      }],
    });
    const read = readText(JSON_TEXT, 's2.json');
    expect(read.entries[0].references[0]).toMatchObject({ title: 'Deep contextualized word representations', ids: { arxiv: '1802.05365' } });
  });
});
