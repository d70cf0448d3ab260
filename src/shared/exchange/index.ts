// Public surface of graph-file exchange: pure serialisers (strings, or chunk generators for big files), and parsers
// with an injected DOMParser.
export { toGraphologyJson, graphologyJsonChunks, type JsonExportOptions } from './json';
export { toGexf, gexfChunks, fromGexf, DEFAULT_GEXF_EXPORT_OPTIONS, type GexfExportOptions } from './gexf';
export { toGraphml, graphmlChunks, fromGraphml, DEFAULT_GRAPHML_EXPORT_OPTIONS, type GraphmlExportOptions } from './graphml';
export { csvChunks, toCsv, quoteCsvField, DEFAULT_CSV_EXPORT_OPTIONS, type CsvExportOptions, type CsvTables, type CsvTableChunks } from './csv';
export { detectGraphFormat, importGraphFile, type GraphFormat } from './detect';
export { fromGml, fromGmlWithInfo, parseGmlTree, DEFAULT_GML_IMPORT_OPTIONS, type GmlImportOptions } from './gml';
export { normaliseForeignGraph, findPartitionAttribute, type ForeignGraphReport } from './foreignGraph';
export { assertNotTwoByteText, declaredEncoding, undecodedNote } from './textEncoding';
export {
  assertSafeXml,
  DEFAULT_XML_SAFETY_OPTIONS,
  type DOMParserConstructor,
  type XmlSafetyOptions,
} from './xmlSafety';
export { toVosviewerJson, DEFAULT_VOSVIEWER_EXPORT_OPTIONS, type VosviewerExportOptions } from './vosviewer';
export { toSvg, DEFAULT_SVG_EXPORT_OPTIONS, type SvgExportOptions, type SvgLegendEntry } from './svg';
export type { ElementProgress } from './textChunks';
