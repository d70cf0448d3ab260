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
export function SigmaCanvas({ graph, settings, className, placeholder = null, children }: {
  graph: PaperGraph;
  /** Read once: settings that change later go through sigma.setSetting in a controller. */
  settings: Partial<Settings>;
  className: string;
  /**
   * Shown over the canvas until sigma has drawn. When given, sigma is created only once it has been painted: the
   * constructor indexes the whole graph in one long task, and the page should say so before that task, not after.
   */
  placeholder?: ReactNode;
  children: ReactNode;
}) {
  const rootRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const [context, setContext] = useState<SigmaContextInterface<Attributes, Attributes, Attributes> | null>(null);
  const announce = placeholder !== null;
  useEffect(() => {
    let sigma: Sigma | null = null;
    const create = () => {
      sigma = new Sigma(graph as never, containerRef.current!, settings as never);
      performance.mark('sigma-first-frame');
      setContext({ sigma: sigma as never, container: rootRef.current! });
    };
    // A frame, then a task: the placeholder is on screen before the long task starts.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = announce ? requestAnimationFrame(() => (timer = setTimeout(create, 0))) : 0;
    if (!announce) create();
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      setContext(null);
      sigma?.kill();
    };
  }, [graph, settings, announce]);
  return (
    <div className={`react-sigma ${className}`} ref={rootRef}>
      <div className="sigma-container" ref={containerRef} />
      {context ? <SigmaProvider value={context}>{children}</SigmaProvider> : placeholder}
    </div>
  );
}
