// The graph view's sigma instance: created once with fixed settings and handed to the controllers through react-sigma's
// context (what react-sigma's SigmaContainer does), with the first-frame mark taken right as sigma has drawn.
import { SigmaProvider, type SigmaContextInterface } from '@react-sigma/core';
import type { Attributes } from 'graphology-types';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { PaperGraph } from '../../shared';

/**
 * Hand-written instead of SigmaContainer for one reason: SigmaContainer gives no hook between sigma's constructor (which
 * draws the first frame synchronously) and the next React commit, which comes only after the browser has flushed that
 * frame — on a big graph with software WebGL, many seconds. "sigma-first-frame" must mark the drawing itself, as the
 * bare-sigma benchmark page does, not that flush. Same DOM and classes as SigmaContainer, so its CSS applies.
 */
export function SigmaCanvas({ graph, settings, className, children }: {
  graph: PaperGraph;
  /** Read once: settings that change later go through sigma.setSetting in a controller. */
  settings: Partial<Settings>;
  className: string;
  children: ReactNode;
}) {
  const rootRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const [context, setContext] = useState<SigmaContextInterface<Attributes, Attributes, Attributes> | null>(null);
  useEffect(() => {
    const sigma = new Sigma(graph as never, containerRef.current!, settings as never);
    performance.mark('sigma-first-frame');
    setContext({ sigma: sigma as never, container: rootRef.current! });
    return () => {
      setContext(null);
      sigma.kill();
    };
  }, [graph, settings]);
  return (
    <div className={`react-sigma ${className}`} ref={rootRef}>
      <div className="sigma-container" ref={containerRef} />
      {context && <SigmaProvider value={context}>{children}</SigmaProvider>}
    </div>
  );
}
