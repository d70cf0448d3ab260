// Hex colours (`#rrggbb` or CSS's short `#rgb`) → channels, for the writers that store a colour as r/g/b numbers.

/** `#3a7` → [51, 170, 119], `#33aa77` → the same; null for anything else (named colours, rgb() strings). */
export function hexChannels(color: string): [number, number, number] | null {
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const short = long ? null : /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  const parts = long ? long.slice(1, 4) : short ? short.slice(1, 4).map((c) => c + c) : null;
  return parts ? [parseInt(parts[0], 16), parseInt(parts[1], 16), parseInt(parts[2], 16)] : null;
}
