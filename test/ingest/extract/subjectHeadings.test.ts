// Subject headings as domains: only those the indexer marked as a main topic name the paper's field (real MEDLINE export).
import { beforeAll, expect, it } from 'vitest';
import { extractConcepts } from '../../../ingest/extract';
import { loadVocabulary } from '../../../ingest/extract/loadVocabulary';
import { mergeDuplicatePapers, readSources } from '../../../ingest/sources';
import type { PaperConcepts } from '../../../ingest/types';
import { describeShared, sharedPath } from '../../sharedData';

const MEDLINE = sharedPath('samples/biblio/pubmed_medline_ibrutinib_cll.nbib');
describeShared(MEDLINE, 'MeSH headings and domains on the PubMed CLL export', () => {
  let byPmid: Map<string, PaperConcepts>;
  beforeAll(async () => {
    const papers = mergeDuplicatePapers((await readSources([MEDLINE])).entries).papers;
    const extraction = extractConcepts(papers, {}, await loadVocabulary());
    byPmid = new Map(papers.map((paper, index) => [paper.ids.pmid!, extraction.papers[index]]));
  }, 60_000);

  it('gives a bioinformatics tool its starred heading "Software", not its secondary "Programming Languages"', () => {
    // MuCor (PMID 26803155), a tool that aggregates sequencing variants: MH *Software, Programming Languages, ….
    expect(byPmid.get('26803155')!.domains).toEqual([{ key: 'domain:cs.SE', weight: 1, evidence: 'record category “Software”' }]);
  });

  it('lets no secondary heading place any of the 75 papers in Programming Languages', () => {
    expect(byPmid.size).toBe(75);
    expect([...byPmid.values()].filter((paper) => paper.domains.some((d) => d.key === 'domain:cs.PL'))).toEqual([]);
  });
});
