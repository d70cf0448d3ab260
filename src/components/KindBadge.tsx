// A small coloured tag saying what kind of node something is.
import { KIND_COLORS } from '../core/appearance';

export function KindBadge({ kind }: { kind: string }) {
  return <span className="kind-badge" style={{ background: KIND_COLORS[kind] ?? KIND_COLORS.other }}>{kind}</span>;
}
