// Colours of the concept map's items for the appearance panel's colour mode: clusters, kinds or mean paper year.
import { KIND_COLORS, nodeYears, yearColor, yearDomain, type ColorMode } from '../../core/appearance';
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
