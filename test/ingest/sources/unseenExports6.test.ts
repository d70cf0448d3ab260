// Sixth round: the defects round 5 left (Scopus's newer reference layout, WoS group authors, RIS links, Semantic
// Scholar's null entries, web-page chrome as an abstract) and one more real export (Dimensions' full-data CSV).
// Real files' provenance is in test/fixtures/biblio-real/README.md; every figure was counted by hand in the file.
// Records written here (not copied) say so: no real file with that feature was found in the index.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';
import { parseReferenceText } from '../../../ingest/sources/referenceText';
import { isWebPageChrome } from '../../../ingest/sources/webPageChrome';

const REAL = join(__dirname, '../../fixtures/biblio-real');
const read = (name: string) => readText(readFileSync(join(REAL, name), 'utf8'), name);

describe("Scopus's newer reference layout: title and source told apart", () => {
  const references = () => read('scopus-2024.txt').entries[0].references;
  const byStart = (start: string) => {
    const found = references().find((reference) => (reference.text ?? '').startsWith(start));
    if (!found) throw new Error(`no reference starting "${start}"`);
    return [found.title, found.source];
  };

  it('a title-case list ("Production, Information Costs, and Economic Organization") stays one title', () => {
    expect(byStart('Alchian A.')).toEqual(['Production, Information Costs, and Economic Organization', 'American Economic Review']);
    expect(byStart('Pencavel J.')).toEqual(['Wages, Employment, and Capital in Capitalist and Worker-Owned Firms', 'Industrial and Labor Relations Review']);
    expect(byStart('Kaya A.')).toEqual(['Partnerships versus Corporations: Moral Hazard, Sorting, and Ownership Structure', 'American Economic Review']);
    expect(byStart('Kim P. H.')).toEqual([
      'Access (not) Denied: The Impact of Financial, Human, and Cultural Capital on Entrepreneurial Entry in the United States',
      'Small Business Economics',
    ]);
  });

  it("a journal article's last part is its journal when it reads as one; a book in a series keeps its commas", () => {
    expect(byStart('Perotin V., Worker')).toEqual(['Worker Cooperatives: Good, Sustainable Jobs in the Community', 'Journal of Entrepreneurial and Organizational Diversity']);
    // A volume of a book series (`, 8, pp. 35-65`): "Firm Performance and Survival" is no journal's name.
    expect(byStart('Kalmi P.')).toEqual(['Exclusion from Employee Ownership: Evidence from Estonian Case Studies', 'Employee Participation, Firm Performance and Survival']);
    expect(byStart('Jones D. C., The')).toEqual([
      'The Productive Efficiency of Italian Producer Cooperatives: Evidence from Conventional and Cooperative Firms',
      'Cooperative Firms in Global Markets: Incidence, Viability and Economic Performance',
    ]);
  });

  it('a journal whose own name has such a list is not cut into the title', () => {
    const reference = parseReferenceText(
      'Smith J., Learning to Rank, IEEE Transactions on Systems, Man, and Cybernetics, Part B, 39, 2, pp. 1-10, (2009)',
      'scopus',
    );
    expect([reference.title, reference.source]).toEqual(['Learning to Rank', 'IEEE Transactions on Systems, Man, and Cybernetics, Part B']);
  });
});

describe('Web of Science group authors (CA), written here after the WoS field tags', () => {
  const record = (lines: string[]) => ['FN Clarivate Analytics Web of Science', 'VR 1.0', 'PT J', ...lines, 'ER', '', 'EF', ''].join('\n');

  it('kept after the people named in AF, once', () => {
    const text = record([
      'AU Smith, J', '   Doe, A', 'AF Smith, John', '   Doe, Anna', 'CA GBD 2019 Diseases and Injuries Collaborators',
      'TI Global burden of 369 diseases', 'SO LANCET', 'PY 2020', 'UT WOS:000582674400001',
    ]);
    const { entries, warnings } = readText(text, 'savedrecs.txt');
    expect(warnings).toEqual([]);
    expect(entries[0].authors).toEqual(['Smith, John', 'Doe, Anna', 'GBD 2019 Diseases and Injuries Collaborators']);
    expect(entries[0].authorsCount).toBe(3);
  });

  it('a record with only a group author keeps it', () => {
    const text = record(['CA WHO Solidarity Trial Consortium', 'TI Repurposed antiviral drugs for Covid-19', 'SO NEW ENGL J MED', 'PY 2021']);
    expect(readText(text, 'savedrecs.txt').entries[0].authors).toEqual(['WHO Solidarity Trial Consortium']);
  });
});

describe('RIS links and Semantic Scholar batch answers (written here)', () => {
  it('a UR holding several links (";" or spaces) is read as links: the first is the URL, a DOI link gives the DOI', () => {
    const text = [
      'TY  - JOUR', 'TI  - A paper with links', 'AU  - Smith, J.', 'PY  - 2020',
      'UR  - https://example.org/a;jsessionid=12; https://doi.org/10.1000/xyz https://arxiv.org/abs/2001.00001', 'ER  - ', '',
    ].join('\n');
    const { entries } = readText(text, 'links.ris');
    expect(entries[0].url).toBe('https://example.org/a;jsessionid=12');
    expect(entries[0].ids).toEqual({ doi: '10.1000/xyz', arxiv: '2001.00001' });
  });

  it('a null in a batch answer: a warning at its own line saying the API found no paper there; the others kept', () => {
    const text = [
      '[',
      '  {"paperId": "649def34f8be52c8b66281af98ae884c09aef38b", "title": "Construction of the Literature Graph in Semantic Scholar", "year": 2018},',
      '  null,',
      '  {"paperId": "204e3073870fae3d05bcbc2f6a8e263d9b72e776", "title": "Attention is All you Need", "year": 2017}',
      ']',
    ].join('\n');
    const { entries, warnings } = readText(text, 'batch.json');
    expect(entries.map((entry) => entry.title)).toEqual(['Construction of the Literature Graph in Semantic Scholar', 'Attention is All you Need']);
    expect(warnings).toEqual([{ file: 'batch.json', line: 3, reason: 'record #2 is null: the API found no paper for the id asked in that place; skipped' }]);
  });
});

describe("an abstract that is a web page's chrome", () => {
  // The start of the "abstract" OpenAlex gives for JAMA's "The Rise of Altmetrics" (W2577479404), verbatim.
  const jama =
    'Our website uses cookies to enhance your experience. By continuing to use our site, or clicking "Continue," you are ' +
    'agreeing to our Cookie Policy | Continue JAMA HomeNew OnlineCurrent IssueFor Authors Podcasts Clinical Reviews ' +
    "Editors' Summary Medical News Author Interviews More Publications JAMA JAMA Network Open JAMA Cardiology " +
    'JAMA Dermatology JAMA Health Forum JAMA Internal Medicine JAMA Neurology JAMA Oncology JAMA Ophthalmology ' +
    'JAMA Otolaryngology–Head & Neck Surgery JAMA Pediatrics JAMA Psychiatry JAMA Surgery Archives of Neurology & ' +
    'Psychiatry (1919-1959) JN Learning / CMESubscribeJobsInstitutions / LibrariansReprints & Permissions Terms of Use | ' +
    'Privacy Policy | Accessibility Statement 2023 American Medical Association. All Rights Reserved Search All JAMA ' +
    'Input Search Term Sign In Individual Sign In Sign inCreate an Account Access through your institution Sign In ' +
    'Purchase Options: Buy this article Rent this article Subscribe to the JAMA journal';

  it("is recognised by several kinds of chrome phrase, whichever site's", () => {
    expect(isWebPageChrome(jama)).toBe(true);
    expect(isWebPageChrome('JavaScript is disabled. Please enable JavaScript to view this page.')).toBe(true);
    expect(isWebPageChrome('Skip to main content. Open menu. Sign in. Create an account. Terms of Use. Privacy Policy.')).toBe(true);
  });

  it('an abstract about cookie banners or privacy policies is not chrome', () => {
    expect(isWebPageChrome(
      'We measure how websites ask for consent. Of 10,000 sites, 62% show a banner whose "accept all cookies" button ' +
      'is larger than its reject button, and the cookie policy is linked from the banner on 40%; privacy policy ' +
      'length grew by a third after the GDPR. We discuss what regulators could require.',
    )).toBe(false);
    expect(isWebPageChrome('')).toBe(false);
  });
});

describe("Dimensions' full-data publications CSV", () => {
  it('the "About the data" line above the header is skipped; ids, 15 authors, dates, venue, MeSH terms read', () => {
    const { format, entries, warnings } = read('dimensions-full-data.csv');
    expect(format).toBe('table');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({
      title: 'N100 as a response prediction biomarker for accelerated 1 Hz right DLPFC-rTMS in major depression',
      ids: { doi: '10.1016/j.jad.2024.07.131', pmid: '39033822' },
      venue: 'Journal of Affective Disorders',
      date: '2024-07-19',
      year: 2024,
      type: 'article',
      line: 3,
    });
    expect(entry.authors).toHaveLength(15);
    expect([entry.authors[0], entry.authors[14]]).toEqual(['Sheen, Jack Z', 'Downar, Jonathan']);
    // The structured abstract keeps its five sections; the acknowledgements column is not part of it.
    expect(entry.abstract.startsWith('BACKGROUND AND OBJECTIVE: Repetitive transcranial magnetic stimulation')).toBe(true);
    expect(entry.abstract.endsWith('widely adoptable biomarker of rTMS treatment in MDD.')).toBe(true);
    expect(entry.abstract).not.toContain('Declaration of competing interest');
    expect(entry.categories).toHaveLength(13);
    expect(entry.categories[0]).toBe('Humans');
  });
});

describe('Lens.org scholarly CSV', () => {
  it('four works: Lens IDs, DOIs or a PMID, cited works as Lens IDs, JATS abstracts as plain text', () => {
    const { format, entries, warnings } = read('lens-scholarly.csv');
    expect(format).toBe('table');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.ids.lens, entry.ids.doi ?? null, entry.ids.pmid ?? null, entry.year, entry.date])).toEqual([
      ['000-015-224-213-921', '10.1177/0734242x8900700120', null, 1989, '1989-01-01'],
      ['000-017-249-920-330', '10.21203/rs.3.rs-3369644/v1', null, 2023, '2023-11-03'],
      ['000-530-278-248-296', null, '10105986', 1990, null],
      ['001-164-663-898-024', '10.1016/j.egypro.2013.05.158', null, 2013, null],
    ]);
    expect(entries.map((entry) => entry.authors.length)).toEqual([3, 4, 1, 3]);
    expect(entries.map((entry) => entry.references.length)).toEqual([1, 50, 0, 8]);
    expect(entries[1].references[0].ids).toEqual({ lens: '003-980-492-344-18X' });
    // Fields of Study are the categories; the preprint has no source title.
    expect(entries.map((entry) => entry.categories.length)).toEqual([17, 5, 10, 10]);
    expect(entries[1].venue).toBeNull();
    expect(entries[3].keywords).toEqual(['Amine reclaimer wastes', 'Carbon capture', 'Combustion', 'Monoethanolamine', 'NOx reduction']);
    // `<jats:p>`, `<title>Abstract</title>; <p>` and a bare "Abstract " heading all leave the text alone.
    expect(entries[0].abstract.startsWith('An industry faced with escalating off-site waste disposal costs')).toBe(true);
    expect(entries[0].abstract.endsWith('industrial waste management example.')).toBe(true);
    expect(entries[1].abstract.startsWith('The issue of construction waste reduction has become a global focus')).toBe(true);
    expect(entries[1].abstract.endsWith('adopt reasonable reduction strategies.')).toBe(true);
    expect(entries[3].abstract.startsWith('Amine reclaimer wastes (ARW)')).toBe(true);
    expect(entries[2].abstract).toContain('commercially available "single use" parenterals');
  });
});
