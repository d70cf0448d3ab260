import { describe, expect, it } from 'vitest';
import { arxivIdMonth, emptyBibFields, identifierLinks, lensIdFromUrl, normaliseLensId, setId } from '../../../src/shared/record';

describe('Lens IDs', () => {
  it('are read alone, from lens.org links, with a final X upper-cased; anything else is none', () => {
    expect(normaliseLensId(' 020-442-109-551-63x ')).toBe('020-442-109-551-63X');
    expect(normaliseLensId('106-059-195-106-9801')).toBeNull();
    expect(lensIdFromUrl('https://lens.org/106-059-195-106-980')).toBe('106-059-195-106-980');
    expect(lensIdFromUrl('https://www.lens.org/lens/scholar/article/106-059-195-106-980/main')).toBe('106-059-195-106-980');
    expect(lensIdFromUrl('https://www.lens.org/lens/search/scholar/list?q=graphs')).toBeNull();
    expect(lensIdFromUrl('https://example.org/106-059-195-106-980')).toBeNull();
  });

  it('link to the work on lens.org', () => {
    const ids = setId(emptyBibFields().ids, 'lens', 'https://lens.org/106-059-195-106-980');
    expect(identifierLinks(ids)).toEqual([
      { kind: 'lens', id: '106-059-195-106-980', url: 'https://www.lens.org/lens/scholar/article/106-059-195-106-980/main' },
    ]);
  });
});

describe('Dimensions publication ids', () => {
  it('are kept only as pub.<digits>, alone or from an app.dimensions.ai link, and link to the publication there', () => {
    expect(setId({}, 'dimensions', '1173974926')).toEqual({});
    const ids = setId(emptyBibFields().ids, 'dimensions', 'https://app.dimensions.ai/details/publication/pub.1173974926');
    expect(identifierLinks(ids)).toEqual([
      { kind: 'dimensions', id: 'pub.1173974926', url: 'https://app.dimensions.ai/details/publication/pub.1173974926' },
    ]);
  });
});

describe('Web of Science accession numbers', () => {
  it('link to the Core Collection full record; a number of another WoS database has no link', () => {
    // UTs as the WoS sample (savedrecs, pluriversal sustainability) and a BibTeX export (Unique-ID = {WOS:…}) give them.
    expect(identifierLinks({ wos: 'WOS:000814283200001' })).toEqual([
      { kind: 'wos', id: 'WOS:000814283200001', url: 'https://www.webofscience.com/wos/woscc/full-record/WOS:000814283200001' },
    ]);
    expect(identifierLinks({ wos: '000814283200001' })[0].url).toBe('https://www.webofscience.com/wos/woscc/full-record/WOS:000814283200001');
    expect(identifierLinks({ wos: 'BCI:BCI200600123456' })[0].url).toBeNull();
  });
});

describe('arXiv identifiers name their month', () => {
  it('reads new-style (from April 2007) and old-style (1991 to March 2007) identifiers', () => {
    expect(arxivIdMonth('0704.0001')).toEqual({ year: 2007, month: 4 });
    expect(arxivIdMonth('2401.01234')).toEqual({ year: 2024, month: 1 });
    expect(arxivIdMonth('hep-th/9901001')).toEqual({ year: 1999, month: 1 });
    expect(arxivIdMonth('math.AG/0601001')).toEqual({ year: 2006, month: 1 });
  });

  it('refuses what no arXiv identifier can be', () => {
    expect(arxivIdMonth('0613.0001')).toBeNull(); // month 13
    expect(arxivIdMonth('0601.0001')).toBeNull(); // new style before April 2007
    expect(arxivIdMonth('hep-th/0801001')).toBeNull(); // old style after March 2007
    expect(arxivIdMonth('10.1000/xyz')).toBeNull();
  });
});
