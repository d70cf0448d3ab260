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
import { ErrorBoundary } from './components/ErrorBoundary';
import { selectionStore } from './core/selection';
import { useStore } from './views/useStore';
import { LoadProgressText } from './views/LoadProgress';

export { DEFAULT_GRAPH_URL } from './core/graph/loadGraph';

function MainArea() {
  const { status, graph, error, source, hadPositions, version } = useGraph();
  const mode = useStore(viewStore, (s) => s.mode);
  if (status === 'idle' || (status === 'loading' && !graph)) {
    return (
      <div className="state" role="status" aria-live="polite">
        <div className="spinner" aria-hidden="true" />Loading {source ?? 'graph'}…
        <LoadProgressText className="load-progress" />
      </div>
    );
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
        {pending && <span className="pending" data-testid="pending-file"> · opening {pending}… <LoadProgressText /></span>}
      </span>
    </>
  );
}

/** The detail panel starts afresh for each selection, so one node with a malformed attribute does not stick. */
function GuardedDetailPanel({ version }: { version: number }) {
  const selected = useStore(selectionStore, (s) => s.selected);
  return (
    <ErrorBoundary area="the details of this node" className="panel detail" resetKey={`${version}\u0000${selected}`}>
      <DetailPanel />
    </ErrorBoundary>
  );
}

export function App() {
  const searchRef = useRef<HTMLInputElement>(null);
  const { graph, version } = useGraph();
  // Switching between the map and the concept map also gives a failed view a fresh start.
  const mode = useStore(viewStore, (s) => s.mode);
  return (
    <div className="app">
      <UrlController />
      <KeyboardController searchRef={searchRef} />
      <DropZone />
      <header className="top">
        <h1>Paper graph explorer</h1>
        <ErrorBoundary area="the search box" resetKey={version}><SearchBox inputRef={searchRef} /></ErrorBoundary>
        <OpenFileButton />
        <ExportMenu />
        <StatusLine />
      </header>
      <nav className="side" aria-label="Graph controls">
        {graph && (
          <>
            <ErrorBoundary area="the view switch" resetKey={version}><ViewPanel /></ErrorBoundary>
            <ErrorBoundary area="the layout panel" resetKey={version}><LayoutPanel /></ErrorBoundary>
            <ErrorBoundary area="the appearance panel" resetKey={version}><AppearancePanel /></ErrorBoundary>
            <ErrorBoundary area="the clusters panel" resetKey={version}><ClustersPanel /></ErrorBoundary>
            <ErrorBoundary area="the filters panel" resetKey={version}><FiltersPanel /></ErrorBoundary>
            <ErrorBoundary area="the emerging topics" resetKey={version}><EmergingTopicsPanel /></ErrorBoundary>
          </>
        )}
      </nav>
      <main className="stage">
        <ErrorBoundary area="the graph" resetKey={`${version}|${mode}`}><MainArea /></ErrorBoundary>
        <ErrorBoundary area="the cluster overview" resetKey={version}><ClusterOverview /></ErrorBoundary>
        <ErrorBoundary area="the path" resetKey={version}><PathPanel /></ErrorBoundary>
      </main>
      <GuardedDetailPanel version={version} />
    </div>
  );
}
