// Node-side loader of the vocabulary files: the one file of ingest/extract that reads from disk.
import { readFile } from 'node:fs/promises';
import { DEFAULT_VOCABULARY_FILES, VocabularyError, parseDomainsFile, parseMethodsFile, type Vocabulary } from './vocabulary';

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new VocabularyError(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** Read and validate the methods and domains files; errors name the file. */
export async function loadVocabulary(
  paths: { methods: string; domains: string } = DEFAULT_VOCABULARY_FILES,
): Promise<Vocabulary> {
  const [methodsText, domainsText] = await Promise.all([readText(paths.methods), readText(paths.domains)]);
  const methods = parseMethodsFile(methodsText, paths.methods);
  const { domains, rule, groups } = parseDomainsFile(domainsText, paths.domains);
  return { methods, domains, domainRule: rule, domainGroups: groups };
}
