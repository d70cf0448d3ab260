// Shareable view state <-> query string (URLSearchParams): selected node, node and edge-kind filters and colour mode; defaults omitted.
import { initialFiltersState } from '../filters';
import type { UrlState } from './types';

export * from './types';

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const minDegree = Number(params.get('deg'));
  const kinds = params.get('hide');
  const edgeKinds = params.get('hideEdges');
  return {
    node: params.get('node') || null,
    filters: {
      ...initialFiltersState,
      hiddenKinds: kinds ? kinds.split(',').filter(Boolean).sort() : [],
      dateFrom: params.get('from') || null,
      dateTo: params.get('to') || null,
      minDegree: Number.isFinite(minDegree) && minDegree > 0 ? Math.floor(minDegree) : 0,
      hiddenEdgeKinds: edgeKinds ? [...new Set(edgeKinds.split(',').filter(Boolean))].sort() : [],
    },
    colorBy: params.get('color') === 'kind' ? 'kind' : 'community',
  };
}

/** Returns `?…` (or '' for the default view); parameters not owned by the app are kept. */
export function serializeUrlState(state: UrlState, previousSearch = ''): string {
  const params = new URLSearchParams(previousSearch);
  const set = (name: string, value: string | null) => (value ? params.set(name, value) : params.delete(name));
  set('node', state.node);
  set('hide', state.filters.hiddenKinds.length ? state.filters.hiddenKinds.join(',') : null);
  set('from', state.filters.dateFrom);
  set('to', state.filters.dateTo);
  set('hideEdges', state.filters.hiddenEdgeKinds.length ? state.filters.hiddenEdgeKinds.join(',') : null);
  set('deg', state.filters.minDegree > 0 ? String(state.filters.minDegree) : null);
  set('color', state.colorBy === 'kind' ? 'kind' : null);
  const text = params.toString();
  return text ? `?${text}` : '';
}
