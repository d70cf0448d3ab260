// The URL round-trips the whole picture (node, filters, colour, size, view, clusters, path) and stays short for the default view.
import { describe, expect, it } from 'vitest';
import { initialFiltersState } from '../../../../src/core/filters';
import { initialUrlState, parseUrlState, serializeUrlState, type UrlState } from '../../../../src/core/url';

describe('url state', () => {
  it('round-trips a full view', () => {
    const state: UrlState = {
      node: 'paper:glider-global-and-local-instruction-driven-expert-router',
      filters: {
        hiddenKinds: ['concept', 'domain'], yearFrom: 2019, yearTo: 2023, includeNoYear: false, minDegree: 3,
        hiddenEdgeKinds: ['has-concept', 'in-domain'],
      },
      colorBy: 'year',
      sizeBy: 'pagerank',
      view: { mode: 'concepts', minOccurrences: 4, density: true },
      resolution: 0.5,
      focusedCluster: 2,
      path: { source: 'concept:rl,with comma', target: 'paper:x&y=z' },
    };
    const search = serializeUrlState(state);
    expect(parseUrlState(search)).toEqual(state);
    // Each part alone too, so no parameter depends on another being present.
    const parts: Partial<UrlState>[] = [
      { colorBy: 'kind' }, { sizeBy: 'citedByInCorpus' }, { view: { ...initialUrlState.view, density: true } }, { resolution: 2 },
      { focusedCluster: 0 }, { path: { source: 'paper:a', target: null } }, { filters: { ...initialFiltersState, yearTo: 2001 } },
    ];
    for (const part of parts) {
      const one = { ...initialUrlState, ...part };
      expect(parseUrlState(serializeUrlState(one))).toEqual(one);
    }
  });

  it('writes nothing for the default view and keeps foreign parameters', () => {
    expect(serializeUrlState(initialUrlState)).toBe('');
    expect(parseUrlState('')).toEqual(initialUrlState);
    expect(serializeUrlState({ ...initialUrlState, node: 'concept:rl' }, '?lang=fr&node=old')).toBe('?lang=fr&node=concept%3Arl');
    // Back to the default removes the app's parameters and leaves the others.
    expect(serializeUrlState(initialUrlState, '?lang=fr&res=0.5&cluster=3&view=concepts&from=2020')).toBe('?lang=fr');
  });

  it('keeps the edge-kind filter in the URL', () => {
    const state = { ...initialUrlState, filters: { ...initialFiltersState, hiddenEdgeKinds: ['co-cited', 'has-concept'] } };
    const search = serializeUrlState(state);
    expect(search).toBe('?hideEdges=co-cited%2Chas-concept');
    expect(parseUrlState(search).filters.hiddenEdgeKinds).toEqual(['co-cited', 'has-concept']);
    expect(parseUrlState('?hideEdges=cites,,cites').filters.hiddenEdgeKinds).toEqual(['cites']);
  });

  it('reads from/to as years, including links written with full dates before the year brush', () => {
    expect(parseUrlState('?from=2019&to=2021').filters).toMatchObject({ yearFrom: 2019, yearTo: 2021 });
    expect(parseUrlState('?from=2024-09-02&to=2025-01').filters).toMatchObject({ yearFrom: 2024, yearTo: 2025 });
    // A month-day has no year: that bound stays open; reversed bounds are put in order.
    expect(parseUrlState('?from=--12-31&to=2020').filters).toMatchObject({ yearFrom: null, yearTo: 2020 });
    expect(parseUrlState('?from=2022&to=2018').filters).toMatchObject({ yearFrom: 2018, yearTo: 2022 });
    expect(parseUrlState('?noYear=0').filters.includeNoYear).toBe(false);
    expect(parseUrlState('?noYear=yes').filters.includeNoYear).toBe(true);
  });

  it('ignores malformed values', () => {
    const state = parseUrlState('?deg=-4&color=rainbow&hide=&res=-1&cluster=x&minOcc=0&view=map&density=yes&pathTo=paper:a');
    expect(state.filters.minDegree).toBe(0);
    expect(state.colorBy).toBe('community');
    expect(state.filters.hiddenKinds).toEqual([]);
    expect(state.resolution).toBe(null);
    expect(state.focusedCluster).toBe(null);
    expect(state.view).toEqual(initialUrlState.view);
    expect(state.path).toEqual({ source: null, target: null });
    expect(parseUrlState('?res=abc&cluster=1.5&minOcc=5000')).toMatchObject({ resolution: null, focusedCluster: null, view: { minOccurrences: 1000 } });
  });
});
