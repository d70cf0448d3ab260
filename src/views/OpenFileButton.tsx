// "Open graph…" button: pick a graph file (graphology JSON, GEXF, GraphML) from disk; it is parsed in the worker and replaces the current graph.
import { useRef } from 'react';
import { loadGraph } from '../core/graph/loadGraph';
import { clearSelection, selectionStore } from '../core/selection';
// Not from the exchange barrel, which would bring the file readers and writers into the app's first chunk.
import { IMPORT_ACCEPT } from '../core/exchange/openableFiles';

export function openGraphFile(file: File): void {
  selectionStore.update(clearSelection());
  void loadGraph({ kind: 'file', file, name: file.name });
}

export function OpenFileButton() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} aria-label="Open a graph file from disk"
        title="Open a graphology JSON, GEXF, GraphML or GML file (or drop one on the window)">Open graph…</button>
      <input ref={input} type="file" accept={IMPORT_ACCEPT} hidden data-testid="open-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) openGraphFile(file);
          e.target.value = '';
        }} />
    </>
  );
}
