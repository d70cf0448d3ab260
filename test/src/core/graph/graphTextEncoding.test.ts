// Graph files in other encodings than UTF-8, read as the app reads them (readGraphText on the file's bytes, then the
// importer): Latin-1 with and without an XML declaration, UTF-16 with and without a byte-order mark, UTF-8's mark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { importGraphText } from '../../../../src/core/exchange/importFile';
import { decodeGraphBytes, sniffEncoding } from '../../../../src/core/graph/graphTextEncoding';
import { readGraphText } from '../../../../src/core/graph/readGraphText';
import type { DOMParserConstructor } from '../../../../src/shared/exchange';

const DIR = join(__dirname, '../../../fixtures/graphs-real');
const loadParser = async () => DOMParser as unknown as DOMParserConstructor;
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
const utf16le = (text: string) => new Uint8Array(Array.from(text).flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8]));
const utf16be = (text: string) => new Uint8Array(Array.from(text).flatMap((char) => [char.charCodeAt(0) >> 8, char.charCodeAt(0) & 0xff]));

/** The file's graph as the app opens it from these bytes: labels by node, and the import notes. */
async function openBytes(bytes: Uint8Array, name: string) {
  const { text, note } = await readGraphText(new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
  const graph = await importGraphText(text, name, loadParser);
  return { labels: graph.mapNodes((_node, attributes) => attributes.label), size: graph.size, note };
}

describe('a graph file in another encoding', () => {
  const gexf = readFileSync(join(DIR, 'gephi_data.gexf'), 'utf8').replace('Node1', 'Café Müller');
  const gml = readFileSync(join(DIR, 'igraph_vnf.gml'), 'utf8').replace('robotSlave', 'Señor Robot');

  it('reads a Latin-1 XML file by its declaration, every character whole, with nothing to say', async () => {
    const declared = gexf.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
    expect(declared).not.toBe(gexf);
    const opened = await openBytes(latin1(declared), 'latin1.gexf');
    expect(opened.labels).toEqual(['Café Müller']);
    expect(opened.note).toBeNull();
  });

  it('reads a Latin-1 file that names no encoding (GML) as Windows-1252, and says so', async () => {
    const opened = await openBytes(latin1(gml), 'vnf.gml');
    expect(opened.labels).toEqual(['Señor Robot', 'robotMaster', 'vEPC', 'controller']);
    expect(opened.note).toMatch(/^The file is not UTF-8 and names no encoding: it was read as Latin-1 \(Windows-1252\)/);
  });

  it('reads UTF-16 with or without its byte-order mark, little- or big-endian, as the same graph', async () => {
    const plain = await openBytes(new TextEncoder().encode(gml), 'vnf.gml');
    expect(plain.labels[0]).toBe('Señor Robot');
    for (const bytes of [
      new Uint8Array([0xff, 0xfe, ...utf16le(gml)]),
      new Uint8Array([0xfe, 0xff, ...utf16be(gml)]),
      utf16le(gml),
      utf16be(gml),
    ]) {
      expect(await openBytes(bytes, 'vnf.gml')).toEqual(plain);
    }
  });

  it("skips UTF-8's byte-order mark, and keeps a UTF-8 file holding U+FFFD itself as UTF-8", async () => {
    const plain = await openBytes(new TextEncoder().encode(gexf), 'data.gexf');
    expect(await openBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(gexf)]), 'data.gexf')).toEqual(plain);
    const replacement = gexf.replace('Café Müller', 'Café \uFFFD Müller');
    const opened = await openBytes(new TextEncoder().encode(replacement), 'data.gexf');
    expect(opened.labels).toEqual(['Café \uFFFD Müller']);
    expect(opened.note).toBeNull();
  });
});

describe('sniffEncoding and decodeGraphBytes', () => {
  it('take a declared encoding the browser knows, and leave one it does not to UTF-8', () => {
    expect(sniffEncoding(latin1('<?xml version="1.0" encoding="windows-1252"?><gexf/>'))?.encoding).toBe('windows-1252');
    expect(sniffEncoding(latin1("<?xml version='1.0' encoding='UTF-8'?><gexf/>"))).toBeNull();
    expect(sniffEncoding(latin1('<?xml version="1.0" encoding="x-no-such"?><gexf/>'))).toBeNull();
    expect(decodeGraphBytes(latin1('graph [ node [ id 1 label "Zoë" ] ]')).text).toBe('graph [ node [ id 1 label "Zoë" ] ]');
  });
});
