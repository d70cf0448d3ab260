// Chooses the picture: the paper graph (with an optional density layer) or the concept map with its minimum occurrences.
import { setDensity, setMinOccurrences, setViewMode, viewStore } from '../../core/view';
import { useStore } from '../useStore';

export function ViewPanel() {
  const view = useStore(viewStore);
  return (
    <section className="panel view" aria-label="View">
      <h2>View</h2>
      <div className="segmented" role="radiogroup" aria-label="What the map shows">
        <label><input type="radio" name="view-mode" checked={view.mode === 'papers'}
          onChange={() => viewStore.update(setViewMode('papers'))} /> Papers &amp; ideas</label>
        <label title="Concepts and methods linked by how often papers share them (VOSviewer's term map)">
          <input type="radio" name="view-mode" checked={view.mode === 'concepts'}
            onChange={() => viewStore.update(setViewMode('concepts'))} /> Concept map</label>
      </div>
      {view.mode === 'concepts' ? (
        <label className="inline-field">Minimum papers per idea{' '}
          <input type="number" min={1} max={1000} value={view.minOccurrences} aria-label="Minimum papers per idea"
            onChange={(event) => viewStore.update(setMinOccurrences(Number(event.target.value)))} /></label>
      ) : (
        <label className="inline-field" title="A heat layer under the nodes: where the shown nodes are dense, in their colours">
          <input type="checkbox" checked={view.density} onChange={(event) => viewStore.update(setDensity(event.target.checked))} />
          {' '}Density layer</label>
      )}
    </section>
  );
}
