// Colour (kind / community) and size (degree or another numeric metric) choices, and the legend with counts.
import { useMemo } from 'react';
import { appearanceStore, buildLegend, effectiveColorMode, hasCommunities, listSizeMetrics, setColorBy, setSizeBy } from '../../core/appearance';
import { clustersStore } from '../../core/clusters';
import { useFilterResult, useGraph } from '../derived';
import { useStore } from '../useStore';

/** Readable names for the centrality metrics the analysis stage writes; other numeric attributes keep their names. */
const METRIC_LABELS: Record<string, string> = {
  degree: 'Degree', weightedDegree: 'Weighted degree', pagerank: 'PageRank', betweenness: 'Betweenness', upvotes: 'Upvotes',
  paperCount: 'Papers (terms)', citedByInCorpus: 'Citations in this collection', citesInCorpus: 'References in this collection',
  referenceCount: 'References (all)', referencesOutside: 'References outside the collection',
};

export function AppearancePanel() {
  const { graph, version } = useGraph();
  const appearance = useStore(appearanceStore);
  const result = useFilterResult();
  // A re-run from the clusters panel can give communities to a graph whose file had none.
  const clusters = useStore(clustersStore, (s) => s.revision);
  const communities = useMemo(() => (graph ? hasCommunities(graph) : false), [graph, version, clusters]);
  const metrics = useMemo(() => (graph ? listSizeMetrics(graph) : []), [graph, version]);
  const legend = useMemo(
    () => (graph && result ? buildLegend(graph, appearance.colorBy, result.counts, result.hidden) : []),
    [graph, appearance.colorBy, result],
  );
  if (!graph) return null;
  const mode = effectiveColorMode(graph, appearance.colorBy);

  return (
    <section className="panel appearance" aria-label="Appearance">
      <h2>Appearance</h2>
      <div className="segmented" role="radiogroup" aria-label="Colour nodes by">
        <label><input type="radio" name="colorBy" checked={mode === 'kind'}
          onChange={() => appearanceStore.update(setColorBy('kind'))} /> Colour by kind</label>
        <label title={communities ? undefined : 'This graph has no community attribute yet'}>
          <input type="radio" name="colorBy" checked={mode === 'community'} disabled={!communities}
            onChange={() => appearanceStore.update(setColorBy('community'))} /> by community</label>
      </div>
      <label className="row">Size by
        <select aria-label="Size nodes by" value={appearance.sizeBy} onChange={(e) => appearanceStore.update(setSizeBy(e.target.value))}>
          {metrics.map((m) => <option key={m} value={m}>{METRIC_LABELS[m] ?? m}</option>)}
        </select>
      </label>
      {/* Coloured by community, the clusters panel's list is the legend. */}
      {mode === 'kind' && <ul className="legend" aria-label="Legend">
        {legend.slice(0, 20).map((row) => (
          <li key={row.id}>
            <span className="swatch" style={{ background: row.color }} aria-hidden="true" />
            <span className="legend-label">{row.label}</span>
            <span className="count">{row.shown === row.total ? row.total : `${row.shown} / ${row.total}`}</span>
          </li>
        ))}
      </ul>}
    </section>
  );
}
