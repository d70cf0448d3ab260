// Mounts the app: restore the shared view from the URL, then render (main.tsx has already started loading the graph).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@react-sigma/core/lib/style.css';
import './styles.css';
import { App } from './App';
import { applyUrlState } from './views/UrlController';

export function mount(root: HTMLElement): void {
  // For the browser benchmark: when the app's code has loaded, beside the graph's own marks (loadGraph.ts).
  performance.mark('app-mount');
  applyUrlState(window.location.search);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
