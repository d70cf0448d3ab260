// The side panels (view switch, layout, appearance, clusters, filters, emerging topics): loaded as a chunk of their own
// once the first graph is drawn (App.tsx), since none of them is needed to draw it.
import { ErrorBoundary } from '../components/ErrorBoundary';
import { ViewPanel } from './conceptMap/ViewPanel';
import { LayoutPanel } from './panels/LayoutPanel';
import { AppearancePanel } from './panels/AppearancePanel';
import { ClustersPanel } from './clusters/ClustersPanel';
import { FiltersPanel } from './panels/FiltersPanel';
import { EmergingTopicsPanel } from './time/EmergingTopicsPanel';

export default function SidePanels({ version }: { version: number }) {
  return (
    <>
      <ErrorBoundary area="the view switch" resetKey={version}><ViewPanel /></ErrorBoundary>
      <ErrorBoundary area="the layout panel" resetKey={version}><LayoutPanel /></ErrorBoundary>
      <ErrorBoundary area="the appearance panel" resetKey={version}><AppearancePanel /></ErrorBoundary>
      <ErrorBoundary area="the clusters panel" resetKey={version}><ClustersPanel /></ErrorBoundary>
      <ErrorBoundary area="the filters panel" resetKey={version}><FiltersPanel /></ErrorBoundary>
      <ErrorBoundary area="the emerging topics" resetKey={version}><EmergingTopicsPanel /></ErrorBoundary>
    </>
  );
}
