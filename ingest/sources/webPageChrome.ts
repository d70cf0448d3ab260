// An "abstract" that is a web page's chrome: OpenAlex and other harvesters sometimes take the text of a publisher's
// landing page when it has no abstract to give ("Our website uses cookies … Cookie Policy | Continue JAMA Home New
// Online Current Issue … Sign In … Access through your institution … Buy this article"). Read as an abstract it makes
// concepts of menu words and places the paper in a domain it has nothing to do with.
//
// Hand-written: no kept library tells boilerplate from text on a string without its page (boilerplate removers such
// as Readability work on the DOM). Precision first: research on cookie banners or privacy policies writes some of
// these phrases too, so one kind of phrase is never enough.

/** Kinds of chrome: what a page says about cookies, about the browser, its navigation and access, and its footer. */
type ChromeKind = 'cookies' | 'browser' | 'navigation' | 'footer';

const CHROME_PHRASES: readonly [ChromeKind, RegExp][] = [
  ['cookies', /\b(?:this|our) (?:web ?)?site uses cookies\b/i],
  ['cookies', /\bwe use cookies\b/i],
  ['cookies', /\buses? cookies to (?:enhance|improve|give|provide|ensure|offer|personali[sz]e)\b/i],
  ['cookies', /\bby (?:continuing to (?:use|browse)|using) (?:this|our|the) (?:web ?)?site\b/i],
  ['cookies', /\bcookies? (?:policy|settings|preferences|notice)\b/i],
  ['cookies', /\baccept (?:all )?cookies\b/i],
  ['browser', /\bjavascript is (?:disabled|not enabled|turned off|required)\b/i],
  ['browser', /\b(?:please )?(?:enable|turn on) javascript\b/i],
  ['browser', /\byour browser (?:does not|doesn't) support\b/i],
  ['browser', /\b(?:update|upgrade) your browser\b/i],
  ['navigation', /\bskip to (?:the )?(?:main )?(?:content|navigation|search)\b/i],
  ['navigation', /\bsign ?in\b/i],
  ['navigation', /\bcreate an? (?:free )?account\b/i],
  ['navigation', /\baccess through your institution\b/i],
  ['navigation', /\bcheck (?:if|whether) you have access\b/i],
  ['navigation', /\b(?:buy|rent|purchase) this (?:article|chapter|book)\b/i],
  ['navigation', /\bpurchase options\b/i],
  ['navigation', /\breprints (?:&|and) permissions\b/i],
  ['navigation', /\b(?:toggle|open|close) (?:the )?(?:main )?(?:navigation|menu)\b/i],
  ['navigation', /\bback to top\b/i],
  ['navigation', /\brequest (?:full-text )?pdf\b/i],
  ['navigation', /\bdownload citation\b/i],
  ['footer', /\bterms (?:of (?:use|service)|and conditions)\b/i],
  ['footer', /\bprivacy (?:policy|statement|notice)\b/i],
  ['footer', /\baccessibility statement\b/i],
];

/**
 * Any phrase of the browser or navigation kinds (a superset of their patterns above, as one pattern). Each of them
 * starts at a word boundary: the `\b` is written once before the group (`\b(?:a|b)` rather than `\ba|\bb`), so a
 * position inside a word fails once, not once per phrase (a third less time on long abstracts).
 */
const NEEDED_KIND = new RegExp(
  `\\b(?:${CHROME_PHRASES.filter(([kind]) => kind === 'browser' || kind === 'navigation')
    .map(([, pattern]) => {
      if (!pattern.source.startsWith('\\b')) throw new Error(`webPageChrome: ${pattern.source} must start at a word boundary`);
      return `(?:${pattern.source.slice(2)})`;
    })
    .join('|')})`,
  'i',
);

/** A text this short that opens with a cookie or browser notice is nothing else ("JavaScript is disabled. …"). */
const SHORT_NOTICE_CHARS = 300;
/** How far into the text a notice still counts as its opening. */
const OPENING_CHARS = 60;

/**
 * True when `abstract` is a web page's chrome: at least three different chrome phrases of at least two kinds, one of
 * them about the browser or the page's navigation (the kinds research abstracts do not write); or a short text that
 * opens with a cookie or browser notice.
 */
export function isWebPageChrome(abstract: string): boolean {
  if (abstract === '') return false;
  // Most abstracts hold none of the browser or navigation phrases the rule needs: one pass of one pattern answers
  // them, instead of a pass per phrase (0.5 s of CPU over the 20k corpus's 24 MB of abstracts).
  if (abstract.length > SHORT_NOTICE_CHARS && !NEEDED_KIND.test(abstract)) return false;
  const kinds = new Set<ChromeKind>();
  let phrases = 0;
  let opensWithNotice = false;
  for (const [kind, pattern] of CHROME_PHRASES) {
    const match = pattern.exec(abstract);
    if (!match) continue;
    phrases++;
    kinds.add(kind);
    if ((kind === 'cookies' || kind === 'browser') && match.index < OPENING_CHARS) opensWithNotice = true;
  }
  if (opensWithNotice && abstract.length <= SHORT_NOTICE_CHARS) return true;
  return phrases >= 3 && kinds.size >= 2 && (kinds.has('browser') || kinds.has('navigation'));
}
