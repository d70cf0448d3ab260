// arXiv Atom reader: the real API response, a full-record fixture, broken and truncated feeds, a DOCTYPE with entities.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../ingest/sources';
import { arxivAtomReader, parseArxivAtom } from '../../../ingest/sources/arxivAtom';
import { describeShared, sharedPath } from '../../sharedData';

const sample = sharedPath('samples/biblio/arxiv_api_query_einstein_2018.atom.xml');
const fixtures = join(__dirname, '../../fixtures');

describeShared(sample, 'arXiv Atom on the real API response', () => {
  it('10 records: arXiv ids without version (old style too), authors, categories without MSC codes, dates, links', async () => {
    const { entries, warnings, files } = await readSources([sample]);
    expect(files[0].format).toBe('arxiv-atom');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => entry.ids.arxiv)).toEqual([
      '1801.05533', '0802.2137', '1209.5181', 'math/0502287', '0707.4595', '1505.03319', '1207.1944', '0808.2097', '1205.0922',
      'math/0507289',
    ]);
    expect(entries.every((entry) => !/[\r\n]|\s{2}/.test(entry.title + entry.abstract))).toBe(true);
    expect(entries[0]).toMatchObject({
      title: 'Einstein-Weyl structures on almost cosymplectic manifolds',
      authors: ['Xiaomin Chen'],
      authorsCount: 1,
      date: '2018-01-17',
      year: 2018,
      // The feed also lists the MSC codes "53D10, 53D15" as a category; they are not arXiv subjects.
      categories: ['math.DG'],
      venue: 'arXiv',
      url: 'http://arxiv.org/abs/1801.05533v1',
      type: 'preprint',
      line: 14,
    });
    expect(entries[0].abstract).toMatch(/^In this article, we study the Einstein-Weyl structures on almost cosymplectic manifolds\. First/);
    expect(entries[3]).toMatchObject({ title: 'On pseudo-Hermitian Einstein spaces', date: '2005-02-14', line: 96 });
    // Inline TeX decoded: `$\theta$`, `K{\"a}hler`; no command, brace or dollar left.
    expect(entries[3].abstract).toContain('pseudo-Hermitian structures θ without torsion');
    expect(entries[3].abstract).toContain('from Kähler-Einstein metrics');
    expect(entries.filter((entry) => /\\[A-Za-z]|[{}$]/.test(entry.title + entry.abstract))).toEqual([]);
    expect(entries[7].categories).toEqual(['math.DG', 'math-ph', 'math.MP']);
    // A title hard-wrapped over two lines in the feed.
    expect(entries.find((entry) => entry.title.startsWith('Quasi-Einstein and Generalized'))).toMatchObject({
      title: 'Quasi-Einstein and Generalized Quasi-Einstein Warped Products with an Affine Connection',
      line: 143,
      year: 2015,
    });
  });
});

describe('arXiv Atom full records and bad feeds', () => {
  it('DOI, journal reference as venue, affiliation, categories; a stray "&" is read as text', async () => {
    const file = join(fixtures, 'biblio/arxiv-atom-full.xml');
    const { entries, warnings } = await readSources([file]);
    expect(entries[0]).toMatchObject({
      title: 'On coincidence of Alday-Maldacena-regularized sigma-model and Nambu-Goto areas of minimal surfaces',
      ids: { arxiv: '0710.2073', doi: '10.1134/s0021364007210011' },
      authors: ['A. Popolitov', 'B. Second'],
      venue: 'JETP Lett.86:559-561,2008',
      organisation: 'ITEP, Moscow',
      categories: ['hep-th', 'math-ph'],
      date: '2007-10-10',
      line: 9,
    });
    expect(entries[1]).toMatchObject({ title: 'Graphs & Strings: an unescaped ampersand', ids: { arxiv: 'hep-th/9901001' } });
    expect(warnings).toEqual([{ file, line: 36, reason: '1 unescaped "&" (first here) read as a literal "&"' }]);
  });

  it('a broken entry is skipped with its line, its neighbour kept', async () => {
    const file = join(fixtures, 'sources/broken-feed.atom.xml');
    const { entries, warnings } = await readSources([file]);
    expect(entries).toEqual([
      expect.objectContaining({
        title: 'A Feed Entry That Survives a Broken Neighbour',
        abstract: 'The summary is wrapped over two lines.',
        date: '2020-03-04',
        organisation: 'Example University',
        authors: ['A. Author'],
        line: 4,
      }),
    ]);
    expect(warnings).toEqual([{ file, line: 12, reason: 'Atom entry #2 has no title; skipped' }]);
  });

  it('a feed cut off in its 4,001st entry keeps the 4,000 complete ones and names the line where it breaks', () => {
    const entry = (i: number) =>
      `<entry>\n<id>http://arxiv.org/abs/2401.${String(10000 + i)}v1</id>\n<published>2024-01-02T00:00:00Z</published>\n<title>Paper ${i}</title>\n<summary>Summary ${i}.</summary>\n<author><name>A. Author</name></author>\n</entry>\n`;
    const head = '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n';
    const text = `${head}${Array.from({ length: 4000 }, (_, i) => entry(i)).join('')}<entry>\n<id>http://arxiv.org/abs/2401.99999v1</id>\n<title>Cut of`;
    const { entries, warnings } = parseArxivAtom(text, 'cut.xml');
    expect(entries).toHaveLength(4000);
    expect(entries[3999]).toMatchObject({ title: 'Paper 3999', ids: { arxiv: '2401.13999' }, line: 3 + 3999 * 7 + 3 });
    expect(warnings).toEqual([
      {
        file: 'cut.xml',
        line: 28005,
        reason: 'the file breaks off here, inside the Atom entry that starts on line 28003; that Atom entry is skipped, the 4000 complete ones before it are kept',
      },
    ]);
  });

  it('a DOCTYPE declaring entities is recognised and refused, never expanded', async () => {
    const text = '<?xml version="1.0"?>\n<!DOCTYPE feed [<!ENTITY boom "BOOM">]>\n<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&boom;</title></entry></feed>\n';
    expect(arxivAtomReader.detect(text, 'feed.xml')).toBe(true);
    expect(parseArxivAtom(text, 'feed.xml')).toEqual({
      entries: [],
      warnings: [
        {
          file: 'feed.xml',
          line: 2,
          reason: 'the file declares XML entities in a DOCTYPE; entity declarations are never expanded, so the file is refused',
        },
      ],
    });
  });

  it('100,000 nested elements stay linear and bounded: the entry is kept, the depth reported', () => {
    const deep = `${'<x>'.repeat(100_000)}deep${'</x>'.repeat(100_000)}`;
    const text = `<feed xmlns="http://www.w3.org/2005/Atom">\n<entry><title>Deep one</title><summary>${deep}</summary></entry>\n<entry><title>Next</title></entry>\n</feed>\n`;
    const { entries, warnings } = parseArxivAtom(text, 'deep.xml');
    expect(entries.map((entry) => entry.title)).toEqual(['Deep one', 'Next']);
    expect(warnings).toEqual([
      {
        file: 'deep.xml',
        line: 2,
        reason: 'XML error in Atom entry #1 (inside <x>): elements nested deeper than 64 levels are not read; the entry is kept',
      },
    ]);
  });

  it('an XML error outside the title keeps the entry and says where it was', () => {
    const text = '<feed xmlns="http://www.w3.org/2005/Atom">\n<entry><title>Fine title</title>\n<summary>A <b>bold</i> claim</summary></entry>\n</feed>\n';
    const { entries, warnings } = parseArxivAtom(text, 'x.xml');
    expect(entries.map((entry) => entry.title)).toEqual(['Fine title']);
    expect(warnings[0]).toMatchObject({ line: 3, reason: expect.stringMatching(/^XML error in Atom entry #1 \(inside <b>\): .*; the entry is kept$/) });
  });
});
