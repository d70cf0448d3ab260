// The paper-year filter: a histogram of papers per year (or per 2/5/10… years) with a drag-to-select range brush,
// two year inputs for the keyboard, and papers of unknown year counted apart with their own switch.
import { useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { filtersStore, setIncludeNoYear, setYearRange, yearHistogram, type YearBin } from '../../core/filters';
import { useGraph } from '../derived';
import { useStore } from '../useStore';
import './time.css';

const WIDTH = 240;
const HEIGHT = 64;

const binLabel = (bin: YearBin) => (bin.from === bin.to ? String(bin.from) : `${bin.from}–${bin.to}`);

/**
 * A year typed digit by digit passes through "2", "20", "201": only a year inside the span is applied, so the field
 * keeps what is being typed instead of snapping back; leaving the field shows the applied year again.
 */
function YearInput({ label, value, min, max, onYear }: { label: string; value: number; min: number; max: number; onYear: (year: number) => void }) {
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  return (
    <input type="number" aria-label={label} min={min} max={max} step={1} value={draft}
      onChange={(e) => {
        setDraft(e.target.value);
        const year = Number(e.target.value);
        if (e.target.value !== '' && Number.isInteger(year) && year >= min && year <= max) onYear(year);
      }}
      onBlur={() => setDraft(String(value))} />
  );
}

export function YearBrush() {
  const { graph, version } = useGraph();
  const filters = useStore(filtersStore);
  const histogram = useMemo(() => (graph ? yearHistogram(graph) : null), [graph, version]);
  const svgRef = useRef<SVGSVGElement>(null);
  /** Bin indices of a drag in progress (anchor and current), drawn before the range is applied on release. */
  const [drag, setDrag] = useState<{ anchor: number; current: number } | null>(null);
  if (!histogram || histogram.papers === 0) return null;
  const { bins, min, max, noYear } = histogram;
  const span = { min, max };
  const peak = Math.max(1, ...bins.map((b) => b.count));
  const barWidth = bins.length > 0 ? WIDTH / bins.length : WIDTH;

  const from = filters.yearFrom ?? min;
  const to = filters.yearTo ?? max;
  const inRange = (bin: YearBin) =>
    drag ? bins.indexOf(bin) >= Math.min(drag.anchor, drag.current) && bins.indexOf(bin) <= Math.max(drag.anchor, drag.current)
      : from !== null && to !== null && bin.to >= from && bin.from <= to;

  const binAt = (event: ReactPointerEvent<SVGSVGElement>): number => {
    const rect = svgRef.current!.getBoundingClientRect();
    const x = ((event.clientX - rect.left) / Math.max(1, rect.width)) * bins.length;
    return Math.max(0, Math.min(bins.length - 1, Math.floor(x)));
  };
  const onPointerDown = (event: ReactPointerEvent<SVGSVGElement>) => {
    if (bins.length === 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const i = binAt(event);
    setDrag({ anchor: i, current: i });
  };
  const onPointerMove = (event: ReactPointerEvent<SVGSVGElement>) => {
    if (!drag) return;
    const i = binAt(event);
    if (i !== drag.current) setDrag({ ...drag, current: i });
  };
  const onPointerUp = () => {
    if (!drag) return;
    const a = bins[Math.min(drag.anchor, drag.current)];
    const b = bins[Math.max(drag.anchor, drag.current)];
    setDrag(null);
    // A brush snaps to whole bars; the paper span's own ends stay open (no filter).
    filtersStore.update(setYearRange(a.from, b.to, span));
  };

  const dated = histogram.papers - noYear;
  const yearFiltered = filters.yearFrom !== null || filters.yearTo !== null;
  return (
    <fieldset className="year-brush">
      <legend>Paper year</legend>
      {bins.length > 0 ? (
        <>
          <svg ref={svgRef} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" data-testid="year-histogram"
            data-bin-size={histogram.binSize} data-bars={bins.length}
            aria-label={`Papers per ${histogram.binSize === 1 ? 'year' : `${histogram.binSize} years`} from ${min} to ${max}; drag to select a range`}
            onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={() => setDrag(null)}>
            {(drag || yearFiltered) && (() => {
              const lo = drag ? Math.min(drag.anchor, drag.current) : bins.findIndex((b) => b.to >= (from as number));
              const hi = drag ? Math.max(drag.anchor, drag.current) : bins.length - 1 - [...bins].reverse().findIndex((b) => b.from <= (to as number));
              return lo >= 0 && hi >= lo ? <rect className="brush-band" x={lo * barWidth} y={0} width={(hi - lo + 1) * barWidth} height={HEIGHT} /> : null;
            })()}
            {bins.map((bin, i) => {
              const h = bin.count === 0 ? 0 : Math.max(2, (bin.count / peak) * (HEIGHT - 4));
              return (
                <rect key={bin.from} className={inRange(bin) ? 'bar in-range' : 'bar'} x={i * barWidth + (barWidth > 4 ? 0.5 : 0)} y={HEIGHT - h}
                  width={Math.max(0.5, barWidth - (barWidth > 4 ? 1 : 0))} height={h} data-year={bin.from}>
                  <title>{`${binLabel(bin)}: ${bin.count} paper${bin.count === 1 ? '' : 's'}`}</title>
                </rect>
              );
            })}
          </svg>
          <div className="axis" aria-hidden="true"><span>{min}</span><span>{max}</span></div>
          <div className="year-inputs">
            <label>From <YearInput label="Papers from year" min={min as number} max={max as number} value={from as number}
              onYear={(year) => filtersStore.update(setYearRange(year, filters.yearTo, span))} /></label>
            <label>to <YearInput label="Papers to year" min={min as number} max={max as number} value={to as number}
              onYear={(year) => filtersStore.update(setYearRange(filters.yearFrom, year, span))} /></label>
            {yearFiltered && (
              <button type="button" className="link" onClick={() => filtersStore.update(setYearRange(null, null))}>All years</button>
            )}
          </div>
          <p className="muted" data-testid="year-summary">
            {dated.toLocaleString()} paper{dated === 1 ? '' : 's'} with a year{min === max ? `, all from ${min}` : `, ${min}–${max}`}
            {histogram.binSize > 1 ? ` (bars of ${histogram.binSize} years)` : ''}
          </p>
        </>
      ) : (
        <p className="muted" data-testid="year-summary">No paper has a known year.</p>
      )}
      {noYear > 0 && (
        <label className="check no-year">
          <input type="checkbox" checked={filters.includeNoYear} onChange={(e) => filtersStore.update(setIncludeNoYear(e.target.checked))} />
          <span>Include <span data-testid="no-year-count">{noYear.toLocaleString()}</span> paper{noYear === 1 ? '' : 's'} with no year</span>
        </label>
      )}
    </fieldset>
  );
}
