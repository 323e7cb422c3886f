import { useEffect, useLayoutEffect, useRef, useState } from 'react';

const scrollToEnd = (element: HTMLElement) => element.scrollTo({ top: element.scrollHeight });

/**
 * Keeps a scrolling list pinned to its newest entry as entries arrive or the list is resized,
 * unless the rep scrolled up to read older ones. Returns the callback ref for the list and its
 * scroll handler.
 */
export function useFollowLatest<T extends HTMLElement>(
  count: number,
): { ref(element: T | null): void; onScroll(): void } {
  const [element, setElement] = useState<T | null>(null);
  const pinned = useRef(true);
  // Before paint: a frame that showed the grown list unscrolled would read as the rep scrolling up.
  useLayoutEffect(() => {
    if (element && pinned.current) scrollToEnd(element);
  }, [element, count]);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(() => {
      if (pinned.current) scrollToEnd(element);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return {
    ref: setElement,
    onScroll: () => {
      if (element) pinned.current = element.scrollHeight - element.scrollTop - element.clientHeight < 40;
    },
  };
}
