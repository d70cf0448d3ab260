// The one place `natural` is loaded (Node only), and only the parts we use: its index pulls every module (WordNet,
// database drivers, dotenv) and costs seconds at startup, while these submodules load in a fraction of that.
import { createRequire } from 'node:module';
import type * as Natural from 'natural';

const require = createRequire(import.meta.url);
const tagger = require('natural/lib/natural/brill_pos_tagger') as Pick<typeof Natural, 'BrillPOSTagger' | 'Lexicon' | 'RuleSet'>;
const PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer') as typeof Natural.PorterStemmer;
const stopwords = (require('natural/lib/natural/util/stopwords') as { words: string[] }).words;
const { TfIdf } = require('natural/lib/natural/tfidf') as Pick<typeof Natural, 'TfIdf'>;

const natural = {
  BrillPOSTagger: tagger.BrillPOSTagger,
  Lexicon: tagger.Lexicon,
  RuleSet: tagger.RuleSet,
  PorterStemmer,
  stopwords,
  TfIdf,
};

export default natural;
