// The editable vocabulary: known methods and the domain taxonomy, parsed and validated from their JSON files (pure).

export interface KnownMethod {
  /** Node key, `method:<id>`. */
  key: string;
  label: string;
  /** Written forms to look for (the label included). Acronym-like forms ("LoRA", "GNN") match case-sensitively. */
  aliases: string[];
}

export interface DomainDefinition {
  /** Node key, `domain:<id>`. */
  key: string;
  label: string;
  description: string;
  /** Terms whose occurrences vote for the domain. */
  triggers: string[];
}

/** How trigger scores become domain assignments (see `data/domains.json`). */
export interface DomainRule {
  /** A domain needs at least this score (trigger occurrences, title occurrences counting double). */
  minScore: number;
  /** ...and at least this fraction of the paper's best domain score. */
  minShareOfBest: number;
  /** At most this many domains per paper, best first. */
  maxPerPaper: number;
}

export interface Vocabulary {
  methods: KnownMethod[];
  domains: DomainDefinition[];
  domainRule: DomainRule;
}

export const DEFAULT_VOCABULARY_FILES = { methods: 'data/methods.json', domains: 'data/domains.json' } as const;

export const DEFAULT_DOMAIN_RULE: DomainRule = { minScore: 2, minShareOfBest: 0.5, maxPerPaper: 3 };

/** An empty vocabulary: no known methods, no domains (introduced methods and concepts still work). */
export const EMPTY_VOCABULARY: Vocabulary = { methods: [], domains: [], domainRule: DEFAULT_DOMAIN_RULE };

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

function readEntries(
  data: Record<string, unknown>,
  field: string,
  fileName: string,
): { entry: Record<string, unknown>; where: string; id: string; label: string }[] {
  const list = data[field];
  if (!Array.isArray(list)) throw new VocabularyError(fileName, `expected a "${field}" array`);
  const seen = new Set<string>();
  return list.map((entry, index) => {
    const where = `${field}[${index}]`;
    if (!isObject(entry)) throw new VocabularyError(fileName, `${where} must be an object`);
    const { id, label } = entry;
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      throw new VocabularyError(fileName, `${where}.id must be a lower-case slug like "graph-learning"`);
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

/** Parse `methods.json`: `{ description, methods: [{ id, label, aliases? }] }`. Throws VocabularyError naming the file. */
export function parseMethodsFile(json: string | unknown, fileName: string): KnownMethod[] {
  const data = parseJson(json, fileName);
  return readEntries(data, 'methods', fileName).map(({ entry, where, id, label }) => {
    const aliases = readStrings(entry.aliases, `${where}.aliases`, fileName, false);
    return { key: `method:${id}`, label, aliases: [...new Set([label, ...aliases])] };
  });
}

/**
 * Parse `domains.json`: `{ description, rule?: { minScore, minShareOfBest, maxPerPaper }, domains: [{ id, label,
 * description, triggers }] }`. Throws VocabularyError naming the file.
 */
export function parseDomainsFile(json: string | unknown, fileName: string): { domains: DomainDefinition[]; rule: DomainRule } {
  const data = parseJson(json, fileName);
  const domains = readEntries(data, 'domains', fileName).map(({ entry, where, id, label }) => {
    const description = entry.description ?? '';
    if (typeof description !== 'string') throw new VocabularyError(fileName, `${where}.description must be a string`);
    const triggers = readStrings(entry.triggers, `${where}.triggers`, fileName, true);
    return { key: `domain:${id}`, label, description, triggers };
  });
  let rule = DEFAULT_DOMAIN_RULE;
  if (data.rule !== undefined) {
    if (!isObject(data.rule)) throw new VocabularyError(fileName, '"rule" must be an object');
    const r = { ...DEFAULT_DOMAIN_RULE, ...data.rule } as Record<string, unknown>;
    const check = (name: string, ok: (v: number) => boolean, what: string) => {
      if (typeof r[name] !== 'number' || !ok(r[name] as number)) throw new VocabularyError(fileName, `rule.${name} must be ${what}`);
    };
    check('minScore', (v) => v >= 0, 'a number ≥ 0');
    check('minShareOfBest', (v) => v >= 0 && v <= 1, 'a number between 0 and 1');
    check('maxPerPaper', (v) => Number.isInteger(v) && v >= 1, 'an integer ≥ 1');
    rule = { minScore: r.minScore as number, minShareOfBest: r.minShareOfBest as number, maxPerPaper: r.maxPerPaper as number };
  }
  return { domains, rule };
}
