// Browser entry point: restore the shared view from the URL, then mount the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@react-sigma/core/lib/style.css';
import './styles.css';
import { App } from './App';
import { DEFAULT_GRAPH_URL } from './App';
import { loadGraph } from './core/graph/loadGraph';
import { applyUrlState } from './views/UrlController';

applyUrlState(window.location.search);
// Start fetching and parsing (in the worker) before React mounts, so both happen at once.
void loadGraph({ kind: 'url', url: DEFAULT_GRAPH_URL });
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
