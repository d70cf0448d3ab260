// Dates and names as every reader writes them: the same value whichever format carried it.
import { describe, expect, it } from 'vitest';
import { cslIssued, cslName } from '../../../ingest/sources/csl';
import { formatDate, parseDate, parseDateParts } from '../../../ingest/sources/recordValues';

describe('record dates', () => {
  it('writes YYYY-MM-DD, YYYY-MM or YYYY, dropping a part out of range with what follows it', () => {
    expect(formatDate(2021, 10, 8)).toBe('2021-10-08');
    expect(formatDate(2021, 10, null)).toBe('2021-10');
    expect(formatDate(2021, null, null)).toBe('2021');
    expect(formatDate(2021, 13, 8)).toBe('2021');
    expect(formatDate(2021, 2, 40)).toBe('2021-02');
  });

  it('gives a year-only date the same form from CSL, Crossref date-parts and plain JSON values', () => {
    const yearOnly = { date: '2019', year: 2019 };
    expect(cslIssued({ 'date-parts': [['2019']] })).toEqual(yearOnly);
    expect(parseDateParts([[2019]])).toEqual(yearOnly);
    expect(parseDate('2019')).toEqual(yearOnly);
    expect(parseDate(2019)).toEqual(yearOnly);
    expect(parseDateParts([[2019, '', '']])).toEqual(yearOnly);
    expect(parseDateParts([[2019, 3]])).toEqual({ date: '2019-03', year: 2019 });
    // A year found inside other words is only a year.
    expect(parseDate('Spring 2019')).toEqual({ date: null, year: 2019 });
  });
});

describe('CSL names (also Crossref contributors)', () => {
  it('writes Family, Given with particles and suffix, or the literal name', () => {
    expect(cslName({ family: 'Berg', 'non-dropping-particle': 'van der', given: 'Jan' })).toBe('van der Berg, Jan');
    expect(cslName({ family: 'King', given: 'Martin Luther', suffix: 'Jr.' })).toBe('King, Jr., Martin Luther');
    expect(cslName({ literal: 'World Health Organization' })).toBe('World Health Organization');
    expect(cslName({ given: 'Madonna' })).toBe('Madonna');
    expect(cslName('Smith')).toBeNull();
  });
});
