// The explorer's layout: header (search, open file, status), side panels, the graph canvas and the detail panel.
import { lazy, Suspense, useRef } from 'react';
import { dismissOpenError, graphStore } from './core/graph';
import { DetailPanel } from './views/panels/DetailPanel';
import { ClusterOverview } from './views/clusters/ClusterOverview';
import { ClusterDetailView } from './views/clusters/ClusterDetailView';
import { opensOnOverview } from './core/clusters';
import { PathPanel } from './views/paths/PathPanel';
import { SearchBox } from './views/panels/SearchBox';
import { GraphView } from './views/graph/GraphView';
import { DropZone } from './views/DropZone';
import { KeyboardController } from './views/KeyboardController';
import { OpenFileButton } from './views/OpenFileButton';
import { ImportNotesBanner } from './views/exchange/ImportNotesBanner';
import { UrlController } from './views/UrlController';
import { useGraph } from './views/derived';
import { viewStore } from './core/view';
import { ErrorBoundary } from './components/ErrorBoundary';
import { selectionStore } from './core/selection';
import { useStore } from './views/useStore';
import { useFirstGraphDrawn } from './views/useFirstGraphDrawn';
import { LoadProgressText } from './views/LoadProgress';
import { countOf } from './core/format';

export { DEFAULT_GRAPH_URL } from './core/graph/loadGraph';

// Chunks of their own, loaded once the first graph is drawn (useFirstGraphDrawn): the code for the panels and the
// exports is not needed to draw the graph, and compiling it before delayed the first frame.
const SidePanels = lazy(() => import('./views/SidePanels'));
const ExportMenu = lazy(() => import('./views/exchange/ExportMenu').then((m) => ({ default: m.ExportMenu })));
// Shown only when asked for; its layout and clustering libraries need not load with the map.
const ConceptMapView = lazy(() => import('./views/conceptMap/ConceptMapView').then((m) => ({ default: m.ConceptMapView })));

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
  if (mode === 'concepts') {
    return (
      <Suspense fallback={<div className="state" role="status"><div className="spinner" aria-hidden="true" />Loading the concept map…</div>}>
        <ConceptMapView graph={graph} version={version} />
      </Suspense>
    );
  }
  if (opensOnOverview(graph)) return <ClusterDetailView graph={graph} version={version} hadPositions={hadPositions} />;
  return <GraphView key={version} graph={graph} hadPositions={hadPositions} />;
}

/**
 * `counts`: whether the graph's counts are written yet. The first number formatted for the reader's locale loads that
 * locale's data (20-200 ms in headless Chromium, on the main thread): the first graph's counts wait until it is drawn,
 * with the side panels, which format numbers too.
 */
function StatusLine({ counts }: { counts: boolean }) {
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
        {status === 'loading' ? `Opening ${source}…` : graph ? (counts ? `${source} · ${countOf(graph.order, 'node')} · ${countOf(graph.size, 'edge')}` : source) : ''}
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
  // The graph is drawn before the side panels and the export menu are rendered (useFirstGraphDrawn says why).
  const panels = useFirstGraphDrawn(graph !== null);
  return (
    <div className="app">
      <UrlController />
      <KeyboardController searchRef={searchRef} />
      <DropZone />
      <header className="top">
        <h1>Paper graph explorer</h1>
        <ErrorBoundary area="the search box" resetKey={version}><SearchBox inputRef={searchRef} /></ErrorBoundary>
        <OpenFileButton />
        {panels && <ErrorBoundary area="the export menu" resetKey={version}><Suspense fallback={null}><ExportMenu /></Suspense></ErrorBoundary>}
        <StatusLine counts={panels} />
      </header>
      <nav className="side" aria-label="Graph controls">
        {graph && panels && (
          <ErrorBoundary area="the side panels" resetKey={version}>
            <Suspense fallback={null}><SidePanels version={version} /></Suspense>
          </ErrorBoundary>
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
