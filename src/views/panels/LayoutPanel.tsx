// Shows what the layout is doing and starts/stops ForceAtlas2.
import { layoutStore } from '../../core/layout';
import { layoutRequests } from '../commands';
import { useStore } from '../useStore';

const STATUS_TEXT = { idle: 'Layout idle', running: 'Layout running (ForceAtlas2)', spreading: 'Removing overlaps…', stopped: 'Layout stopped' };

export function LayoutPanel() {
  const { status } = useStore(layoutStore);
  const running = status === 'running';
  return (
    <section className="panel layout" aria-label="Layout">
      <p className="layout-status" role="status" data-testid="layout-status" data-status={status}>
        <span className={`dot ${status}`} aria-hidden="true" /> {STATUS_TEXT[status]}
      </p>
      <button type="button" onClick={() => layoutRequests.emit(running ? 'stop' : 'start')} disabled={status === 'idle'}
        aria-label={running ? 'Stop the layout' : 'Start the layout'}>
        {running ? '■ Stop layout' : '▶ Run layout'}
      </button>
    </section>
  );
}
