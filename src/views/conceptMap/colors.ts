// Colours of the concept map's items for the appearance panel's colour mode: clusters, kinds or mean paper year.
import {
  KIND_COLORS, KIND_LABELS, KIND_ORDER, nodeYears, yearColor, yearDomain, yearGradient, type ColorMode, type LegendEntry, type YearLegend,
} from '../../core/appearance';
import type { PaperGraph } from '../../shared';
import { communityColor } from '../../shared/analysis/palette';
import type { ConceptMap } from '../../shared/analysis/conceptMap';

/**
 * Item colours for a colour mode: by year, an idea's mean paper year on the paper graph's year scale (so the
 * appearance panel's legend reads the same on both views); by kind, the kind colours; otherwise the map's clusters.
 */
export function conceptMapColors(map: ConceptMap, paperGraph: PaperGraph, mode: ColorMode): Map<string, string> {
  const colors = new Map<string, string>();
  const domain = mode === 'year' ? yearDomain(nodeYears(paperGraph).values()) : null;
  map.graph.forEachNode((node, a) => {
    if (domain) colors.set(node, yearColor(a.meanYear, domain.min, domain.max));
    else if (mode === 'kind') colors.set(node, KIND_COLORS[a.kind] ?? KIND_COLORS.other);
    else colors.set(node, communityColor(a.community));
  });
  return colors;
}

/**
 * The appearance panel's legend while the concept map is shown, counting the map's own items: by kind, its ideas
 * per kind (the paper graph's legend counted papers and cited works, which the map does not show); by year, its
 * ideas with and without a dated paper, on the paper graph's scale (the one conceptMapColors colours by).
 */
export function conceptMapLegend(map: ConceptMap, paperGraph: PaperGraph): { kinds: LegendEntry[]; year: YearLegend } {
  const kinds = new Map<string, number>();
  const dated = { shown: 0, total: 0 };
  const noYear = { shown: 0, total: 0 };
  map.graph.forEachNode((_node, a) => {
    kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1);
    const row = a.meanYear === null ? noYear : dated;
    row.total++;
    row.shown++;
  });
  const rows = KIND_ORDER.filter((kind) => kinds.has(kind)).map((kind): LegendEntry => {
    const count = kinds.get(kind)!;
    return { id: kind, label: KIND_LABELS[kind], color: KIND_COLORS[kind], shown: count, total: count };
  });
  const { min, max } = yearDomain(nodeYears(paperGraph).values());
  return { kinds: rows, year: { min, max, gradient: yearGradient(), dated, noYear } };
}
