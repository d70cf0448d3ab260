// Emerging topics: concepts and methods whose share of papers bursts in some years (Kleinberg's automaton), clickable.
import { useMemo, useState } from 'react';
import { detectTermBursts } from '../../shared/analysis/bursts';
import { useGraph } from '../derived';
import { selectAndShow } from '../selectNode';

const SHOWN = 12;

export function EmergingTopicsPanel() {
  const { graph, version } = useGraph();
  const [all, setAll] = useState(false);
  const result = useMemo(() => (graph ? detectTermBursts(graph as never) : null), [graph, version]);
  if (!graph || !result) return null;
  const { bursts, years, undatedPapers } = result;
  const shown = all ? bursts : bursts.slice(0, SHOWN);
  return (
    <section className="panel emerging" aria-label="Emerging topics">
      <h2>Emerging topics</h2>
      {years.length < 2 ? (
        <p className="muted">Bursts need papers dated in at least two years{undatedPapers > 0 ? ` (${undatedPapers.toLocaleString()} papers have no year)` : ''}.</p>
      ) : bursts.length === 0 ? (
        <p className="muted">No concept bursts between {years[0]} and {years[years.length - 1]}.</p>
      ) : (
        <>
          <p className="muted">Ideas whose share of papers jumped (Kleinberg burst detection, {years[0]}–{years[years.length - 1]}
            {undatedPapers > 0 ? `; ${undatedPapers.toLocaleString()} undated papers not counted` : ''}).</p>
          <ol className="burst-list">
            {shown.map((burst) => (
              <li key={`${burst.term}-${burst.start}`}>
                <button type="button" className="link" onClick={() => selectAndShow(burst.term)}
                  title={`Burst strength ${burst.weight.toFixed(1)}`}>{burst.label}</button>{' '}
                <span className="burst-years">{burst.start === burst.end ? burst.start : `${burst.start}–${burst.end}`}</span>
              </li>
            ))}
          </ol>
          {bursts.length > SHOWN && (
            <button type="button" className="link" onClick={() => setAll(!all)}>{all ? 'Show fewer' : `Show all ${bursts.length}`}</button>
          )}
        </>
      )}
    </section>
  );
}
