// The one way panels select a node: update the selection and ask the camera to bring it into view.
import { selectNode, selectionStore } from '../core/selection';
import { cameraRequests } from './commands';

export function selectAndShow(key: string): void {
  selectionStore.update(selectNode(key));
  cameraRequests.emit(key);
}
