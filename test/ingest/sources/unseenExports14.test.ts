// Fourteenth round: the core formats' other real files, with the accent on references and the citations between
// records. Fields that were lost: OpenAlex works saved by a tool with their abstract as text (openalexPro's JSON
// Lines), an abstract whose inline MathML was moved to its end (PubMed XML; the XML record trees read an element's
// own text before its children's), a Web of Science accession number of 2006 kept as "ISI:…" where every other
// reader writes the same number "WOS:…", and a Scopus RIS author kept with the e-mail address Scopus writes after the
// name. Real files' provenance is in test/fixtures/biblio-real/README.md ("Round 14"); every figure below was counted
// by hand in the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestGraph } from '../../../ingest/pipeline';
import { readText } from '../../../ingest/sources';
import { parseReferenceText } from '../../../ingest/sources/referenceText';
import { describeShared, itShared, sharedPath } from '../../sharedData';
import { citingPairsById } from '../citingPairs';

const REAL = join(__dirname, '../../fixtures/biblio-real');
const read = (name: string) => readText(readFileSync(join(REAL, name), 'utf8'), name);


describe('OpenAlex works as a tool saves them (openalexPro, JSON Lines)', () => {
  it('reads both key papers with the abstract the tool wrote as text in place of the inverted index', () => {
    const { entries, warnings, format } = read('openalexpro-keypapers.jsonl');
    expect(format).toBe('openalex');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    // Before: abstract '' for both (only `abstract_inverted_index` was read; the tool drops it and writes `abstract`).
    expect(entries[0]).toMatchObject({
      title: "Trends of Publications' Citations and Altmetrics Based on Open Access Types",
      ids: { openalex: 'W3046863325', doi: '10.1145/3383583.3398584' },
      authors: ['Chifumi Nishioka', 'Michael Färber'],
      year: 2020,
      date: '2020-08-01',
      // `primary_location.source` is null (an ACM proceedings paper): no venue is made up from the repository copy.
      venue: null,
      type: 'article',
      line: 1,
    });
    expect(entries[0].abstract).toMatch(/^This paper analyzes trends of citation and altmetrics with respect to different OA types/);
    expect(entries[0].abstract).toMatch(/bronze articles receive the most mentions\.$/);
    expect(entries[0].references).toHaveLength(6);
    expect(entries[1]).toMatchObject({
      title: 'Measuring prominence of scientific work in online news as a proxy for impact',
      ids: { openalex: 'W3045921891', doi: '10.48550/arxiv.2007.14454', arxiv: '2007.14454' },
      authors: ['James Ravenscroft', 'Amanda Clare', 'Maria Liakata'],
      venue: 'arXiv (Cornell University)',
      type: 'preprint',
      line: 2,
    });
    expect(entries[1].abstract).toMatch(/^The impact made by a scientific paper on the work of other academics/);
    expect(entries[1].abstract).toHaveLength(1319);
    expect(entries[1].references).toHaveLength(37);
  });

  const biblio = sharedPath('samples/biblio');
  describeShared(biblio, 'the key papers beside the works they cite (the shared OpenAlex samples)', () => {
    itShared(biblio, 'links 78 citing pairs by OpenAlex id between the 2 key papers and the 41 works they cite', async () => {
      const files = [
        join(REAL, 'openalexpro-keypapers.jsonl'),
        sharedPath('samples/biblio', 'openalex_work_W2741809807.json'),
        sharedPath('samples/biblio', 'openalex_works_list_snowball_cited.json'),
      ];
      const { graph, summary } = await ingestGraph(files, { layoutIterations: 0 });
      // 2 + 1 + 41 works; "The state of OA" (W2741809807) is both the one work and a work of the list: one paper.
      expect(summary.papers).toBe(43);
      const pairs = citingPairsById(graph, 'openalex');
      // Counted in the files: the list's own 36 pairs (its README; W2741809807 is one of its works, so the one-work
      // file adds none), W3046863325 cites 5 of its 6 references (not W3098501485, outside), W3045921891 all 37 of its
      // own (36 works of the list, among them the one without a title, and W2741809807): 36 + 5 + 37.
      expect(pairs).toHaveLength(78);
      expect(summary.citingPairs).toBe(78);
      expect(pairs.filter((pair) => pair.startsWith('W3046863325 →'))).toEqual([
        'W3046863325 → W1996515099',
        'W3046863325 → W2741809807',
        'W3046863325 → W2766528118',
        'W3046863325 → W2938946739',
        'W3046863325 → W2965202507',
      ]);
      expect(pairs.filter((pair) => pair.startsWith('W3045921891 →'))).toHaveLength(37);
      expect(pairs).toContain('W3045921891 → W2963341956');
      expect(pairs).toContain('W2965202507 → W2741809807');
    });
  });
});

describe('PubMed XML with inline MathML (DTD of 1 January 2019)', () => {
  it('keeps each formula where the abstract writes it, and reads the ReferenceList', () => {
    const { entries, warnings, format } = read('pubmed-xml-mathml.xml');
    expect(format).toBe('pubmed-xml');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({
      title: 'Development of a pulmonary imaging biomarker pipeline for phenotyping of chronic lung disease.',
      ids: { pmid: '29963580', doi: '10.1117/1.jmi.5.2.026002', pmcid: 'PMC6022861' },
      venue: 'Journal of medical imaging (Bellingham, Wash.)',
      year: 2018,
      keywords: ['asthma', 'chronic obstructive lung disease', 'image processing, biomarkers', 'magnetic resonance imaging', 'thoracic computed tomography'],
    });
    // 8 people and the group author (a CollectiveName).
    expect(entry.authors).toHaveLength(9);
    expect(entry.authors[8]).toBe('Canadian Respiratory Research Network');
    // Before: "…(1) inhaled ventilation and apparent diffusion coefficients, …research. He 3 / Xe 129 MRI H 1 MRI H 1
    // MRI H 1 MRI": the formulas' text came after all of the abstract's own text.
    expect(entry.abstract).toContain('(1) inhaled He 3 / Xe 129 MRI ventilation and apparent diffusion coefficients');
    expect(entry.abstract).toContain('(3) ultrashort echo-time H 1 MRI proton density measurements');
    expect(entry.abstract).toContain('(4) free-breathing Fourier-decomposition H 1 MRI ventilation/perfusion and free-breathing H 1 MRI specific ventilation');
    expect(entry.abstract).toMatch(/high-throughput research\.$/);
    // The excerpt keeps 4 of the 49 references, each a source line and a PMID.
    expect(entry.references).toHaveLength(4);
    expect(entry.references[0]).toMatchObject({ ids: { pmid: '25144646' }, year: 2015 });
    expect(entry.references[3]).toMatchObject({ ids: { pmid: '18216052' }, year: 2008 });
  });
});

describe('Web of Science plain text of other years and databases', () => {
  it('writes the 2006 accession number "ISI:…" as the same number "WOS:…", as the other readers do', () => {
    const { entries, warnings, format } = read('wos-isi-2006.isi');
    expect(format).toBe('wos');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    // Before: ids.wos "ISI:000238592600006", which never equals the "WOS:…" of the same paper exported later (or
    // read from EndNote, RIS or BibTeX), so the two were not merged.
    expect(entries[0]).toMatchObject({
      title: 'Optical and photoelectric spectroscopy of photorefractive Sn2P2S6 crystals',
      ids: { wos: 'WOS:000238592600006' },
      authors: ['Gamernyk, RV', 'Gnatenko, YP', 'Bukivskij, PM', 'Skubenko, PA', 'Slivka, VY'],
      venue: 'JOURNAL OF PHYSICS-CONDENSED MATTER',
      date: '2006-06-14',
    });
    expect(entries[1].ids).toEqual({ wos: 'WOS:000236202800037' });
    // Cited references of 2006: no DOIs, names in capitals, cut source names (`OPTICAL WAVES CRYSTA`).
    expect(entries[0].references).toHaveLength(17);
    expect(entries[1].references).toHaveLength(15);
    expect(entries[1].references[13]).toMatchObject({ firstAuthor: 'YARIV', year: 1984, source: 'OPTICAL WAVES CRYSTA' });
  });

  it('reads Current Contents Connect records (UT "CCC:…", no DOI, abstracts wrapped in paragraphs) as found', () => {
    const { entries, warnings, format } = read('wos-current-contents.txt');
    expect(format).toBe('wos');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(5);
    // A Current Contents accession number is the paper's Web of Science number, written as the Core Collection's.
    expect(entries.map((entry) => entry.ids)).toEqual([
      { wos: 'WOS:000316824000001' },
      { wos: 'WOS:000316775500004' },
      { wos: 'WOS:000316975400006' },
      { wos: 'WOS:000316975700012' },
      { wos: 'WOS:000316733900003' },
    ]);
    expect(entries[0]).toMatchObject({ authorsCount: 18, abstract: '', date: '2013-06' });
    expect(entries[0].authors[1]).toBe("O'Hurley, G.");
    expect(entries[4].abstract).toMatch(/^Purpose of review Community-acquired pneumonia \(CAP\) contributes significantly/);
    expect(entries[4].abstract).toMatch(/in view of changing demography is essential\.$/);
  });
});

describe('Scopus CSV of 2023 and in another interface language', () => {
  it('splits the 48 title-case references of the 2023 layout, the empty "(2014)" one included', () => {
    const { entries, warnings, format } = read('scopus-2023-title-case-references.csv');
    expect(format).toBe('scopus-csv');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({
      title: 'Gender-specific visual perturbation effects on muscle activation during incline treadmill walking: a virtual reality study',
      ids: { doi: '10.1080/00140139.2022.2113152', scopus: '2-s2.0-85136453267', pmid: '35965444' },
      authors: ['Hao, Jie', 'High, Robin', 'Siu, Ka-Chun'],
      venue: 'Ergonomics',
      year: 2023,
    });
    expect(entry.references).toHaveLength(48);
    // The authors' own earlier paper: author, year, title and journal apart.
    expect(entry.references[15]).toMatchObject({
      firstAuthor: 'Hao',
      year: 2021,
      title: 'External Visual Perturbation Impacts Muscle Activation While Walking on Incline Treadmill',
      source: 'Acta Astronautica',
    });
    // A reference with 80 authors still gives its first one and its title.
    expect(entry.references[11]).toMatchObject({ firstAuthor: 'Garrett-Bakelman', year: 2019, source: 'Science' });
    expect(entry.references[11].title).toBe('The NASA Twins Study: A Multidimensional Analysis of a Year-Long Human Spaceflight');
    // Title case leaves a title's own commas looking like the journal's; Scopus's field order (title, source, volume)
    // keeps the title whole: the journal is the part before the volume (was cut at "…on Perceived Exertion").
    expect(entry.references[6]).toMatchObject({
      firstAuthor: 'Chiu',
      year: 2007,
      title: 'The Effect of Gait Speed and Gender on Perceived Exertion, Muscle Activity, Joint Motion of Lower Extremity, Ground Reaction Force and Heart Rate during Normal Walking',
      source: 'Gait & Posture',
    });
    const moore = entry.references.find((reference) => reference.firstAuthor === 'Moore');
    expect([moore?.title, moore?.source]).toEqual(['Cardiovascular Exercise in the US Space Program: Past, Present and Future', 'Acta Astronautica']);
  });

  it('reads an export of the Traditional Chinese interface (書名, 年份, 來源出版物名稱, 施引文獻) as found', () => {
    const { entries, warnings } = read('scopus-chinese-interface.csv');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(5);
    // The authors sit under "作者關鍵字" (author keywords) in this export: read as the authors they are.
    expect(entries[0]).toMatchObject({
      title: 'A Combined Eulerian-Lagrangian Data Representation for Large-Scale Applications',
      authors: ['Sauer F.', 'Xie J.', 'Ma K.-L.'],
      year: 2017,
      venue: 'IEEE Transactions on Visualization and Computer Graphics',
      ids: { doi: '10.1109/tvcg.2016.2620975', scopus: '2-s2.0-85029184744' },
      keywords: [],
    });
    expect(entries.map((entry) => entry.type)).toEqual(['article', 'conference paper', 'conference paper', 'article in press', 'article']);
  });
});

describe('Scopus RIS of 2020 with its references (one topic: bit-patterned media recording)', () => {
  it("reads the references of the N1 note, the corresponding author without the e-mail Scopus puts after the name", () => {
    const { entries, warnings, format } = read('scopus-2020-references.ris');
    expect(format).toBe('ris');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => entry.references.length)).toEqual([13, 17, 24, 24, 18]);
    // Before: "Nguyen, C.D., chi.nguyendinh@phenikaa-uni.edu.vn".
    expect(entries[2].authors).toEqual(['Nguyen, C.D.']);
    expect(entries[2]).toMatchObject({ ids: { doi: '10.1049/iet-com.2020.0245', scopus: '2-s2.0-85092173029' }, venue: 'IET Communications' });
    // Electronics Letters' references open their titles with a quotation mark, some closed, some not.
    expect(entries[0].references[0]).toMatchObject({
      firstAuthor: 'Park',
      year: 2011,
      title: 'Prospect of recording technologies for higher storage performance',
      source: 'IEEE Trans. Magn',
    });
    expect(entries[0].references[3]).toMatchObject({ firstAuthor: 'Nguyen', year: 2017, title: 'Twin iterative detection for bit-patterned media recording systems' });
  });

  it('links the one citing pair of the excerpt by first author, year and title (no DOI in the references)', async () => {
    const { graph, summary } = await ingestGraph([join(REAL, 'scopus-2020-references.ris')], { layoutIterations: 0 });
    expect(summary.papers).toBe(5);
    const pairs: string[] = [];
    graph.forEachEdge((_edge, attributes, source, target) => {
      if (attributes.kind !== 'cites' || graph.getNodeAttribute(target, 'kind') !== 'paper' || graph.getNodeAttribute(source, 'kind') !== 'paper') return;
      const cited = attributes.citing === source ? target : source;
      pairs.push(`${graph.getNodeAttribute(attributes.citing as string, 'label')} → ${graph.getNodeAttribute(cited, 'label')}`);
    });
    // Nguyen & Lee's Applied Sciences paper cites their IEEE Magnetics Letters paper of the same year: "Nguyen, T.A.,
    // Lee, J., One-dimensional serial detection using new two-dimensional partial response target modeling for
    // bit-patterned media recording (2020) IEEE Magn. Lett., 11, pp. 1-5" (title in sentence case, the record's in title case).
    expect(pairs).toEqual([
      'Effective generalized partial response target and serial detector for two-dimensional bit-patterned media recording channel including track mis-registration → One-Dimensional Serial Detection Using New Two-Dimensional Partial Response Target Modeling for Bit-Patterned Media Recording',
    ]);
    expect(summary.citingPairs).toBe(1);
  });
});

describeShared(sharedPath('samples/biblio'), "Crossref's unstructured references as citations (the shared Crossref sample)", () => {
  const crossref = sharedPath('samples/biblio', 'crossref_work_10.1177_02683962211048201.json');
  itShared(crossref, 'links the work to a technical report it cites only as a string, by first author, year and title', async () => {
    // The sample cites "Kitchenham BA, Charters S (2007) Guidelines for performing systematic literature reviews in
    // software engineering. EBSE Technical Report." (no DOI); the report is a BibTeX entry as Google Scholar writes it.
    const { graph, summary } = await ingestGraph([crossref, join(REAL, 'google-scholar-techreport.bib')], { layoutIterations: 0 });
    expect(summary.papers).toBe(2);
    // Before: 0 (the reader keeps the string's first author and year only, and without a title or a source a
    // reference was never matched by its parts).
    expect(summary.citingPairs).toBe(1);
    const labels: string[] = [];
    graph.forEachEdge((_edge, attributes, source, target) => {
      if (attributes.kind !== 'cites') return;
      const cited = attributes.citing === source ? target : source;
      labels.push(`${graph.getNodeAttribute(attributes.citing as string, 'label')} → ${graph.getNodeAttribute(cited, 'label')}`);
    });
    expect(labels).toEqual(['Artificial intelligence and the conduct of literature reviews → Guidelines for performing Systematic Literature Reviews in Software Engineering']);
  });
});

describe('a collection of Web of Science and Scopus records of one topic (bit-patterned media recording)', () => {
  it('couples a WoS record and a Scopus record by the two works both cite, written as each database writes them', async () => {
    const files = [join(REAL, 'wos-2017-bit-patterned-media.txt'), join(REAL, 'scopus-2020-references.ris')];
    const { graph, summary } = await ingestGraph(files, { layoutIterations: 0 });
    expect(summary.papers).toBe(6);
    // Wodarz et al. (WoS) cite "Kryder MH, 2008, P IEEE, V96, P1810, DOI …" and "Zhu JG, 2008, IEEE T MAGN, V44,
    // P125, DOI …"; Ghanami and Abed Hodtani (Scopus) cite "Kryder, M.H., Heat assisted magnetic recording (2008) Proc
    // IEEE, …" and "Zhu, J.-G., Zhu, X., Tang, Y., Microwave assisted magnetic recording (2008) IEEE Trans. Magn, …"
    // (no DOI). Before: four works, no coupling (a title was matched only by a title, a source only by a source).
    const coupled: string[] = [];
    graph.forEachEdge((_edge, attributes, source, target) => {
      if (attributes.kind !== 'coupled') return;
      const names = [graph.getNodeAttribute(source, 'label'), graph.getNodeAttribute(target, 'label')].sort();
      coupled.push(`${names[0]} | ${names[1]} ${attributes.weight}`);
    });
    // Salton's cosine: 2 shared works / √(24 references × 28 references).
    expect(coupled).toContain(
      `Information Theoretical Analysis of a New Write Channel Model for Bit-Patterned Media Recording | Structural control of ultra-fine CoPt nanodot arrays via electrodeposition process ${Number((2 / Math.sqrt(24 * 28)).toFixed(4))}`,
    );
    expect(coupled).toHaveLength(5);
    expect(summary.citingPairs).toBe(1);
    // Shiroishi et al. 2009, cited by two Scopus records ("Future option for hdd storage", "Future options for HDD
    // storage") and by the WoS record ("Shiroishi Y, 2009, IEEE T MAGN, V45, P3816, DOI …"): one work, three citers.
    // Whichever file is read first (its reference labels the work). With the Scopus file first, before: three works
    // (the two Scopus titles differ by a plural, and the WoS reference then fitted both).
    for (const [order, label] of [
      [files, 'Shiroishi 2009: IEEE T MAGN'],
      [[...files].reverse(), 'Shiroishi 2009: Future option for hdd storage'],
    ] as const) {
      const read = order === files ? graph : (await ingestGraph([...order], { layoutIterations: 0 })).graph;
      const shiroishi = read.filterNodes((_node, attributes) => attributes.kind === 'reference' && /^Shiroishi 2009/.test(attributes.label));
      expect(shiroishi.map((node) => read.getNodeAttribute(node, 'label'))).toEqual([label]);
      expect(read.neighbors(shiroishi[0])).toHaveLength(3);
    }
  });
});

describe("Crossref's unstructured references of papers in proceedings (SAGE's Vancouver style)", () => {
  // Four references of the shared Crossref sample (CoLRev's 10.1177/02683962211048201), as Crossref gives them.
  it('reads author, title, proceedings and year when the year comes after the place and dates', () => {
    const parts = (text: string) => {
      const { firstAuthor, year, title, source } = parseReferenceText(text);
      return { firstAuthor, year, title, source };
    };
    // Before: no author or year, the whole string as the title ("Gleasure R. Conceptual design science research? …").
    expect(
      parts(
        'Gleasure R. Conceptual design science research? How and why untested meta-artifacts have a place in IS. In: Proceedings of the international conference on design science research in information systems and technology. Miami, FL, USA, 2014, pp. 99–114.',
      ),
    ).toEqual({
      firstAuthor: 'Gleasure',
      year: 2014,
      title: 'Conceptual design science research? How and why untested meta-artifacts have a place in IS',
      source: 'Proceedings of the international conference on design science research in information systems and technology',
    });
    // Before: title "et al. Extracting business objects …", no year.
    expect(
      parts(
        'Hake P, Fettke P, Neumann G, et al. Extracting business objects and activities from labels of German process models. In: Proceedings of the international conference on design science research in information system and technology, Karlsruhe, Germany, May 30 - June 1, 2017, pp. 21–38.',
      ),
    ).toMatchObject({ firstAuthor: 'Hake', year: 2017, title: 'Extracting business objects and activities from labels of German process models' });
    expect(
      parts(
        'Tkaczyk D, Collins A, Sheridan P, et al. Machine learning vs. Rules and out-of-the-box vs. retrained. In: Proceedings of the ACM/IEEE on Joint Conference on Digital Libraries, Fort Worth, Texas, USA, June 3-7, 2018.',
      ),
    ).toMatchObject({ firstAuthor: 'Tkaczyk', year: 2018, title: 'Machine learning vs. Rules and out-of-the-box vs. retrained' });
    expect(
      parts(
        'Wallace BC, Small K, Brodley CE, et al. Deploying an interactive machine learning system in an evidence-based practice center: Abstrackr. In: Proceedings of the ACM SIGHIT International Health Informatics Symposium, Miami, Florida, USA, January 28-30, 2012, pp. 819–824.',
      ),
    ).toMatchObject({ firstAuthor: 'Wallace', year: 2012, title: 'Deploying an interactive machine learning system in an evidence-based practice center: Abstrackr' });
    // The Harvard layout of the same file (year in parentheses after the names) is read as before.
    expect(
      parts(
        'Anderson MR, Antenucci D, Bittorf V, et al. (2013) Brainwash: a data system for feature engineering. In: Proceedings of the biennial conference on innovative data systems research, 2013, Asilomar, CA, 2013.',
      ),
    ).toEqual({
      firstAuthor: 'Anderson',
      year: 2013,
      title: 'Brainwash: a data system for feature engineering',
      source: 'Proceedings of the biennial conference on innovative data systems research',
    });
  });
});
