// A clickable chip naming a node (concept, method, domain or paper), coloured by its kind.
import { KIND_COLORS } from '../core/appearance';

export function NodeChip({ label, kind, onClick, title }: { label: string; kind: string; onClick: () => void; title?: string }) {
  return (
    <button type="button" className="chip" onClick={onClick} title={title ?? `Select ${kind} “${label}”`}
      style={{ borderColor: KIND_COLORS[kind] ?? KIND_COLORS.other }}>
      <span className="chip-dot" style={{ background: KIND_COLORS[kind] ?? KIND_COLORS.other }} aria-hidden="true" />
      {label}
    </button>
  );
}
