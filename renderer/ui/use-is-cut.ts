/** Whether an element's text is cut off (ellipsis): wider than its box. Follows resizes. */
import { useEffect, useState, type RefObject } from 'react';

/** True while `ref`'s content overflows its width; a cut title can then take the focus to show itself whole. */
export function useIsCut(ref: RefObject<HTMLElement | null>, text: string): boolean {
  const [cut, setCut] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // While focused the title shows whole (not cut): it stays a Tab stop until the focus leaves.
    const measure = () => {
      if (element !== document.activeElement) setCut(element.scrollWidth > element.clientWidth + 1);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    element.addEventListener('blur', measure);
    return () => {
      observer.disconnect();
      element.removeEventListener('blur', measure);
    };
  }, [ref, text]);
  return cut;
}
