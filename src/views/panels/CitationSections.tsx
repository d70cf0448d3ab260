// The citation layer of the selected node: references and citers inside the collection, references pointing outside,
// and Connected-Papers-style prior and derivative works, each with its reason; every entry selects its node.
import { useMemo } from 'react';
import { ExpandableList } from '../../components/ExpandableList';
import { KindBadge } from '../../components/KindBadge';
import {
  DERIVATIVE_WORKS_HELP, PRIOR_WORKS_HELP, citationIndexOf, describeReferencesOutside, listCitations, rankDerivativeWorks, rankPriorWorks, referencesOutsideOf,
  type CitationEntry, type RankedWork,
} from '../../core/related';
import type { PaperGraph } from '../../shared';
import { selectAndShow } from '../selectNode';

const LIST_SHOWN = 15;
const NO_CITATION_DATA = 'No citations to show: no paper of this collection links to another by citation, and this paper\'s record lists no references.';

function EntryButton({ entry }: { entry: CitationEntry }) {
  return (
    <>
      {entry.kind !== 'paper' && <KindBadge kind={entry.kind} />}{' '}
      <button type="button" className="link" onClick={() => selectAndShow(entry.key)}>{entry.label}</button>
      {entry.year !== null && <span className="year"> ({entry.year})</span>}
    </>
  );
}

function CitationList({ title, entries, empty, testId }: { title: string; entries: CitationEntry[]; empty: string; testId: string }) {
  return (
    <section aria-label={title} data-testid={testId}>
      <h3>{title} ({entries.length})</h3>
      {entries.length === 0 ? <p className="muted">{empty}</p> : (
        <ExpandableList items={entries} limit={LIST_SHOWN} className="related" ordered noun="works"
          render={(e) => <li key={e.key}><EntryButton entry={e} /></li>} />
      )}
    </section>
  );
}

function RankedList({ title, help, works, empty, testId }: { title: string; help: string; works: RankedWork[]; empty: string; testId: string }) {
  return (
    <section aria-label={title} data-testid={testId}>
      <h3 title={help}>{title} <span className="help" role="img" aria-label={help} title={help}>?</span></h3>
      {works.length === 0 ? <p className="muted">{empty}</p> : (
        <ol className="related">
          {works.map((w) => (
            <li key={w.key}>
              <EntryButton entry={w} />
              <span className="reason">{w.reason}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The paper's citations in the collection, or one line saying why there are none to show. */
export function PaperCitations({ graph, node, referenceCount }: { graph: PaperGraph; node: string; referenceCount: number | null }) {
  const index = citationIndexOf(graph);
  const referencesOutside = useMemo(() => referencesOutsideOf(graph, node, index), [graph, node, index]);
  const { references, citedBy } = useMemo(() => listCitations(graph, node, index), [graph, node, index]);
  const prior = useMemo(() => rankPriorWorks(graph, node, 10, index), [graph, node, index]);
  const derivative = useMemo(() => rankDerivativeWorks(graph, node, 10, index), [graph, node, index]);
  // A collection without a single citation link (listing pages, arXiv metadata, PubMed, BibTeX) and a record that
  // lists no references (an empty list, or none at all: the ingest writes no count for sources without reference
  // lists, older files never did): four empty sections would only repeat "none"; one line says why there is nothing.
  if (index.size === 0 && !(referenceCount !== null && referenceCount > 0)) {
    return <p className="muted" data-testid="no-citation-data">{NO_CITATION_DATA}</p>;
  }
  const outsideLine = describeReferencesOutside(referencesOutside, referenceCount, references.filter((e) => e.kind !== 'paper').length);
  return (
    <div className="citations">
      <CitationList title="References in this collection" entries={references} testId="references-in-collection"
        empty="This paper cites no other work of this collection." />
      {outsideLine !== null && <p className="muted" data-testid="references-outside">{outsideLine}</p>}
      <CitationList title="Cited by in this collection" entries={citedBy} testId="cited-by-in-collection"
        empty="No paper of this collection cites it." />
      <RankedList title="Prior works" help={PRIOR_WORKS_HELP} works={prior} testId="prior-works"
        empty="No earlier work is cited by or together with this paper here." />
      <RankedList title="Derivative works" help={DERIVATIVE_WORKS_HELP} works={derivative} testId="derivative-works"
        empty="No later paper here cites it or shares its references." />
    </div>
  );
}

/** For a cited work outside the collection: the corpus papers citing it. */
export function ReferenceCiters({ graph, node }: { graph: PaperGraph; node: string }) {
  const index = citationIndexOf(graph);
  const { citedBy } = useMemo(() => listCitations(graph, node, index), [graph, node, index]);
  return <CitationList title="Cited by in this collection" entries={citedBy} testId="cited-by-in-collection" empty="No paper of this collection cites it." />;
}
