// How far a big graph's load has got, shown under "Loading…" and beside "opening…": "Building the graph: 400,000 of
// 1,000,000 edges". Nothing for small graphs, which load in one go.
import { loadProgressStore, type LoadProgress } from '../core/graph';
import { useStore } from './useStore';

const STAGE_WORDS: Record<LoadProgress['stage'], string> = {
  parsing: 'Parsing the file',
  receiving: 'Reading the file',
  checking: 'Checking the graph',
  building: 'Building the graph',
};

export function describeLoadProgress({ stage, records, done, total }: LoadProgress): string {
  return `${STAGE_WORDS[stage]}: ${done.toLocaleString()} of ${total.toLocaleString()} ${records}`;
}

export function LoadProgressText({ className }: { className?: string }) {
  const progress = useStore(loadProgressStore);
  if (!progress) return null;
  return <span className={className} data-testid="load-progress">{describeLoadProgress(progress)}</span>;
}
