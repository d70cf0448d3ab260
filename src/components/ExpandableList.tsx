// A list that shows its first items and a "show all N" button, so a 300-author paper does not fill the panel.
import { useState, type ReactNode } from 'react';

export function ExpandableList<T>({
  items, limit, render, className, label, ordered = false, noun = 'items',
}: {
  items: T[];
  limit: number;
  render: (item: T, index: number) => ReactNode;
  className?: string;
  label?: string;
  ordered?: boolean;
  noun?: string;
}) {
  const [all, setAll] = useState(false);
  // A little slack: hiding one or two items behind a button costs more than showing them.
  const shown = all || items.length <= limit + 2 ? items : items.slice(0, limit);
  const List = ordered ? 'ol' : 'ul';
  return (
    <>
      <List className={className} aria-label={label}>{shown.map((item, i) => render(item, i))}</List>
      {shown.length < items.length && (
        <button type="button" className="link show-all" onClick={() => setAll(true)}>Show all {items.length} {noun}</button>
      )}
    </>
  );
}
