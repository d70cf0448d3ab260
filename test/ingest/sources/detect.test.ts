// Format detection by content and the messages a user gets for files no reader takes, broken or truncated JSON.
import { describe, expect, it } from 'vitest';
import { readText, SOURCE_READERS } from '../../../ingest/sources';
import { classifyJson, describeSupportedFormats } from '../../../ingest/sources/detect';
import { loadJson, scanJson } from '../../../ingest/sources/jsonRecords';

const cslItems = [
  { id: 'a', type: 'article-journal', title: 'First Item', issued: { 'date-parts': [[2020]] } },
  { id: 'b', type: 'book', title: 'Second Item', author: [{ family: 'Lee', given: 'Ann' }] },
  { id: 'c', type: 'chapter', title: 'Third Item', issued: { 'date-parts': [[2021]] } },
];

describe('detection by content, not by file name', () => {
  it('each JSON format goes to its reader whatever the file is called', () => {
    const openAlex = JSON.stringify({ id: 'https://openalex.org/W1', title: 'A Work', publication_year: 2020 });
    expect(readText(openAlex, 'refs.csl.json').format).toBe('openalex');
    expect(readText(JSON.stringify(cslItems), 'openalex.json').format).toBe('csl-json');
    expect(readText(JSON.stringify([{ title: 'Row', year: 2020 }]), 'export.csl.json').format).toBe('table');
    const crossref = JSON.stringify({ 'message-type': 'work', message: { DOI: '10.1000/x', title: ['T'] } });
    expect(readText(crossref, 'data.txt').format).toBe('crossref');
    // A CSV named .txt is still a table; a page of text named .csv is not.
    expect(readText('title,abstract\nA Title,An abstract.\n', 'notes.txt').format).toBe('table');
  });

  it('record shapes: Crossref works have array titles, CSL items string titles; HF items a paper object', () => {
    expect(classifyJson([{ DOI: '10.1/x', title: ['T'], member: '1' }]).format).toBe('crossref');
    expect(classifyJson(cslItems).format).toBe('csl-json');
    expect(classifyJson([{ id: 'w', type: 'webpage', title: 'A Page', URL: 'https://x.org', accessed: { 'date-parts': [[2024, 1, 2]] } }]).format).toBe('csl-json');
    // A table whose type column says "book" is still a table.
    expect(classifyJson([{ title: 'A Book', type: 'book', year: 2020, authors: 'Ann Lee' }]).format).toBe('table');
    expect(classifyJson({ meta: { count: 0 }, results: [] }).format).toBe('openalex');
    expect(classifyJson([{ paper: { id: '2401.00001' }, title: 'T' }]).format).toBe('hf-api');
    // Most of the first records decide: one odd record does not change the format.
    expect(classifyJson([{ note: 'x' }, ...cslItems]).format).toBe('csl-json');
  });
});

describe('messages for files no reader takes', () => {
  it('an unknown text file gets one message naming every supported format', () => {
    const result = readText('just some notes\nabout nothing in particular\n', 'notes.md');
    expect(result.format).toBeNull();
    expect(result.warnings).toEqual([
      { file: 'notes.md', line: 1, reason: `not a format this tool reads (supported: ${describeSupportedFormats(SOURCE_READERS.map((r) => r.format))}); skipped` },
    ]);
    for (const name of ['BibTeX', 'RIS', 'arXiv API Atom', 'CSL-JSON', 'OpenAlex', 'Crossref', 'Hugging Face papers API JSON', 'CSV/TSV']) {
      expect(result.warnings[0].reason).toContain(name);
    }
  });

  it('a broken JSON file names the JSON error, its line and column', () => {
    const result = readText('{\n  "title": "A",\n  "year": 2020,\n  "oops"\n}\n', 'broken.json');
    expect(result.warnings).toEqual([
      { file: 'broken.json', line: 5, reason: 'not valid JSON (line 5, column 1: expected ":" after a property name but found "}"); skipped' },
    ]);
    const unterminated = readText('[{"title": "never closed\n', 'cut.json');
    expect(unterminated.warnings).toEqual([
      { file: 'cut.json', line: 1, reason: 'not valid JSON (line 1, column 25: a line break inside a string (strings must be on one line)); skipped' },
    ]);
  });

  it('a JSON object that is neither a graph nor a bibliography says so (not "CSL-JSON item #1 has no title")', () => {
    const result = readText('{"name": "settings", "colour": "blue", "size": 3}', 'settings.json');
    expect(result.warnings).toEqual([
      { file: 'settings.json', line: 1, reason: expect.stringMatching(/^this JSON is neither a graph nor a bibliography \(expected an array \(or JSON Lines\) of records with a title, CSL-JSON, .*\); skipped$/) },
    ]);
    const graph = readText('{"attributes": {}, "nodes": [{"key": "a"}], "edges": []}', 'graph.json');
    expect(graph.warnings[0].reason).toBe('this JSON is a graph (nodes and edges), not a bibliography: open it in the explorer app instead; skipped');
    expect(readText('[]', 'empty.json').warnings[0].reason).toBe('this JSON is an empty array: no records to read; skipped');
  });
});

describe('broken and truncated JSON keeps the complete records', () => {
  it('a syntax error after two CSL items keeps both and names the line of the error', () => {
    const text = `[\n${JSON.stringify(cslItems[0])},\n${JSON.stringify(cslItems[1])},\n{"id": "c", "type": "book" "title": "X"}\n]\n`;
    const result = readText(text, 'items.json');
    expect(result.format).toBe('csl-json');
    expect(result.entries.map((entry) => [entry.title, entry.line])).toEqual([['First Item', 2], ['Second Item', 3]]);
    expect(result.warnings).toEqual([
      {
        file: 'items.json',
        line: 4,
        reason: 'JSON error at line 4, column 28: expected "," or "}" but found "\\"": kept the 2 complete records before it, the rest is not read',
      },
    ]);
  });

  it('JSON Lines whose first line is broken still keeps the other lines', () => {
    const result = readText('{"title": "One", \n{"title": "Two"}\n{"title": "Three"}\n', 'lines.jsonl');
    expect(result.format).toBe('table');
    expect(result.entries.map((entry) => [entry.title, entry.line])).toEqual([['Two', 2], ['Three', 3]]);
    expect(result.warnings).toEqual([
      { file: 'lines.jsonl', line: 1, reason: 'JSON Lines record is broken at column 17: the file ends before the JSON is complete (truncated?); skipped' },
    ]);
  });

  it('one work cut off inside its reference list is kept, with the list as far as it goes', () => {
    const text = '{\n  "id": "https://openalex.org/W9",\n  "title": "Cut Work",\n  "referenced_works": [\n    "https://openalex.org/W1",\n    "https://openalex.org/W2",\n    "https://open';
    const result = readText(text, 'work.json');
    expect(result.format).toBe('openalex');
    expect(result.entries[0]).toMatchObject({ title: 'Cut Work', references: [{ ids: { openalex: 'W1' } }, { ids: { openalex: 'W2' } }] });
    expect(result.warnings).toEqual([
      {
        file: 'work.json',
        line: 7,
        reason: 'the file ends in the middle of a record (truncated?): kept what came before it (its "referenced_works" list ends after 2 complete entries), the rest is not read',
      },
    ]);
  });

  it('a BOM before the JSON is not an error', () => {
    expect(readText(`\uFEFF${JSON.stringify([{ title: 'A' }])}`, 'bom.json').entries).toHaveLength(1);
  });

  it('nesting a million levels deep is scanned without recursion and refused cleanly', () => {
    const deep = `[${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}]`;
    expect(scanJson(deep).error).toBeNull();
    const result = readText(deep, 'deep.json');
    expect(result.entries).toEqual([]);
    expect(result.warnings[0].reason).toMatch(/^this JSON array holds no bibliographic records/);
    const deepTitle = readText(`[{"title": ${'['.repeat(100_000)}"x"${']'.repeat(100_000)}}]`, 'deep-title.json');
    expect(deepTitle.warnings).toEqual([{ file: 'deep-title.json', line: 1, reason: 'record #1 has no title; skipped' }]);
  });

  it('the scanner agrees with JSON.parse on what is valid', () => {
    const valid = ['{}', '[]', '"x"', '0', '-1.5e+3', 'true', '[null, false, {"a": [1, "\\u00e9\\n"]}]', ' {"a" : 1 } '];
    const invalid = ['{', '[1,]', '{"a":1,}', '01', '"\\x"', '[1 2]', "{'a':1}", 'tru', '{"a" 1}', '[1]]', '"a\tb"'];
    for (const text of valid) expect(scanJson(text).error, text).toBeNull();
    for (const text of invalid) {
      expect(() => JSON.parse(text), text).toThrow();
      expect(scanJson(text).error, text).not.toBeNull();
    }
    const load = loadJson('[\n  {"title": "A"},\n  {"title": "B"}\n]');
    expect(load.ok && load.data).toEqual([{ title: 'A' }, { title: 'B' }]);
  });
});
