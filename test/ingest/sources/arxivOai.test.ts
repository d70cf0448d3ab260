// arXiv OAI-PMH reader: ListRecords in the arXiv, arXivRaw and oai_dc metadata formats, deleted and truncated records.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../ingest/sources';
import { arxivOaiReader, oaiDay, parseArxivOai, splitAuthorString } from '../../../ingest/sources/arxivOai';

const fixtures = join(__dirname, '../../fixtures/biblio');

describe('arXiv OAI-PMH ListRecords', () => {
  it('metadataPrefix=arXiv: structured authors, affiliation, categories, created date, DOI and journal reference', async () => {
    const file = join(fixtures, 'arxiv-oai-arXiv.xml');
    const { entries, warnings, files } = await readSources([file]);
    expect(files[0].format).toBe('arxiv-oai');
    expect(entries).toEqual([
      expect.objectContaining({
        title: 'Attention Is All You Need',
        abstract: expect.stringMatching(/^The dominant sequence transduction models .* based solely on attention mechanisms\.$/),
        ids: { arxiv: '1706.03762' },
        authors: ['Vaswani, Ashish', 'Shazeer, Noam', 'Parmar, Niki'],
        authorsCount: 3,
        organisation: 'Google Brain',
        categories: ['cs.CL', 'cs.LG'],
        date: '2017-06-12',
        year: 2017,
        venue: 'arXiv',
        url: 'https://arxiv.org/abs/1706.03762',
        type: 'preprint',
        line: 14,
      }),
      expect.objectContaining({
        title: 'On pseudo-Hermitian Einstein spaces',
        ids: { arxiv: 'math/0502287', doi: '10.1088/0264-9381/22/1/001' },
        venue: 'Class. Quantum Grav. 22 (2005) 1-20',
        categories: ['math.DG'],
        line: 36,
      }),
    ]);
    expect(warnings).toEqual([
      { file, line: 21, reason: 'OAI record #2 is marked deleted; skipped' },
      { file, line: 42, reason: 'OAI record #4 has no title; skipped' },
    ]);
  });

  it('metadataPrefix=arXivRaw: the author string split, the v1 submission date, old-style ids', async () => {
    const { entries, warnings } = await readSources([join(fixtures, 'arxiv-oai-arXivRaw.xml')]);
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.title, entry.ids, entry.authors, entry.date, entry.categories, entry.venue])).toEqual([
      [
        'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
        { arxiv: '1810.04805' },
        ['Jacob Devlin', 'Ming-Wei Chang', 'Kenton Lee', 'Kristina Toutanova'],
        '2018-10-11',
        ['cs.CL'],
        'arXiv',
      ],
      [
        'The Large N Limit of Superconformal Field Theories and Supergravity',
        { arxiv: 'hep-th/9711200', doi: '10.1023/a:1026654312961' },
        ['Juan M. Maldacena'],
        '1997-11-27',
        ['hep-th'],
        'Adv.Theor.Math.Phys.2:231-252,1998',
      ],
    ]);
  });

  it('metadataPrefix=oai_dc: creators, the abstract (not the "Comment:" description), subjects, DOI identifier', async () => {
    const { entries, warnings } = await readSources([join(fixtures, 'arxiv-oai-dc.xml')]);
    expect(warnings).toEqual([]);
    expect(entries[0]).toMatchObject({
      title: 'Deep Residual Learning for Image Recognition',
      abstract: 'Deeper neural networks are more difficult to train. We present a residual learning framework to ease the training of networks.',
      ids: { arxiv: '1512.03385' },
      authors: ['He, Kaiming', 'Zhang, Xiangyu', 'Ren, Shaoqing', 'Sun, Jian'],
      keywords: ['Computer Science - Computer Vision and Pattern Recognition'],
      date: '2015-12-10',
      url: 'http://arxiv.org/abs/1512.03385',
    });
    expect(entries[1]).toMatchObject({ ids: { arxiv: '1406.2661', doi: '10.1145/3422622' }, line: 38 });
  });

  it('a response cut off mid-record keeps the complete records and names the line where it breaks', () => {
    const text = readFileSync(join(fixtures, 'arxiv-oai-arXivRaw.xml'), 'utf8');
    const cut = text.slice(0, text.indexOf('<title>The Large N'));
    const { entries, warnings } = parseArxivOai(cut, 'cut.xml');
    expect(entries.map((entry) => entry.ids.arxiv)).toEqual(['1810.04805']);
    expect(warnings).toEqual([
      {
        file: 'cut.xml',
        line: 29,
        reason: 'the file breaks off here, inside the OAI record that starts on line 21; that OAI record is skipped, the complete one before it is kept',
      },
    ]);
  });

  it('an OAI-PMH error answer says what the server said; an entity DOCTYPE is refused', () => {
    const error =
      '<?xml version="1.0" encoding="UTF-8"?>\n<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">\n<responseDate>2024-05-02T10:11:12Z</responseDate>\n<request verb="ListRecords">http://export.arxiv.org/oai2</request>\n<error code="noRecordsMatch">The combination of the values of the from, until and set arguments results in an empty list.</error>\n</OAI-PMH>\n';
    expect(arxivOaiReader.detect(error, 'x.xml')).toBe(true);
    expect(parseArxivOai(error, 'x.xml').warnings).toEqual([
      {
        file: 'x.xml',
        line: 1,
        reason: 'the OAI-PMH server answered "noRecordsMatch": The combination of the values of the from, until and set arguments results in an empty list.',
      },
    ]);
    const hostile = '<?xml version="1.0"?>\n<!DOCTYPE OAI-PMH [\n<!ENTITY a "aaaaaaaaaa">\n<!ENTITY b "&a;&a;&a;&a;&a;">\n]>\n<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords/></OAI-PMH>\n';
    expect(arxivOaiReader.detect(hostile, 'x.xml')).toBe(true);
    expect(parseArxivOai(hostile, 'x.xml')).toEqual({
      entries: [],
      warnings: [{ file: 'x.xml', line: 5, reason: expect.stringContaining('declares XML entities in a DOCTYPE') }],
    });
  });

  it('dates and author strings', () => {
    expect(oaiDay('Mon, 14 Apr 2008 20:07:38 GMT')).toBe('2008-04-14');
    expect(oaiDay('2008-04-14')).toBe('2008-04-14');
    expect(splitAuthorString('A. One, B. Two (MIT, Cambridge), and C. Three')).toEqual(['A. One', 'B. Two', 'C. Three']);
  });
});
