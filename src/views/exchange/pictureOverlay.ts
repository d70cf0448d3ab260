// Draws the legend and the cluster names onto a PNG of the view, so the picture explains itself outside the app.
import type Sigma from 'sigma';
import { placeClusterLabels } from '../../core/clusters';
import type { PaperGraph } from '../../shared';

export interface PictureLegend {
  title: string;
  rows: { label: string; color: string; count?: number }[];
}

/** A cluster's name at the centre of its members on screen, weighted by how many of them are there. */
export interface PictureClusterName {
  label: string;
  x: number;
  y: number;
  weight: number;
}

/** Screen positions (CSS pixels) of each cluster's name: the centre of its members that are on screen. */
export function clusterNamePositions(sigma: Sigma, graph: PaperGraph, hidden: Set<string>): PictureClusterName[] {
  const infos = graph.getAttribute('communities');
  if (!Array.isArray(infos)) return [];
  const centres = new Map<number, { x: number; y: number; n: number }>();
  graph.forEachNode((node, attributes) => {
    if (hidden.has(node) || !Number.isInteger(attributes.community)) return;
    const display = sigma.getNodeDisplayData(node);
    if (!display) return;
    const centre = centres.get(attributes.community as number) ?? { x: 0, y: 0, n: 0 };
    centre.x += display.x;
    centre.y += display.y;
    centre.n++;
    centres.set(attributes.community as number, centre);
  });
  const { width, height } = sigma.getDimensions();
  const out: PictureClusterName[] = [];
  for (const info of infos) {
    const centre = info && Number.isInteger(info.id) ? centres.get(info.id) : undefined;
    if (!centre || centre.n < 2 || typeof info.label !== 'string') continue;
    const point = sigma.framedGraphToViewport({ x: centre.x / centre.n, y: centre.y / centre.n });
    if (point.x >= 0 && point.y >= 0 && point.x <= width && point.y <= height) out.push({ label: info.label, ...point, weight: centre.n });
  }
  return out;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * A cluster's name of at most `max` characters: whole, else its first term (names are "A, B", the first the more
 * distinctive), else that term cut with "…". Cut at 40 characters, "Graph neural network, graph representat…" ended
 * mid-word where "Graph neural network" says it.
 */
function shortenName(label: string, max: number): string {
  if (label.length <= max) return label;
  const comma = label.indexOf(', ');
  return truncate(comma > 0 ? label.slice(0, comma) : label, max);
}

/**
 * Where the picture writes the cluster names: placed as the map places them (placeClusterLabels: biggest first, none
 * over another, moved into the picture whole, away from the `avoid` boxes such as the legend), or left out. Written
 * at their centres as they came, names of nearby clusters were drawn over one another and a name near the edge was
 * cut ("de novo acute myeloid leukemia, adult a" on the PubMed sample). `measure` gives a text's width in pixels.
 */
export function placePictureClusterNames(
  clusters: readonly PictureClusterName[],
  size: { width: number; height: number },
  measure: (text: string) => number,
  avoid: readonly { left: number; right: number; top: number; bottom: number }[] = [],
): { text: string; x: number; y: number }[] {
  const texts = clusters.map((cluster) => shortenName(cluster.label, 40));
  const candidates = clusters.map((cluster, id) => ({ id, text: texts[id], x: cluster.x, y: cluster.y, weight: cluster.weight }));
  // Room around each name for its white outline; a line a little taller than the 15 px font.
  const placed = placeClusterLabels(candidates, size, (text) => measure(text) + 8, { max: clusters.length, lineHeight: 20, avoid });
  return placed.map((p) => ({ text: p.text, x: p.x, y: p.y }));
}

/** A new PNG blob: the view's picture with cluster names at their centres and a legend box in the top-right corner. */
/**
 * The legend box's width on the picture: its rows (swatch and text) and its title, at most 300 px and no wider than
 * the picture less its margins; a title still wider is cut with "…". The width was taken from the rows alone, so
 * coloured by year the title 'Year (ideas: mean year of their papers)' ran out of the box and off the picture.
 */
export function layOutPictureLegend(
  title: string, labels: readonly string[], measureTitle: (text: string) => number, measureLabel: (text: string) => number, viewWidth: number,
): { width: number; title: string } {
  const widest = Math.max(80, ...labels.map(measureLabel));
  const width = Math.max(0, Math.min(300, viewWidth - 24, Math.max(40 + widest, 20 + measureTitle(title))));
  if (measureTitle(title) <= width - 20) return { width, title };
  let cut = title.length;
  while (cut > 0 && measureTitle(`${title.slice(0, cut).trimEnd()}…`) > width - 20) cut--;
  return { width, title: `${title.slice(0, cut).trimEnd()}…` };
}

export async function addLegendAndClusterNames(
  picture: Blob,
  viewWidth: number,
  legend: PictureLegend,
  clusters: readonly PictureClusterName[],
): Promise<Blob> {
  const bitmap = await createImageBitmap(picture);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d');
  if (!context) return picture;
  const ratio = viewWidth > 0 ? bitmap.width / viewWidth : 1;
  context.drawImage(bitmap, 0, 0);
  context.scale(ratio, ratio);
  const rows = legend.rows.slice(0, 20);
  const legendFont = '12px system-ui, -apple-system, "Segoe UI", sans-serif';
  context.font = legendFont;
  const labels = rows.map((row) => truncate(row.label, 32) + (row.count !== undefined ? ` (${row.count.toLocaleString()})` : ''));
  const titleFont = '600 12px system-ui, -apple-system, "Segoe UI", sans-serif';
  const measureIn = (font: string) => (text: string) => {
    context.font = font;
    return context.measureText(text).width;
  };
  const layout = layOutPictureLegend(legend.title, labels, measureIn(titleFont), measureIn(legendFont), bitmap.width / ratio);
  context.font = legendFont;
  const box = { width: layout.width, height: 36 + rows.length * 18 };
  const x = bitmap.width / ratio - box.width - 12;
  const y = 12;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.font = '700 15px system-ui, -apple-system, "Segoe UI", sans-serif';
  context.lineJoin = 'round';
  const legendBox = rows.length > 0 ? [{ left: x, right: x + box.width, top: y, bottom: y + box.height }] : [];
  const size = { width: bitmap.width / ratio, height: bitmap.height / ratio };
  for (const name of placePictureClusterNames(clusters, size, (text) => context.measureText(text).width, legendBox)) {
    context.lineWidth = 4;
    context.strokeStyle = 'rgba(255,255,255,0.9)';
    context.strokeText(name.text, name.x, name.y);
    context.fillStyle = '#333333';
    context.fillText(name.text, name.x, name.y);
  }
  if (rows.length > 0) {
    context.textAlign = 'left';
    const { width, height } = box;
    context.fillStyle = 'rgba(255,255,255,0.95)';
    context.strokeStyle = '#d0d0d0';
    context.lineWidth = 1;
    context.fillRect(x, y, width, height);
    context.strokeRect(x, y, width, height);
    context.fillStyle = '#222222';
    context.font = titleFont;
    context.fillText(layout.title, x + 10, y + 16);
    context.font = legendFont;
    rows.forEach((row, index) => {
      const rowY = y + 36 + index * 18;
      context.fillStyle = row.color;
      context.beginPath();
      context.arc(x + 16, rowY, 5, 0, Math.PI * 2);
      context.fill();
      context.fillStyle = '#222222';
      context.fillText(labels[index], x + 28, rowY);
    });
  }
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas could not be encoded'))), 'image/png'),
  );
}
