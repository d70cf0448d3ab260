import { describe, expect, it } from 'vitest';
import { createPaperGraph } from '../../../src/shared/serialize';
import { domainResultRow, formatDomainEvaluation, placementsOf, placementVerdict, type DomainEvaluation } from '../../../ingest/eval/domains';
import { arxivCategories } from '../../../ingest/eval/partitions';

// Aliases as data/domains.json maps them (cs.SY is an alias of eess.SY).
const canonical = (category: string) => (category === 'cs.SY' ? 'eess.SY' : category);

describe('placementVerdict', () => {
  it('tells the primary category, another own category, an own archive and elsewhere apart', () => {
    // Categories of real records: the labelled cs week ("eess.SY cs.SY"), the 2007 arXiv head (physics.ed-ph quant-ph).
    expect(placementVerdict(['cs.RO', 'cs.SY'], 'eess.SY', canonical)).toBe('own');
    expect(placementVerdict(['cs.SY', 'cs.RO'], 'eess.SY', canonical)).toBe('primary');
    expect(placementVerdict(['physics.ed-ph', 'quant-ph'], 'quant-ph', canonical)).toBe('own');
    expect(placementVerdict(['math.OA', 'math.FA'], 'math.PR', canonical)).toBe('archive');
    // An old-style id without a subject class is the archive itself.
    expect(placementVerdict(['astro-ph'], 'astro-ph.GA', canonical)).toBe('archive');
    expect(placementVerdict(['hep-ph'], 'hep-ex', canonical)).toBe('elsewhere');
    expect(placementVerdict([], 'cs.AI', canonical)).toBe('elsewhere');
  });
});

describe('placementVerdict for a group-level domain', () => {
  it('is in an own group when one of the paper’s categories (or its archive, in old-style ids) belongs to the group', () => {
    const groups: Record<string, string[]> = { 'gr-qc': ['physics'], 'hep-ph': ['physics'], 'q-fin': ['q-fin'], econ: ['econ'] };
    const groupsOf = (category: string) => groups[category] ?? [];
    expect(placementVerdict(['gr-qc'], 'group:physics', canonical, groupsOf)).toBe('group');
    expect(placementVerdict(['q-fin'], 'group:q-fin', canonical, groupsOf)).toBe('group');
    expect(placementVerdict(['econ'], 'group:q-fin', canonical, groupsOf)).toBe('elsewhere');
    expect(placementVerdict(['hep-ph'], 'group:physics', canonical)).toBe('elsewhere');
  });

  it('is in an own group when the group is a broader group of one of the paper’s categories (arXiv’s Physics holds cond-mat)', () => {
    const groupsOf = (category: string) => (category.startsWith('cond-mat') ? ['cond-mat', 'physics'] : []);
    expect(placementVerdict(['cond-mat.str-el'], 'group:physics', canonical, groupsOf)).toBe('group');
    expect(placementVerdict(['cond-mat.str-el'], 'group:cond-mat', canonical, groupsOf)).toBe('group');
    expect(placementVerdict(['math.OA'], 'group:physics', canonical, groupsOf)).toBe('elsewhere');
  });
});

describe('arxivCategories', () => {
  it('keeps arXiv ids in order and drops MSC and ACM class strings', () => {
    expect(arxivCategories(['stat.ML', 'cs.LG', '68T07, 68T05, 68-04', 'I.2.6; I.5.1; I.5.3'])).toEqual(['stat.ML', 'cs.LG']);
  });
});

describe('placementsOf and the report', () => {
  it('reads each paper’s domain links whichever end the edge was written from, and lists the doubtful ones first', () => {
    const graph = createPaperGraph();
    graph.addNode('paper:a', { kind: 'paper', label: 'Groups with finitely many conjugacy classes', abstract: '' } as never);
    graph.addNode('paper:b', { kind: 'paper', label: 'Experimental efforts in search of 76Ge neutrinoless double beta decay', abstract: '' } as never);
    graph.addNode('domain:math.GR', { kind: 'domain', label: 'Group Theory' } as never);
    graph.addNode('domain:hep-ex', { kind: 'domain', label: 'High Energy Physics - Experiment' } as never);
    graph.addEdge('paper:a', 'domain:math.GR', { kind: 'in-domain', weight: 1, evidence: 'text: group theory, groups, theory' } as never);
    graph.addEdge('domain:hep-ex', 'paper:b', { kind: 'in-domain', weight: 0.5, evidence: 'text: particle physics, search' } as never);
    const { papers, placements } = placementsOf(graph, new Map([['paper:a', ['math.GR']], ['paper:b', ['hep-ph']]]));
    expect(papers).toBe(2);
    expect(placements.map((p) => `${p.domain} ${p.label}`)).toEqual(['math.GR Group Theory', 'hep-ex High Energy Physics - Experiment']);
    const evaluation: DomainEvaluation = {
      file: 'x.json',
      papers,
      placed: 2,
      fromText: 2,
      fromKeyphrase: 0,
      verdicts: { primary: 1, own: 0, archive: 0, group: 0, elsewhere: 1 },
      placements: placements.map((p) => ({ ...p, verdict: placementVerdict(p.categories, p.domain, canonical) })),
    };
    const report = formatDomainEvaluation(evaluation, true).split('\n');
    expect(report[1]).toBe('placed: 2 (100.0%), from text 2, from a keyphrase 0; 2 domain links');
    expect(report[3]).toMatch(/^elsewhere +Experimental efforts .* \| hep-ph -> hep-ex /);
    expect(report[4]).toMatch(/^primary +Groups with/);
    // The same figures as a row of eval/results.tsv, under the domain columns.
    const row = domainResultRow(evaluation, '2026-12-03T00:00:00.000Z', 'abc1234').split('\t');
    expect(row.slice(0, 4)).toEqual(['2026-12-03T00:00:00.000Z', 'abc1234', 'x.json', '2']);
    expect(row.slice(-8)).toEqual(['2', '100.0', '2', '1', '0', '0', '0', '1']);
    expect(row).toContain('domains');
  });
});
