// Seventh round: exports from publisher sites and search tools (Springer Link CSV, ACM and IEEE BibTeX, JabRef,
// dblp XML and search JSON, Engineering Village BibTeX, ScienceDirect RIS, CNKI's EndNote and E-Study texts) and the
// leftovers of round 6 (Scopus group authors, Dimensions publication ids, null entries in JSON record lists).
// Real files' provenance is in test/fixtures/biblio-real/README.md; every figure was counted by hand in the file.
// Records written here (not copied) say so.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestGraph } from '../../../ingest/pipeline';
import { readText } from '../../../ingest/sources';
import { parseReferenceText } from '../../../ingest/sources/referenceText';
import { splitRunTogetherNames } from '../../../ingest/sources/table';
import { normaliseDimensionsId } from '../../../src/shared/record';

const REAL = join(__dirname, '../../fixtures/biblio-real');
const read = (name: string) => readText(readFileSync(join(REAL, name), 'utf8'), name);

describe('Springer Link CSV ("Item Title", names run together)', () => {
  it('was refused as an unknown file; every row is read, with its DOI, venue, year and type', () => {
    const { entries, warnings, format } = read('springer-link.csv');
    expect(format).toBe('table');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(8);
    expect(entries[1]).toMatchObject({
      title: 'Towards a self-adaptive service-oriented methodology based on extended SOMA',
      ids: { doi: '10.1631/fitee.1400040' },
      venue: 'Frontiers of Information Technology & Electronic Engineering',
      year: 2015,
      type: 'article',
      url: 'http://link.springer.com/article/10.1631/FITEE.1400040',
      line: 3,
    });
    // An empty "Publication Title" is no venue.
    expect(entries[6]).toMatchObject({ title: 'Encyclopedia of Wireless Networks', venue: null, year: 2020 });
  });

  it('splits the authors where one name meets the next, and drops the academic titles', () => {
    const authors = read('springer-link.csv').entries.map((entry) => entry.authors);
    expect(authors[0]).toEqual([
      'Hakim Hacid', 'Fatma Outay', 'Hye-young Paik', 'Amira Alloum', 'Marinella Petrocchi', 'Mohamed Reda Bouadjenek',
      'Amin Beheshti', 'Xumin Liu', 'Abderrahmane Maaradji',
    ]);
    expect(authors[2]).toEqual(['Stefan Biffl', 'Elena Navarro', 'Welf Löwe', 'Marjan Sirjani', 'Raffaela Mirandola', 'Danny Weyns']);
    expect(authors[3]).toEqual(['Marcello La Rosa', 'Shazia Sadiq', 'Ernest Teniente']);
    expect(authors[4].at(-1)).toBe('André van Hoorn');
    expect(authors[5]).toEqual(['Jürgen Jung', 'Bardo Fraunholz']);
    expect(authors[6]).toEqual(['Xuemin (Sherman) Shen', 'Xiaodong Lin', 'Kuan Zhang']);
    expect(authors[7]).toEqual(['Shahram Latifi']);
  });

  it('keeps family names written with an inner capital whole (written here)', () => {
    expect(splitRunTogetherNames('Ryan McDonaldYann LeCunKevin MacKay')).toEqual(['Ryan McDonald', 'Yann LeCun', 'Kevin MacKay']);
  });
});

describe('ACM Digital Library BibTeX', () => {
  it('reads articleno-era entries: authors in order, proceedings as venue, keywords, abstract, DOI', () => {
    const { entries, warnings } = read('acm-dl.bib');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(4);
    expect(entries[0]).toMatchObject({
      title: 'Enhancing Emotion-Cause Pair Extraction in Conversation with Contextual Information',
      authors: ['Lee, Jaehyeok', 'Bak, JinYeong'],
      venue: 'Proceedings of the 41st ACM/SIGAPP Symposium on Applied Computing',
      year: 2026,
      ids: { doi: '10.1145/3748522.3779710' },
      keywords: ['conversations', 'emotion analysis', 'emotion-cause pair extraction', 'dialogue systems', 'multi-task learning'],
    });
    expect(entries[0].abstract).toMatch(/^To generate more emotionally human-like responses/);
    expect(entries[1].authors).toEqual(['Mulayim, Ozan Baris', 'Bergés, Mario']);
    expect(entries[2]).toMatchObject({ venue: 'Comput. Speech Lang.', date: '2025-11', ids: { doi: '10.1016/j.csl.2025.101810' } });
    expect(entries[2].authors).toHaveLength(6);
    expect(entries[3].authors).toEqual(['Casiez, Géry', 'Roussel, Nicolas']);
  });
});

describe('IEEE Xplore BibTeX', () => {
  it('an initial glued to the braced family name (Y.{Wang}) is one person; the title-less entry is a warning', () => {
    const { entries, warnings } = read('ieee-xplore.bib');
    expect(entries).toHaveLength(3);
    expect(entries[0].authors).toEqual(['Zhou, W.', 'Wang, Y.', 'Chu, J.', 'Yang, J.', 'Bai, X.', 'Xu, Y.']);
    expect(entries[1].keywords).toHaveLength(10);
    expect(entries[2]).toMatchObject({ venue: '2024 IEEE/MTT-S International Microwave Symposium - IMS 2024', ids: { doi: '10.1109/ims40175.2024.10600344' } });
    expect(warnings).toEqual([{ file: 'ieee-xplore.bib', line: 32, reason: 'BibTeX @article entry without a key has no title; skipped' }]);
  });
});

describe('JabRef library (biblatex, @Comment{jabref-meta: …})', () => {
  it('reads the entries, not the metadata comments: journaltitle as venue, date, escaped ampersand', () => {
    const { entries, warnings } = read('jabref-chocolate.bib');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => entry.title)).toEqual([
      'Cocoa and Cardiovascular Health',
      'Chocolate and Prevention of Cardiovascular Disease: A Systematic Review',
      'Mood state effects of chocolate',
      'Effect of Chocolate on Acne Vulgaris',
    ]);
    expect(entries[0]).toMatchObject({ venue: 'Circulation', date: '2009-03', ids: { doi: '10.1161/circulationaha.108.827022' } });
    expect(entries[0].authors).toEqual(['Corti, Roberto', 'Flammer, Andreas J.', 'Hollenberg, Norman K.', 'Lüscher, Thomas F.']);
    expect(entries[1].venue).toBe('Nutrition & Metabolism');
    expect(entries[3]).toMatchObject({ year: 1969, url: 'https://doi.org/10.1001/jama.1969.03160370055011' });
  });
});

describe('dblp XML and search JSON', () => {
  it("a record answer: authors in order, the title without dblp's closing full stop, the first link", () => {
    const { entries, warnings, format } = read('dblp-record.xml');
    expect(format).toBe('dblp-xml');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Attention is All you Need',
      venue: 'NIPS',
      year: 2017,
      type: 'inproceedings',
      url: 'https://proceedings.neurips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html',
      line: 12,
    });
    expect(entries[0].authors).toHaveLength(8);
    expect(entries[0].authors.slice(0, 2)).toEqual(['Ashish Vaswani', 'Noam Shazeer']);
  });

  it("a person's page: each publication, its DOI from a doi.org link, its dblp page when it has no link", () => {
    const { entries } = read('dblp-person.xml');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ title: 'DBLP - Some Lessons Learned', venue: 'Proc. VLDB Endow.', url: 'https://dblp.org/rec/journals/pvldb/Ley09' });
    expect(entries[1]).toMatchObject({ authors: ['Christopher Michels', 'Michael Ley'], ids: { doi: '10.1109/jcdl.2017.7991609' } });
  });

  it("an extract of the dump names letters as dblp.dtd declares them (written here after the dump's layout)", () => {
    const xml = [
      '<?xml version="1.0" encoding="ISO-8859-1"?>', '<!DOCTYPE dblp SYSTEM "dblp.dtd">', '<dblp>',
      '<article mdate="2017-05-28" key="journals/x/Y17">', '<author>J&uuml;rgen M&ouml;ller 0002</author>',
      '<title>On &quot;Caf&eacute;&quot; graphs.</title>', '<year>2017</year>', '<journal>X</journal>', '</article>', '</dblp>', '',
    ].join('\n');
    const { entries, warnings } = readText(xml, 'dblp-extract.xml');
    expect(warnings).toEqual([]);
    expect(entries[0]).toMatchObject({ title: 'On "Café" graphs', authors: ['Jürgen Möller'], line: 6 });
  });

  it('a search API answer (hits three levels down, authors as {"text": …}) was refused, now read', () => {
    const { entries, warnings } = read('dblp-search.json');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'A Test Cost Reduction Method by Test Response and Test Vector Overlapping for Full-Scan Test Architecture',
      authors: ['Tsuyoshi Shinogi', 'Hiroyuki Yamada', 'Terumine Hayashi', 'Shinji Tsuruoka', 'Tomohiro Yoshikawa'],
      venue: 'Asian Test Symposium',
      year: 2005,
      ids: { doi: '10.1109/ats.2005.17' },
    });
  });
});

describe('Engineering Village BibTeX (Compendex)', () => {
  it('a bare % is a percent sign, the HTML and the copyright line leave the abstract, the DOI comes from the URL', () => {
    const { entries, warnings } = read('engineering-village.bib');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(3);
    const [octAttention, stock, spiking] = entries;
    expect(octAttention.abstract).toContain('obtains a 10%-35% BD-Rate gain on the LiDAR benchmark');
    expect(octAttention.abstract).toMatch(/saves 95% coding time compared to the voxel-based baseline\. The code is available at https:\/\/github\.com\/zb12138\/OctAttention\.$/);
    expect(octAttention.keywords).toEqual(['Deep learning', 'Economic and social effects']);
    expect(octAttention.ids.doi).toBe('10.48550/arxiv.2202.06028');
    expect(stock).toMatchObject({ ids: { doi: '10.3934/mbe.2021166' }, authors: ['Dong, Wenhua', 'Zhao, Chunna'], year: 2021 });
    expect(spiking.authors).toHaveLength(7);
  });

  it('text after a % survives (written here); a % ending a line still joins the lines', () => {
    const bib = (abstract: string) => readText(`@article{k,\ntitle={T},\nyear={2020},\nabstract={${abstract}}\n}\n`, 'k.bib').entries[0].abstract;
    expect(bib('Gain of 10%-35% here.')).toBe('Gain of 10%-35% here.');
    expect(bib('reduced by 95%')).toBe('reduced by 95%');
    expect(bib('already 95\\% escaped')).toBe('already 95% escaped');
    expect(bib('one%\ntwo')).toBe('one two');
  });
});

describe('ScienceDirect RIS', () => {
  it('T1, JO, a doi.org link as DO, one KW a line, DA with a closing slash', () => {
    const { entries, warnings } = read('sciencedirect.ris');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Odatix: An open-source design automation toolbox for FPGA/ASIC implementation',
      authors: ['Saussereau, Jonathan', 'Jego, Christophe', 'Leroux, Camille', 'Begueret, Jean-Baptiste'],
      venue: 'SoftwareX',
      date: '2025-02-01',
      ids: { doi: '10.1016/j.softx.2024.101970' },
    });
    expect(entries[0].keywords).toHaveLength(7);
  });
});

describe('CNKI exports', () => {
  it('EndNote text: authors one a line or joined with %A, the first of the ;-joined affiliations', () => {
    const { entries, warnings } = read('cnki-endnote.txt');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      title: '基于色彩心理学的花境营造浅析',
      authors: ['刘芷君'],
      organisation: '贵阳学院',
      venue: '现代园艺',
      year: 2024,
      keywords: ['园林', '花境', '色彩', '色彩心理学'],
      ids: { doi: '10.14051/j.cnki.xdyy.2024.16.040' },
    });
    expect(entries[1].authors).toEqual(['蔺卿', '罗格平', '陈曦']);
  });

  it('E-Study text (知网研学) was refused as an unknown file, now read', () => {
    const { entries, warnings, format } = read('cnki-estudy.txt');
    expect(format).toBe('cnki-estudy');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      authors: ['柯洪琴', '陈璿英', '王启斌'],
      venue: '中南药学',
      date: '2021-01-18',
      year: 2021,
      type: 'article',
      organisation: '十堰市太和医院药学部(湖北医药学院附属医院)',
      line: 2,
    });
    expect(entries[0].keywords).toHaveLength(5);
    // CNKI's `<正>` ("main text follows") is no part of the abstract.
    expect(entries[0].abstract).toMatch(/^苯妥英钠作为一种传统抗癫痫药物/);
    expect(entries[1]).toMatchObject({ type: 'inproceedings', date: '2018-10', authors: ['陈霈琛', '董欣'] });
  });

  it('E-Study: a record without Title-题名 is a warning at its line; a field named twice in English is read (written here)', () => {
    const text = 'DataType: 1\nAuthor-作者: 张三;\nYear-年: 2020\n\nDataType: 1\nTitle-题名: 题目\nDOI-DOI: 10.1000/xyz\nYear-年: 2021\n';
    const { entries, warnings } = readText(text, 'estudy.txt');
    expect(warnings).toEqual([{ file: 'estudy.txt', line: 1, reason: 'CNKI E-Study record #1 has no Title-题名; skipped' }]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ title: '题目', ids: { doi: '10.1000/xyz' }, year: 2021, line: 6 });
  });
});

describe('Scopus references: a group author or a name without initials before the title', () => {
  const parts = (text: string) => {
    const reference = parseReferenceText(text, 'scopus');
    return [reference.firstAuthor, reference.year, reference.title, reference.source];
  };

  it("the book layout's comma before the year closes an author list (shared Scopus sample, as written there)", () => {
    expect(parts('Michael, (2007) Agile Learning-an alternative model, , Academic Press')).toEqual(['Michael', 2007, 'Agile Learning-an alternative model', null]);
    expect(parts("Perry, Robert H., Green, Don W., (1984) Perry's Chemical Engineers' Handbook, , (8th ed). McGraw-Hill")).toEqual([
      'Perry', 1984, "Perry's Chemical Engineers' Handbook", null,
    ]);
  });

  it('group authors in both layouts (written here)', () => {
    expect(parts('Google, Mastering the game of Go without human knowledge (2017) Nature, 550, pp. 354-359')).toEqual([
      'Google', 2017, 'Mastering the game of Go without human knowledge', 'Nature',
    ]);
    expect(parts('World Health Organization, (2016) Global report on diabetes, , Geneva')).toEqual(['World Health Organization', 2016, 'Global report on diabetes', null]);
    expect(parts('World Health Organization, Global report on diabetes, (2016)')).toEqual(['World Health Organization', 2016, 'Global report on diabetes', null]);
    expect(parts('OECD, Education at a glance 2019: OECD indicators, (2019)')).toEqual(['OECD', 2019, 'Education at a glance 2019: OECD indicators', null]);
  });

  it('a title with its own commas, and authors with initials, are read as before', () => {
    expect(parts('Production, Information Costs, and Economic Organization (1972) American Economic Review, 62, pp. 777-795')).toEqual([
      null, 1972, 'Production, Information Costs, and Economic Organization', 'American Economic Review',
    ]);
    expect(parts('Høiland, CG, Følstad, A, Karahasanovic, A., Hi, Can I Help? Exploring How to Design a Mental Health Chatbot for Youths (2020) Human Technology, 16 (2), pp. 139-169')[0]).toBe('Høiland');
  });
});

describe('Dimensions: publication ids', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unseen7-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('normalised alone or from an app.dimensions.ai link, nothing else', () => {
    expect(normaliseDimensionsId('pub.1173974926')).toBe('pub.1173974926');
    expect(normaliseDimensionsId('https://app.dimensions.ai/details/publication/pub.1173974926')).toBe('pub.1173974926');
    expect(normaliseDimensionsId('1173974926')).toBeNull();
  });

  it('the full-data export keeps its Publication ID', () => {
    expect(read('dimensions-full-data.csv').entries[0].ids).toEqual({ doi: '10.1016/j.jad.2024.07.131', pmid: '39033822', dimensions: 'pub.1173974926' });
  });

  it("cited references in the real layout (researcher ids second, as bibliometrix reads them; written here after a blog's table of a real export) cite by id, and the id list is no title", async () => {
    const header = '"Rank","Publication ID","DOI","Title","Source title","PubYear","Authors","Cited references"';
    const file = join(dir, 'dimensions-mapping.csv');
    writeFileSync(
      file,
      [
        '"About the data: Exported on Feb 03, 2022."',
        header,
        '"1","pub.1126055399","","A citing paper","Economic Inquiry","2020","Yagihashi, Takeshi","[Yagihashi, Takeshi; Du, Juan]|[ur.07662443654.76; ur.013363010625.14]|Economic Inquiry|2015|53|3|1556-1579||pub.1003172294|5;[Barro, Robert J]|[]|The Quarterly Journal of Economics|2006|121|3|823-866|10.1162/qjec.121.3.823|pub.1063352797|1133"',
        '"2","pub.1003172294","","A cited paper without a DOI","Economic Inquiry","2015","Yagihashi, Takeshi; Du, Juan",""',
      ].join('\n') + '\n',
    );
    const { entries } = readText(readFileSync(file, 'utf8'), 'dimensions-mapping.csv');
    expect(entries[0].references.map((reference) => [reference.ids, reference.firstAuthor, reference.year, reference.title, reference.source])).toEqual([
      [{ dimensions: 'pub.1003172294' }, 'Yagihashi', 2015, null, 'Economic Inquiry'],
      [{ doi: '10.1162/qjec.121.3.823', dimensions: 'pub.1063352797' }, 'Barro', 2006, null, 'The Quarterly Journal of Economics'],
    ]);
    const { graph } = await ingestGraph([file], { layoutIterations: 0 });
    expect(graph.filterEdges((_edge, attributes) => attributes.kind === 'cites')).toHaveLength(1);
  });
});

describe('a null entry in a JSON record list is named by its place and line (written here)', () => {
  it('CSL-JSON', () => {
    const text = '[{"type":"article-journal","title":"A paper","author":[{"family":"Smith","given":"J"}],"issued":{"date-parts":[[2020]]}},\n null,\n {"type":"book","title":"B"}]\n';
    const { entries, warnings } = readText(text, 'items.json');
    expect(entries).toHaveLength(2);
    expect(warnings).toEqual([{ file: 'items.json', line: 2, reason: 'CSL-JSON item #2 is null, not an item object; skipped' }]);
  });

  it('OpenAlex results', () => {
    const text = '{"meta":{"count":2},"results":[{"id":"https://openalex.org/W1","display_name":"T one","publication_year":2020},\nnull,\n{"id":"https://openalex.org/W2","title":"T two","publication_year":2021}]}\n';
    const { entries, warnings } = readText(text, 'works.json');
    expect(entries).toHaveLength(2);
    expect(warnings).toEqual([{ file: 'works.json', line: 2, reason: 'OpenAlex work #2 is null, not a work object; skipped' }]);
  });
});
