/** Drag and drop anywhere on the window: an overlay while files are dragged over, then the dropped files. */
import { useEffect, useState } from 'react';
import { readDropItems, takeDropItems, type DropContents } from './collect-dropped-files';
import { errorMessage } from '../../shared/error-message';

/** Props of DropTarget. */
export interface DropTargetProps {
  readonly onDrop: (contents: DropContents) => void;
  /** Called when reading a dropped folder fails. */
  readonly onError: (message: string) => void;
}

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** Listens on the window for file drags and shows the overlay; renders only the overlay. */
export function DropTarget({ onDrop, onError }: DropTargetProps) {
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
        onError(`Could not read the dropped folder: ${errorMessage(failure)}`),
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
  }, [onDrop, onError]);

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
