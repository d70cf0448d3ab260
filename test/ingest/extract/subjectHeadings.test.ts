// On the real MEDLINE export: subject headings as domains (only those the indexer marked as a main topic name the
// paper's field), and the concepts a title names.
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

describeShared(MEDLINE, 'concepts a title names, on the PubMed CLL export', () => {
  it('links a paper to the corpus concept its title names inside a longer kept phrase', async () => {
    const papers = mergeDuplicatePapers((await readSources([MEDLINE])).entries).papers;
    const extraction = extractConcepts(papers, {}, await loadVocabulary());
    const conceptsOf = (pmid: string) => {
      const index = papers.findIndex((paper) => paper.ids.pmid === pmid);
      return extraction.papers[index].keyphrases.filter((term) => extraction.concepts.has(term.key)).map((term) => extraction.concepts.get(term.key)!.label);
    };
    // "BRD4 Profiling Identifies Critical Chronic Lymphocytic Leukemia Oncogenic Circuits and Reveals …": the ranking
    // keeps "chronic lymphocytic leukemia oncogenic circuits", which no other paper has.
    expect(conceptsOf('29386193')).toContain('chronic lymphocytic leukemia (CLL)');
    // "Mutations in the CCND1 and CCND2 genes are frequent events in adult patients with t(8;21)(q22;q22) acute myeloid leukemia."
    expect(conceptsOf('27843138')).toContain('acute myeloid leukemia (AML)');
  }, 60_000);
});
