// Cited-reference strings → parts: WoS CR lines and Scopus references (both layouts), on hand-checked strings and on
// every reference of the real WoS and Scopus samples.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  familyFromInvertedName,
  looksLikeWosReference,
  parseReferenceText,
  splitScopusReferences,
} from '../../../ingest/sources/referenceText';
import { describeShared, sharedPath } from '../../sharedData';

const parts = (text: string, style: 'wos' | 'scopus' | 'auto' = 'auto') => {
  const { firstAuthor, year, title, source, ids, otherDois } = parseReferenceText(text, style);
  return { firstAuthor, year, title, source, ids, ...(otherDois ? { otherDois } : {}) };
};

describe('WoS cited references', () => {
  it('reads author, year, source and the three DOI spellings', () => {
    expect(parts('Barnosky AD, 2011, NATURE, V471, P51, DOI 10.1038/nature09678', 'wos')).toEqual({
      firstAuthor: 'Barnosky', year: 2011, title: null, source: 'NATURE', ids: { doi: '10.1038/nature09678' },
    });
    expect(parts('Gudynas E., 2011, DEVELOPMENT, V54, P441, DOI DOI 10.1057/DEV.2011.86', 'wos')).toMatchObject({
      firstAuthor: 'Gudynas', year: 2011, source: 'DEVELOPMENT', ids: { doi: '10.1057/dev.2011.86' },
    });
    // Both DOIs of a bracket list are kept: the first as the id, the other apart (a book and its chapter).
    expect(parts('Smith J, 2020, BOOK TITLE, P1, DOI [10.4324/9780203774977, DOI 10.4324/9780203774977-19]', 'wos')).toMatchObject({
      ids: { doi: '10.4324/9780203774977' }, otherDois: ['10.4324/9780203774977-19'],
    });
    // Case-only variants of one DOI are one DOI.
    expect(parts('Brandi C., 2015, J GLOB ETHICS, V11, P32, DOI [10.1080/17449626.2015.1006791, DOI 10.1080/17449626.2015.1006791]', 'wos'))
      .toEqual({ firstAuthor: 'Brandi', year: 2015, title: null, source: 'J GLOB ETHICS', ids: { doi: '10.1080/17449626.2015.1006791' } });
    expect(parts('Crenshaw K., 1991, STANF LAW REV VOL, V43, P1241, DOI https://doi.org/10.2307/1229039', 'wos').ids).toEqual({
      doi: '10.2307/1229039',
    });
    // Parentheses belong to the DOI; the trailing full stop does not.
    expect(parts('England RW, 1998, ECOL ECON, V25, P89, DOI 10.1016/S0921-8009(97)00098-0', 'wos').ids.doi).toBe('10.1016/s0921-8009(97)00098-0');
    expect(parts('X Y, 2019, SOME BOOK, DOI [10.1007/978-3-319-50079-9_17., DOI 10.1007/978-3-319-50079-9_17]', 'wos')).toMatchObject({
      ids: { doi: '10.1007/978-3-319-50079-9_17' },
    });
  });

  it('leaves the author empty for [Anonymous] and reads references without a year', () => {
    expect(parts('[Anonymous], 1996, ENVIRON POLIT, DOI DOI 10.1080/09644019608414261', 'wos')).toMatchObject({
      firstAuthor: null, year: 1996, source: 'ENVIRON POLIT', ids: { doi: '10.1080/09644019608414261' },
    });
    expect(parts('[Anonymous], WHEELER DIRECTOR PRO', 'wos')).toMatchObject({ firstAuthor: null, year: null, source: 'WHEELER DIRECTOR PRO' });
    expect(parts('Fanon F., BLACK SKIN WHITE MAS', 'wos')).toMatchObject({ firstAuthor: 'Fanon', year: null, source: 'BLACK SKIN WHITE MAS' });
  });

  it('keeps a book title with commas whole and never takes volume or page for the source', () => {
    expect(parts('Adelman S, 2018, SUSTAINABLE DEVELOPMENT GOALS: LAW, THEORY AND IMPLEMENTATION, P15', 'wos').source).toBe(
      'SUSTAINABLE DEVELOPMENT GOALS: LAW, THEORY AND IMPLEMENTATION',
    );
    expect(parts('Small, 2002, V3, P4', 'wos')).toMatchObject({ firstAuthor: 'Small', year: 2002, source: null });
  });

  it('takes the family name from initials, written-out given names and particles', () => {
    expect(familyFromInvertedName('Adelman S')).toBe('Adelman');
    expect(familyFromInvertedName('Adelman Sam.')).toBe('Adelman');
    expect(familyFromInvertedName('Escobar Arturo')).toBe('Escobar');
    expect(familyFromInvertedName('Cohen Jeffrey Jerome.')).toBe('Cohen');
    expect(familyFromInvertedName('de Wet E.')).toBe('de Wet');
    expect(familyFromInvertedName('de la Cadena Marisol.')).toBe('de la Cadena');
    expect(familyFromInvertedName('Brondizio E. S.')).toBe('Brondizio');
    expect(familyFromInvertedName('VAN DER AALST W')).toBe('VAN DER AALST');
    expect(familyFromInvertedName('Boulesteix A.-L.')).toBe('Boulesteix');
    expect(familyFromInvertedName('[Anonymous]')).toBeNull();
    expect(familyFromInvertedName('Kotze Louis J.')).toBe('Kotze');
    expect(familyFromInvertedName('Collins Patricia Hill')).toBe('Collins');
    expect(familyFromInvertedName('Le Dantec CA')).toBe('Le Dantec');
    expect(familyFromInvertedName('Van den Berg')).toBe('Van den Berg');
    expect(familyFromInvertedName('World Health Organization')).toBe('World Health Organization');
    expect(familyFromInvertedName('United Nations Development Program (UNDP)')).toBe('United Nations Development Program (UNDP)');
    expect(familyFromInvertedName('Committee on Publication Ethics')).toBe('Committee on Publication Ethics');
  });
});

describe('Scopus references, older layout `Authors, Title (Year) Source, vol (issue), pp.`', () => {
  it('reads a journal article', () => {
    expect(parts("Nayak, V., D'Souza, D.R., A survey on multi-criteria decision making methods in software engineering (2018) Int J Innovat Sci Res Technol, 3 (7), pp. 366-374")).toEqual({
      firstAuthor: 'Nayak', year: 2018, title: 'A survey on multi-criteria decision making methods in software engineering',
      source: 'Int J Innovat Sci Res Technol', ids: {},
    });
  });

  it('reads books, whose title comes after the year, up to the empty field', () => {
    expect(parts('Crankshaw, D., Bailis, P., Jordan, M.I., (2014) The Missing Piece in Complex Analytics: Low Latency, Scalable Model Management and Serving with Velox, , CoRR, abs/1409.3809')).toMatchObject({
      firstAuthor: 'Crankshaw', year: 2014, source: null,
      title: 'The Missing Piece in Complex Analytics: Low Latency, Scalable Model Management and Serving with Velox',
    });
    expect(parts('Fowler, M., (2018) Refactoring: Improving the Design of Existing Code, , Addison-Wesley Professionals')).toMatchObject({
      firstAuthor: 'Fowler', year: 2018, title: 'Refactoring: Improving the Design of Existing Code',
    });
  });

  it('reads names without full stops, particles and multi-word family names', () => {
    expect(parts('Alleva, JM, Sheeran, P, Webb, TL, A Meta-Analytic Review of Stand-Alone Interventions to Improve Body Image (2015) PLoS One, 10 (9), p. e0139177. , Sep 29')).toMatchObject({
      firstAuthor: 'Alleva', year: 2015, title: 'A Meta-Analytic Review of Stand-Alone Interventions to Improve Body Image', source: 'PLoS One',
    });
    expect(parts('van Velthoven, MH, Lam, C, Development of an innovative registry: case study (2020) JMIR Dermatol, 3 (1), p. e16933')).toMatchObject({
      firstAuthor: 'van Velthoven', title: 'Development of an innovative registry: case study',
    });
    expect(parts('De Silva, L., Balasubramaniam, D., Controlling software architecture erosion: A survey (2012) J. Syst. Softw., 85 (1), pp. 132-151')).toMatchObject({
      firstAuthor: 'De Silva', year: 2012, title: 'Controlling software architecture erosion: A survey', source: 'J. Syst. Softw',
    });
  });

  it('reads identifiers written inside the reference: a doi.org link, a Medline PMID', () => {
    expect(parts("Krathwohl, D.R., A revision of bloom's taxonomy: An overview (2002) Theory into Practice, 41 (4), pp. 212-218. , https://doi.org/10.1207/s15430421tip4104-2, 2002")).toMatchObject({
      firstAuthor: 'Krathwohl', year: 2002, title: "A revision of bloom's taxonomy: An overview", source: 'Theory into Practice',
      ids: { doi: '10.1207/s15430421tip4104-2' },
    });
    expect(parts('Michie, S, van Stralen, MM, West, R., The behaviour change wheel (2011) Implement Sci, 6, p. 42. , Apr 23;:. [doi] [Medline: 21513547]')).toMatchObject({
      firstAuthor: 'Michie', year: 2011, title: 'The behaviour change wheel', source: 'Implement Sci', ids: { pmid: '21513547' },
    });
  });

  it("never ends a book's title at the comma grouping a number's thousands", () => {
    expect(parts('(2020) Coronavirus: 250,000 people urged to become volunteers to help NHS, , https://www.itv.com/news/, ITV News')).toMatchObject({
      year: 2020, title: 'Coronavirus: 250,000 people urged to become volunteers to help NHS',
    });
  });

  it('leaves unknown parts empty instead of guessing', () => {
    // No author list: the text before the year is the title.
    expect(parts('A future-ready framework for nas modernization (2021) The Journal of Air Traffic Control, 63 (1), pp. 18-19')).toMatchObject({
      firstAuthor: null, year: 2021, title: 'A future-ready framework for nas modernization', source: 'The Journal of Air Traffic Control',
    });
    // Scopus sometimes exports only the authors.
    expect(parts('Dyer, J.H., Singh, H.,')).toEqual({ firstAuthor: 'Dyer', year: null, title: null, source: null, ids: {} });
    // A URL is neither a title nor a source.
    expect(parts('Beck, K., et al.: Manifesto for Agile Software Development (2001). https://agilemanifesto.org. Accessed 19 Mar 2021')).toMatchObject({
      firstAuthor: 'Beck', year: 2001, title: 'Manifesto for Agile Software Development', source: null,
    });
    expect(parts('')).toMatchObject({ firstAuthor: null, year: null, title: null, source: null });
  });
});

describe('Scopus references, newer layout `Authors, Title, Source, vol, issue, pp., (Year)`', () => {
  // Written in the current export's layout from records of the Scopus sample.
  it('reads a journal article with volume, issue and pages', () => {
    expect(parts('Satapathy S.M., Rath S.K., Empirical assessment of machine learning models for agile software development effort estimation using story points, Innovations in Systems and Software Engineering, 13, 2-3, pp. 191-200, (2017)')).toEqual({
      firstAuthor: 'Satapathy', year: 2017, ids: {},
      title: 'Empirical assessment of machine learning models for agile software development effort estimation using story points',
      source: 'Innovations in Systems and Software Engineering',
    });
  });

  it('keeps a title whose commas are followed by lower-case words or numbers', () => {
    expect(parts('Misra S., Kumar V., Agile software development practices: evolution, principles, and criticisms, International Journal of Quality & Reliability Management, 29, 9, pp. 972-980, (2012)')).toMatchObject({
      firstAuthor: 'Misra', year: 2012, title: 'Agile software development practices: evolution, principles, and criticisms',
      source: 'International Journal of Quality & Reliability Management',
    });
    expect(parts('Kotze L.J., Adelman S., Environmental law, 2005-2022, Law and Critique, 34, (2023)')).toMatchObject({
      title: 'Environmental law, 2005-2022', source: 'Law and Critique', year: 2023,
    });
  });

  it("keeps a title-case title's commas: the journal is the part before the volume, unless its own name has a list", () => {
    expect(parts('Moore A.D., Lee S.M., Cardiovascular Exercise in the US Space Program: Past, Present and Future, Acta Astronautica, 66, 7-8, pp. 974-988, (2010)')).toMatchObject({
      firstAuthor: 'Moore', year: 2010, title: 'Cardiovascular Exercise in the US Space Program: Past, Present and Future', source: 'Acta Astronautica',
    });
    expect(parts('Chiu M., Wang M., The Effect of Gait Speed on Perceived Exertion, Muscle Activity, Ground Reaction Force and Heart Rate during Walking, Gait & Posture, 25, 3, pp. 385-392, (2007)')).toMatchObject({
      title: 'The Effect of Gait Speed on Perceived Exertion, Muscle Activity, Ground Reaction Force and Heart Rate during Walking', source: 'Gait & Posture',
    });
    // Journals whose names hold commas keep them.
    expect(parts('Lee K., Urban Heat Islands, Mapped from Satellite Images, Computers, Environment and Urban Systems, 54, pp. 1-9, (2015)')).toMatchObject({
      title: 'Urban Heat Islands, Mapped from Satellite Images', source: 'Computers, Environment and Urban Systems',
    });
    expect(parts('Ray T., Open Data Practices, Science, Technology, & Human Values, 40, 2, pp. 1-20, (2015)')).toMatchObject({
      title: 'Open Data Practices', source: 'Science, Technology, & Human Values',
    });
    expect(parts('Kim J., Signals, Noise, and Filters, IEEE Transactions on Systems, Man, and Cybernetics, Part B: Cybernetics, 39, 2, pp. 1-10, (2009)')).toMatchObject({
      title: 'Signals, Noise, and Filters', source: 'IEEE Transactions on Systems, Man, and Cybernetics, Part B: Cybernetics',
    });
  });

  it('reads names without full stops, et al., a lone journal and a lone title', () => {
    expect(parts('Dingsoyr T, Nerur S, Balijepally V, Moe NB, A decade of agile methodologies, J Syst Softw, 85, 6, pp. 1213-1221, (2012)')).toMatchObject({
      firstAuthor: 'Dingsoyr', title: 'A decade of agile methodologies', source: 'J Syst Softw', year: 2012,
    });
    expect(parts('Schwaber K., Et al., Agile Project Management with Scrum, (2004)')).toMatchObject({
      firstAuthor: 'Schwaber', title: 'Agile Project Management with Scrum', source: null, year: 2004,
    });
    // One part with a volume after it is the journal; without, the title.
    expect(parts('Chow T., J. Syst. Softw., 81, pp. 961-971, (2008)')).toMatchObject({ title: null, source: 'J. Syst. Softw', year: 2008 });
    expect(parts('Poppendieck M., Lean Software Development: An Agile Toolkit, (2003)')).toMatchObject({
      title: 'Lean Software Development: An Agile Toolkit', source: null, year: 2003,
    });
    expect(parts('Ries E., (2011)')).toMatchObject({ firstAuthor: 'Ries', year: 2011, title: null, source: null });
  });

  it('reads names written without initials only when a title and a source still follow', () => {
    expect(parts('Dingsoyr, Moe, Agile teams in practice, IEEE Software, 33, (2016)')).toMatchObject({
      firstAuthor: 'Dingsoyr', title: 'Agile teams in practice', source: 'IEEE Software', year: 2016,
    });
    expect(parts('Rubio Garcia, Perez Lopez, Gestión ágil de proyectos, Revista de Ingeniería, 12, pp. 1-9, (2019)')).toMatchObject({
      firstAuthor: 'Rubio', title: 'Gestión ágil de proyectos', source: 'Revista de Ingeniería',
    });
    expect(parts('World Health Organization, Global report on diabetes, WHO Press, (2016)')).toMatchObject({
      firstAuthor: 'World Health Organization', title: 'Global report on diabetes', source: 'WHO Press',
    });
    // Two parts only: a capitalised title and its publisher, no author.
    expect(parts('Deep Learning, MIT Press, (2016)')).toMatchObject({ firstAuthor: null, title: 'Deep Learning', source: 'MIT Press' });
  });
});

describe('auto style and splitting a Scopus References field', () => {
  it('tells WoS lines from Scopus references', () => {
    expect(looksLikeWosReference('Adelman S, 2021, ONATI SOCIO-LEGAL S, V11, P44')).toBe(true);
    expect(looksLikeWosReference('[Anonymous], 2018, CORTE SUPREMA JUSTIC')).toBe(true);
    expect(looksLikeWosReference('Faria A, 2013, DIALOGUE CRIT MANAGE, V2, P277, DOI 10.1108/S2046-6072(2013)0000002018')).toBe(true);
    expect(looksLikeWosReference('Klein, G., Naturalistic decision making (2008) Human Factors, 50 (3), pp. 456-460')).toBe(false);
    expect(looksLikeWosReference('Polanyi, M.T.,')).toBe(false);
    expect(looksLikeWosReference('Breznau N., Does sociology need open science?, Societies, 11, 1, (2021)')).toBe(false);
  });

  it('joins the pieces that continue a reference and keeps author-only references', () => {
    const field = [
      'Steel, Z, Marnane, C, The global prevalence of common mental disorders (2014) Int J Epidemiol, 43 (2), pp. 476-493. , Apr',
      '[FREE Full _text] [doi] [Medline: 24648481]',
      'Kumar, A., A model (2019) 2019 IEEE 21st International Conference on High Performance Computing and Communications',
      'IEEE 17th International Conference on Smart City',
      'IEEE 5th International Conference on Data Science and Systems (HPCC/SmartCity/DSS), Zhangjiajie, China, pp. 2666-2672',
      'Zollo, M., ',
      'Acciarini, C., Bolici, F.,',
    ].join('; ');
    const references = splitScopusReferences(field);
    expect(references).toHaveLength(4);
    expect(parseReferenceText(references[0]).ids).toEqual({ pmid: '24648481' });
    expect(parseReferenceText(references[1]).source).toMatch(
      /^2019 IEEE 21st International Conference on High Performance Computing and Communications; IEEE 17th International Conference on Smart City; IEEE 5th International Conference on Data Science and Systems \(HPCC\/SmartCity\/DSS\)/,
    );
    expect(references.slice(2).map((reference) => parseReferenceText(reference).firstAuthor)).toEqual(['Zollo', 'Acciarini']);
  });

  it('joins a title cut at its own "; " but never attaches a reference to an author-only one', () => {
    const references = splitScopusReferences(
      'Smith J., Trust; a study of teams, Journal of Teams, 4, (2020); Zollo, M., ; (2015) A report, , Publisher',
    );
    expect(references).toEqual([
      'Smith J., Trust; a study of teams, Journal of Teams, 4, (2020)',
      'Zollo, M.,',
      '(2015) A report, , Publisher',
    ]);
    expect(parseReferenceText(references[0])).toMatchObject({
      firstAuthor: 'Smith', title: 'Trust; a study of teams', source: 'Journal of Teams', year: 2020,
    });
  });
});

const biblio = sharedPath('samples/biblio');

describeShared(biblio, 'reference parsing on every reference of the real samples', () => {
  it('WoS: 6,386 CR lines, each year and DOI read exactly as written', () => {
    const text = readFileSync(`${biblio}/wos_savedrecs_pluriversal_sustainability.txt`, 'utf8');
    const lines: string[] = [];
    let inCr = false;
    for (const line of text.split(/\r?\n/)) {
      if (line.startsWith('CR ')) lines.push(line.slice(3));
      else if (inCr && line.startsWith('   ')) lines.push(line.slice(3));
      else {
        inCr = false;
        continue;
      }
      inCr = true;
    }
    expect(lines).toHaveLength(6386);
    const references = lines.map((line) => parseReferenceText(line, 'wos'));
    // `auto` recognises the WoS layout for all but two lines, which have no year and no capitalised source word.
    expect(lines.filter((line) => !looksLikeWosReference(line))).toEqual([
      'NEIRA M. G., EDUCACAO FISICA CULT, p2016b',
      'ECOaction Uganda, US',
    ]);
    for (const [index, reference] of references.entries()) {
      const fields = lines[index].split(/,+ /);
      // The year is the second field when it is a year (the first when the author is missing), and only then.
      const yearField = /^\d{4}$/.test(fields[0]) ? fields[0] : fields[1] ?? '';
      const written = /^\d{4}$/.test(yearField) ? Number(yearField) : null;
      expect(reference.year).toBe(written);
      expect(reference.firstAuthor === null).toBe(/^\[Anonymous\]/.test(lines[index]) || /^\d{4}$/.test(fields[0]));
      // A DOI is read whenever the line has one, and never from a line without one.
      expect(reference.ids.doi !== undefined).toBe(/DOI .*10\.\d{4,}\//.test(lines[index]));
      if (reference.source !== null) expect(reference.source).not.toMatch(/^(?:V\d|P\d|DOI\b)/);
    }
    expect(references.filter((reference) => reference.ids.doi)).toHaveLength(2598);
    expect(references.filter((reference) => /^\[Anonymous\]/.test(reference.text ?? ''))).toHaveLength(109);
  });

  it('Scopus: 2,355 pieces on "; ", 2,312 references once continuations are joined; parts are plausible', () => {
    const text = readFileSync(`${biblio}/scopus_export_agile_software.csv`, 'utf8').replace(/^\uFEFF/, '');
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    const fields = rows.map((row) => row.References).filter(Boolean);
    expect(fields).toHaveLength(79);
    expect(fields.flatMap((field) => field.split('; '))).toHaveLength(2355);
    const strings = fields.flatMap(splitScopusReferences);
    expect(strings).toHaveLength(2312);
    // Every joined piece was a bracketed link tail or a piece with no author, year, URL or DOI of its own.
    expect(strings.filter((reference) => reference.includes('; [')).length).toBeGreaterThan(30);
    const references = strings.map((reference) => parseReferenceText(reference));
    expect(references.every((reference) => !looksLikeWosReference(reference.text ?? ''))).toBe(true);
    for (const reference of references) {
      const text = reference.text ?? '';
      if (/\((?:1[5-9]|20)\d\d\)/.test(text)) expect(reference.year).not.toBeNull();
      if (reference.firstAuthor !== null) {
        expect(text.startsWith(reference.firstAuthor)).toBe(true);
        expect(reference.firstAuthor).not.toMatch(/\d|,/);
      }
      if (reference.title !== null) expect(reference.title).not.toMatch(/\((?:1[5-9]|20)\d\d\)|^https?:/);
      // Never a URL, pages or a bare volume number (a source may start with a year: `2020 IEEE International…`).
      if (reference.source !== null) expect(reference.source).not.toMatch(/^(?:https?:|pp?\.\s*\d|\d+\s*(?:\(|,|$))/);
    }
    // 52 references carry a DOI somewhere in their text, 41 a Medline PMID.
    expect(references.filter((reference) => reference.ids.doi)).toHaveLength(52);
    expect(references.filter((reference) => reference.ids.pmid)).toHaveLength(41);
    expect(references.filter((reference) => reference.year !== null).length).toBeGreaterThan(1950);
    expect(references.filter((reference) => reference.title !== null).length).toBeGreaterThan(2050);
  });
});

describeShared(biblio, 'reference strings of other styles, as the citation matcher passes them (auto)', () => {
  it('reads the Harvard-style `unstructured` references of the Crossref sample', () => {
    const work = JSON.parse(readFileSync(`${biblio}/crossref_work_10.1177_02683962211048201.json`, 'utf8'));
    const unstructured: string[] = work.message.reference
      .map((reference: { unstructured?: string }) => reference.unstructured)
      .filter((text: string | undefined): text is string => typeof text === 'string');
    const byAuthor = new Map(unstructured.map((text) => [text.split(' ')[0], parts(text)]));
    expect(byAuthor.get('Anderson')).toMatchObject({
      firstAuthor: 'Anderson', year: 2013, title: 'Brainwash: a data system for feature engineering',
    });
    expect(byAuthor.get('Choudhury')).toMatchObject({
      firstAuthor: 'Choudhury', year: 2018, title: 'Developing theory using machine learning methods', source: null,
    });
    expect(byAuthor.get('Johnson')).toMatchObject({
      year: 2019, title: 'The Automation of Management and Business Science', source: 'Academy of Management Perspectives',
    });
    expect(byAuthor.get('Kitchenham')).toMatchObject({
      year: 2007, title: 'Guidelines for performing systematic literature reviews in software engineering', source: 'EBSE Technical Report',
    });
    // No year in parentheses, but the Vancouver layout of a paper in proceedings ("Family II. Title. In: Source, place,
    // year, pp."): the names are told from the title by their initials and the year is the last before the pages.
    expect(byAuthor.get('Gleasure')).toMatchObject({ firstAuthor: 'Gleasure', year: 2014 });
  });
});

describe('APA-like strings', () => {
  it('reads authors joined by &, the year, the title sentence and the source', () => {
    expect(parts('Webster, J., & Watson, R. T. (2002). Analyzing the past to prepare for the future: Writing a literature review. MIS Quarterly, 26(2), xiii-xxiii.')).toEqual({
      firstAuthor: 'Webster', year: 2002, title: 'Analyzing the past to prepare for the future: Writing a literature review',
      source: 'MIS Quarterly', ids: {},
    });
    // The full stop of an initial does not end the title.
    expect(parts('Doe, J. (2010). Trade and the U.S. economy. Journal of Trade, 3(1), 1-9.').title).toBe('Trade and the U.S. economy');
  });
});
