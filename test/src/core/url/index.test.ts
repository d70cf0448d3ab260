// The URL round-trips the selected node, filters and colour mode, and stays short for the default view.
import { describe, expect, it } from 'vitest';
import { initialFiltersState } from '../../../../src/core/filters';
import { parseUrlState, serializeUrlState } from '../../../../src/core/url';

describe('url state', () => {
  it('round-trips a full view', () => {
    const state = {
      node: 'paper:glider-global-and-local-instruction-driven-expert-router',
      filters: { hiddenKinds: ['concept', 'domain'], dateFrom: '2024-09-02', dateTo: '--12-31', minDegree: 3, hiddenEdgeKinds: ['has-concept', 'in-domain'] },
      colorBy: 'kind' as const,
    };
    const search = serializeUrlState(state);
    expect(parseUrlState(search)).toEqual(state);
  });

  it('writes nothing for the default view and keeps foreign parameters', () => {
    // Colour by community is the default (graphs without communities fall back to kind).
    const state = { node: null, filters: initialFiltersState, colorBy: 'community' as const };
    expect(serializeUrlState(state)).toBe('');
    expect(serializeUrlState({ ...state, node: 'concept:rl' }, '?lang=fr&node=old')).toBe('?lang=fr&node=concept%3Arl');
  });

  it('keeps the edge-kind filter in the URL', () => {
    const state = { node: null, filters: { ...initialFiltersState, hiddenEdgeKinds: ['co-cited', 'has-concept'] }, colorBy: 'community' as const };
    const search = serializeUrlState(state);
    expect(search).toBe('?hideEdges=co-cited%2Chas-concept');
    expect(parseUrlState(search).filters.hiddenEdgeKinds).toEqual(['co-cited', 'has-concept']);
    expect(parseUrlState('?hideEdges=cites,,cites').filters.hiddenEdgeKinds).toEqual(['cites']);
  });

  it('ignores malformed values', () => {
    const state = parseUrlState('?deg=-4&color=rainbow&hide=');
    expect(state.filters.minDegree).toBe(0);
    expect(state.colorBy).toBe('community');
    expect(state.filters.hiddenKinds).toEqual([]);
  });
});
