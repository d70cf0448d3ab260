// Counts written as words for the app: the one helper lives in src/shared so the exchange code (import notes, the SVG
// export) writes its counts the same way.
export { countOf, wordFor } from '../../shared/countWords';
