// CSL YAML: Pandoc bibliographies and Markdown front matter, Better BibTeX's "Better CSL YAML" (layouts as those tools
// write them: `issued` as a list of {year, month, day}, as an EDTF string, folded abstracts, other front-matter keys).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSources } from '../../../ingest/sources';
import { cslYamlReader, parseCslYaml } from '../../../ingest/sources/cslYaml';

const temp = mkdtempSync(join(tmpdir(), 'pge-csl-yaml-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const betterBibtex = `---
references:
- id: vaswani2017
  abstract: >-
    The dominant sequence transduction models are based on complex recurrent
    or convolutional neural networks.
  author:
    - family: Vaswani
      given: Ashish
    - family: Shazeer
      given: Noam
  citation-key: vaswani2017
  container-title: Advances in Neural Information Processing Systems
  DOI: 10.48550/arXiv.1706.03762
  issued:
    - year: 2017
      month: 12
  keyword: transformers, attention
  title: Attention is all you need
  type: paper-conference
- id: devlin2019
  author:
    - family: Devlin
      given: Jacob
  issued:
    - year: 2019
  title: 'BERT: Pre-training of deep bidirectional transformers for language understanding'
  type: paper-conference
  URL: https://aclanthology.org/N19-1423
...
`;

describe('CSL YAML reader', () => {
  it("reads Better BibTeX's CSL YAML: names, dates as {year, month} lists, folded abstracts, DOIs and title lines", () => {
    expect(cslYamlReader.detect(betterBibtex, 'refs.yaml')).toBe(true);
    const { entries, warnings } = parseCslYaml(betterBibtex, 'refs.yaml');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      title: 'Attention is all you need',
      authors: ['Vaswani, Ashish', 'Shazeer, Noam'],
      venue: 'Advances in Neural Information Processing Systems',
      date: '2017-12',
      year: 2017,
      ids: { doi: '10.48550/arxiv.1706.03762', arxiv: '1706.03762' },
      keywords: ['transformers', 'attention'],
      type: 'paper-conference',
      line: 19,
    });
    expect(entries[0].abstract).toBe(
      'The dominant sequence transduction models are based on complex recurrent or convolutional neural networks.',
    );
    expect(entries[1]).toMatchObject({ title: 'BERT: Pre-training of deep bidirectional transformers for language understanding', year: 2019, date: '2019', line: 27 });
  });

  it("reads the references of a Markdown file's front matter and ignores its prose, with EDTF dates", () => {
    const markdown = `---
title: "Colouring small graphs"
author: Matthew Henderson
categories:
  - graphs
references:
- id: read2005
  author:
    - family: Read
      given: Ronald C.
  issued: 2005-03-01
  title: An Atlas of Graphs
  type: book
---

In the previous post we showed that a greedy colouring uses at most
---
title: not a reference
`;
    expect(cslYamlReader.detect(markdown, 'post.md')).toBe(true);
    const { entries, warnings } = parseCslYaml(markdown, 'post.md');
    expect(warnings).toEqual([]);
    expect(entries).toEqual([expect.objectContaining({ title: 'An Atlas of Graphs', date: '2005-03-01', year: 2005, line: 12 })]);
  });

  it('keeps every other item when one is broken or has no title, and says which line', () => {
    const broken = `references:
- id: one
  title: A first paper
  issued: 2020
  type: article-journal
- id: two
  title: BERT: Pre-training of deep bidirectional transformers
  type: article-journal
- id: three
  type: article-journal
  issued: 2021
- id: four
  title: A fourth paper
  issued: 2022
  type: article-journal
`;
    const { entries, warnings } = parseCslYaml(broken, 'broken.yaml');
    expect(entries.map((entry) => [entry.title, entry.line])).toEqual([
      ['A first paper', 3],
      ['A fourth paper', 13],
    ]);
    expect(warnings.map((warning) => warning.line)).toEqual([7, 9]);
    expect(warnings[0].reason).toMatch(/item #2/);
    expect(warnings[1].reason).toMatch(/item #3 has no title/);
  });

  it('is chosen by content among the other formats, and refuses YAML that is not a bibliography', async () => {
    const bib = join(temp, 'library.yml');
    writeFileSync(bib, betterBibtex);
    const config = join(temp, 'config.yaml');
    writeFileSync(config, 'name: my project\nversion: 2\nitems:\n  - a\n');
    const { files, entries } = await readSources([bib, config]);
    expect(files.map((file) => [file.format, file.entries])).toEqual([
      ['csl-yaml', 2],
      [null, 0],
    ]);
    expect(entries).toHaveLength(2);
  });
});
