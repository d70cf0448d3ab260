// The editable vocabulary: known methods and the domain taxonomy, parsed and validated from their JSON files (pure).

export interface KnownMethod {
  /** Node key, `method:<id>`. */
  key: string;
  label: string;
  /** Written forms to look for (the label included). Acronym-like forms ("LoRA", "GNN") match case-sensitively. */
  aliases: string[];
  /**
   * Aliases that English also uses in other senses ("transformer" the electrical device, "distillation" of liquids or
   * of knowledge), with what confirms the method's sense: such an alias names the method only in a paper that also
   * names one of `context` (terms of the method's own field) or another alias, or that is in one of `domains` (domain
   * ids, `cs.LG`). Absent when every alias is unambiguous.
   */
  ambiguous?: { aliases: string[]; context: string[]; domains: string[] };
}

export interface DomainDefinition {
  /** Node key, `domain:<id>` (the id is the taxonomy's own code, e.g. `cs.RO`). */
  key: string;
  label: string;
  description: string;
  /** The taxonomy's top level the entry belongs to ("Computer Science"), or null. */
  group: string | null;
  /** Other codes or subject labels that name this entry in a record's own categories ("cs.SY", a WoS category). */
  aliases: string[];
  /** Extra words or phrases that count for the entry in the text rule, besides its label and description. */
  terms: string[];
  /** False for catch-all entries ("Other Computer Science"): never assigned from text, only from a record. */
  fromText: boolean;
}

/**
 * A group of the taxonomy that is a field of its own ("Physics", "Mathematics", "Quantitative Finance"): a paper whose
 * text points into the group without telling its categories apart gets the group (see `domainFromText`).
 */
export interface DomainGroup {
  /** Node key, `domain:group:<id>` (no category id has a colon, so the two never clash). */
  key: string;
  /** The `group` its categories name. */
  label: string;
  description: string;
  /** Keys of the group's categories, its narrower entries. */
  members: string[];
  /** Key of the group this one is part of (arXiv's group Physics holds the astro-ph, cond-mat and nlin archives), or null. */
  parent: string | null;
}

/** How text evidence becomes a domain assignment (see `data/domains.json` and `domains.ts`). */
export interface DomainRule {
  /** The best category's score (summed weights of its distinct terms found in the paper) must reach this. */
  minScore: number;
  /** ...with at least this many distinct terms of that category found. */
  minTerms: number;
  /** ...and, unless one of them is a two-word phrase of the category ("natural language", "blood flow"), at least this
   * many: scattered common words ("risk", "management"; "language", "natural") are how another field's paper meets a
   * category by chance. */
  minTermsWithoutPhrase: number;
  /** ...and the best score must be at least this many times the runner-up's. */
  minMargin: number;
  /** At most this many domains per paper from the record's own categories. */
  maxPerPaper: number;
}

export interface Vocabulary {
  methods: KnownMethod[];
  domains: DomainDefinition[];
  domainRule: DomainRule;
  /** Groups of categories that are fields of their own, in the file's order. */
  domainGroups: DomainGroup[];
}

export const DEFAULT_VOCABULARY_FILES = { methods: 'data/methods.json', domains: 'data/domains.json' } as const;

export const DEFAULT_DOMAIN_RULE: DomainRule = { minScore: 0.5, minTerms: 2, minTermsWithoutPhrase: 4, minMargin: 2, maxPerPaper: 3 };

/** An empty vocabulary: no known methods, no domains (introduced methods and concepts still work). */
export const EMPTY_VOCABULARY: Vocabulary = { methods: [], domains: [], domainRule: DEFAULT_DOMAIN_RULE, domainGroups: [] };

export class VocabularyError extends Error {
  constructor(fileName: string, message: string) {
    super(`${fileName}: ${message}`);
    this.name = 'VocabularyError';
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(json: string | unknown, fileName: string): Record<string, unknown> {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (error) {
      throw new VocabularyError(fileName, `not valid JSON (${(error as Error).message})`);
    }
  }
  if (!isObject(data)) throw new VocabularyError(fileName, 'expected a JSON object at the top level');
  return data;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
/** Taxonomy codes keep their own spelling (`cs.RO`, `q-bio.NC`, `hep-th`). */
const DOMAIN_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9.-]*$/;

function readEntries(
  data: Record<string, unknown>,
  field: string,
  fileName: string,
  idPattern: RegExp = ID_PATTERN,
): { entry: Record<string, unknown>; where: string; id: string; label: string }[] {
  const list = data[field];
  if (!Array.isArray(list)) throw new VocabularyError(fileName, `expected a "${field}" array`);
  const seen = new Set<string>();
  return list.map((entry, index) => {
    const where = `${field}[${index}]`;
    if (!isObject(entry)) throw new VocabularyError(fileName, `${where} must be an object`);
    const { id, label } = entry;
    if (typeof id !== 'string' || !idPattern.test(id)) {
      throw new VocabularyError(
        fileName,
        idPattern === ID_PATTERN ? `${where}.id must be a lower-case slug like "graph-learning"` : `${where}.id must be a code like "cs.RO"`,
      );
    }
    if (seen.has(id)) throw new VocabularyError(fileName, `${where}.id "${id}" is used twice`);
    seen.add(id);
    if (typeof label !== 'string' || label.trim() === '') {
      throw new VocabularyError(fileName, `${where}.label must be a non-empty string`);
    }
    return { entry, where: `${where} ("${id}")`, id, label: label.trim() };
  });
}

function readStrings(value: unknown, where: string, fileName: string, required: boolean): string[] {
  if (value === undefined && !required) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
    throw new VocabularyError(fileName, `${where} must be an array of non-empty strings`);
  }
  if (required && value.length === 0) throw new VocabularyError(fileName, `${where} must not be empty`);
  return value.map((v: string) => v.trim());
}

/** Parse `methods.json`: `{ description, methods: [{ id, label, aliases?, ambiguous?: { aliases, context, domains? } }] }`. Throws VocabularyError naming the file. */
export function parseMethodsFile(json: string | unknown, fileName: string): KnownMethod[] {
  const data = parseJson(json, fileName);
  return readEntries(data, 'methods', fileName).map(({ entry, where, id, label }) => {
    const aliases = readStrings(entry.aliases, `${where}.aliases`, fileName, false);
    const method: KnownMethod = { key: `method:${id}`, label, aliases: [...new Set([label, ...aliases])] };
    if (entry.ambiguous !== undefined) {
      const ambiguous = entry.ambiguous;
      if (!isObject(ambiguous)) throw new VocabularyError(fileName, `${where}.ambiguous must be an object { aliases, context }`);
      const senses = readStrings(ambiguous.aliases, `${where}.ambiguous.aliases`, fileName, true);
      const context = readStrings(ambiguous.context, `${where}.ambiguous.context`, fileName, true);
      const known = new Set(method.aliases.map((alias) => alias.toLowerCase()));
      const unknown = senses.find((alias) => !known.has(alias.toLowerCase()));
      if (unknown !== undefined) throw new VocabularyError(fileName, `${where}.ambiguous.aliases: "${unknown}" is not the label or an alias`);
      const domains = readStrings(ambiguous.domains, `${where}.ambiguous.domains`, fileName, false);
      method.ambiguous = { aliases: senses, context, domains };
    }
    return method;
  });
}

/**
 * Parse `domains.json`: `{ description, source, licence, rule?: { minScore, minTerms, minTermsWithoutPhrase, minMargin, maxPerPaper },
 * groups?: [{ id, label, description?, parent? }], domains: [{ id, label, description?, group?, aliases?, terms? }] }`. A
 * group's label is the `group` its categories name; `parent` is the id of a broader group. Throws VocabularyError naming
 * the file.
 */
export function parseDomainsFile(json: string | unknown, fileName: string): { domains: DomainDefinition[]; rule: DomainRule; groups: DomainGroup[] } {
  const data = parseJson(json, fileName);
  const domains = readEntries(data, 'domains', fileName, DOMAIN_ID_PATTERN).map(({ entry, where, id, label }) => {
    const description = entry.description ?? '';
    if (typeof description !== 'string') throw new VocabularyError(fileName, `${where}.description must be a string`);
    const group = entry.group ?? null;
    if (group !== null && typeof group !== 'string') throw new VocabularyError(fileName, `${where}.group must be a string`);
    const aliases = readStrings(entry.aliases, `${where}.aliases`, fileName, false);
    const terms = readStrings(entry.terms, `${where}.terms`, fileName, false);
    const fromText = entry.fromText ?? true;
    if (typeof fromText !== 'boolean') throw new VocabularyError(fileName, `${where}.fromText must be true or false`);
    return { key: `domain:${id}`, label, description, group, aliases, terms, fromText };
  });
  let rule = DEFAULT_DOMAIN_RULE;
  if (data.rule !== undefined) {
    if (!isObject(data.rule)) throw new VocabularyError(fileName, '"rule" must be an object');
    const r = { ...DEFAULT_DOMAIN_RULE, ...data.rule } as Record<string, unknown>;
    const check = (name: string, ok: (v: number) => boolean, what: string) => {
      if (typeof r[name] !== 'number' || !ok(r[name] as number)) throw new VocabularyError(fileName, `rule.${name} must be ${what}`);
    };
    check('minScore', (v) => v >= 0, 'a number ≥ 0');
    check('minTerms', (v) => Number.isInteger(v) && v >= 1, 'an integer ≥ 1');
    check('minTermsWithoutPhrase', (v) => Number.isInteger(v) && v >= 1, 'an integer ≥ 1');
    check('minMargin', (v) => v >= 1, 'a number ≥ 1');
    check('maxPerPaper', (v) => Number.isInteger(v) && v >= 1, 'an integer ≥ 1');
    rule = {
      minScore: r.minScore as number,
      minTerms: r.minTerms as number,
      minTermsWithoutPhrase: r.minTermsWithoutPhrase as number,
      minMargin: r.minMargin as number,
      maxPerPaper: r.maxPerPaper as number,
    };
  }
  const groups: (DomainGroup & { where: string })[] =
    data.groups === undefined
      ? []
      : readEntries(data, 'groups', fileName).map(({ entry, where, id, label }) => {
          const description = entry.description ?? '';
          if (typeof description !== 'string') throw new VocabularyError(fileName, `${where}.description must be a string`);
          const members = domains.filter((domain) => domain.group === label).map((domain) => domain.key);
          if (members.length === 0) throw new VocabularyError(fileName, `${where}.label "${label}" is the group of no domain`);
          const parent = entry.parent ?? null;
          if (parent !== null && typeof parent !== 'string') throw new VocabularyError(fileName, `${where}.parent must be a group id`);
          return { key: `domain:group:${id}`, label, description, members, parent: parent === null ? null : `domain:group:${parent}`, where };
        });
  // A parent must be another group, and following parents must end (a cycle would make every level its own ancestor).
  for (const group of groups) {
    const seen = new Set([group.key]);
    for (let parent = group.parent; parent !== null; parent = groups.find((g) => g.key === parent)!.parent) {
      if (!groups.some((g) => g.key === parent)) throw new VocabularyError(fileName, `${group.where}.parent "${parent.slice('domain:group:'.length)}" is no group`);
      if (seen.has(parent)) throw new VocabularyError(fileName, `${group.where}.parent makes a cycle`);
      seen.add(parent);
    }
  }
  return { domains, rule, groups: groups.map(({ where: _where, ...group }) => group) };
}
