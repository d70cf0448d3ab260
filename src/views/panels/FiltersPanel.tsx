// Filters: node kinds and edge kinds (with shown/total counts), paper years (histogram brush) and minimum degree; hidden nodes keep their positions.
import { useMemo } from 'react';
import { KIND_COLORS, KIND_LABELS, KIND_ORDER } from '../../core/appearance';
import {
  EDGE_KIND_LABELS, filtersStore, isFiltering, listEdgeKinds, resetFilters, setMinDegree, showAllEdgeKinds, showOnlyEdgeKinds,
  toggleEdgeKind, toggleKind,
} from '../../core/filters';
import { YearBrush } from '../time/YearBrush';
import { useFilterResult, useGraph } from '../derived';
import { useStore } from '../useStore';

export function FiltersPanel() {
  const { graph, version } = useGraph();
  const filters = useStore(filtersStore);
  const result = useFilterResult();
  const edgeKinds = useMemo(() => (graph ? listEdgeKinds(graph).map((e) => e.kind) : []), [graph, version]);
  const maxDegree = useMemo(() => {
    let max = 0;
    graph?.forEachNode((key) => (max = Math.max(max, graph.degree(key))));
    return max;
  }, [graph, version]);
  if (!graph || !result) return null;
  const kinds = KIND_ORDER.filter((k) => result.counts[k]);

  return (
    <section className="panel filters" aria-label="Filters">
      <h2>Filters</h2>
      <fieldset>
        <legend>Node kinds</legend>
        {kinds.map((kind) => (
          <label key={kind} className="check">
            <input type="checkbox" checked={!filters.hiddenKinds.includes(kind)}
              onChange={() => filtersStore.update(toggleKind(kind))} />
            <span className="swatch" style={{ background: KIND_COLORS[kind] }} aria-hidden="true" />
            {KIND_LABELS[kind]}
            <span className="count" data-testid={`count-${kind}`}>{result.counts[kind].shown} / {result.counts[kind].total}</span>
          </label>
        ))}
      </fieldset>
      {edgeKinds.length > 1 && (
        <fieldset className="edge-kinds">
          <legend>Edge kinds</legend>
          {edgeKinds.map((kind) => (
            <div key={kind} className="check-row">
              <label className="check">
                <input type="checkbox" checked={!filters.hiddenEdgeKinds.includes(kind)} aria-label={`Show ${EDGE_KIND_LABELS[kind] ?? kind} edges`}
                  onChange={() => filtersStore.update(toggleEdgeKind(kind))} />
                {EDGE_KIND_LABELS[kind] ?? kind}
                <span className="count" data-testid={`edge-count-${kind}`}>
                  {result.edgeCounts[kind]?.shown ?? 0} / {result.edgeCounts[kind]?.total ?? 0}
                </span>
              </label>
              <button type="button" className="link only" title={`Show only ${EDGE_KIND_LABELS[kind] ?? kind} edges`}
                aria-label={`Only ${EDGE_KIND_LABELS[kind] ?? kind}`}
                onClick={() => filtersStore.update(showOnlyEdgeKinds([kind], edgeKinds))}>only</button>
            </div>
          ))}
          {filters.hiddenEdgeKinds.length > 0 && (
            // Says why dots without edges can remain: the filter hides concepts and references left without a
            // shown edge, but never papers, which keep their place.
            <p className="muted note" data-testid="edge-filter-note">
              Concepts, methods, domains and references with no edge of a shown kind are hidden.
              {result.strandedByEdgeKinds > 0 && (
                ` Papers stay: ${result.strandedByEdgeKinds.toLocaleString()} shown with none of their edges.`
              )}
            </p>
          )}
          {filters.hiddenEdgeKinds.length > 0 && (
            <button type="button" className="link" onClick={() => filtersStore.update(showAllEdgeKinds())}>Show all edge kinds</button>
          )}
        </fieldset>
      )}
      <YearBrush />
      <fieldset>
        <legend>Minimum degree: <output>{filters.minDegree}</output></legend>
        <input type="range" min={0} max={Math.max(1, Math.min(maxDegree, 50))} value={filters.minDegree}
          aria-label="Minimum degree" onChange={(e) => filtersStore.update(setMinDegree(Number(e.target.value)))} />
      </fieldset>
      <p className="muted" data-testid="shown-counts">
        Showing {result.shownNodes.toLocaleString()} of {graph.order.toLocaleString()} nodes,{' '}
        {result.shownEdges.toLocaleString()} of {graph.size.toLocaleString()} edges
      </p>
      {isFiltering(filters) && (
        <button type="button" onClick={() => filtersStore.update(resetFilters())}>Reset filters</button>
      )}
    </section>
  );
}
