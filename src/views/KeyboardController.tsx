// Global keys: "/" focuses the search box, Escape clears the selection.
import { useEffect } from 'react';
import { clearSelection, selectionStore } from '../core/selection';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function KeyboardController({ searchRef }: { searchRef: React.RefObject<HTMLInputElement | null> }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !isTyping(e.target)) {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      } else if (e.key === 'Escape' && !(e.target instanceof HTMLInputElement && e.target.type === 'search')) {
        selectionStore.update(clearSelection());
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [searchRef]);
  return null;
}
