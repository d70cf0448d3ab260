// Eleventh round: exports as the tools of systematic reviews get them from the databases they search — RIS of Ovid
// (APA PsycInfo, ERIC), EBSCOhost, the Cochrane Library, Embase, Mendeley, Citavi and MDPI, and the CSVs of EBSCOhost,
// Abstrackr and OpenAlex (asreview/citation-file-formatting's exports of one search in every tool) — and Scopus's and
// Dimensions' BibTeX as projects keep them. Real files' provenance is in test/fixtures/biblio-real/README.md; every
// figure was counted by hand in the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeDuplicatePapers, readText } from '../../../ingest/sources';

const REAL = join(__dirname, '../../fixtures/biblio-real');
const read = (name: string) => readText(readFileSync(join(REAL, name), 'utf8'), name);

describe("the Cochrane Library's RIS (two spaces after each tag's hyphen)", () => {
  it('is read at all: before, `TY  -  JOUR` was no RIS and the whole file was refused', () => {
    const { entries, warnings, format } = read('cochrane-refman.ris');
    // Before: format null, no entries, "not a format this tool reads".
    expect(format).toBe('ris');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      title: 'Time to transfer: long-term effects of a sustained and spiraled content literacy intervention in the elementary grades',
      authors: ['Kim, JS', 'Gilbert, JB', 'Relyea, JE', 'Rich, P', 'Scherer, E', 'Burkhauser, MA', 'Tvedt, JN'],
      venue: 'Developmental psychology',
      year: 2024,
      // The PMID from `C3  -  PUBMED 38407106,EMBASE 643589775`.
      ids: { doi: '10.1037/dev0001710', pmid: '38407106' },
      line: 14,
    });
    // 25 KW lines; "*Literacy" and "*literacy" (MeSH's and Emtree's) are both kept, without their major-topic star.
    expect(entries[0].keywords).toHaveLength(25);
    expect(entries[0].keywords.slice(0, 4)).toEqual(['Literacy', 'Reading', 'Transfer, Psychology [physiology]', 'literacy']);
    // The PsycInfo notice that closes the abstract, its full stop after the parenthesis included, is gone.
    expect(entries[0].abstract.endsWith("can improve students' long‐term academic achievement outcomes.")).toBe(true);
    expect(entries[1]).toMatchObject({
      authors: ['Arruabarrena, I', 'Rivas, GR', 'Cañas, M', 'Paúl, J'],
      ids: { doi: '10.5093/pi2022a2', pmid: '37362617' },
      year: 2022,
      keywords: [],
      line: 63,
    });
  });
});

describe("Ovid's RIS of APA PsycInfo", () => {
  it('reads the cited references Ovid writes one a `M1` line, with their DOIs and PMIDs', () => {
    const { entries, warnings, format } = read('ovid-psycinfo.ris');
    expect(format).toBe('ris');
    expect(warnings).toEqual([]);
    const [entry] = entries;
    expect(entry).toMatchObject({
      title: 'DINOSAUR: An integrated cognitive-behavioral treatment for anxiety in young children with ASD.',
      // `A2` lists the cited authors, not editors: it stays out.
      authors: ['Keefer, Amy', 'Vasa, Roma A'],
      venue: 'Journal of Neurodevelopmental Disorders',
      year: 2021,
      ids: { doi: '10.1186/s11689-021-09396-9' },
      // Before: "*Anxiety Management", … (the star marks a major heading).
      keywords: ['Anxiety Management', 'Autism Spectrum Disorders', 'Cognitive Behavior Therapy', 'Integrated Services', 'Parents'],
      // Before: "Keefer, Amy: Center for Autism …, MD, US, keefer@kennedykrieger.org".
      organisation: 'Center for Autism and Related Disorders, Kennedy Krieger Institute, Baltimore, MD, US',
    });
    // Before: the abstract ended "…for this age group. (PsycInfo Database Record" (the notice cut at its "(c)").
    expect(entry.abstract.endsWith('improve short- and long-term mental health outcomes for this age group.')).toBe(true);
    // Before: no references (the seven `M1` lines were ignored).
    expect(entry.references).toHaveLength(7);
    expect(entry.references[0]).toMatchObject({ firstAuthor: 'Achenbach', year: 2000, title: 'Manual for the ASEBA preschoool forms & profiles' });
    expect(entry.references[2]).toMatchObject({
      ids: { doi: '10.1002/aur.1963', pmid: '29761836' },
      firstAuthor: 'Bischof',
      year: 2018,
      source: 'Autism Res',
    });
    // Vancouver style: the year after the journal, the title without the links and accession number after them.
    expect(entry.references[4]).toMatchObject({
      ids: { doi: '10.1080/15374416.2020.1759075', pmid: '32511015' },
      firstAuthor: 'Frank',
      year: 2020,
      title: 'Accommodation of anxiety in youth with autism spectrum disorder: results from the TAASD study',
      source: 'J Clin Child Adolesc Psychol',
    });
    expect(entry.references[5]).toMatchObject({ firstAuthor: 'Spence', year: 2001, title: 'The structure of anxiety symptoms among preschoolers', source: 'Behav Res Ther' });
    expect(entry.references[6]).toMatchObject({ ids: { doi: '10.1002/aur.1916', pmid: '29316350' }, firstAuthor: 'Vasa', year: 2018 });
  });

  it('a lone `M1` (an article number, or RefWorks\'s "Journal Article") is no reference', () => {
    const text = ['TY  - JOUR', 'T1  - A paper', 'M1  - 2020-47887-001', 'ER  - ', ''].join('\n');
    expect(readText(text, 'one.ris').entries[0].references).toEqual([]);
  });
});

describe("ERIC through Ovid", () => {
  it("drops ERIC's note on the abstract's source ((MVL), (Author/RT)) and the stars of major descriptors", () => {
    const { entries, warnings } = read('eric-ovid.ris');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ title: 'Creationism and the Dinosaur Boom.', authors: ['Stokes, William Lee'], year: 1989, line: 5 });
    expect(entries[0].keywords).toHaveLength(15);
    // Before: "…with current evolution theories and geological records. (MVL)".
    expect(entries[0].abstract.endsWith('with current evolution theories and geological records.')).toBe(true);
    expect(entries[1].abstract.endsWith('before release to the public.')).toBe(true);
    expect(entries[1].keywords.slice(0, 3)).toEqual(['College Science', 'Controversial Issues (Course Content)', 'Current Events']);
  });

  it('keeps an acronym in parentheses that closes a sentence of the abstract itself', () => {
    const text = ['TY  - JOUR', 'T1  - A paper', 'AB  - Guidelines were issued by the World Health Organization (WHO)', 'ER  - ', ''].join('\n');
    expect(readText(text, 'who.ris').entries[0].abstract).toBe('Guidelines were issued by the World Health Organization (WHO)');
  });
});

describe("EBSCOhost's RIS (Academic Search Premier)", () => {
  it('reads the DOI EBSCOhost writes alone in `L3`, and drops "[ABSTRACT FROM AUTHOR]"', () => {
    const { entries, warnings } = read('ebscohost-aph.ris');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      title: 'How to verify fossil tracks: the first record of dinosaurs from Palestine.',
      authors: ['Lallensack, Jens N.', 'Owais, Abdalla', 'Falkingham, Peter L.', 'Breithaupt, Brent H.', 'Sander, P. Martin'],
      venue: 'Historical Biology',
      date: '2023-06',
      // Before: no DOI.
      ids: { doi: '10.1080/08912963.2022.2069020' },
    });
    expect(entries[0].keywords).toHaveLength(13);
    // The second `AB`, EBSCOhost's copyright paragraph, is not read; the first loses its closing note.
    expect(entries[0].abstract.startsWith('The identification of presumed tetrapod tracks is not always unequivocal.')).toBe(true);
    expect(entries[0].abstract.endsWith('and a connection to the mainland.')).toBe(true);
  });
});

describe("reference managers' RIS of Lens.org records (Mendeley, Citavi)", () => {
  it("Mendeley: a name without given name (`van den Hoven, null`) is the family name; PubMed links give the PMID", () => {
    const { entries, warnings } = read('mendeley-lens.ris');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    // Before: "van den Hoven, null".
    expect(entries[0].authors[0]).toBe('van den Hoven');
    expect(entries[0].ids).toEqual({ doi: '10.1016/j.jvir.2013.12.293', lens: '152-434-819-130-920' });
    // Before: no PMID (only the PMC link was read).
    expect(entries[1].ids).toEqual({ doi: '10.1016/j.psychres.2020.113438', pmcid: 'PMC7458053', pmid: '32905864', lens: '124-288-972-301-994' });
    expect(entries[1].keywords).toEqual(['Emdr', 'Internet', 'Ptsd']);
  });

  it('Citavi: the Lens ID and PMID come from `UR` and `L2` links whichever they are', () => {
    const { entries, warnings } = read('citavi.ris');
    expect(warnings).toEqual([]);
    expect(entries[0]).toMatchObject({
      title: 'Postoperative headache after surgical treatment of cerebellopontine angle tumors: a systematic review',
      authors: ['Pogoda, Louis', 'Nijdam, Jelle S.', 'Smeeing, Diederik P.J.', 'Voormolen, Eduard H.J.', 'Ziylan, Fuat', 'Thomeer, Hans G X M'],
      // Before: no PMID (its Europe PMC `MED` link).
      ids: { doi: '10.1007/s00405-021-06627-6', pmcid: 'PMC8382607', pmid: '33523284', lens: '084-036-012-777-223' },
      year: 2021,
    });
  });
});

describe("MDPI's RIS", () => {
  it('`KW  - n/a` is no keyword', () => {
    const { entries } = read('mdpi.ris');
    expect(entries[0]).toMatchObject({ title: 'Oil and the Best Brain of the 20th Century', authors: ['Banks, Ferdinand E.'], ids: { doi: '10.3390/en3050940' }, type: 'article' });
    // Before: ["n/a"].
    expect(entries[0].keywords).toEqual([]);
  });
});

describe("EBSCOhost's CSV (Academic Search Premier)", () => {
  it('reads cells written as spreadsheet formulas (`="Jun2023"`), the `PLink` link, and drops the note and copyright paragraph closing abstracts', () => {
    const { entries, warnings, format } = read('ebscohost-aph.csv');
    expect(format).toBe('table');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      title: 'How to verify fossil tracks: the first record of dinosaurs from Palestine.',
      authors: ['Lallensack, Jens N.', 'Owais, Abdalla', 'Falkingham, Peter L.', 'Breithaupt, Brent H.', 'Sander, P. Martin'],
      venue: 'Historical Biology',
      // Before: no date and no year (`="Jun2023"` was read as written).
      date: '2023-06',
      year: 2023,
      ids: { doi: '10.1080/08912963.2022.2069020' },
      keywords: ['Fossil footprints', 'ichnology', 'identification', 'recognition', 'verification'],
      // Before: null (`PLink` was no link column).
      url: 'https://search.ebscohost.com/login.aspx?direct=true&db=aph&AN=163764290&site=ehost-live',
      line: 2,
    });
    expect(entries[0].categories).toHaveLength(8);
    // Before: "… connection to the mainland. [ABSTRACT FROM AUTHOR] Copyright of Historical Biology is the property of …".
    expect(entries[0].abstract.endsWith('demonstrating temporal emergence of the platform above sea level and a connection to the mainland.')).toBe(true);
    expect(entries[1]).toMatchObject({ date: '2022-11', year: 2022, ids: { doi: '10.1080/08912963.2021.2010191' }, line: 3 });
    expect(entries[1].abstract.endsWith('in their control of the resource base.')).toBe(true);
  });
});

describe("Scopus's BibTeX export of 2024 (its `Scopus` / `EXPORT DATE:` lines above the entries)", () => {
  it('is read as BibTeX: before, the two header lines made it Scopus plain text and each title was the whole entry', () => {
    const { entries, warnings, format } = read('scopus-bibtex-2024.bib');
    // Before: format "scopus-text", titles "author = {Chamana, Manohar and …}, title = {…}, year = {2023}, …".
    expect(format).toBe('bibtex');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      title: 'An Integrated Testbed for Power System Cyber-Physical Operations Training',
      authors: ['Chamana, Manohar', 'Bhatta, Rabindra', 'Schmitt, Konrad', 'Shrestha, Rajendra', 'Bayne, Stephen'],
      venue: 'Applied Sciences (Switzerland)',
      year: 2023,
      ids: { doi: '10.3390/app13169451', scopus: '2-s2.0-85169099191' },
      keywords: ['cyberattacks', 'cyber–physical systems', 'education', 'power systems', 'real-time testbed', 'smart grids'],
      organisation: 'National Wind Institute, Texas Tech University, Lubbock, 79401, TX, United States',
      line: 6,
    });
    expect(entries[1]).toMatchObject({
      title: 'Maritime Autonomous Surface Ships: A Review of Cybersecurity Challenges, Countermeasures, and Future Perspectives',
      ids: { doi: '10.1109/access.2024.3357082', scopus: '2-s2.0-85184014406' },
      // Before (once read as BibTeX): cut at its first comma, "National Kaohsiung University of Science and Technology (NKUST)".
      organisation: 'National Kaohsiung University of Science and Technology (NKUST), Department of Maritime Science and Technology, Kaohsiung City, 81157, Taiwan',
      line: 28,
    });
    expect(entries[1].keywords).toHaveLength(5);
    expect(entries[1].indexTerms).toHaveLength(19);
  });
});

describe("Embase's RIS", () => {
  it('reads the PMID Embase gives in `C5`, keeps its `M1` affiliations out of the references, and drops the name before `AD`', () => {
    const { entries, warnings } = read('embase.ris');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      title: 'Cellular structure of dinosaur scales reveals retention of reptile-type skin during the evolutionary transition to feathers',
      authors: ['Yang, Z.', 'Jiang, B.', 'Xu, J.', 'McNamara, M.E.'],
      venue: 'Nature Communications',
      // Before: no PMID.
      ids: { doi: '10.1038/s41467-024-48400-3', pmid: '38773066' },
      // Before: "Z. Yang, School of Biological, …".
      organisation: 'School of Biological, Earth and Environmental Sciences, University College Cork, Cork, Ireland',
      references: [],
      line: 27,
    });
    expect(entries[0].keywords).toHaveLength(25);
    // Four `M1` affiliations, one with a postcode: still no references.
    expect(entries[1]).toMatchObject({ ids: { doi: '10.1038/s41598-024-65283-y', pmid: '38906957' }, references: [], abstract: '' });
  });
});

describe("Abstrackr's CSV (`pubmed id` 0 for records without one)", () => {
  it('a PMID of 0 is none: before, every such record shared it and all of them merged into one paper', () => {
    const { entries, warnings } = read('abstrackr.csv');
    expect(entries).toHaveLength(2);
    // The line Abstrackr writes between labelled and unlabelled records is reported, not read as a record.
    expect(warnings).toEqual([{ file: 'abstrackr.csv', line: 7, reason: 'row 2 has no title; skipped' }]);
    // Before: { pmid: "0" } on both.
    expect(entries.map((entry) => entry.ids)).toEqual([{}, {}]);
    expect(entries[0]).toMatchObject({ authors: ['Troiano, L.P.', 'Dos Santos, H.B.', 'Aureliano, T.', 'Ghilardi, A.M.'], venue: 'Sci Rep', line: 2 });
    expect(entries[1]).toMatchObject({ authors: ['Brownstein, C.D.'], venue: 'BMC Ecol Evol', line: 8 });
    expect(entries[1].keywords).toHaveLength(11);
    // Before: "Duplicates merged: 1", one paper.
    expect(mergeDuplicatePapers(entries).papers).toHaveLength(2);
  });
});

describe("OpenAlex's CSV export of 2024 (its JSON flattened with dots)", () => {
  it('reads authors, topics, the landing page and an affiliation from the dotted columns', () => {
    const { entries, warnings, format } = read('openalex-flattened.csv');
    expect(format).toBe('table');
    expect(warnings).toEqual([]);
    expect(entries[0]).toMatchObject({
      title: 'A bioprovince for the Barremian–Aptian charophytes of the Central Tethyan Archipelago',
      // Before: [] (`authorships.author.display_name` was no author column).
      authors: ['Alba Vicente', 'Josep Sanjuan', 'Jordi Pérez-Cano', 'Khaled Trabelsi', 'Carles Martín–Closas'],
      venue: 'Cretaceous Research',
      date: '2024-02-01',
      ids: { doi: '10.1016/j.cretres.2023.105752', openalex: 'W4387881419' },
      // Before: null, [] and null.
      url: 'https://doi.org/10.1016/j.cretres.2023.105752',
      categories: ['Paleoredox and Paleoproductivity Proxies', 'Climate Change and Paleoclimatology', 'Ecological Dynamics of Marine Environments'],
      organisation: "Departament de Dinàmica de la Terra i de l'Oceà, Facultat de Ciències de la Terra, Universitat de Barcelona (UB), Martí i Franquès s/n, 08028, Barcelona, Catalonia, Spain",
      // OpenAlex's own keywords (`keywords.display_name`) are its classifier's, as in its JSON.
      keywords: [],
    });
    expect(entries[0].references).toHaveLength(39);
    expect(entries[0].references[38].ids).toEqual({ openalex: 'W80289439' });
  });
});

describe("Dimensions' BibTeX export", () => {
  it('keeps the first of the links its `url` joins with " and ", and reads the Dimensions id of that link', () => {
    const { entries, warnings } = read('dimensions.bib');
    expect(warnings).toEqual([]);
    expect(entries[0]).toMatchObject({
      title: 'DifferentialEquations.jl – A Performant and Feature-Rich Ecosystem for Solving Differential Equations in Julia',
      authors: ['Rackauckas, Christopher', 'Nie, Qing'],
      venue: 'The Journal of Open Research Software',
      year: 2017,
      keywords: ['Applied Mathematics'],
      // Before: the url was both links with " and " between them, and no Dimensions id.
      url: 'https://app.dimensions.ai/details/publication/pub.1085583166',
      ids: { doi: '10.5334/jors.151', dimensions: 'pub.1085583166' },
    });
  });
});
