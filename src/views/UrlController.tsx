// Keeps the selected node, filters and colour mode in the query string so a view can be shared and survives reload.
import { useEffect } from 'react';
import { appearanceStore, setColorBy } from '../core/appearance';
import { filtersStore, replaceFilters } from '../core/filters';
import { graphStore } from '../core/graph';
import { selectNode, selectionStore } from '../core/selection';
import { parseUrlState, serializeUrlState } from '../core/url';

/** Read once before the first render so the first frame already shows the shared view. */
export function applyUrlState(search: string): void {
  const state = parseUrlState(search);
  filtersStore.update(replaceFilters(state.filters));
  appearanceStore.update(setColorBy(state.colorBy));
  selectionStore.update(selectNode(state.node));
}

export function UrlController() {
  useEffect(() => {
    const write = () => {
      const search = serializeUrlState(
        { node: selectionStore.get().selected, filters: filtersStore.get(), colorBy: appearanceStore.get().colorBy },
        window.location.search,
      );
      if (search !== window.location.search) {
        // replaceState: selecting nodes should not flood the back button's history.
        window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
      }
    };
    // A node named in the URL that the loaded graph lacks is dropped instead of showing an empty panel.
    const dropUnknown = () => {
      const { graph } = graphStore.get();
      const selected = selectionStore.get().selected;
      if (graph && selected && !graph.hasNode(selected)) selectionStore.update(selectNode(null));
    };
    const unsubscribe = [
      selectionStore.subscribe(write),
      filtersStore.subscribe(write),
      appearanceStore.subscribe(write),
      graphStore.subscribe(dropUnknown),
    ];
    return () => unsubscribe.forEach((u) => u());
  }, []);
  return null;
}
