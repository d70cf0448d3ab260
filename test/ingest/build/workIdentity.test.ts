// Author family names, titles and abbreviated sources as bibliographies write them (strings from the real samples).
import { describe, expect, it } from 'vitest';
import {
  abbreviationMatches,
  comparableIds,
  compareIds,
  createSourceMatcher,
  doisInText,
  familyNameKeys,
  mayMatchByLetters,
  sameFamilyName,
  sourcesMatch,
  titlesMatch,
} from '../../../ingest/build/workIdentity';

describe('familyNameKeys', () => {
  it('reads "Family, Given", "Family Initials", "Given Family" and particles', () => {
    expect(familyNameKeys('Kotze, Louis J.')).toEqual(['kotze']);
    expect(familyNameKeys('Govil N.')).toEqual(['govil']);
    expect(familyNameKeys('Adelman S')).toEqual(['adelman']);
    expect(familyNameKeys('Louis J. Kotze')).toEqual(['kotze']);
    expect(familyNameKeys('de Sousa Santos B.')).toEqual(['desousasantos', 'sousasantos']);
    expect(familyNameKeys('Dybå, T.')).toEqual(['dyba']);
    expect(familyNameKeys('[Anonymous]')).toEqual([]);
    // No comma, no initials: either order is possible, so both ends are kept.
    expect(familyNameKeys('Escobar Arturo')).toEqual(expect.arrayContaining(['escobar', 'arturo']));
  });

  it('matches the same person across spellings, not different people', () => {
    expect(sameFamilyName('Satapathy, S.M.', 'Shashank Mouli Satapathy')).toBe(true);
    expect(sameFamilyName('Escobar A', 'Escobar, Arturo')).toBe(true);
    expect(sameFamilyName('Escobar A', 'Ecobar, Arturo')).toBe(false);
  });
});

describe('titlesMatch', () => {
  it('equal once normalised, a dropped subtitle, or a near-identical word set', () => {
    expect(titlesMatch('The PageRank Citation Ranking : Bringing Order to the Web', 'The PageRank citation ranking: bringing order to the web')).toBe(true);
    expect(titlesMatch('Decolonizing Global Ethics: Thinking with the Pluriverse', 'Decolonizing global ethics')).toBe(true);
    expect(titlesMatch('Graph attention networks for molecules in the wild', 'Graph attention networks for molecule in the wild')).toBe(true);
    // Two real Scopus references to Shiroishi et al. 2009 (test/fixtures/biblio-real/scopus-2020-references.ris): a
    // plural in one only. Before: 4 of 5 words shared, Dice 0.8, two works.
    expect(titlesMatch('Future option for hdd storage', 'Future options for HDD storage')).toBe(true);
  });

  it('rejects different titles by one author, and short prefixes', () => {
    expect(titlesMatch('Designs for the pluriverse', 'Territories of difference')).toBe(false);
    expect(titlesMatch('Deep learning', 'Deep learning for graphs with attention')).toBe(false);
    // The plural rule leaves words ending in -ss, -us, -is and short words alone, and one differing word stays one.
    expect(titlesMatch('Process models for data analysis', 'Processes model for data analyses')).toBe(false);
    expect(titlesMatch('Future option for hdd storage', 'Future options for SSD storage')).toBe(false);
  });
});

describe('abbreviationMatches', () => {
  it('reads WoS and ISO journal abbreviations against full names', () => {
    expect(abbreviationMatches('SUSTAIN SCI', 'Sustainability Science')).toBe(true);
    expect(abbreviationMatches('ENVIRON PLAN E-NAT', 'Environment and Planning E: Nature and Space')).toBe(true);
    expect(abbreviationMatches('MILLENNIUM-J INT ST', 'MILLENNIUM-JOURNAL OF INTERNATIONAL STUDIES')).toBe(true);
    expect(abbreviationMatches('PROC NATL ACAD SCI', 'Proceedings of the National Academy of Sciences')).toBe(true);
    expect(abbreviationMatches('GEOFORUM', 'Geoforum')).toBe(true);
  });

  it('rejects other journals', () => {
    expect(abbreviationMatches('HIST HUM SCI', 'Somatechnics')).toBe(false);
    expect(abbreviationMatches('J PEASANT STUD', 'Universum-Revista de Humanidades y Ciencias Sociales')).toBe(false);
    expect(abbreviationMatches('SUSTAIN SCI', 'Sustainable Development')).toBe(false);
  });

  it('the matcher that keeps each name\'s words answers as the functions do, asked twice, and gives the initial', () => {
    const sources = createSourceMatcher();
    for (let round = 0; round < 2; round += 1) {
      expect(sources.abbreviationMatches('SUSTAIN SCI', 'Sustainability Science')).toBe(true);
      expect(sources.abbreviationMatches('Sustainability Science', 'SUSTAIN SCI')).toBe(false);
      expect(sources.sourcesMatch('Sustainability Science', 'SUSTAIN SCI')).toBe(true);
      expect(sources.sourcesMatch('SUSTAIN SCI', 'Sustainable Development')).toBe(false);
      expect(sources.sourcesMatch(null, 'Geoforum')).toBe(false);
      expect(sources.sourceWordCount('Journal of the American Chemical Society')).toBe(4); // of, the left out;
      expect(sources.sourceInitial('The Journal of Peasant Studies')).toBe('j'); // "the" is no word of a source
      expect(sources.sourceInitial('—')).toBeNull();
    }
  });
});

describe('identifiers', () => {
  it('an arXiv DOI compares as the arXiv id; different DOIs conflict', () => {
    expect(comparableIds({ doi: '10.48550/arxiv.2401.01234' })).toEqual({ arxiv: '2401.01234' });
    expect(compareIds(comparableIds({ doi: '10.48550/arxiv.2401.01234' }), { arxiv: '2401.01234', doi: '10.1145/1' })).toBe('same');
    expect(compareIds({ doi: '10.1/a' }, { doi: '10.1/b' })).toBe('conflict');
    expect(compareIds({ doi: '10.1/a' }, { pmid: '1' })).toBe('unknown');
  });

  it('finds every DOI written in a WoS cited reference', () => {
    expect(doisInText('Adelman Sam., 2021, LAW GOVERNANCE PLANE, P65, DOI [10.4337/9781789902747.00011, DOI 10.4337/9781789902747.00012]'))
      .toEqual(['10.4337/9781789902747.00011', '10.4337/9781789902747.00012']);
    expect(doisInText('[Anonymous], 1996, ENVIRON POLIT, DOI DOI 10.1080/09644019608414261')).toEqual(['10.1080/09644019608414261']);
  });
});

describe('letterMask and mayMatchByLetters', () => {
  // Journal names as WoS, Scopus and Crossref write them, with digits, stop words, accents and cut names.
  const SOURCES = [
    'Journal of the American Chemical Society', 'J AM CHEM SOC', 'J. Am. Chem. Soc.', 'Physical Review Letters', 'PHYS REV LETT',
    'Phys. Rev. B', 'PHYS REV B', 'Sustainability Science', 'SUSTAIN SCI', 'Environment and Planning E: Nature and Space',
    'ENVIRON PLAN E-NAT', 'IEEE Transactions on Pattern Analysis and Machine Intelligence', 'IEEE T PATTERN ANAL',
    'ACS Nano', 'Nano Letters', 'NANO LETT', 'NANOLETT', '2D Materials', '2D MATER', '3 Biotech', 'Zeitschrift für Physik',
    'Z PHYS', 'Journal of Applied Physics', 'J APPL PHYS', 'Nature', 'NATURE', 'Science', 'Proc. Natl. Acad. Sci. USA',
    'P NATL ACAD SCI USA', 'Proceedings of the National Academy of Sciences of the United States of Am', 'JPN J APPL PHYS',
    'Japanese Journal of Applied Physics', 'Lecture Notes in Computer Science', 'LECT NOTES COMPUT SC',
  ];

  it('never rules out two sources that match: every pair sourcesMatch accepts passes the letter test', () => {
    const matcher = createSourceMatcher();
    let matching = 0;
    let ruledOut = 0;
    for (const a of SOURCES) {
      for (const b of SOURCES) {
        const may = mayMatchByLetters(matcher.letterMask(a), matcher.letterMask(b));
        if (sourcesMatch(a, b)) {
          matching += 1;
          expect(may, `${a} / ${b}`).toBe(true);
        } else if (!may) ruledOut += 1;
      }
    }
    // The test is worth something: pairs do match, and most that do not are ruled out by their letters alone.
    expect(matching).toBeGreaterThan(SOURCES.length + 20);
    expect(ruledOut).toBeGreaterThan((SOURCES.length * SOURCES.length - matching) / 2);
  });

  it('is 0 for no source, and the same for the same words however they are written', () => {
    const matcher = createSourceMatcher();
    expect(matcher.letterMask(null)).toBe(0);
    expect(matcher.letterMask('')).toBe(0);
    expect(matcher.letterMask('The of and')).toBe(0);
    expect(matcher.letterMask('J. Appl. Phys.')).toBe(matcher.letterMask('J APPL PHYS'));
  });
});
