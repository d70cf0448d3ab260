// Which colour strings the graph view can draw: sigma reads #hex, rgb()/rgba() and the HTML colour names (exact,
// lower-case); anything else it draws black. Other tools' files carry other values in `color` (networkx users store
// matplotlib codes such as "k" or "xkcd:pale orange"), so the import checks before a value becomes a node's colour.
import { HTML_COLORS } from 'sigma/utils';

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB_FUNCTION = /^rgba?\(\s*\d+(?:\.\d+)?\s*,\s*\d+(?:\.\d+)?\s*,\s*\d+(?:\.\d+)?\s*(?:,\s*[\d.]+\s*)?\)$/i;

/**
 * The value as the view draws it: itself when drawable, the lower-case name for a colour name in another case
 * ("Red"), null when the view cannot draw it.
 */
export function drawableColor(value: string): string | null {
  const text = value.trim();
  if (HEX.test(text) || RGB_FUNCTION.test(text)) return text;
  const name = text.toLowerCase();
  return Object.hasOwn(HTML_COLORS, name) ? name : null;
}
