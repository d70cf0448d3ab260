// Colour (kind / community / year) and size (degree or another numeric metric) choices, and the legend with counts.
import { useMemo } from 'react';
import {
  appearanceStore, buildLegend, buildYearLegend, effectiveColorMode, hasCommunities, listSizeMetrics, NO_YEAR_COLOR, setColorBy, setSizeBy,
  type YearLegend,
} from '../../core/appearance';
import { clustersStore } from '../../core/clusters';
import { conceptMapClustersStore, conceptMapLegendStore, viewStore } from '../../core/view';
import { communityColor } from '../../shared/analysis/palette';
import { useFilterResult, useGraph } from '../derived';
import { useStore } from '../useStore';

/** Readable names for the centrality metrics the analysis stage writes; other numeric attributes keep their names. */
const METRIC_LABELS: Record<string, string> = {
  degree: 'Degree', weightedDegree: 'Weighted degree', pagerank: 'PageRank', betweenness: 'Betweenness', upvotes: 'Upvotes',
  paperCount: 'Papers (terms)', citedByInCorpus: 'Citations in this collection', citesInCorpus: 'References in this collection',
  referenceCount: 'References (all)', referencesOutside: 'References outside the collection',
};

/** Concept map clusters listed in the legend; the rest are counted. */
const MAP_CLUSTERS_SHOWN = 12;

const formatYear = (year: number | null) => (year === null ? '' : String(year));
const shownOfTotal = (c: { shown: number; total: number }) => (c.shown === c.total ? c.total.toLocaleString() : `${c.shown.toLocaleString()} / ${c.total.toLocaleString()}`);

/** The sequential scale with its year range, and the grey of nodes with no year with their count. */
export function YearScaleLegend({ legend }: { legend: YearLegend }) {
  return (
    <div className="year-legend" data-testid="year-legend" aria-label="Year legend">
      {legend.min !== null ? (
        <>
          <div className="year-scale" style={{ background: legend.gradient }} aria-hidden="true" />
          <div className="year-scale-ends">
            <span data-testid="year-legend-min">{formatYear(legend.min)}</span>
            <span className="muted">ideas: mean year of their papers</span>
            <span data-testid="year-legend-max">{formatYear(legend.max)}</span>
          </div>
        </>
      ) : (
        <p className="muted">No node has a year.</p>
      )}
      {legend.noYear.total > 0 && (
        <p className="legend-row">
          <span className="swatch" style={{ background: NO_YEAR_COLOR }} aria-hidden="true" />
          <span data-testid="year-legend-none">no year: {shownOfTotal(legend.noYear)}</span>
        </p>
      )}
    </div>
  );
}

export function AppearancePanel() {
  const { graph, version } = useGraph();
  const appearance = useStore(appearanceStore);
  const result = useFilterResult();
  // A re-run from the clusters panel can give communities to a graph whose file had none.
  const clusters = useStore(clustersStore, (s) => s.revision);
  const communities = useMemo(() => (graph ? hasCommunities(graph) : false), [graph, version, clusters]);
  const metrics = useMemo(() => (graph ? listSizeMetrics(graph) : []), [graph, version]);
  const mode = graph ? effectiveColorMode(graph, appearance.colorBy) : 'kind';
  const legend = useMemo(
    () => (graph && result && mode === 'kind' ? buildLegend(graph, appearance.colorBy, result.counts, result.hidden) : []),
    [graph, appearance.colorBy, result, mode],
  );
  const yearLegend = useMemo(() => (graph && result && mode === 'year' ? buildYearLegend(graph, result.hidden) : null), [graph, result, mode]);
  const viewMode = useStore(viewStore, (s) => s.mode);
  const mapClusters = useStore(conceptMapClustersStore);
  // On the concept map the legend counts the map's ideas, not the paper graph's nodes (it shows no papers).
  const mapItems = useStore(conceptMapLegendStore);
  const onMap = viewMode === 'concepts' && mapItems !== null;
  const kindRows = onMap ? mapItems.kinds : legend;
  const yearRows = onMap && mode === 'year' ? mapItems.year : yearLegend;
  if (!graph) return null;
  // The concept map colours its ideas by its own clusters (conceptMapColors), unless by kind or year.
  const mapLegend = viewMode === 'concepts' && appearance.colorBy !== 'kind' && appearance.colorBy !== 'year' && mapClusters.length > 0;

  return (
    <section className="panel appearance" aria-label="Appearance">
      <h2>Appearance</h2>
      <div className="segmented" role="radiogroup" aria-label="Colour nodes by">
        <label><input type="radio" name="colorBy" checked={mode === 'kind'}
          onChange={() => appearanceStore.update(setColorBy('kind'))} /> Colour by kind</label>
        <label title={communities ? undefined : 'This graph has no community attribute yet'}>
          <input type="radio" name="colorBy" checked={mode === 'community'} disabled={!communities}
            onChange={() => appearanceStore.update(setColorBy('community'))} /> by community</label>
        <label title="Papers by their year; concepts, methods and domains by the mean year of their papers">
          <input type="radio" name="colorBy" checked={mode === 'year'}
            onChange={() => appearanceStore.update(setColorBy('year'))} /> by year</label>
      </div>
      <label className="row">Size by
        <select aria-label="Size nodes by" value={appearance.sizeBy} onChange={(e) => appearanceStore.update(setSizeBy(e.target.value))}>
          {metrics.map((m) => <option key={m} value={m}>{METRIC_LABELS[m] ?? m}</option>)}
        </select>
      </label>
      {yearRows && <YearScaleLegend legend={yearRows} />}
      {mapLegend && (
        <>
          <ul className="legend" aria-label="Concept map clusters">
            {mapClusters.slice(0, MAP_CLUSTERS_SHOWN).map((c) => (
              <li key={c.id}>
                <span className="swatch" style={{ background: communityColor(c.id) }} aria-hidden="true" />
                <span className="legend-label">{c.label}</span>
                <span className="count" title={`${c.size} ideas`}>{c.size}</span>
              </li>
            ))}
          </ul>
          <p className="muted" data-testid="map-legend-note">
            The concept map's {mapClusters.length.toLocaleString()} clusters of ideas
            {mapClusters.length > MAP_CLUSTERS_SHOWN ? ` (the ${MAP_CLUSTERS_SHOWN} biggest listed)` : ''}; the clusters
            panel lists the papers' clusters.
          </p>
        </>
      )}
      {/* Coloured by community, the clusters panel's list is the legend (of the paper graph). */}
      {mode === 'kind' && <ul className="legend" aria-label="Legend">
        {kindRows.slice(0, 20).map((row) => (
          <li key={row.id}>
            <span className="swatch" aria-hidden="true" style={{
              background: row.swatches && row.swatches.length > 1 ? `linear-gradient(90deg, ${row.swatches.join(', ')})` : row.color,
            }} />
            <span className="legend-label">{row.label}</span>
            <span className="count">{shownOfTotal(row)}</span>
          </li>
        ))}
      </ul>}
    </section>
  );
}
