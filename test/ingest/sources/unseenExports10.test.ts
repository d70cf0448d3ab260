// Tenth round: exports kept in reference tools' repositories and READMEs: Web of Science's and Scopus's BibTeX of 2016
// (bibliometrix's sample collection), PubMed's MEDLINE of 2019 (rbibutils), an EndNote library's RIS. Real files'
// provenance is in test/fixtures/biblio-real/README.md; every figure was counted by hand in the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';

const REAL = join(__dirname, '../../fixtures/biblio-real');
const read = (name: string) => readText(readFileSync(join(REAL, name), 'utf8'), name);

describe('Web of Science BibTeX export (2016)', () => {
  it('reads the whole entry: a field named `Usage-Count-(Last-180-days)` no longer ends it before `Unique-ID`', () => {
    const { entries, warnings, format } = read('wos-bibtex-2016.bib');
    expect(format).toBe('bibtex');
    // Before: '"Usage-Count-" on line 97 is not followed by "="', and the entry closed at that field's value.
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Parsimonious time series clustering using P-splines',
      authors: ['Iorio, Carmela', 'Frasso, Gianluca', "D'Ambrosio, Antonio", 'Siciliano, Roberta'],
      venue: 'EXPERT SYSTEMS WITH APPLICATIONS',
      // Before: "2016-06" (the day after the month's name, `Month = {{JUN 15}}`, was dropped).
      date: '2016-06-15',
      year: 2016,
      // Before: no `wos` (Unique-ID comes after the usage counts).
      ids: { doi: '10.1016/j.eswa.2016.01.004', wos: 'WOS:000371557900003' },
      keywords: ['Clustering algorithms', 'P-splines', 'Time series'],
      indexTerms: ['LONGITUDINAL DATA', 'GENE-EXPRESSION', 'B-SPLINES', 'ALGORITHM', 'CURVE', 'CLASSIFICATION', 'MODEL'],
      type: 'article',
      line: 4,
    });
    expect(entries[0].abstract).toMatch(/^We introduce a parsimonious model-based framework .* two real data examples\.$/);
  });

  it("takes the reprint author's address as the organisation, not the author names around it", () => {
    const [entry] = read('wos-bibtex-2016.bib').entries;
    // Before: "D'Ambrosio, A (Reprint Author), Univ Naples Federico II, …, Italy. Iorio, Carmela".
    expect(entry.organisation).toBe('Univ Naples Federico II, Dept Econ & Stat, Via Cinthia, I-80126 Naples, Italy');
  });

  it('reads its 43 cited references (Number-of-Cited-References = 43), escaped underscores and a bracketed DOI pair', () => {
    const [entry] = read('wos-bibtex-2016.bib').entries;
    expect(entry.references).toHaveLength(43);
    expect(entry.references[0]).toMatchObject({ firstAuthor: 'Alonso', year: 2014, source: 'J CLASSIF', ids: { doi: '10.1007/s00357-014-9163-x' } });
    expect(entry.references[5]).toMatchObject({ firstAuthor: 'Marx', ids: { doi: '10.1198/004017004000000626' } });
    expect(entry.references[38].ids).toEqual({ doi: '10.1007/978-1-60327-337-4_7' });
  });
});

describe('Scopus BibTeX export (2016)', () => {
  it("drops the affiliation letters Scopus appended to each author's initials", () => {
    const { entries, warnings } = read('scopus-bibtex-2016.bib');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Parsimonious time series clustering using P-splines',
      // Before: "Iorio, C.a", "Frasso, G.b", "D'Ambrosio, A.a", "Siciliano, R.c".
      authors: ['Iorio, C.', 'Frasso, G.', "D'Ambrosio, A.", 'Siciliano, R.'],
      venue: 'Expert Systems with Applications',
      year: 2016,
      ids: { doi: '10.1016/j.eswa.2016.01.004', scopus: '2-s2.0-84955491488' },
      keywords: ['Clustering algorithms', 'P-splines', 'Time series'],
      organisation: 'Department of Economics and Statistics, University of Naples Federico II, Via Cinthia, Naples, Italy',
      line: 4,
    });
    expect(entries[0].abstract).toMatch(/two real data examples\.$/);
  });

  it('reads its 43 references joined by "; "', () => {
    const [entry] = read('scopus-bibtex-2016.bib').entries;
    expect(entry.references).toHaveLength(43);
    expect(entry.references[0]).toMatchObject({ firstAuthor: 'Abraham', year: 2003, title: 'Unsupervised curve clustering using b-splines', source: 'Scandinavian Journal of Statistics' });
    expect(entry.references[42]).toMatchObject({ firstAuthor: 'Zhang', year: 2011, title: 'A novel clustering method on time series data' });
  });
});

describe('PubMed MEDLINE export (2019)', () => {
  it('reads authors with their suffixes and the group author after them, keywords without their major-topic stars, MeSH as categories', () => {
    const { entries, warnings, format } = read('pubmed-nbib-2019.nbib');
    expect(format).toBe('pubmed');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Impact of Balloon Guide Catheter Use on Clinical and Angiographic Outcomes in the STRATIS Stroke Thrombectomy Registry.',
      venue: 'Stroke',
      date: '2019-03',
      ids: { pmid: '30776994', doi: '10.1161/strokeaha.118.021126' },
      keywords: ['animals', 'brain ischemia', 'humans', 'stroke', 'thrombectomy'],
      type: 'journal article',
      line: 1,
    });
    // 23 people (FAU), then the group author (CN), which was left out before.
    expect(entries[0].authors).toHaveLength(24);
    expect(entries[0].authors.slice(10, 11)).toEqual(['Hellinger, Frank R Jr']);
    expect(entries[0].authors.slice(-2)).toEqual(['Liebeskind, David S', 'STRATIS Investigators']);
    expect(entries[0].categories).toHaveLength(15);
    expect(entries[0].abstract).toMatch(/^Background and Purpose- Mechanical thrombectomy .* Unique identifier: NCT02239640\.$/);
  });

  it('an affiliation written "From the …" (AHA journals) gives the organisation without its opening words', () => {
    const [entry] = read('pubmed-nbib-2019.nbib').entries;
    // Before: "the Mercy Health St. Vincent Mercy Hospital, Toledo, OH".
    expect(entry.organisation).toBe('Mercy Health St. Vincent Mercy Hospital, Toledo, OH');
  });
});

describe("An EndNote library's RIS export", () => {
  it('finds a DOI typed into another field ("SP  - DOI: 10.…") when the record has no DO', () => {
    const { entries, warnings, format } = read('endnote-lter.ris');
    expect(format).toBe('ris');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      title: 'CO2 fluxes of transitional bioenergy crops: effect of land conversion during the first year of cultivation',
      venue: 'Global Change Biology-Bioenergy',
      year: 2011,
      // Before: no DOI.
      ids: { doi: '10.1111/j.1757-1707.2011.01098.x' },
      keywords: ['GLBRC T4', 'LTER pub'],
      line: 17,
    });
    expect(entries[0].authors).toHaveLength(9);
    expect(entries[1]).toMatchObject({
      title: 'Management intensity alters decomposition via biological pathways',
      authors: ['Wickings, K.', 'Grandy, A. S.', 'Reed, S.', 'Cleveland, C.'],
      ids: { doi: '10.1007/s10533-010-9510-x' },
      line: 35,
    });
  });

  it('a DOI named in an abstract is not taken as the record\'s own', () => {
    const ris = ['TY  - JOUR', 'TI  - A title', 'AB  - As shown before (doi: 10.1000/xyz123), …', 'ER  - '].join('\n');
    expect(readText(ris, 'a.ris').entries[0].ids).toEqual({});
  });
});

describe('PubMed XML (round 9 file): the organisation as MEDLINE gives it', () => {
  it('drops the closing full stop of the first affiliation', () => {
    const [entry] = read('pubmed-xml-2018.xml').entries;
    // Before: "…, Boston, Massachusetts, USA." (the MEDLINE reader already left the full stop out).
    expect(entry.organisation).toBe("Channing Division of Network Medicine, Department of Medicine, Brigham and Women's Hospital, and Harvard Medical School, Boston, Massachusetts, USA");
  });
});

describe('INSPEC records exported from the Web of Science platform (2006)', () => {
  it("reads INSPEC's own fields: the DOI among the bracketed identifiers, indexer terms from its sections, the address", () => {
    const { entries, warnings, format } = read('wos-inspec-2006.isi');
    expect(format).toBe('wos');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      // Before: "…beta -BaB/sub 2/O/sub 4/ optical waveguides" (INSPEC's inline subscripts).
      title: 'Second harmonic generation of continuous wave ultraviolet light and production of beta -BaB2O4 optical waveguides',
      authors: ["Degl'Innocenti, R.", 'Guarino, A.', 'Poberaj, G.', 'Gunter, P.'],
      venue: 'Applied Physics Letters',
      // Before: "2006" (`PD 07 2006`).
      date: '2006-07',
      // Before: no DOI (it is the last of `ID`'s bracketed identifiers).
      ids: { doi: '10.1063/1.2234275', wos: 'INSPEC:9027814' },
      // Before: "Degl'Innocenti" (the first of the names opening `C1`).
      organisation: 'Nonlinear Opt. Lab., Inst. of Quantum Electron., Zurich, Switzerland',
      keywords: [],
      type: 'journal paper',
      line: 3,
    });
    // Before: keywords "Experimental/ barium compounds", …, classification codes and numerical data run together; index
    // terms the identifiers. Now: 10 controlled terms then 20 uncontrolled ones, "optical pumping" (in both) once.
    const terms = entries[0].indexTerms ?? [];
    expect(terms).toHaveLength(29);
    expect(terms.slice(0, 2)).toEqual(['barium compounds', 'ion implantation']);
    expect(terms).toContain('He+ implantation');
    expect(terms.at(-1)).toBe('BaB2O4');
    expect(terms.some((term) => /A4265K|wavelength|\//.test(term))).toBe(false);
  });

  it('joins a subscript wrapped over two lines before reading it', () => {
    const [, second] = read('wos-inspec-2006.isi').entries;
    expect(second).toMatchObject({
      title: 'Optical and photoelectric spectroscopy of photorefractive Sn2P2S6 crystals',
      ids: { doi: '10.1088/0953-8984/18/23/006', wos: 'INSPEC:9023788' },
      date: '2006-06',
      organisation: 'Lviv Nat. Univ., Ukraine',
      line: 49,
    });
    expect(second.abstract).toContain('the level with the energy Ev+1.35 eV are caused');
  });
});
