// Density view: a heat layer under the edges showing where the shown nodes crowd, each in its colour (per cluster when
// coloured by cluster). A canvas layer of sigma's, redrawn after each render only while the option is on.
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { viewStore } from '../../core/view';
import type { Look } from './look';
import { useStore } from '../useStore';

/** At most this many nodes are drawn per frame (an even stride over the rest), so the layer stays cheap on big graphs. */
const MAX_SPOTS = 4000;

export function DensityLayer({ look }: { look: { current: Look | null } }) {
  const sigma = useSigma();
  const enabled = useStore(viewStore, (s) => s.density);
  useEffect(() => {
    if (!enabled) return;
    const canvas = sigma.createCanvas('density', { beforeLayer: 'edges' });
    const context = canvas.getContext('2d');
    const graph = sigma.getGraph();
    const draw = () => {
      if (!context) return;
      const { width, height } = sigma.getDimensions();
      const ratio = window.devicePixelRatio || 1;
      if (canvas.width !== width * ratio) canvas.width = width * ratio;
      if (canvas.height !== height * ratio) canvas.height = height * ratio;
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, width, height);
      const l = look.current;
      const nodes = graph.nodes().filter((node) => !l?.hidden.has(node));
      const stride = Math.max(1, Math.ceil(nodes.length / MAX_SPOTS));
      // Radius in screen pixels: about a tenth of the view's short side, so clusters merge into one glow.
      const radius = Math.max(18, Math.min(width, height) / 10);
      context.globalCompositeOperation = 'source-over';
      for (let i = 0; i < nodes.length; i += stride) {
        const display = sigma.getNodeDisplayData(nodes[i]);
        if (!display) continue;
        const { x, y } = sigma.framedGraphToViewport(display);
        if (x < -radius || y < -radius || x > width + radius || y > height + radius) continue;
        const given = l?.colors.get(nodes[i]) ?? display.color;
        // Imported graphs may carry rgb() colours: the alpha suffix needs a #rrggbb one.
        const color = /^#[0-9a-f]{6}$/i.test(given) ? given : '#4e79a7';
        const gradient = context.createRadialGradient(x, y, 0, x, y, radius);
        gradient.addColorStop(0, `${color}30`);
        gradient.addColorStop(1, `${color}00`);
        context.fillStyle = gradient;
        context.fillRect(x - radius, y - radius, radius * 2, radius * 2);
      }
    };
    sigma.on('afterRender', draw);
    sigma.refresh({ skipIndexation: true });
    return () => {
      sigma.off('afterRender', draw);
      sigma.killLayer('density');
    };
  }, [sigma, enabled, look]);
  return null;
}
