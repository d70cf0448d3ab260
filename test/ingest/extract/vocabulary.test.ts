// Vocabulary files: the bundled ones load, bad ones fail with the file name in the message.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadVocabulary } from '../../../ingest/extract/loadVocabulary';
import { findNameClashes, parseDomainsFile, parseMethodsFile } from '../../../ingest/extract';

describe('vocabulary files', () => {
  it('loads the bundled methods and domains', async () => {
    const vocabulary = await loadVocabulary();
    expect(vocabulary.methods.find((m) => m.key === 'method:lora')?.aliases).toContain('LoRA');
    expect(vocabulary.domains.map((d) => d.label)).toContain('Networking and Internet Architecture');
    // The arXiv taxonomy across its archives, not only computer science, and the fields arXiv does not cover.
    expect(new Set(vocabulary.domains.map((d) => d.group))).toEqual(
      new Set(['Astrophysics', 'Condensed Matter', 'Computer Science', 'Economics', 'Electrical Engineering and Systems Science',
        'Mathematics', 'Nonlinear Sciences', 'Physics', 'Quantitative Biology', 'Quantitative Finance', 'Statistics', 'Other fields']),
    );
    const otherFields = vocabulary.domains.filter((d) => d.group === 'Other fields').map((d) => d.label);
    expect(otherFields).toEqual(expect.arrayContaining(['Medicine', 'Public Health', 'Education', 'Psychology', 'Law', 'Business and Management']));
    expect(vocabulary.domains.find((d) => d.key === 'domain:eess.SY')?.aliases).toContain('cs.SY');
    // Every category answers to names of its own; the source and licence are stated in the file.
    expect(findNameClashes(vocabulary.domains)).toEqual([]);
    const file = JSON.parse(readFileSync('data/domains.json', 'utf8'));
    expect(file.source).toMatch(/arXiv/);
    expect(file.licence).toMatch(/MIT/);
    expect(vocabulary.domainRule.maxPerPaper).toBeGreaterThan(0);
    // Every arXiv group is a field of its own with its categories as members; 'Other fields' is no field and no group.
    expect(vocabulary.domainGroups.map((g) => g.label)).not.toContain('Other fields');
    const grouped = new Set(vocabulary.domainGroups.flatMap((g) => g.members));
    expect(vocabulary.domains.filter((d) => !grouped.has(d.key)).every((d) => d.group === 'Other fields')).toBe(true);
    // arXiv's group Physics holds the astro-ph, cond-mat and nlin archives: those groups name it as their parent.
    const parents = Object.fromEntries(vocabulary.domainGroups.map((g) => [g.key, g.parent]));
    expect(parents['domain:group:cond-mat']).toBe('domain:group:physics');
    expect(parents['domain:group:astro-ph']).toBe('domain:group:physics');
    expect(parents['domain:group:nlin']).toBe('domain:group:physics');
    expect(parents['domain:group:physics']).toBeNull();
    expect(parents['domain:group:math']).toBeNull();
  });

  it('names the file and entry of a problem', () => {
    expect(() => parseMethodsFile('{', 'm.json')).toThrow(/^m\.json: not valid JSON/);
    expect(() => parseMethodsFile({ methods: [{ id: 'A B', label: 'x' }] }, 'm.json')).toThrow(/m\.json: methods\[0\]\.id/);
    expect(() => parseMethodsFile({ methods: [{ id: 'a', label: 'x' }, { id: 'a', label: 'y' }] }, 'm.json')).toThrow(/used twice/);
    // An ambiguous alias must be one the method answers to, and it needs something that confirms the method's sense.
    expect(() => parseMethodsFile({ methods: [{ id: 'kd', label: 'Knowledge distillation', ambiguous: { aliases: ['distillation'], context: ['LLM'] } }] }, 'm.json')).toThrow(
      /m\.json: methods\[0\] \("kd"\)\.ambiguous\.aliases: "distillation" is not the label or an alias/,
    );
    expect(() => parseMethodsFile({ methods: [{ id: 'kd', label: 'Distillation', ambiguous: { aliases: ['distillation'], context: [] } }] }, 'm.json')).toThrow(
      /ambiguous\.context must not be empty/,
    );
    expect(parseMethodsFile({ methods: [{ id: 'p', label: 'Pruning', ambiguous: { aliases: ['pruning'], context: ['LLM'] } }] }, 'm.json')[0].ambiguous).toEqual({
      aliases: ['pruning'],
      context: ['LLM'],
      domains: [],
    });
    expect(() => parseDomainsFile({ domains: [{ id: 'cs.NI', label: 'Networks', aliases: [''] }] }, 'd.json')).toThrow(
      /d\.json: domains\[0\] \("cs\.NI"\)\.aliases must be an array of non-empty strings/,
    );
    expect(() => parseDomainsFile({ domains: [{ id: 'cs RO', label: 'Robotics' }] }, 'd.json')).toThrow(/domains\[0\]\.id must be a code/);
    expect(() => parseDomainsFile({ rule: { minMargin: 0.5 }, domains: [] }, 'd.json')).toThrow(/rule\.minMargin/);
    expect(() => parseDomainsFile({ rule: { maxPerPaper: 0 }, domains: [] }, 'd.json')).toThrow(/rule\.maxPerPaper/);
    expect(() => parseDomainsFile({ groups: [{ id: 'physics', label: 'Phys' }], domains: [{ id: 'hep-ph', label: 'HEP', group: 'Physics' }] }, 'd.json')).toThrow(
      /d\.json: groups\[0\] \("physics"\)\.label "Phys" is the group of no domain/,
    );
    const twoGroups = (parentOfA: string, parentOfB?: string) => ({
      groups: [
        { id: 'a', label: 'A', parent: parentOfA },
        { id: 'b', label: 'B', ...(parentOfB ? { parent: parentOfB } : {}) },
      ],
      domains: [
        { id: 'a.X', label: 'X', group: 'A' },
        { id: 'b.Y', label: 'Y', group: 'B' },
      ],
    });
    expect(parseDomainsFile(twoGroups('b'), 'd.json').groups.map((g) => g.parent)).toEqual(['domain:group:b', null]);
    expect(() => parseDomainsFile(twoGroups('c'), 'd.json')).toThrow(/d\.json: groups\[0\] \("a"\)\.parent "c" is no group/);
    expect(() => parseDomainsFile(twoGroups('b', 'a'), 'd.json')).toThrow(/d\.json: groups\[0\] \("a"\)\.parent makes a cycle/);
  });

  it('reports a missing file by path', async () => {
    await expect(loadVocabulary({ methods: 'nope/methods.json', domains: 'data/domains.json' })).rejects.toThrow(
      /nope\/methods\.json: cannot be read \(ENOENT\)/,
    );
  });
});
