// What the file picker offers. A module of its own: the open button needs only this string, not the readers.

/** Extensions the file picker offers; `.xml` is read by content (a GEXF or GraphML document). */
export const IMPORT_ACCEPT = '.json,.gexf,.graphml,.gml,.xml,application/json,application/xml,text/xml';
