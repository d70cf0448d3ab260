// Browser entry point: restore the shared view from the URL, then mount the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@react-sigma/core/lib/style.css';
import './styles.css';
import { App } from './App';
import { applyUrlState } from './views/UrlController';

applyUrlState(window.location.search);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
