// A graph's import notes (schema.ts: `importNotes`): what reading another tool's file changed or found, shown to the user.

/** The part of a graph the notes live on (graphology's graph attributes). */
interface NotedGraph {
  getAttribute(name: string): unknown;
  setAttribute(name: string, value: unknown): unknown;
}

/** Add `notes` to the graph's import notes: after those it has, or before them (`first`: said before the readers' own). */
export function addImportNotes(graph: NotedGraph, notes: readonly string[], first = false): void {
  if (notes.length === 0) return;
  const existing = graph.getAttribute('importNotes');
  const earlier = Array.isArray(existing) ? (existing as string[]) : [];
  graph.setAttribute('importNotes', first ? [...notes, ...earlier] : [...earlier, ...notes]);
}
