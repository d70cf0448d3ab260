// The explorer's layout: header (search, open file, status), side panels, the graph canvas and the detail panel.
import { useRef } from 'react';
import { dismissOpenError, graphStore } from './core/graph';
import { DetailPanel } from './views/panels/DetailPanel';
import { AppearancePanel } from './views/panels/AppearancePanel';
import { FiltersPanel } from './views/panels/FiltersPanel';
import { ClustersPanel } from './views/clusters/ClustersPanel';
import { ClusterOverview } from './views/clusters/ClusterOverview';
import { ClusterDetailView } from './views/clusters/ClusterDetailView';
import { opensOnOverview } from './core/clusters';
import { PathPanel } from './views/paths/PathPanel';
import { LayoutPanel } from './views/panels/LayoutPanel';
import { SearchBox } from './views/panels/SearchBox';
import { GraphView } from './views/graph/GraphView';
import { DropZone } from './views/DropZone';
import { KeyboardController } from './views/KeyboardController';
import { OpenFileButton } from './views/OpenFileButton';
import { ExportMenu } from './views/exchange/ExportMenu';
import { ImportNotesBanner } from './views/exchange/ImportNotesBanner';
import { UrlController } from './views/UrlController';
import { useGraph } from './views/derived';
import { ConceptMapView } from './views/conceptMap/ConceptMapView';
import { ViewPanel } from './views/conceptMap/ViewPanel';
import { EmergingTopicsPanel } from './views/time/EmergingTopicsPanel';
import { viewStore } from './core/view';
import { useStore } from './views/useStore';

export { DEFAULT_GRAPH_URL } from './core/graph/loadGraph';

function MainArea() {
  const { status, graph, error, source, hadPositions, version } = useGraph();
  const mode = useStore(viewStore, (s) => s.mode);
  if (status === 'idle' || (status === 'loading' && !graph)) {
    return <div className="state" role="status" aria-live="polite"><div className="spinner" aria-hidden="true" />Loading {source ?? 'graph'}…</div>;
  }
  if (status === 'error') {
    return (
      <div className="state error" role="alert">
        <h2>This graph could not be opened</h2>
        <p><strong>{source}</strong>: {error}</p>
        <p>Open another file with “Open graph…” or drop one here.</p>
      </div>
    );
  }
  if (status === 'empty' || !graph) {
    return (
      <div className="state" role="status">
        <h2>No graph to show</h2>
        <p>{graph ? `${source} has no nodes.` : 'There is no graph.json yet.'} Build one with{' '}
          <code>npm run ingest -- data/seeds --out public/graph.json</code>, or open a graphology JSON file.</p>
      </div>
    );
  }
  if (mode === 'concepts') return <ConceptMapView graph={graph} version={version} />;
  if (opensOnOverview(graph)) return <ClusterDetailView graph={graph} version={version} hadPositions={hadPositions} />;
  return <GraphView key={version} graph={graph} hadPositions={hadPositions} />;
}

function StatusLine() {
  const { graph, source, status, openError, pending } = useGraph();
  return (
    <>
      {openError && (
        <div className="banner error" role="alert">
          <span>Could not open {openError}</span>
          <button type="button" className="icon" aria-label="Dismiss message" onClick={() => graphStore.update(dismissOpenError())}>×</button>
        </div>
      )}
      <ImportNotesBanner />
      <span className="source" aria-live="polite">
        {status === 'loading' ? `Opening ${source}…` : graph ? `${source} · ${graph.order.toLocaleString()} nodes · ${graph.size.toLocaleString()} edges` : ''}
        {pending && <span className="pending" data-testid="pending-file"> · opening {pending}…</span>}
      </span>
    </>
  );
}

export function App() {
  const searchRef = useRef<HTMLInputElement>(null);
  const { graph } = useGraph();
  return (
    <div className="app">
      <UrlController />
      <KeyboardController searchRef={searchRef} />
      <DropZone />
      <header className="top">
        <h1>Paper graph explorer</h1>
        <SearchBox inputRef={searchRef} />
        <OpenFileButton />
        <ExportMenu />
        <StatusLine />
      </header>
      <nav className="side" aria-label="Graph controls">
        {graph && (
          <>
            <ViewPanel />
            <LayoutPanel />
            <AppearancePanel />
            <ClustersPanel />
            <FiltersPanel />
            <EmergingTopicsPanel />
          </>
        )}
      </nav>
      <main className="stage">
        <MainArea />
        <ClusterOverview />
        <PathPanel />
      </main>
      <DetailPanel />
    </div>
  );
}
