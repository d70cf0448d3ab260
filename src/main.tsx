// Browser entry point: start fetching and parsing the graph (in the worker) first, then load and mount the app. The
// app's code is a separate chunk, so the worker fetches and parses while the browser downloads and compiles React
// and sigma, instead of after.
import { DEFAULT_GRAPH_URL, loadGraph } from './core/graph/loadGraph';

void loadGraph({ kind: 'url', url: DEFAULT_GRAPH_URL });
void import('./mount').then(({ mount }) => mount(document.getElementById('root')!));
