// Details of the selected node: a paper's record, terms, citations and related papers, a cited work's record and
// citers, or a term's papers; unknown attributes listed generically.
import { useMemo } from 'react';
import { KindBadge } from '../../components/KindBadge';
import { NodeChip } from '../../components/NodeChip';
import { nodeKindOf } from '../../core/filters';
import { groupPaperTerms, listBroaderNarrower, listOtherNames, listSimilarPapers, listTermPapers, rankNeighboursByWeight, rankRelatedPapers, readPaperRecord, readReferenceRecord, readableLabel } from '../../core/related';
import { clearSelection, selectionStore } from '../../core/selection';
import type { PaperGraph } from '../../shared';
import { useGraph } from '../derived';
import { PathFromHereButton } from '../paths/PathPanel';
import { selectAndShow } from '../selectNode';
import { useStore } from '../useStore';
import { PaperCitations, ReferenceCiters } from './CitationSections';
import { AuthorList, FieldProvenance, IdentifierLinks, RecordFields } from './RecordSections';
import { countOf } from '../../core/format';

/** Attributes the panel shows in their own place (or that are layout/display internals). */
const KNOWN: Record<string, string[]> = {
  paper: [
    'title', 'abstract', 'authorsCount', 'date', 'year', 'organisation', 'upvotes', 'sources', 'keyphrases', 'ids', 'authors',
    'venue', 'keywords', 'url', 'categories', 'type', 'provenance', 'referenceCount', 'referencesOutside', 'citesInCorpus',
    'citedByInCorpus', 'introducedMethods',
  ],
  reference: ['ids', 'text', 'firstAuthor', 'year', 'title', 'source', 'paperCount'],
  concept: ['aliases', 'acronym', 'paperCount'],
  method: ['aliases', 'origin', 'paperCount'],
  domain: ['description', 'paperCount'],
  other: [],
};
const INTERNAL = ['kind', 'label', 'x', 'y', 'size', 'color', 'hidden', 'highlighted', 'type', 'zIndex', 'forceLabel'];

function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toPrecision(4);
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function Field({ name, value }: { name: string; value: unknown }) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null;
  return (
    <>
      <dt>{name}</dt>
      <dd>{formatValue(value)}</dd>
    </>
  );
}

/**
 * The attributes no section shows (community number, centrality scores, a foreign file's own columns), under raw
 * names. Folded away under a paper, a cited work or a term, whose sections say what a reader needs; open for a node of
 * another tool's graph, where they are all there is to read.
 */
function OtherAttributes({ attrs, kind }: { attrs: Record<string, unknown>; kind: string }) {
  const skip = new Set([...INTERNAL, ...(KNOWN[kind] ?? [])]);
  const rest = Object.entries(attrs).filter(([k]) => !skip.has(k)).sort(([a], [b]) => a.localeCompare(b));
  if (rest.length === 0) return null;
  return (
    <details className="all-attributes" data-testid="all-attributes" open={kind === 'other'}>
      <summary>All attributes ({rest.length})</summary>
      <section aria-label="Attributes">
        <dl className="fields">{rest.map(([k, v]) => <Field key={k} name={k} value={v} />)}</dl>
      </section>
    </details>
  );
}

/** Similar texts listed under a paper, most similar first. */
const SIMILAR_SHOWN = 10;

function PaperDetails({ graph, node, attrs }: { graph: PaperGraph; node: string; attrs: Record<string, unknown> }) {
  const terms = useMemo(() => groupPaperTerms(graph, node), [graph, node]);
  const related = useMemo(() => rankRelatedPapers(graph, node, 8), [graph, node]);
  const similar = useMemo(() => listSimilarPapers(graph, node), [graph, node]);
  const record = useMemo(() => readPaperRecord(attrs), [attrs]);
  return (
    <>
      <AuthorList authors={record.authors} count={record.authorsCount} />
      <RecordFields record={record} />
      <IdentifierLinks ids={record.ids} url={record.url} />
      <p className="abstract" data-testid="abstract">{typeof attrs.abstract === 'string' ? attrs.abstract : ''}</p>
      <dl className="fields">
        <Field name="Organisation" value={attrs.organisation} />
        <Field name="Upvotes" value={attrs.upvotes} />
        {/* Listing pages for the seeds, export files (WoS, Scopus, PubMed…) for a researcher's collection. */}
        <Field name="Sources" value={attrs.sources} />
        <Field name="Keyphrases" value={attrs.keyphrases} />
      </dl>
      <FieldProvenance rows={record.provenance} />
      {(['concept', 'method', 'domain'] as const).map((kind) =>
        terms[kind].length > 0 ? (
          <section key={kind} aria-label={`${kind}s`}>
            <h3>{kind === 'concept' ? 'Concepts' : kind === 'method' ? 'Methods' : 'Domains'}</h3>
            {kind === 'domain' ? (
              <ul className="evidenced">
                {terms.domain.map((t) => (
                  <li key={t.key}>
                    <NodeChip label={t.label} kind={kind} onClick={() => selectAndShow(t.key)}
                      title={t.evidence ? `Select domain “${t.label}” (why: ${t.evidence})` : undefined} />
                    {t.evidence && <span className="reason evidence">{t.evidence}</span>}
                  </li>
                ))}
              </ul>
            ) : (
              <div className="chips">
                {terms[kind].map((t) => (
                  <NodeChip key={t.key} label={t.label} kind={kind} onClick={() => selectAndShow(t.key)}
                    title={t.evidence ? `Select ${kind} “${t.label}” (why: ${t.evidence})` : undefined} />
                ))}
              </div>
            )}
          </section>
        ) : null,
      )}
      <PaperCitations graph={graph} node={node} referenceCount={record.referenceCount} />
      {similar.length > 0 && (
        <section aria-label="Similar texts">
          <h3>Similar texts ({similar.length})</h3>
          <ol className="related">
            {similar.slice(0, SIMILAR_SHOWN).map((p) => (
              <li key={p.key}>
                <button type="button" className="link" onClick={() => selectAndShow(p.key)}>{p.label}</button>
                <span className="reason">text similarity {p.similarity.toFixed(2)}</span>
              </li>
            ))}
          </ol>
          {similar.length > SIMILAR_SHOWN && <p className="muted">and {similar.length - SIMILAR_SHOWN} less similar</p>}
        </section>
      )}
      <section aria-label="Related papers">
        <h3>Related papers (shared concepts)</h3>
        {related.length === 0 ? (
          <p className="muted">No other paper shares a concept or method with this one.</p>
        ) : (
          <ol className="related">
            {related.map((r) => (
              <li key={r.key}>
                <button type="button" className="link" onClick={() => selectAndShow(r.key)}>{r.label}</button>
                <span className="reason">shares {r.shared.slice(0, 5).map((s) => s.label).join(', ')}
                  {r.shared.length > 5 ? ` and ${r.shared.length - 5} more` : ''}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

/** A work outside the collection that several of its papers cite. */
function ReferenceDetails({ graph, node, attrs }: { graph: PaperGraph; node: string; attrs: Record<string, unknown> }) {
  const record = useMemo(() => readReferenceRecord(attrs), [attrs]);
  return (
    <>
      <p className="muted">Cited by papers of this collection, not part of it.</p>
      {record.text && <p className="reference-text" data-testid="reference-text">{record.text}</p>}
      <dl className="fields">
        <Field name="Title" value={record.title} />
        <Field name="First author" value={record.firstAuthor} />
        <Field name="Year" value={record.year} />
        <Field name="Source" value={record.source} />
      </dl>
      <IdentifierLinks ids={record.ids} />
      <ReferenceCiters graph={graph} node={node} />
    </>
  );
}

function TermDetails({ graph, node, attrs, kind }: { graph: PaperGraph; node: string; attrs: Record<string, unknown>; kind: string }) {
  const papers = useMemo(() => listTermPapers(graph, node), [graph, node]);
  const levels = useMemo(() => listBroaderNarrower(graph, node), [graph, node]);
  return (
    <>
      {typeof attrs.description === 'string' && <p>{attrs.description}</p>}
      <dl className="fields">
        <Field name="Also known as" value={listOtherNames(attrs.aliases, String(attrs.label))} />
        <Field name="Acronym" value={attrs.acronym} />
        <Field name="Origin" value={attrs.origin} />
      </dl>
      {(['broader', 'narrower'] as const).map((level) => levels[level].length > 0 && (
        <section key={level} aria-label={level === 'broader' ? 'Broader' : 'Narrower'}>
          <h3>{level === 'broader' ? 'Broader' : 'Narrower'}</h3>
          <div className="chips">
            {levels[level].map((t) => (
              <NodeChip key={t.key} label={t.label} kind={nodeKindOf(graph.getNodeAttributes(t.key) as never)} onClick={() => selectAndShow(t.key)} />
            ))}
          </div>
        </section>
      ))}
      <section aria-label="Papers">
        <h3>{papers.length} paper{papers.length === 1 ? '' : 's'} with this {kind}</h3>
        <ol className="related">
          {papers.map((p) => (
            <li key={p.key}>
              <button type="button" className="link" onClick={() => selectAndShow(p.key)}>{p.label}</button>
              <span className="reason">{[p.year, p.upvotes !== null ? `${p.upvotes} upvotes` : null].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

/** Neighbours listed under a node of another tool's graph, strongest link first. */
const NEIGHBOURS_SHOWN = 50;

function GenericDetails({ graph, node }: { graph: PaperGraph; node: string }) {
  const neighbours = useMemo(() => rankNeighboursByWeight(graph, node), [graph, node]);
  // Weights are worth reading only when they differ (a file without weights gives every link 1).
  const weighted = neighbours.some((n) => n.weight !== neighbours[0].weight);
  return (
    <section aria-label="Neighbours">
      <h3>Neighbours ({neighbours.length}){weighted ? ', strongest link first' : ''}</h3>
      <div className="chips">
        {neighbours.slice(0, NEIGHBOURS_SHOWN).map((n) => (
          <NodeChip key={n.key} label={weighted ? `${n.label} · ${formatValue(n.weight)}` : n.label} kind={n.kind}
            title={weighted ? `Select “${n.label}” (link weight ${formatValue(n.weight)})` : undefined}
            onClick={() => selectAndShow(n.key)} />
        ))}
      </div>
      {neighbours.length > NEIGHBOURS_SHOWN && <p className="muted">and {neighbours.length - NEIGHBOURS_SHOWN} more</p>}
    </section>
  );
}

export function DetailPanel() {
  const { graph } = useGraph();
  const selected = useStore(selectionStore, (s) => s.selected);
  if (!graph || !selected || !graph.hasNode(selected)) {
    return (
      <aside className="panel detail" aria-label="Details">
        <p className="muted">Select a node (click it or search) to see its details. Press <kbd>/</kbd> to search.</p>
      </aside>
    );
  }
  const attrs = graph.getNodeAttributes(selected) as unknown as Record<string, unknown>;
  const kind = nodeKindOf(attrs);
  return (
    <aside className="panel detail" aria-label="Details">
      <header className="detail-head">
        <KindBadge kind={kind} />
        <button type="button" className="icon" aria-label="Clear selection (Escape)" title="Clear selection (Escape)"
          onClick={() => selectionStore.update(clearSelection())}>×</button>
      </header>
      <h2 className="detail-title">{readableLabel(attrs, selected)}</h2>
      <p className="muted">{countOf(graph.degree(selected), 'connection')}</p>
      <PathFromHereButton node={selected} />
      {kind === 'paper' ? (
        <PaperDetails graph={graph} node={selected} attrs={attrs} />
      ) : kind === 'reference' ? (
        <ReferenceDetails graph={graph} node={selected} attrs={attrs} />
      ) : kind === 'other' ? (
        <GenericDetails graph={graph} node={selected} />
      ) : (
        <TermDetails graph={graph} node={selected} attrs={attrs} kind={kind} />
      )}
      <OtherAttributes attrs={attrs} kind={kind} />
    </aside>
  );
}
