// The citation layer on the real citation-bearing exports in ../shared/samples/biblio (counts from their README).
import { expect } from 'vitest';
import { ingestGraph } from '../../ingest/pipeline';
import { readSources } from '../../ingest/sources';
import { mergeDuplicatePapers } from '../../ingest/sources/mergeDuplicates';
import type { Paper } from '../../ingest/types';
import { normaliseTitle } from '../../src/shared';
import { describeShared, itShared, sharedPath } from '../sharedData';
import { citingPairs } from './citingPairs';

const biblio = sharedPath('samples/biblio');
const sample = (name: string) => sharedPath('samples/biblio', name);


async function papersOf(file: string): Promise<Map<string, Paper>> {
  const { entries } = await readSources([file]);
  return new Map(mergeDuplicatePapers(entries).papers.map((paper) => [paper.key, paper]));
}

/** Every DOI a reference carries, in its identifiers or its text. */
function referenceDois(paper: Paper): string[] {
  return paper.references.flatMap((reference) => [
    ...(reference.ids.doi ? [reference.ids.doi] : []),
    ...((reference as { otherDois?: string[] }).otherDois ?? []),
    ...(reference.text?.toLowerCase().match(/10\.\d{4,9}\/[^\s,\]]+/g) ?? []),
  ]);
}

const options = { layoutIterations: 0 };

describeShared(biblio, 'citation layer on the real samples', () => {
  itShared(biblio, 'Web of Science: 16 citing pairs, all by DOI (15 citing, 11 cited), no self-loop, three "Pluriversal Politics"', async () => {
    const file = sample('wos_savedrecs_pluriversal_sustainability.txt');
    const { graph, summary } = await ingestGraph([file], options);
    expect(summary.papers).toBe(103);
    const pairs = citingPairs(graph);
    expect(pairs).toHaveLength(16);
    expect(summary.citingPairs).toBe(16);
    expect(new Set(pairs.map(([citing]) => citing)).size).toBe(15);
    expect(new Set(pairs.map(([, cited]) => cited)).size).toBe(11);
    // No false ones: each cited paper's DOI is in the citing record's cited references.
    const papers = await papersOf(file);
    for (const [citing, cited] of pairs) {
      expect(referenceDois(papers.get(citing)!), `${citing} → ${cited}`).toContain(papers.get(cited)!.ids.doi);
    }
    // The record that lists its own DOI: counted as itself, not as a loop.
    expect(summary.referencesSelf).toBe(1);
    expect(graph.filterNodes((_key, attributes) => attributes.kind === 'paper' && /^pluriversal politics the real and the possible$/.test(normaliseTitle(attributes.label))))
      .toHaveLength(3);
    expect(summary.referencesTotal).toBe(6386);
  }, 60_000);

  itShared(biblio, 'Scopus CSV: 3 citing pairs, each by first author + title + year', async () => {
    const file = sample('scopus_export_agile_software.csv');
    const { graph, summary } = await ingestGraph([file], options);
    expect(summary.papers).toBe(81);
    const pairs = citingPairs(graph);
    expect(pairs).toHaveLength(3);
    const papers = await papersOf(file);
    for (const [citing, cited] of pairs) {
      const target = papers.get(cited)!;
      const hit = papers.get(citing)!.references.find((reference) => reference.text && normaliseTitle(reference.text).includes(normaliseTitle(target.title)));
      expect(hit, `${citing} → ${cited}`).toBeDefined();
      expect(hit!.year).toBe(target.year);
    }
  }, 60_000);

  itShared(biblio, 'OpenAlex list: 36 citing pairs by referenced_works (20 citing, 17 cited)', async () => {
    const file = sample('openalex_works_list_snowball_cited.json');
    const { graph, summary } = await ingestGraph([file], options);
    const pairs = citingPairs(graph);
    // 4 of the 36 pairs involve BERT (W2963341956), whose `title` and `display_name` are null: a reader must keep it.
    expect(pairs).toHaveLength(36);
    expect(new Set(pairs.map(([citing]) => citing)).size).toBe(20);
    expect(new Set(pairs.map(([, cited]) => cited)).size).toBe(17);
    const papers = await papersOf(file);
    for (const [citing, cited] of pairs) {
      const ids = papers.get(citing)!.references.map((reference) => reference.ids.openalex);
      expect(ids, `${citing} → ${cited}`).toContain(papers.get(cited)!.ids.openalex);
    }
    expect(summary.citingPairs).toBe(36);
  }, 60_000);

  itShared(biblio, 'Crossref work: its 120 references counted, all outside a one-paper corpus', async () => {
    const { graph, summary } = await ingestGraph([sample('crossref_work_10.1177_02683962211048201.json')], options);
    expect(summary).toMatchObject({ papers: 1, referencesTotal: 120, referencesOutside: 120, citesEdges: 0 });
    const [paper] = graph.filterNodes((_key, attributes) => attributes.kind === 'paper');
    expect(graph.getNodeAttributes(paper)).toMatchObject({ referenceCount: 120, referencesOutside: 120, citesInCorpus: 0, citedByInCorpus: 0 });
  }, 60_000);
});
