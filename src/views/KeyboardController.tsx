// Global keys: "/" focuses the search box, Escape clears the selection.
import { useEffect } from 'react';
import { clearSelection, selectionStore } from '../core/selection';

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'number', 'password', 'tel']);

/** "/" is a character while typing text, but a shortcut everywhere else (checkboxes, buttons, the canvas). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA') return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
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
