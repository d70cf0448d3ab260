// Twelfth round: Crossref's XML, which nothing read before (every file was refused as "not a format this tool
// reads"): UNIXREF as doi.org and Crossref's query API answer it (journal article, conference paper, dissertation,
// posted content) and UNIXSD (`<crossref_result>`) with JATS abstracts and cited DOIs. Real files' provenance is in
// test/fixtures/biblio-real/README.md ("Round 12"); every figure was counted by hand in the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';

const REAL = join(__dirname, '../../fixtures/biblio-real/crossref-xml');
const read = (name: string) => readText(readFileSync(join(REAL, name), 'utf8'), name);

describe('Crossref UNIXREF XML (what doi.org answers for application/vnd.crossref.unixref+xml)', () => {
  it("reads a PLOS ONE article with its authors (not its editor), the issue's date and its cited works", () => {
    const { entries, warnings, format } = read('plos-unixref.xml');
    // Before: format null, no entries.
    expect(format).toBe('crossref-xml');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Triose Phosphate Isomerase Deficiency Is Caused by Altered Dimerization–Not Catalytic Inactivity–of the Mutant Enzymes',
      // Five authors; Guilhem Janbon is `contributor_role="editor"`.
      authors: ['Ralser, Markus', 'Heeren, Gino', 'Breitenbach, Michael', 'Lehrach, Hans', 'Krobitsch, Sylvia'],
      authorsCount: 5,
      ids: { doi: '10.1371/journal.pone.0000030' },
      venue: 'PLoS ONE',
      date: '2006-12-20',
      year: 2006,
      url: 'http://dx.plos.org/10.1371/journal.pone.0000030',
      type: 'journal-article',
      line: 24,
    });
    // Three citations kept in the excerpt; the figures' `component` DOIs are no works of their own.
    expect(entries[0].references).toHaveLength(3);
    expect(entries[0].references[0]).toMatchObject({
      firstAuthor: 'Schneider',
      year: 1965,
      title: 'Hereditary Hemolytic Anemia with Triosephosphate Isomerase Deficiency.',
      source: 'N Engl J Med',
    });
    // Markup escaped in the deposit (`&lt;italic&gt;`, `&amp;apos;`) read as text.
    expect(entries[0].references[1].title).toBe(
      'Designer deletion strains derived from Saccharomyces cerevisiae S288C: a useful set of strains and plasmids for PCR-mediated gene disruption and other applications.',
    );
    expect(entries[0].references[2].title).toBe(
      "A protein interaction network links GIT1, an enhancer of huntingtin aggregation, to Huntington's disease.",
    );
  });

  it('reads a conference paper with the proceedings as its venue', () => {
    const { entries, warnings, format } = read('isscc-conference.xml');
    expect(format).toBe('crossref-xml');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: '6.1 A 56Gb/s PAM-4/NRZ transceiver in 40nm CMOS',
      authors: ['Peng, Pen-Jui', 'Li, Jeng-Feng', 'Chen, Li-Yang', 'Lee, Jri'],
      ids: { doi: '10.1109/isscc.2017.7870285' },
      venue: '2017 IEEE International Solid-State Circuits Conference (ISSCC)',
      date: '2017-02',
      type: 'proceedings-article',
      url: 'http://ieeexplore.ieee.org/document/7870285/',
      line: 42,
    });
  });

  it('keeps a subscript on its symbol and takes the earliest of the print and online dates', () => {
    const { entries, warnings } = read('fems-sub.xml');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      // The title is wrapped over four lines with `CO\n<sub>2</sub>`: "CO2", not "CO 2" nor "… column CO 2".
      title: 'Microbial community changes at a terrestrial volcanic CO2 vent induced by soil acidification and anaerobic microhabitats within the soil column',
      authors: ['Frerichs, Janin', 'Oppermann, Birte I.', 'Gwosdz, Simone', 'Möller, Ingo', 'Herrmann, Martina', 'Krüger, Martin'],
      venue: 'FEMS Microbiology Ecology',
      // Print 2013-04, online 2012-12-10: Crossref's REST API calls the earlier one `issued`.
      date: '2012-12-10',
      year: 2012,
      organisation: 'Federal Institute for Geosciences and Natural Resources (BGR); Hannover; Germany',
      ids: { doi: '10.1111/1574-6941.12040' },
      line: 22,
    });
  });

  it('reads a dissertation (its author outside any <contributors>) and a preprint with its abstract', () => {
    const thesis = read('dissertation.xml');
    expect(thesis.warnings).toEqual([]);
    expect(thesis.entries).toHaveLength(1);
    expect(thesis.entries[0]).toMatchObject({
      title: 'Contributions to geomagnetic theory',
      authors: ['Kasper, Joseph Emil'],
      date: '1958-01',
      year: 1958,
      organisation: 'State University of Iowa',
      type: 'dissertation',
      ids: { doi: '10.17077/etd.xnw0xnau' },
      url: 'https://ir.uiowa.edu/etd/4529',
    });
    const preprint = read('posted-content.xml');
    expect(preprint.warnings).toEqual([]);
    expect(preprint.entries).toHaveLength(1);
    expect(preprint.entries[0]).toMatchObject({
      title: 'Open Practices in Visualization Research',
      authors: ['Haroz, Steve'],
      venue: 'Open Science Framework',
      date: '2018-07-03',
      type: 'preprint',
      ids: { doi: '10.31219/osf.io/8ag3w' },
    });
    expect(preprint.entries[0].abstract.startsWith('Two fundamental tenants of scientific research are')).toBe(true);
    expect(preprint.entries[0].abstract.endsWith('are available at https://osf.io/qf9na/')).toBe(true);
  });

  it('reports an article deposited without a title, at its line, and keeps nothing of it', () => {
    const { entries, warnings, format } = read('untitled-one-line.xml');
    expect(format).toBe('crossref-xml');
    expect(entries).toEqual([]);
    expect(warnings).toEqual([{ file: 'untitled-one-line.xml', line: 1, reason: 'Crossref work #1 (<journal_article>) has no title; skipped' }]);
  });
});

describe("Crossref UNIXSD XML (the query API's <crossref_result>)", () => {
  it('reads the article inside the query result: JATS abstract (not the executive summary), affiliations, cited DOIs', () => {
    const { entries, warnings, format } = read('elife-unixsd.xml');
    expect(format).toBe('crossref-xml');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    const [paper] = entries;
    expect(paper).toMatchObject({
      title: 'Automated quantitative histology reveals vascular morphodynamics during Arabidopsis hypocotyl secondary growth',
      authors: ['Sankar, Martial', 'Nieminen, Kaisa', 'Ragni, Laura', 'Xenarios, Ioannis', 'Hardtke, Christian S'],
      venue: 'eLife',
      date: '2014-02-11',
      ids: { doi: '10.7554/elife.01567' },
      organisation: 'Department of Plant Molecular Biology, University of Lausanne, Lausanne, Switzerland',
      url: 'https://elifesciences.org/articles/01567',
      line: 31,
    });
    expect(paper.abstract.startsWith('Among various advantages, their small size makes model organisms')).toBe(true);
    expect(paper.abstract.endsWith('for example equidistant phloem pole formation.')).toBe(true);
    expect(paper.abstract).not.toContain('Our understanding of the living world');
    expect(paper.references.map((reference) => [reference.ids.doi, reference.firstAuthor, reference.year])).toEqual([
      ['10.1038/nature02100', 'Bonke', 2003],
      ['10.1534/genetics.109.104976', 'Brenner', 2009],
    ]);
  });
});

describe("INSPIRE-HEP's literature API (a search page, `hits.hits[].metadata`)", () => {
  it('is read at all: before, the JSON was "neither a graph nor a bibliography"', () => {
    const { entries, warnings, format } = readText(
      readFileSync(join(__dirname, '../../fixtures/biblio-real/inspire-literature.json'), 'utf8'),
      'inspire-literature.json',
    );
    expect(format).toBe('inspire');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    const [paper] = entries;
    expect(paper).toMatchObject({
      title: 'Systematics of electric dipole excitations for odd-mass 233−239 U isotopes',
      // Two of the seven authors are kept in the excerpt; `author_count` says 7.
      authors: ['Tabar, E.', 'Kuliev, A.A.'],
      authorsCount: 7,
      ids: { doi: '10.1016/j.nuclphysa.2021.122138' },
      date: '2021-04',
      year: 2021,
      keywords: ['TGI-QPNM', 'PDR', 'GDR', '233−239 U', '233−239U'],
      organisation: 'Department of Physics, Faculty of Science and Art, Sakarya University, Sakarya, Turkey',
      url: 'https://inspirehep.net/literature/1842768',
      // The hit's opening brace.
      line: 4,
    });
    expect(paper.abstract.startsWith('We have investigated the dipole strengths')).toBe(true);
    expect(paper.references).toEqual([
      { ids: {}, text: null, firstAuthor: 'Bracco', year: 2019, title: null, source: 'Prog.Part.Nucl.Phys.' },
      {
        ids: {},
        text: null,
        firstAuthor: 'Harakeh',
        year: 2001,
        title: 'Giant Resonances: Fundamental High-Frequency Modes of Nuclear Excitation',
        source: 'Clarendon Press Oxford',
      },
      // What INSPIRE could not place is kept in `misc`: the reference's text.
      { ids: {}, text: 'Nucl.Instrum.Meth.', firstAuthor: 'Moraes', year: 1989, title: null, source: null },
    ]);
  });
});

describe("NASA ADS's tagged format (EndNote's tags, some meaning other things)", () => {
  it('reads %B as the abstract, %Y as the DOI, %F as the affiliation, %K split at commas and %D as month/year', () => {
    const { entries, warnings, format } = readText(
      readFileSync(join(__dirname, '../../fixtures/biblio-real/nasa-ads-tagged.txt'), 'utf8'),
      'nasa-ads-tagged.txt',
    );
    expect(format).toBe('endnote');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({
      title: 'A Microwave Free-Space Method Using Artificial Lens with Anti-reflection Layer',
      authors: ['Zhang, Yangjun', 'Aratani, Yuki', 'Nakazima, Hironari'],
      // Before: no DOI (`%R` is the bibcode; the DOI is `%Y DOI: …`), no abstract (`%B`), the whole citation as venue,
      // the year only, two keywords cut at the line break, no affiliation.
      ids: { doi: '10.1007/s11220-017-0166-7' },
      venue: 'Sensing and Imaging',
      date: '2017-12',
      year: 2017,
      keywords: ['Free-space method', 'Artificial material', 'Anti-reflection layer', 'Attenuation', 'Phase shift'],
      organisation: 'Department of Electronics and Informatics, Ryukoku University',
      url: 'https://ui.adsabs.harvard.edu/abs/2017SenIm..18...17Z',
      line: 2,
    });
    expect(entries[0].abstract.startsWith('This paper describes a microwave free-space method')).toBe(true);
    expect(entries[0].abstract.endsWith('low cost free-space setup using the improved lens.')).toBe(true);
    expect(entries[1]).toMatchObject({
      authors: ['Ryan, R. E.', 'McCullough, P. R.'],
      venue: 'Instrument Science Report WFC3 2017-16',
      date: '2017-06',
      // The affiliation wrapped over two lines inside its parentheses.
      organisation: 'Space Telescope Science Institute',
      keywords: ['Hubble Space Telescope', 'HST', 'Space Telescope Science Institute', 'STScI', 'WFC3', 'infrared blobs', 'IR blobs'],
      ids: {},
      line: 36,
    });
    expect(entries[2]).toMatchObject({ title: 'sick: Spectroscopic inference crank', keywords: ['Software'], organisation: null, line: 71 });
    expect(entries[2].abstract.startsWith('sick infers astrophysical parameters')).toBe(true);
  });
});

describe('NASA ADS XML exports (Reference XML with and without abstracts, Dublin Core XML)', () => {
  const readAds = (name: string) => readText(readFileSync(join(__dirname, '../../fixtures/biblio-real', name), 'utf8'), name);

  it('is read at all: before, every ADS XML file was refused', () => {
    for (const name of ['nasa-ads-refabs.xml', 'nasa-ads-ref.xml', 'nasa-ads-dc.xml']) {
      const { format, warnings } = readAds(name);
      expect(format).toBe('ads-xml');
      expect(warnings).toEqual([]);
    }
  });

  it('reads Reference XML with abstracts: the first affiliation of AA(…), "Jan 2018", and "Not Available" as no abstract', () => {
    const { entries } = readAds('nasa-ads-refabs.xml');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      title: '2D Materials: maintaining editorial quality',
      authors: ["Fal'ko, Vladimir", 'Thomas, Ceri-Wyn'],
      organisation: 'Editor in Chief, National Graphene Institute, University of Manchester, United Kingdom',
      venue: '2D Materials',
      date: '2018-01',
      ids: { doi: '10.1088/2053-1583/aa9403' },
      url: 'https://ui.adsabs.harvard.edu/abs/2018TDM.....5a0201F',
      type: 'editorial',
      abstract: '',
      line: 5,
    });
    expect(entries[1]).toMatchObject({ title: 'Millimeter Astronomy', keywords: ['Physics'], ids: { doi: '10.1007/978-3-662-57546-8' }, line: 27 });
  });

  it("reads Reference XML's arXiv id from <eprintid>", () => {
    const { entries } = readAds('nasa-ads-ref.xml');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Applied Conformal Field Theory',
      authors: ['Ginsparg, Paul'],
      ids: { arxiv: 'hep-th/9108028' },
      date: '1988-11',
    });
  });

  it('reads Dublin Core XML: doi: identifiers, comma-joined subjects, the month of a first-of-the-month date', () => {
    const { entries } = readAds('nasa-ads-dc.xml');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      title: '2D Materials: maintaining editorial quality',
      ids: { doi: '10.1088/2053-1583/aa9403' },
      venue: '2D Materials',
      date: '2018-01',
      abstract: '',
    });
    expect(entries[1]).toMatchObject({
      title: 'A 3D View of a Supernova Remnant',
      authors: ['Kohler, Susanna'],
      venue: 'AAS Nova Highlight',
      date: '2017-06',
      keywords: ['Features', 'Highlights', 'interstellar medium', 'stellar evolution', 'supernova remnant', 'supernovae', 'white dwarfs'],
      url: 'https://ui.adsabs.harvard.edu/abs/2017nova.pres.2388K',
      line: 17,
    });
    expect(entries[1].abstract.startsWith('The outlined regions mark the 57 knots in Tycho')).toBe(true);
    // The closing `<P />` is gone.
    expect(entries[1].abstract.endsWith('ApJ 842 28. doi:10.3847/1538-4357/aa7384')).toBe(true);
  });
});

describe("the ACL Anthology's MODS XML and EndNote exports of one paper", () => {
  const readAcl = (name: string) => readText(readFileSync(join(__dirname, '../../fixtures/biblio-real', name), 'utf8'), name);
  const abstractStart = 'Word-level translation quality estimation (TQE) is the task of identifying erroneous words';

  it('reads MODS at all (before: refused): authors not editors, the host as venue, dateIssued, abstract, link', () => {
    const { entries, warnings, format } = readAcl('acl-anthology-mods.xml');
    expect(format).toBe('mods');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Word-level Translation Quality Estimation Based on Optimal Transport',
      // The three editors of the proceedings are the host's names, not the paper's.
      authors: ['Kuroda, Yuto', 'Fujita, Atsushi', 'Kajiwara, Tomoyuki'],
      venue: 'Proceedings of the 16th Conference of the Association for Machine Translation in the Americas (Volume 1: Research Track)',
      date: '2024-09',
      year: 2024,
      url: 'https://aclanthology.org/2024.amta-research.18/',
      type: 'conference publication',
      line: 5,
    });
    expect(entries[0].abstract.startsWith(abstractStart)).toBe(true);
  });

  it("reads the EndNote export's proceedings in %S and its month alone in %8", () => {
    const { entries, warnings, format } = readAcl('acl-anthology.enw');
    expect(format).toBe('endnote');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Word-level Translation Quality Estimation Based on Optimal Transport',
      authors: ['Kuroda, Yuto', 'Fujita, Atsushi', 'Kajiwara, Tomoyuki'],
      // Before: no venue (only %J and %B were read) and the year alone (`%8 September` has no year of its own).
      venue: 'Proceedings of the 16th Conference of the Association for Machine Translation in the Americas (Volume 1: Research Track)',
      date: '2024-09',
      type: 'inproceedings',
      url: 'https://aclanthology.org/2024.amta-research.18/',
    });
    expect(entries[0].abstract.startsWith(abstractStart)).toBe(true);
  });
});

describe("schema.org JSON-LD (DataCite's content negotiation and export)", () => {
  const readLd = (name: string) => readText(readFileSync(join(__dirname, '../../fixtures/biblio-real', name), 'utf8'), name);

  it('is read at all (before: "neither a graph nor a bibliography"): name, Person author, DOI @id, keywords, isPartOf, citations', () => {
    const { entries, warnings, format } = readLd('schema-org-datacite.json');
    expect(format).toBe('schema-org');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Eating your own Dog Food',
      authors: ['Fenner, Martin'],
      ids: { doi: '10.5438/4k3m-nyvg' },
      venue: 'DataCite Blog',
      date: '2016-12-20',
      keywords: ['datacite', 'doi', 'metadata', 'featured'],
      url: 'https://blog.datacite.org/eating-your-own-dog-food/',
      type: 'BlogPosting',
      line: 1,
    });
    expect(entries[0].abstract.startsWith('Eating your own dog food is a slang term')).toBe(true);
    expect(entries[0].references.map((reference) => reference.ids.doi)).toEqual(['10.5438/0012', '10.5438/55e5-t5c0']);
  });

  it('reads a dataset: an Organization as author, the DOI among PropertyValue identifiers, one citation object', () => {
    const { entries, warnings, format } = readLd('schema-org-dataset.json');
    expect(format).toBe('schema-org');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'NWD165827.recab.cram',
      authors: ['TOPMed IRC'],
      ids: { doi: '10.23725/8na3-9s47' },
      date: '2017-11-30',
      keywords: ['topmed', 'whole genome sequencing'],
      type: 'Dataset',
    });
    expect(entries[0].references.map((reference) => reference.ids.doi)).toEqual(['10.23725/2g4s-qv04']);
  });
});

describe('DataCite XML (kernel-4 `<resource>`)', () => {
  const readDc = (name: string) => readText(readFileSync(join(__dirname, '../../fixtures/biblio-real', name), 'utf8'), name);

  it('is read at all (before: refused): a journal article with its Issued date, the journal from relatedItems, FOS as category', () => {
    const { entries, warnings, format } = readDc('datacite-journal-article.xml');
    expect(format).toBe('datacite-xml');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      // The first of two titles (the second repeats it with its citation).
      title: 'Science and Uncertainty in Mass Exposure Litigation',
      authors: ['Feldman, Heidi Li'],
      ids: { doi: '10.60843/5egy-vc42' },
      venue: 'Texas Law Review',
      date: '1995-11',
      year: 1995,
      keywords: [],
      categories: ['FOS: Law'],
      type: 'JournalArticle',
      url: 'https://doi.org/10.60843/5egy-vc42',
      line: 15,
    });
    expect(entries[0].abstract.startsWith('Critics of the tort system have condemned courts')).toBe(true);
  });

  it('reads free subjects as keywords and References relations as cited DOIs (not IsPartOf)', () => {
    const { entries, warnings } = readDc('datacite-blog.xml');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Eating your own Dog Food',
      authors: ['Fenner, Martin'],
      ids: { doi: '10.5438/4k3m-nyvg' },
      date: '2016-12-20',
      keywords: ['datacite', 'doi', 'metadata'],
      type: 'Text',
    });
    expect(entries[0].references.map((reference) => reference.ids.doi)).toEqual(['10.5438/0012', '10.5438/55e5-t5c0']);
  });
});

describe("DataCite's REST JSON (api.datacite.org/dois/{doi})", () => {
  it('reads every field: before, the table reader took the title alone (no DOI, authors, date, abstract, keywords)', () => {
    const { entries, warnings, format } = readText(
      readFileSync(join(__dirname, '../../fixtures/biblio-real/datacite-rest.json'), 'utf8'),
      'datacite-rest.json',
    );
    expect(format).toBe('datacite');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'Linked COVID-19 Data: Robert Koch-Institut (RKI)',
      authors: ['Thiery, Florian'],
      ids: { doi: '10.5281/zenodo.3763274' },
      date: '2020-04-23',
      year: 2020,
      // Three free subjects; the four Wikidata entity links (`subjectScheme: "url"`) name nothing readable.
      keywords: ['Linked Data', 'COVID-19', 'Robert-Koch Insitute'],
      categories: [],
      organisation: 'Research Squirrel Engineers',
      url: 'https://zenodo.org/record/3763274',
      type: 'Dataset',
      // IsVersionOf and IsPartOf relations are no citations.
      references: [],
    });
    // The HTML of the description (`<strong>`) is taken out.
    expect(entries[0].abstract.startsWith('Linked COVID-19 Data derived from Robert Koch Institute using the COVID-19 Ontology')).toBe(true);
  });
});
