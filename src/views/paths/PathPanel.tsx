// "How are these linked": the picking hint, then the shortest path between two nodes with each step named in words.
import { useEffect } from 'react';
import { graphStore } from '../../core/graph';
import { cancelPathPicking, choosePathTarget, clearPath, dropStalePath, pathsStore, startPath } from '../../core/paths';
import { selectionStore } from '../../core/selection';
import { useGraph } from '../derived';
import { selectAndShow } from '../selectNode';
import { useStore } from '../useStore';

/** On a node's detail panel: start a path from it; the next node selected (click or search) is the target. */
export function PathFromHereButton({ node }: { node: string }) {
  const picking = useStore(pathsStore, (s) => s.picking && s.source === node);
  return (
    <button type="button" className="path-from-here" aria-pressed={picking} onClick={() => pathsStore.update(startPath(node))}>
      {picking ? 'Now pick the other node…' : 'Path from here'}
    </button>
  );
}

/** Effect-only: while picking, the next selected node becomes the target; another graph drops the path. */
function PathPickController() {
  useEffect(() => {
    const onSelection = () => {
      const { picking, source } = pathsStore.get();
      const selected = selectionStore.get().selected;
      const { graph } = graphStore.get();
      if (picking && graph && selected && selected !== source) pathsStore.update(choosePathTarget(graph, selected));
    };
    const onGraph = () => pathsStore.update(dropStalePath(graphStore.get().graph));
    const unsubscribe = [selectionStore.subscribe(onSelection), graphStore.subscribe(onGraph)];
    return () => unsubscribe.forEach((u) => u());
  }, []);
  return null;
}

/** The arrow and verb between the two names of a step's sentence ("—has concept→"), shown between the two links. */
function relationOf(text: string, from: string, to: string): string {
  return text.startsWith(from) && text.endsWith(to) ? ` ${text.slice(from.length, text.length - to.length).trim()} ` : ` (${text}) `;
}

export function PathPanel() {
  const { graph } = useGraph();
  const state = useStore(pathsStore);
  if (!graph || !state.source || !graph.hasNode(state.source)) return <PathPickController />;
  const label = (key: string) => String(graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') || key : key);
  return (
    <section className="path-panel" aria-label="Path between two nodes">
      <PathPickController />
      <header>
        <h2>How are these linked?</h2>
        <button type="button" className="icon" aria-label="Clear the path" onClick={() => pathsStore.update(clearPath())}>×</button>
      </header>
      {state.picking ? (
        <p>From <strong>{label(state.source)}</strong> to… click a node on the map or search for it.{' '}
          <button type="button" className="link" onClick={() => pathsStore.update(cancelPathPicking())}>Cancel</button></p>
      ) : state.unreachable && state.target ? (
        <p><strong>{label(state.source)}</strong> and <strong>{label(state.target)}</strong> are not linked in this graph.</p>
      ) : state.result ? (
        <>
          <p className="muted">{state.result.length} step{state.result.length === 1 ? '' : 's'} from{' '}
            <strong>{label(state.source)}</strong> to <strong>{label(state.target!)}</strong></p>
          <ol className="path-steps">
            {state.result.steps.map((step) => (
              <li key={step.edge}>
                <button type="button" className="link" onClick={() => selectAndShow(step.from)}>{label(step.from)}</button>
                <span className="relation">{relationOf(step.text, label(step.from), label(step.to))}</span>
                <button type="button" className="link" onClick={() => selectAndShow(step.to)}>{label(step.to)}</button>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
