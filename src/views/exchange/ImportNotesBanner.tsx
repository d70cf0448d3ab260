// Says what opening another tool's file changed or found (merged duplicate edges, undirected reading, adopted clusters).
import { useEffect, useState } from 'react';
import { useGraph } from '../derived';

export function ImportNotesBanner() {
  const { graph, version } = useGraph();
  const [dismissed, setDismissed] = useState<number | null>(null);
  useEffect(() => setDismissed(null), [version]);
  const notes = graph?.getAttribute('importNotes');
  if (!Array.isArray(notes) || notes.length === 0 || dismissed === version) return null;
  return (
    <div className="banner info" role="status" data-testid="import-notes">
      <span>{notes.filter((note) => typeof note === 'string').join(' ')}</span>
      <button type="button" className="icon" aria-label="Dismiss import notes" onClick={() => setDismissed(version)}>×</button>
    </div>
  );
}
