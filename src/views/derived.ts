// Derived data shared by several views (filter result, colours, sizes), memoised on their inputs so each is built once per change.
import { useMemo } from 'react';
import { appearanceStore, computeNodeColors, computeNodeSizes } from '../core/appearance';
import { clustersStore } from '../core/clusters';
import { computeFilter, filtersStore } from '../core/filters';
import { graphStore } from '../core/graph';
import type { PaperGraph } from '../shared';
import type { FilterResult, FiltersState } from '../core/filters';
import type { ColorMode } from '../core/appearance';
import { useStore } from './useStore';

/** One-entry caches: all views ask for the same (graph, state) pair, so remembering the last answer suffices. */
function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last: R;
  return (...args: A) => {
    if (!lastArgs || args.some((a, i) => a !== lastArgs![i])) {
      last = fn(...args);
      lastArgs = args;
    }
    return last;
  };
}

const filterOf = memoLast((graph: PaperGraph, filters: FiltersState, _version: number) => computeFilter(graph, filters));
// _clusters: re-clustering writes a new partition onto the same graph object, so colours key on its revision too.
const colorsOf = memoLast((graph: PaperGraph, mode: ColorMode, _version: number, _clusters: number) => computeNodeColors(graph, mode));
const sizesOf = memoLast((graph: PaperGraph, metric: string, _version: number) => computeNodeSizes(graph, metric));

export function useGraph() {
  return useStore(graphStore);
}

export function useFilterResult(): FilterResult | null {
  const { graph, version } = useGraph();
  const filters = useStore(filtersStore);
  return useMemo(() => (graph ? filterOf(graph, filters, version) : null), [graph, filters, version]);
}

export function useNodeColors(): Map<string, string> | null {
  const { graph, version } = useGraph();
  const colorBy = useStore(appearanceStore, (s) => s.colorBy);
  const clusters = useStore(clustersStore, (s) => s.revision);
  return useMemo(() => (graph ? colorsOf(graph, colorBy, version, clusters) : null), [graph, colorBy, version, clusters]);
}

export function useNodeSizes(): Map<string, number> | null {
  const { graph, version } = useGraph();
  const sizeBy = useStore(appearanceStore, (s) => s.sizeBy);
  return useMemo(() => (graph ? sizesOf(graph, sizeBy, version) : null), [graph, sizeBy, version]);
}

/** The same derived data read straight from the stores, for code that runs outside React's render (sigma set-up). */
export function readCurrentDerived() {
  const { graph, version } = graphStore.get();
  if (!graph) return null;
  return {
    graph,
    filter: filterOf(graph, filtersStore.get(), version),
    colors: colorsOf(graph, appearanceStore.get().colorBy, version, clustersStore.get().revision),
    sizes: sizesOf(graph, appearanceStore.get().sizeBy, version),
  };
}
