// Candidate phrases of real sentences from other fields' abstracts (../shared/samples/biblio, quoted here): what the
// chunker no longer takes for a term, and the terms it still keeps.
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../../../ingest/extract/rank';

/** Every candidate phrase of one document, as first written (lower case but for acronyms and names with digits). */
function candidates(title: string, abstract: string): string[] {
  const analysis = analyseCorpus([{ id: 'a', title, abstract }]);
  return analysis.surfaces.filter((_, id) => analysis.phraseDf[id] > 0).map((forms) => forms.first);
}

describe('comparatives', () => {
  // PubMed, "Complex karyotype in de novo acute myeloid leukemia".
  const sentence =
    'They were younger (P = 0.007), had higher WBC (P = 0.001) and percentages of marrow (P < 0.001) and blood ' +
    '(P = 0.006) blasts, higher complete remission rates (P = 0.02), and longer overall survival (P < 0.001).';

  it('open no phrase: the compared thing is the candidate', () => {
    const found = candidates('Complex karyotype in acute myeloid leukemia', sentence);
    expect(found).not.toContain('higher WBC');
    expect(found).not.toContain('higher complete remission rates');
    expect(found).toEqual(expect.arrayContaining(['WBC', 'complete remission rates']));
  });

  it('"older patients" is no term (PubMed, ibrutinib in older patients)', () => {
    const found = candidates(
      'Ibrutinib Regimens versus Chemoimmunotherapy in Older Patients with Untreated CLL',
      'Among older patients with untreated CLL, treatment with ibrutinib was superior to treatment with bendamustine.',
    );
    expect(found).not.toContain('older patients');
    expect(found).not.toContain('Older Patients');
  });

  it('keeps the compounds English names with a comparative (Scopus, teaching agile software development)', () => {
    const found = candidates(
      'Teaching Agile Software Development',
      'It has become more important than ever that higher education institutions have a suitable approach.',
    );
    expect(found).toContain('higher education institutions');
  });

  it('leaves superlatives, which name terms of their own (seeds: nearest neighbor search)', () => {
    const found = candidates(
      'Learning to Route in Similarity Graphs',
      'Recently similarity graphs became the leading paradigm for efficient nearest neighbor search.',
    );
    expect(found).toContain('nearest neighbor search');
  });
});

describe('verbs inside a noun run', () => {
  it('a participle after a noun is its verb (PubMed, HDAC inhibition)', () => {
    const found = candidates('HDAC Inhibition Induces MicroRNA-182', 'HDAC inhibition induced miR-182 in AML cell lines and primary AML blasts.');
    expect(found.some((p) => p.includes('induced'))).toBe(false);
    expect(found).toEqual(expect.arrayContaining(['HDAC inhibition', 'AML cell lines', 'primary AML blasts']));
  });

  it('a gerund that is only a verb starts a clause (asreview, kangaroo care)', () => {
    const found = candidates(
      'Kangaroo Care: Experiences and Needs of Parents in Neonatal Intensive Care Unit (NICU)',
      'This review is focusing on the experiences and needs of parents with infants within NICU regarding Kangaroo Care.',
    );
    expect(found.some((p) => p.includes('regarding'))).toBe(false);
    expect(found).toEqual(expect.arrayContaining(['neonatal intensive care unit', 'kangaroo care']));
  });

  it('a plural noun that is also a verb, between a noun and an adjective, is the verb (seeds: C4, MoETuner)', () => {
    const communication = candidates(
      'Boosting Large-scale Parallel Training Efficiency with C4',
      'First, in parallel training, collective communication exhibits periodic and homogeneous characteristics, so any anomalies are certainly due to some form of hardware malfunction.',
    );
    expect(communication.some((p) => p.includes('exhibits'))).toBe(false);
    expect(communication).toEqual(expect.arrayContaining(['collective communication', 'homogeneous characteristics']));
    const experts = candidates(
      'MoETuner',
      'The imbalance in token processing load across experts causes uneven processing times on different GPUs, while communication skew between GPUs leads to unbalanced inter-GPU data transfers.',
    );
    expect(experts.some((p) => p.includes('causes'))).toBe(false);
    expect(experts).toContain('uneven processing times');
    // A plural noun before a noun or a verb stays a noun.
    expect(candidates('Costs', 'Communication costs dominate training.')).toContain('communication costs');
  });

  it('a gerund that can be a noun, or a capitalised one in a name, still continues a phrase', () => {
    const found = candidates('Balancing', 'A new load balancing algorithm for the PI3K signaling pathway.');
    expect(found).toEqual(expect.arrayContaining(['load balancing algorithm', 'PI3K signaling pathway']));
    // Seeds, "Pointer Networks".
    expect(candidates('Pointer Networks', 'Finding planar convex hulls, and the planar Travelling Salesman Problem.')).toContain(
      'planar travelling salesman problem',
    );
  });

  it('after "we" a past participle form is the past tense, not an adjective', () => {
    const found = candidates('lncRNAs in AML', 'We evaluated lncRNA expression in older patients with cytogenetically normal AML.');
    expect(found.some((p) => p.startsWith('evaluated'))).toBe(false);
    expect(found).toContain('lncRNA expression');
  });

  it('keeps participles that open a term (randomized controlled trials, distributed representations)', () => {
    const found = candidates('Trials', 'We reviewed randomized controlled trials of distributed representations.');
    expect(found).toEqual(expect.arrayContaining(['randomized controlled trials', 'distributed representations']));
  });
});

describe('words that describe the study, not its topic', () => {
  it('a reporting participle opens no phrase (PubMed: sotrastaurin, daratumumab)', () => {
    const pkc = candidates(
      'PKC-β as a therapeutic target in CLL',
      'We therefore evaluated sotrastaurin (AEB071), an orally administered potent PKC inhibitor, on CLL cell survival.',
    );
    expect(pkc.some((p) => p.startsWith('administered'))).toBe(false);
    expect(pkc).toContain('potent PKC inhibitor');
    const fratricide = candidates(
      'Interferon-γ Promotes Antibody-mediated Fratricide',
      'Results showed that IFNγ significantly increased daratumumab-mediated cytotoxicity.',
    );
    expect(fratricide).toContain('daratumumab-mediated cytotoxicity');
    expect(fratricide.some((p) => p.startsWith('increased'))).toBe(false);
  });

  it('number words are no part of a phrase (Scopus: teaching devops; asreview: childhood aggression)', () => {
    const devops = candidates(
      'Teaching devops in corporate environments',
      'The training experience was structured in two sessions of two days each conducted in different weeks with a gap of about fifteen days.',
    );
    expect(devops.some((p) => p.includes('fifteen'))).toBe(false);
    const aggression = candidates('Childhood aggression', 'Seventy-two meta-analyses and systematic reviews met the inclusion criteria.');
    expect(aggression.some((p) => p.toLowerCase().includes('seventy'))).toBe(false);
    expect(aggression).toEqual(expect.arrayContaining(['meta-analyses', 'systematic reviews', 'inclusion criteria']));
  });
});
