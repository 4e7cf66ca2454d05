/** Drag and drop anywhere on the window: an overlay while files are dragged over, then the dropped files. */
import { useEffect, useState } from 'react';
import { useAppState } from '../state/store-context';
import { errorMessage } from '../../shared/error-message';
import { readDropItems, takeDropItems } from './collect-dropped-files';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** Listens on the window for file drags and shows the overlay; renders only the overlay. */
export function DropTarget() {
  const onDrop = useAppState((state) => state.importDropped);
  const say = useAppState((state) => state.say);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child element crossed; count them to know when the drag left the window.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser (or Electron) would open the file instead of dropping it here.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      depth = 0;
      setDragging(false);
      if (!event.dataTransfer || !carriesFiles(event)) return;
      event.preventDefault();
      const items = takeDropItems(event.dataTransfer);
      readDropItems(items).then(onDrop, (failure: unknown) =>
        say(`Could not read the dropped folder: ${errorMessage(failure)}`),
      );
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onDrop, say]);

  if (!dragging) return null;
  return (
    <div className="drop-overlay" role="presentation">
      <div className="drop-overlay-card">
        <span className="drop-overlay-symbol" aria-hidden="true">
          ⤓
        </span>
        <p>Drop statement files to import</p>
        <p className="muted">.txt, .md, .html, .docx or .pdf — or whole folders</p>
      </div>
    </div>
  );
}
