// One search box with autocomplete over titles, authors, concepts, methods, domains and cited works; a pasted identifier
// (DOI, arXiv id, OpenAlex id, PMID…) selects its paper at once; Enter or click selects and shows the node.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  buildIdentifierIndex, buildSearchIndex, findByIdentifier, searchMatches, toSearchEntries, type IdentifierIndex, type SearchIndex,
} from '../../core/search';
import { KindBadge } from '../../components/KindBadge';
import { useGraph } from '../derived';
import { selectAndShow } from '../selectNode';

/** Suggestions listed at once; the list says how many more matched. */
const SHOWN = 12;

/** Entries indexed between two progress updates (each slice is itself added in MiniSearch's async chunks). */
const PROGRESS_SLICE = 10_000;

/**
 * Builds the index in chunks (MiniSearch's addAllAsync) so a 50k-node graph does not block typing or drawing, and
 * reports how far it got, so a big graph says it is being indexed rather than looking stuck.
 */
function useSearchIndex(): { index: SearchIndex | null; progress: { done: number; total: number } } {
  const { graph, version } = useGraph();
  const [index, setIndex] = useState<SearchIndex | null>(null);
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  // A stale index must never answer for another graph: it is dropped at once when the graph changes.
  useEffect(() => {
    setIndex(null);
    if (!graph) return;
    let cancelled = false;
    setProgress({ done: 0, total: graph.order });
    // From the next task on: the graph view's effect, which draws sigma's first frame, runs in this same flush, and the
    // first chunk of the index (the whole index of a small graph) used to be built before it.
    const timer = setTimeout(async () => {
      const entries = toSearchEntries(graph);
      const next = buildSearchIndex([]);
      setProgress({ done: 0, total: entries.length });
      for (let start = 0; start < entries.length && !cancelled; start += PROGRESS_SLICE) {
        await next.addAllAsync(entries.slice(start, start + PROGRESS_SLICE), { chunkSize: 2000 });
        if (!cancelled) setProgress({ done: Math.min(entries.length, start + PROGRESS_SLICE), total: entries.length });
      }
      if (!cancelled) setIndex(next);
    }, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [graph, version]);
  return { index, progress };
}

/** Identifier look-up is one pass over the nodes: cheap enough to build with the graph, no worker needed. */
function useIdentifierIndex(): IdentifierIndex | null {
  const { graph, version } = useGraph();
  return useMemo(() => (graph ? buildIdentifierIndex(graph) : null), [graph, version]);
}

export function SearchBox({ inputRef }: { inputRef: React.RefObject<HTMLInputElement | null> }) {
  const { index, progress } = useSearchIndex();
  const ids = useIdentifierIndex();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const blurTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const { suggestions, total, note } = useMemo(
    () => (index ? searchMatches(index, query, SHOWN, ids) : { suggestions: [], total: 0, note: undefined }),
    [index, query, ids],
  );
  const more = total - suggestions.length;

  const choose = (i: number) => {
    const pick = suggestions[i];
    if (!pick) return;
    selectAndShow(pick.key);
    setQuery(pick.label);
    setOpen(false);
  };

  return (
    <div className="search" role="search">
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label="Search papers, authors, identifiers, concepts, methods and domains"
        aria-expanded={open && suggestions.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-busy={!index}
        data-ready={index ? 'true' : 'false'}
        aria-activedescendant={open && suggestions[active] ? `${listId}-${active}` : undefined}
        placeholder={
          index
            ? 'Search titles, authors, DOI, concepts…  ( / )'
            : progress.total > PROGRESS_SLICE
              ? `Indexing ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()}…`
              : 'Indexing…'
        }
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onPaste={(e) => {
          // A pasted identifier is a request for that paper: select it without waiting for Enter.
          const text = e.clipboardData.getData('text');
          const [hit] = ids ? findByIdentifier(ids, text) : [];
          if (!hit) return;
          e.preventDefault();
          setQuery(text.trim());
          setOpen(false);
          selectAndShow(hit.key);
        }}
        onFocus={() => {
          // Back within the blur's grace period (Escape, then "/" and typing at once): that close must not land later
          // and hide the suggestions being typed for.
          clearTimeout(blurTimer.current);
          setOpen(true);
        }}
        onBlur={() => (blurTimer.current = setTimeout(() => setOpen(false), 150))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, suggestions.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(active);
          } else if (e.key === 'Escape') {
            setOpen(false);
            e.currentTarget.blur();
          }
        }}
      />
      {open && suggestions.length === 0 && note && (
        // Why a DOI being typed lists nothing yet, instead of an empty box that looks broken.
        <div className="search-popup">
          <p className="search-more" role="status" data-testid="search-note">{note}</p>
        </div>
      )}
      {open && suggestions.length > 0 && (
        <div className="search-popup">
          <ul id={listId} role="listbox" className="search-list" aria-label="Suggestions">
            {suggestions.map((s, i) => (
              <li
                key={s.key}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(i)}
                onClick={() => choose(i)}
              >
                <KindBadge kind={s.kind} />
                <span className="search-label">{s.label}
                  {s.detail && <span className="search-detail">{s.detail}</span>}</span>
              </li>
            ))}
          </ul>
          {/* Outside the listbox (a listbox holds only options); a status, so a screen reader hears the count change. */}
          {more > 0 && (
            <p className="search-more" role="status" data-testid="search-more">
              {more.toLocaleString()} more match — type more words to narrow the list
            </p>
          )}
        </div>
      )}
    </div>
  );
}
