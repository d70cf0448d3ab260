// Types for packages that ship none under the name they are imported by.
declare module '@mixmark-io/domino' {
  /** Parse an HTML string into a document (WHATWG DOM, no scripts run). */
  function createDocument(html?: string, force?: boolean): Document;
  const domino: { createDocument: typeof createDocument };
  export default domino;
}
