// One idea, one node: nodes that share a name are merged, and a narrower idea points to the broader one it is a kind of.
import type { ConceptInfo, DomainInfo, MethodInfo, PaperConcepts } from '../types';
import { isAcronymLike, singular } from './match';
import type { AcronymEntry, CorpusAnalysis } from './rank';
import { STOPWORDS, normaliseWords, stemWord, tokenize } from './text';

/** A name as compared across nodes: lower-case words, hyphens and plural endings ignored ("Mixtures-of-Experts" = "mixture of experts"). */
export function normaliseName(name: string): string {
  return normaliseWords(name).map(singular).join(' ');
}

interface Named {
  key: string;
  label: string;
  aliases?: string[];
  acronym?: string | null;
}

/** The normalised names a node answers to: its label, aliases and acronym. */
export function namesOf(node: Named): Set<string> {
  const names = new Set<string>();
  for (const name of [node.label, ...(node.aliases ?? []), ...(node.acronym ? [node.acronym] : [])]) {
    const normalised = normaliseName(name);
    if (normalised !== '') names.add(normalised);
  }
  return names;
}

/** Normalised names that more than one node answers to, with those nodes' keys (sorted): empty when every idea is one node. */
export function findNameClashes(nodes: Named[]): { name: string; keys: string[] }[] {
  const owners = new Map<string, Set<string>>();
  for (const node of nodes) {
    for (const name of namesOf(node)) {
      const keys = owners.get(name) ?? new Set<string>();
      keys.add(node.key);
      owners.set(name, keys);
    }
  }
  return [...owners]
    .filter(([, keys]) => keys.size > 1)
    .map(([name, keys]) => ({ name, keys: [...keys].sort() }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

const KIND_RANK: Record<string, number> = { domain: 0, method: 1, concept: 2 };

/**
 * Merge nodes that answer to the same name, until none do. The survivor is the domain if one is involved (a field of
 * the taxonomy), else a method (known before introduced), else the first concept by key; the others' names become its
 * aliases and their papers link to it: a concept's papers get the method (`uses-method`) or the domain (`in-domain`,
 * evidence "keyphrase “…”", or "keyword “…”" for a record keyword the text did not rank). Mutates the maps and the papers' lists.
 */
export function mergeSameIdeas(
  concepts: Map<string, ConceptInfo>,
  methods: Map<string, MethodInfo>,
  domains: Map<string, DomainInfo>,
  papers: PaperConcepts[],
): void {
  // Which papers hold each key among their keyphrases or methods: a fold visits those papers, not every paper (on a
  // 20k-paper corpus each of dozens of folds scanned every paper's lists). Kept a superset as keys move: a paper
  // gaining a key is added, one losing it stays listed and is skipped by the checks in foldInto.
  const holders = new Map<string, Set<number>>();
  const hold = (key: string, paper: number) => {
    const set = holders.get(key);
    if (set) set.add(paper);
    else holders.set(key, new Set([paper]));
  };
  // Only the keys of a clash can be folded, so only theirs are listed, each once before its first round (papers that
  // gain it later are added by foldInto): most shared concepts clash with nothing, and listing the holders of every
  // concept and method cost more than all the folds on 100k papers.
  const listed = new Set<string>();
  const listHolders = (keys: string[]) => {
    const wanted = new Set(keys.filter((key) => !listed.has(key)));
    if (wanted.size === 0) return;
    for (const key of wanted) listed.add(key);
    papers.forEach((paper, index) => {
      for (const term of paper.keyphrases) if (wanted.has(term.key)) hold(term.key, index);
      for (const method of paper.methods) if (wanted.has(method.key)) hold(method.key, index);
    });
  };
  for (let round = 0; round < 10; round++) {
    const nodes: Named[] = [...domains.values(), ...methods.values(), ...concepts.values()];
    const clashes = findNameClashes(nodes);
    if (clashes.length === 0) return;
    listHolders(clashes.flatMap(({ keys }) => keys));
    const merged = new Set<string>();
    for (const { keys } of clashes) {
      const alive = keys.filter((key) => !merged.has(key) && (concepts.has(key) || methods.has(key) || domains.has(key)));
      if (alive.length < 2) continue;
      const rank = (key: string) => {
        const kind = key.slice(0, key.indexOf(':'));
        const known = methods.get(key)?.origin === 'known' ? 0 : 1;
        return KIND_RANK[kind] * 10 + known;
      };
      const [survivor, ...others] = alive.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
      for (const other of others) {
        foldInto(other, survivor, concepts, methods, domains, papers, holders, hold);
        merged.add(other);
      }
    }
  }
}

function foldInto(
  from: string,
  into: string,
  concepts: Map<string, ConceptInfo>,
  methods: Map<string, MethodInfo>,
  domains: Map<string, DomainInfo>,
  papers: PaperConcepts[],
  holders: Map<string, Set<number>>,
  hold: (key: string, paper: number) => void,
): void {
  const source = concepts.get(from) ?? methods.get(from);
  if (!source) return; // a domain is never folded into anything (domains rank first)
  const target = concepts.get(into) ?? methods.get(into);
  if (target) {
    const names = new Set([...target.aliases, source.label, ...source.aliases]);
    names.delete(target.label);
    // A new list, never the old one grown in place: finishExtraction tells a known method whose names grew by merging
    // (its link checks made before the merge no longer hold) by its aliases no longer being the list it started with.
    target.aliases = [...names].sort();
    if ('acronym' in target && 'acronym' in source) target.acronym ??= source.acronym;
    if ('origin' in target && 'introducedBy' in source) target.introducedBy ??= source.introducedBy;
  }
  // In paper order, as a pass over all papers would visit them.
  for (const index of [...(holders.get(from) ?? [])].sort((a, b) => a - b)) {
    const paper = papers[index];
    const hadConcept = paper.keyphrases.find((term) => term.key === from);
    const hadMethod = paper.methods.find((m) => m.key === from);
    if (!hadConcept && !hadMethod) continue;
    if (hadMethod) paper.methods = paper.methods.filter((m) => m.key !== from);
    for (const mention of paper.mentions) if (mention.method === from) mention.method = into;
    if (concepts.has(into)) {
      if (hadConcept) {
        hadConcept.key = into;
        hold(into, index);
      }
    } else if (methods.has(into)) {
      if (!paper.methods.some((m) => m.key === into)) {
        paper.methods.push({ key: into, weight: hadMethod?.weight ?? 1 });
        hold(into, index);
      }
    } else if (domains.has(into) && !paper.domains.some((d) => d.key === into)) {
      const label = hadConcept?.label ?? source.label;
      paper.domains.push({ key: into, weight: 0.5, evidence: `${hadConcept?.keyword ? 'keyword' : 'keyphrase'} “${label}”` });
    }
  }
  concepts.delete(from);
  methods.delete(from);
}

/** A name as stems, with acronyms read as their expansions, and where a modifier may be cut off: between written
 * words, never inside a hyphenated one ("multi-agent" is one modifier, not "multi" + "agent"). */
interface StemmedName {
  stems: string[];
  /** Word indexes at which a new written word starts. */
  cuts: Set<number>;
}

/**
 * Stems of a written name, with acronyms read as their expansions ("GNN-MoE" → "graph neural network mixtur of
 * expert"), so a method's name and a concept's key compare word by word.
 */
function stemName(name: string, acronyms: Map<string, AcronymEntry>): StemmedName {
  const stems: string[] = [];
  const cuts = new Set<number>();
  for (const token of tokenize(name)) {
    cuts.add(stems.length);
    const parts = token.split('-');
    for (const part of parts) {
      // An acronym part of a compound ("GNN-MoE") is a word of its own.
      const acronym = isAcronymLike(part) ? (acronyms.get(part) ?? acronyms.get(part.replace(/s$/, ''))) : undefined;
      if (acronym) {
        cuts.add(stems.length);
        stems.push(...acronym.key.split(' '));
      } else stems.push(...normaliseWords(part).map(stemWord));
    }
  }
  return { stems, cuts };
}

/**
 * `broader` links from the phrases' head/modifier structure: a node whose name ends with another node's whole name,
 * after one or more modifiers, is a kind of it ("sparse MoE" → mixture of experts, "MoE LLM" → large language model,
 * "GNN-MoE" → mixture of experts). The longest such head wins. A tail after a preposition is a complement, not the
 * head ("mixture of experts" is not a kind of "experts"), and a cut never falls inside a hyphenated word.
 */
export function findBroader(
  concepts: Map<string, ConceptInfo>,
  methods: Map<string, MethodInfo>,
  analysis: CorpusAnalysis,
): { narrower: string; broader: string }[] {
  const acronyms = analysis.acronyms;
  const namesByNode = new Map<string, StemmedName[]>();
  for (const concept of concepts.values()) {
    const stems = concept.key.slice('concept:'.length).split(' ');
    // The written label tells where its words start, when it spells the same stems as the key.
    const written = stemName(concept.label.replace(/\s*\([^()]*\)$/, ''), acronyms);
    const cuts = written.stems.join(' ') === stems.join(' ') ? written.cuts : new Set(stems.map((_, k) => k));
    namesByNode.set(concept.key, [{ stems, cuts }]);
  }
  for (const method of methods.values()) {
    namesByNode.set(
      method.key,
      [method.label, ...method.aliases].map((name) => stemName(name, acronyms)).filter((name) => name.stems.length > 0),
    );
  }
  const owner = new Map<string, string>();
  for (const [node, names] of [...namesByNode].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    for (const { stems } of names) {
      const key = stems.join(' ');
      if (!owner.has(key)) owner.set(key, node);
    }
  }
  const stopStems = new Set([...STOPWORDS].map((word) => stemWord(word)));
  const links: { narrower: string; broader: string }[] = [];
  for (const [node, names] of [...namesByNode].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let best: { broader: string; length: number } | null = null;
    for (const { stems, cuts } of names) {
      for (let k = 1; k < stems.length; k++) {
        if (!cuts.has(k) || stopStems.has(stems[k - 1]) || stopStems.has(stems[k])) continue;
        const head = owner.get(stems.slice(k).join(' '));
        if (!head || head === node) continue;
        if (!best || stems.length - k > best.length) best = { broader: head, length: stems.length - k };
        break;
      }
    }
    if (best) links.push({ narrower: node, broader: best.broader });
  }
  return links;
}
