// Fifth round of real exports nobody here had written, found in public repositories (provenance in
// test/fixtures/biblio-real/README.md). Every figure was counted by hand in the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';
import { wosDate } from '../../../ingest/sources/wos';

const REAL = join(__dirname, '../../fixtures/biblio-real');
const read = (name: string) => readText(readFileSync(join(REAL, name), 'utf8'), name);

describe('Web of Science plain text with inline HTML (2023 onwards)', () => {
  it('"<i>Tropical</i>" and "<i>H</i><i>eliconia acuminata</i>" are read as the words; PD "2024 OCT 9" gives the day', () => {
    const { format, entries, warnings } = read('wos-inline-html.txt');
    expect(format).toBe('wos');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.title, entry.date, entry.ids.doi, entry.ids.wos])).toEqual([
      ['Is there really such a thing as Tropical Biology?', '2024-10-09', '10.1111/btp.13387', 'WOS:001331408900001'],
      ['Demography of the understory herb Heliconia acuminata (Heliconiaceae) in an experimentally fragmented tropical landscape',
        '2023-12', '10.1002/ecy.4174', 'WOS:001103969600007'],
    ]);
    expect(entries.map((entry) => entry.authors.length)).toEqual([1, 8]);
    expect(entries[1].authors.slice(-2)).toEqual(['da Silva, Osmaildo Ferreira', 'Kress, W. John']);
    expect(entries[1].ids.pmid).toBe('37776233');
    expect(entries.map((entry) => entry.keywords.length)).toEqual([8, 11]);
    expect(entries[0].keywords).toContain('scholarly societies');
    // ">66,000 plant x year records": a lone ">" is no markup.
    expect(entries[1].abstract).toContain('The data set comprises >66,000 plant x year records of 8586 plants');
    expect(entries[1].abstract.endsWith("the BDFFP's Scientific Coordinator or E. M. Bruna.")).toBe(true);
  });

  it('the older "Web of Knowledge" export writes PD with the year last ("FEB 2011"): month kept', () => {
    const { format, entries, warnings } = read('wos-web-of-knowledge-2011.txt');
    expect(format).toBe('wos');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => [entry.date, entry.authors.length, entry.ids.doi, entry.ids.wos])).toEqual([
      ['2011-02', 4, '10.1128/aem.02132-10', 'WOS:000286597100004'],
      ['2010-08', 5, '10.1128/aem.01077-10', 'WOS:000280633400006'],
    ]);
    expect(entries[0].title).toBe('Anaplerotic Role for Cytosolic Malic Enzyme in Engineered Saccharomyces cerevisiae Strains');
    expect(entries[1].authors[1]).toBe('Trueheart, Josh');
    expect(entries[0].abstract.endsWith('high-yield C(4)-dicarboxylic acid production.')).toBe(true);
  });

  it('PD with a year other than PY\'s gives the year alone', () => {
    expect(wosDate('2011', 'FEB 2011', '')).toEqual({ date: '2011-02', year: 2011 });
    expect(wosDate('2024', '2024 OCT 9', '')).toEqual({ date: '2024-10-09', year: 2024 });
    expect(wosDate('2024', '2023 DEC 1', '')).toEqual({ date: '2024', year: 2024 });
    expect(wosDate('2021', 'NOV 1', '')).toEqual({ date: '2021-11-01', year: 2021 });
  });
});

describe('Scopus CSV: markup and references escaped more than once', () => {
  it('"&amp;amp;quot;" in a source title is a quotation mark', () => {
    const { format, entries, warnings } = read('scopus-escaped-thrice.csv');
    expect(format).toBe('scopus-csv');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0].venue).toBe('International Conference on "Computational Intelligence and Communication Technology", CICT 2018');
    expect(entries[0].title).toBe('On The Development Of Agile Software Methodology Using Two Way Assessment');
    expect(entries[0].authors).toEqual(['Singh R.', 'Kumar D.', 'Sagar B.B.']);
    expect(entries[0].ids).toMatchObject({ doi: '10.1109/ciact.2018.8480391', scopus: '2-s2.0-85056265804' });
  });

  it("Scopus's <inf> subscripts are read as its RIS export reads them", () => {
    // The title as Scopus writes it (index file id 36332747129, a Scopus Search API answer quoted in a test).
    const title = 'Potential for nutrients reuse, carbon sequestration, and CO<inf>2</inf> emissions reduction in the practice of domestic and industrial wastewater recycling into agricultural soils: A review';
    const csv = `Authors,Title,Year,Source title,DOI,EID\n"Carpanez T.G.","${title}",2024,"Journal of Environmental Management","10.1016/j.jenvman.2024.122443","2-s2.0-1"\n`;
    const ris = `TY  - JOUR\nAU  - Carpanez, T.G.\nTI  - ${title}\nPY  - 2024\nER  - \n`;
    const fromCsv = readText(csv, 'scopus.csv').entries[0].title;
    expect(fromCsv).toBe(title.replace('CO<inf>2</inf>', 'CO2'));
    expect(readText(ris, 'scopus.ris').entries[0].title).toBe(fromCsv);
    // A comparison in an abstract is no tag.
    const abstract = 'Authors,Title,Year,Source title,Abstract,EID\n"A B.","T",2024,"J","Rates fell (p<0.05) and <i>n</i> > 3.","2-s2.0-2"\n';
    expect(readText(abstract, 'scopus.csv').entries[0].abstract).toBe('Rates fell (p<0.05) and n > 3.');
  });
});
