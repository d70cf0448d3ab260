// Fifteenth round: an author's works as three services export them — zbMATH Open's BibTeX (47 entries), Crossref's
// work list (4 works with their 174 references) and zbMATH Open's API JSON (2 documents) — and Web of Science's `.ciw`
// file of a proceedings paper. Lost before: the journal's whole name that MathSciNet and zbMATH write in `fjournal`
// (the venue was the abbreviation in `journal`, unlike the Crossref record of the same paper); the first author and
// arXiv identifier of the references publishers deposit with Crossref as numbered text ("35 Muro, F. . Derived
// universal Massey products, arXiv:2109.01421 …"); and everything but the title of zbMATH's API documents (read as a
// generic table). Real files' provenance is in test/fixtures/biblio-real/README.md ("Round 15"); every figure below
// was counted by hand in the files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestGraph } from '../../../ingest/pipeline';
import { readText } from '../../../ingest/sources';
import { arxivIdInText, parseReferenceText } from '../../../ingest/sources/referenceText';
import { citingPairsById } from '../citingPairs';

const REAL = join(__dirname, '../../fixtures/biblio-real');
const read = (name: string) => readText(readFileSync(join(REAL, name), 'utf8'), name.split('/').pop()!);


describe("zbMATH Open's BibTeX of an author's works", () => {
  const { entries, warnings, format } = read('zbmath-author.bib');

  it('reads all 47 entries with their identifiers: 38 DOIs, 7 arXiv ids (3 of the old form), 2 with neither', () => {
    expect(format).toBe('bibtex');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(47);
    expect(entries.filter((entry) => entry.ids.doi)).toHaveLength(38);
    const arxiv = entries.filter((entry) => entry.ids.arxiv).map((entry) => entry.ids.arxiv);
    expect(arxiv).toEqual(['2507.17568', '2312.07321', '2208.14413', '2107.14174', 'math/0703311', 'math/0605213', 'math/0505540']);
    expect(entries.filter((entry) => !entry.ids.doi && !entry.ids.arxiv).map((entry) => entry.title)).toEqual([
      'The symmetric action on secondary homotopy groups',
      'On K₁ of a Waldhausen category',
    ]);
    // Years run from 2025 down to 2003 in file order; every entry has one.
    expect(entries.map((entry) => entry.year)).not.toContain(null);
    expect(entries[0].year).toBe(2025);
    expect(entries[46].year).toBe(2003);
    // The MSC codes are the keywords zbMATH gives: all entries but two preprints (2312.07321, 2107.14174) have them.
    expect(entries.filter((entry) => entry.keywords.length > 0)).toHaveLength(45);
    expect(entries[2].keywords).toEqual(['18M70', '14A30', '16E05', '18G10', '55U35']);
  });

  it("takes the journal's whole name from `fjournal`, not the abbreviation in `journal`", () => {
    // Before: 'Proc. R. Soc. Edinb., Sect. A, Math.', 'J. Inst. Math. Jussieu', 'Adv. Math.', 'Topology Appl.'.
    expect(entries[2]).toMatchObject({
      title: 'Derived homotopy algebras',
      ids: { doi: '10.1017/prm.2022.42' },
      authors: ['Maes, Jeroen', 'Muro, Fernando'],
      venue: 'Proceedings of the Royal Society of Edinburgh. Section A. Mathematics',
      year: 2023,
      type: 'article',
    });
    const venue = (doi: string) => entries.find((entry) => entry.ids.doi === doi)?.venue;
    expect(venue('10.1017/s1474748020000250')).toBe('Journal of the Institute of Mathematics of Jussieu');
    expect(venue('10.1016/j.aim.2016.01.009')).toBe('Advances in Mathematics');
    expect(venue('10.1016/j.topol.2015.05.006')).toBe('Topology and its Applications');
    expect(venue('10.2140/akt.2017.2.303')).toBe('Annals of K-Theory');
    // A chapter keeps its book as the venue; a preprint has arXiv.
    expect(entries[1]).toMatchObject({ type: 'incollection', ids: { doi: '10.1007/978-3-031-57789-5_4' } });
    expect(entries[1].venue).toMatch(/^Triangulated categories in representation theory and beyond\. The Abel symposium 2022/);
    expect(entries[0]).toMatchObject({ venue: 'arXiv', authors: ['Jasso, Gustavo', 'Muro, Fernando'], title: 'Obstruction theory for A-infinity bimodules' });
  });
});

describe("Crossref's work list of the same author", () => {
  const { entries, warnings, format } = read('crossref-json/author-works-list.json');

  it('reads the 4 works with their 56 + 63 + 37 + 18 references and the two abstracts', () => {
    expect(format).toBe('crossref');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => entry.ids.doi)).toEqual([
      '10.1016/j.aim.2016.01.009',
      '10.1017/s1474748020000250',
      '10.1017/prm.2022.42',
      '10.1016/j.topol.2015.05.006',
    ]);
    expect(entries.map((entry) => entry.references?.length)).toEqual([56, 63, 37, 18]);
    expect(entries.map((entry) => entry.abstract.length)).toEqual([0, 205, 350, 0]);
    // The formula's TeX (the inline graphic beside it is no text) becomes the character it spells.
    expect(entries[2].abstract).toContain('(containing ℚ in the symmetric case)');
    expect(entries[2].authors).toEqual(['Maes, Jeroen', 'Muro, Fernando']);
  });

  it('reads the first author and the arXiv id of the numbered references deposited as text', () => {
    const texts = entries.flatMap((entry) => entry.references ?? []).map((reference) => reference.text).filter((text): text is string => text !== null);
    // 17 references are `unstructured` text: 16 numbered as the journal printed them, one (Šťovíček) not.
    expect(texts).toHaveLength(17);
    const parsed = texts.map((text) => parseReferenceText(text));
    // Before: no first author for any numbered one (the number stood before the name, a space before the comma).
    expect(parsed.map((reference) => reference.firstAuthor)).toEqual([
      null, // "J. Šťovíček, On the pure projective dimension…": given name first, not read as a family name
      'Street', 'Hanihara', 'Pstrągowski', 'Lefèvre-Hasegawa', 'Chen',
      null, // "2 Adámek, J. and Rosický, J. , …": two authors joined by "and" are still not read
      'Dimitrova', 'Muro', 'Maes',
      null, // "24 Kontsevich, M. and Soibelman, Y. , …": the same
      'Hinich', 'Hirschhorn', 'Fresse', 'Cirici', 'Lefèvre-Hasegawa', 'McCleary',
    ]);
    // Before: none. Four name their work by its arXiv identifier.
    expect(parsed.filter((reference) => reference.ids.arxiv).map((reference) => reference.ids.arxiv)).toEqual([
      '1805.07585', '1810.12250', '2109.01421', 'math/0309453',
    ]);
    expect(parsed[8]).toMatchObject({ firstAuthor: 'Muro', year: 2021, ids: { arxiv: '2109.01421' } });
    // The text stays as written, with its number.
    expect(parsed[8].text).toBe('35 Muro, F. . Derived universal Massey products, arXiv:2109.01421 [math.KT] (2021). To appear in Homology Homotopy Appl.');
  });

  it('finds an arXiv id only where the reference names the scheme', () => {
    expect(arxivIdInText('Devlin J., …, (2018) arXiv preprint arXiv:1810.04805')).toBe('1810.04805');
    expect(arxivIdInText('See https://arxiv.org/abs/2401.01234v2 for the preprint')).toBe('2401.01234');
    expect(arxivIdInText('Vaswani A. et al., CoRR abs/1706.03762 (2017)')).toBe('1706.03762');
    expect(arxivIdInText('Smith J., 2018, Nature, 1805.07585')).toBeNull();
    expect(arxivIdInText('arXiv:1813.01234 [cs.LG]')).toBeNull();
  });

  it('links the 14 citing pairs between the 4 works and the zbMATH entries by DOI; the 4 works are one paper each', async () => {
    const files = [join(REAL, 'zbmath-author.bib'), join(REAL, 'crossref-json/author-works-list.json')];
    const { graph, summary } = await ingestGraph(files, { layoutIterations: 0 });
    expect(summary.entries).toBe(51);
    expect(summary.duplicatesMerged).toBe(4);
    expect(summary.papers).toBe(47);
    expect(summary.referencesTotal).toBe(174);
    expect(citingPairsById(graph, 'doi')).toEqual([
      '10.1016/j.aim.2016.01.009 → 10.1017/is007011018jkt019',
      '10.1016/j.aim.2016.01.009 → 10.1017/is008007021jkt061',
      '10.1016/j.topol.2015.05.006 → 10.2140/agt.2014.14.1489',
      '10.1016/j.topol.2015.05.006 → 10.2140/agt.2014.14.229',
      '10.1017/prm.2022.42 → 10.1016/j.jpaa.2018.08.007',
      '10.1017/prm.2022.42 → 10.2140/agt.2011.11.1541',
      '10.1017/prm.2022.42 → 10.2140/agt.2017.17.3837',
      '10.1017/s1474748020000250 → 10.1007/s00209-019-02438-y',
      '10.1017/s1474748020000250 → 10.1007/s40062-019-00245-0',
      '10.1017/s1474748020000250 → 10.1016/j.jpaa.2005.05.004',
      '10.1017/s1474748020000250 → 10.1016/j.jpaa.2016.02.013',
      '10.1017/s1474748020000250 → 10.1016/j.jpaa.2018.08.007',
      '10.1017/s1474748020000250 → 10.1090/tran/6545',
      '10.1017/s1474748020000250 → 10.2140/agt.2014.14.1489',
    ]);
    // "Derived universal Massey products" is cited as its 2021 preprint (arXiv:2109.01421) while zbMATH has the 2023
    // article with its DOI only: neither an identifier nor the year is shared, so it stays unlinked.
  });
});

describe("zbMATH Open's API JSON (`api.zbmath.org/v1/document`) of two of the same works", () => {
  const { entries, warnings, format } = read('zbmath-api-documents.json');

  it('reads both documents with their ids, authors, journal, MSC codes, summary and 17 + 0 references', () => {
    // Before: read as a generic table of records — the title only (no authors, year, DOI, venue or references) and
    // no warning.
    expect(format).toBe('zbmath');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      title: 'Triangulated categories without models',
      ids: { doi: '10.1007/s00222-007-0061-2', arxiv: '0704.1378' },
      authors: ['Muro, Fernando', 'Schwede, Stefan', 'Strickland, Neil'],
      venue: 'Inventiones Mathematicae',
      year: 2007,
      type: 'journal article',
      url: 'https://zbmath.org/5208165',
      keywords: ['Quillen model category', 'exotic triangulated structure', 'triangulated category'],
      categories: ['18E30', '55P42', '16E45', '13D25'],
    });
    // Its only editorial text is a reviewer's review, in the reviewer's words: no abstract.
    expect(entries[0].abstract).toBe('');
    expect(entries[0].references).toHaveLength(17);
    expect(entries[0].references?.filter((reference) => reference.ids.doi)).toHaveLength(4);
    expect(entries[0].references?.[16]).toMatchObject({ ids: { doi: '10.1007/s002090100347' }, year: 2002 });
    expect(entries[1]).toMatchObject({
      title: 'The Derived Auslander-Iyama Correspondence',
      ids: { arxiv: '2208.14413' },
      authors: ['Jasso, Gustavo', 'Keller, Bernhard', 'Muro, Fernando'],
      venue: 'arXiv',
      year: 2022,
      type: 'preprint',
      keywords: [],
      categories: ['18G80', '18N40'],
      references: [],
    });
    // The summary is the abstract, without its "Summary:" label.
    expect(entries[1].abstract).toMatch(/^We work over a perfect field\. /);
    expect(entries[1].abstract).toHaveLength(1481);
  });

  it('merges both with their zbMATH BibTeX entries and shares three cited works with the Crossref list', async () => {
    const files = [join(REAL, 'zbmath-author.bib'), join(REAL, 'crossref-json/author-works-list.json'), join(REAL, 'zbmath-api-documents.json')];
    const { graph, summary } = await ingestGraph(files, { layoutIterations: 0 });
    expect(summary.entries).toBe(53);
    expect(summary.duplicatesMerged).toBe(6);
    expect(summary.papers).toBe(47);
    expect(summary.referencesTotal).toBe(174 + 17);
    expect(summary.citingPairs).toBe(14);
    // Cited by two papers each: Schwede and Shipley 2002 (by DOI), Franke 1996 and Neeman 2001 (by author, year and
    // title: zbMATH's text against Crossref's parts), beside the three the Crossref works share among themselves.
    const shared: string[] = [];
    graph.forEachNode((_node, attributes) => {
      if (attributes.kind === 'reference') shared.push(attributes.label as string);
    });
    expect(shared.sort()).toEqual([
      'Franke 1996: Uniqueness theorems for certain triangulated categories possessing an Adams spectral sequence',
      'Neeman 2001: Triangulated Categories',
      'Toën 2008: Homotopical algebraic geometry. II. Geometric stacks and applications',
      'doi:10.1007/s002090100347',
      'doi:10.1090/s0002-9947-03-03373-7',
      'doi:10.1112/s002461150001220x',
    ]);
  });
});

describe("Web of Science's .ciw file (plain text under another extension) of a proceedings paper", () => {
  it("reads the one record with its 6 authors, not the book's author (BA) and its 43 editors (BE)", () => {
    const { entries, warnings, format } = read('wos-ciw-proceedings.ciw');
    expect(format).toBe('wos');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Learning Synergies between Pushing and Grasping with Self-supervised Deep Reinforcement Learning',
      ids: { wos: 'WOS:000458872703132' },
      authors: ['Zeng, Andy', 'Song, Shuran', 'Welker, Stefan', 'Lee, Johnny', 'Rodriguez, Alberto', 'Funkhouser, Thomas'],
      venue: '2018 IEEE/RSJ INTERNATIONAL CONFERENCE ON INTELLIGENT ROBOTS AND SYSTEMS (IROS)',
      year: 2018,
      type: 'proceedings paper',
    });
    expect(entries[0].abstract).toHaveLength(1546);
    // `NR 38` counts the cited references, but the export left out `CR`: none to read.
    expect(entries[0].references ?? []).toEqual([]);
  });
});
