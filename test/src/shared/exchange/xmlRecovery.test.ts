// Truncated graph files keep their complete nodes and edges, say where they break, and whole files are untouched.
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { fromGexf, fromGraphml, toGexf, type DOMParserConstructor } from '../../../../src/shared/exchange';
import { recoverBrokenXml } from '../../../../src/shared/exchange/xmlRecovery';
import { buildTopicGraph } from '../paperGraphFixture';
import { itShared, sharedPath } from '../../../sharedData';

const Parser = DOMParser as unknown as DOMParserConstructor;

describe('recoverBrokenXml', () => {
  it('returns null for a whole document and for a break before any complete record', () => {
    expect(recoverBrokenXml('<a><b/><b/></a>')).toBeNull();
    expect(recoverBrokenXml('<a><b x="1', { recordDepth: 1 })).toBeNull();
  });

  it('cuts after the last complete record and closes what is open', () => {
    const recovered = recoverBrokenXml('<feed>\n<entry><t>1</t></entry>\n<entry><t>2</t></entry>\n<entry><t>3', { recordDepth: 1 });
    expect(recovered?.text).toBe('<feed>\n<entry><t>1</t></entry>\n<entry><t>2</t></entry>\n</feed>\n');
    expect(recovered?.line).toBe(4);
  });

  it('stops at the first error of a malformed tail', () => {
    const recovered = recoverBrokenXml('<a>\n<b/>\n<b></c>\n<b/>\n</a>', { recordDepth: 1 });
    expect(recovered?.text).toBe('<a>\n<b/>\n</a>\n');
    expect(recovered?.line).toBe(3);
  });
});

describe('truncated graph files', () => {
  it('a GEXF cut inside its edges keeps every node and the complete edges, and says where it broke', () => {
    const graph = buildTopicGraph();
    const text = toGexf(graph);
    const cut = text.slice(0, text.indexOf('<edge ', text.indexOf('<edges') + 200) + 20);
    const read = fromGexf(cut, Parser);
    expect(read.order).toBe(graph.order);
    expect(read.size).toBeGreaterThan(0);
    expect(read.size).toBeLessThan(graph.size);
    expect(read.getAttribute('importNotes')![0]).toMatch(/^The file breaks at line \d+ .*; the \d+ nodes? and \d+ edges? complete before it were read\.$/);
  });

  itShared(sharedPath('samples/graphs'), "Gephi's GraphML cut at two thirds keeps its nodes and whole edges only", () => {
    const text = readFileSync(sharedPath('samples/graphs/gephi_export_miserables.graphml'), 'utf8');
    const read = fromGraphml(text.slice(0, Math.floor((text.length * 2) / 3)), Parser);
    expect(read.order).toBe(77);
    expect(read.size).toBeGreaterThan(50);
    read.forEachEdge((_edge, attributes) => expect(typeof attributes.weight).toBe('number'));
  });
});
