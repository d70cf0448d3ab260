// Shareable view state <-> query string (URLSearchParams): node, filters, colour, size, view, clusters and path; defaults omitted.
import { COLOR_MODES, type ColorMode } from '../appearance/types';
import { initialFiltersState } from '../filters';
import { initialViewState } from '../view';
import type { UrlState } from './types';

export * from './types';

/** Every parameter the app owns: others (e.g. `?lang=`) are left as they are. */
export const URL_PARAMS = [
  'node', 'hide', 'from', 'to', 'noYear', 'hideEdges', 'deg', 'color', 'size', 'view', 'minOcc', 'density', 'res', 'cluster', 'pathFrom',
  'pathTo',
] as const;

export const initialUrlState: UrlState = {
  node: null,
  filters: initialFiltersState,
  colorBy: 'community',
  sizeBy: 'degree',
  view: initialViewState,
  resolution: null,
  focusedCluster: null,
  path: { source: null, target: null },
};

/** A year from `from`/`to`: a bare year, or the year of an ISO date (links written before the year brush); else open. */
function parseYear(value: string | null): number | null {
  const match = value ? /^(-?\d{1,4})(?:-\d{2}(?:-\d{2})?)?$/.exec(value) : null;
  return match ? Number(match[1]) : null;
}

function parseNonNegativeInteger(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
}

function parseResolution(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : null;
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const minDegree = Number(params.get('deg'));
  const kinds = params.get('hide');
  const edgeKinds = params.get('hideEdges');
  const color = params.get('color');
  const minOcc = parseNonNegativeInteger(params.get('minOcc'));
  let yearFrom = parseYear(params.get('from'));
  let yearTo = parseYear(params.get('to'));
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  const source = params.get('pathFrom') || null;
  return {
    node: params.get('node') || null,
    filters: {
      ...initialFiltersState,
      hiddenKinds: kinds ? [...new Set(kinds.split(',').filter(Boolean))].sort() : [],
      yearFrom,
      yearTo,
      includeNoYear: params.get('noYear') !== '0',
      minDegree: Number.isFinite(minDegree) && minDegree > 0 ? Math.floor(minDegree) : 0,
      hiddenEdgeKinds: edgeKinds ? [...new Set(edgeKinds.split(',').filter(Boolean))].sort() : [],
    },
    colorBy: COLOR_MODES.includes(color as ColorMode) ? (color as ColorMode) : initialUrlState.colorBy,
    sizeBy: params.get('size') || initialUrlState.sizeBy,
    view: {
      mode: params.get('view') === 'concepts' ? 'concepts' : 'papers',
      minOccurrences: minOcc !== null && minOcc >= 1 ? Math.min(1000, minOcc) : initialViewState.minOccurrences,
      density: params.get('density') === '1',
    },
    resolution: parseResolution(params.get('res')),
    focusedCluster: parseNonNegativeInteger(params.get('cluster')),
    // A target without a source means nothing.
    path: { source, target: source ? params.get('pathTo') || null : null },
  };
}

/** Returns `?…` (or '' for the default view); parameters not owned by the app are kept. */
export function serializeUrlState(state: UrlState, previousSearch = ''): string {
  const params = new URLSearchParams(previousSearch);
  const set = (name: (typeof URL_PARAMS)[number], value: string | null) => (value ? params.set(name, value) : params.delete(name));
  const { filters, view } = state;
  set('node', state.node);
  set('hide', filters.hiddenKinds.length ? filters.hiddenKinds.join(',') : null);
  set('from', filters.yearFrom !== null ? String(filters.yearFrom) : null);
  set('to', filters.yearTo !== null ? String(filters.yearTo) : null);
  set('noYear', filters.includeNoYear ? null : '0');
  set('hideEdges', filters.hiddenEdgeKinds.length ? filters.hiddenEdgeKinds.join(',') : null);
  set('deg', filters.minDegree > 0 ? String(filters.minDegree) : null);
  set('color', state.colorBy !== initialUrlState.colorBy ? state.colorBy : null);
  set('size', state.sizeBy !== initialUrlState.sizeBy ? state.sizeBy : null);
  set('view', view.mode !== initialViewState.mode ? view.mode : null);
  set('minOcc', view.minOccurrences !== initialViewState.minOccurrences ? String(view.minOccurrences) : null);
  set('density', view.density ? '1' : null);
  set('res', state.resolution !== null ? String(state.resolution) : null);
  set('cluster', state.focusedCluster !== null ? String(state.focusedCluster) : null);
  set('pathFrom', state.path.source);
  set('pathTo', state.path.source ? state.path.target : null);
  const text = params.toString();
  return text ? `?${text}` : '';
}
