// PubMed XML reader (E-utilities `efetch … retmode=xml`, `<PubmedArticleSet>`): full records with their reference lists,
// streamed. Unlike MEDLINE (.nbib), the XML carries each article's references (`ReferenceList`) with their PubMed,
// PMC and DOI ids, so citations between the papers of a PubMed collection are found.
import { emptyBibFields, setId, type PaperIds, type ReferenceRecord } from '../../src/shared/record';
import type { RawListing, ReadResult, SourceReader } from '../types';
import { documentType, medlineAffiliation, medlineDate } from './pubmed';
import { parseYear, setPmcid } from './recordValues';
import { sourceName } from './text';
import { readXmlRecords } from './xmlReader';
import { childElements, childText, elementAt, elementText, textAt, type XmlElement } from './xmlRecords';
import { dropAbstractLabel, unbracketTranslatedTitle } from './exportText';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * PubMed's inline markup in titles and abstracts (`<i>in vivo</i>`, `CO<sub>2</sub>`): the record trees keep an
 * element's own text apart from its children's, so the tags are removed first to keep the words in their order.
 */
const INLINE_MARKUP = /<\/?(?:i|b|u|sup|sub)>/g;

/**
 * Some years of PubMed XML dropped the spaces around inline elements (`variants at the<i>TERT</i>gene region`, 2018).
 * An italic, bold or underlined word that meets a word on either side is a word of its own there, so a space goes
 * back; a one-letter part stays joined (`p<i>K</i>a`, `<i>BRCA1</i>s`) and `<sub>`/`<sup>` never part words.
 */
const GLUED_MARKUP = /(?<=\p{L}{2})(?:<(?:i|b|u)>(?=\p{L}{2})|<\/(?:i|b|u)>(?=\p{L}{2}|\())/gu;

function removeInlineMarkup(text: string): string {
  return text.replace(GLUED_MARKUP, ' ').replace(INLINE_MARKUP, '');
}

/** `<PubDate>` (Year/Month/Day, or a MedlineDate such as `1998 Dec-1999 Jan`) → date and year, as MEDLINE's `DP`. */
function pubDate(date: XmlElement | undefined): { date: string | null; year: number | null } {
  if (!date) return { date: null, year: null };
  const medline = childText(date, 'MedlineDate');
  if (medline) return medlineDate(medline);
  const month = childText(date, 'Month');
  const monthName = month && /^\d{1,2}$/.test(month) ? MONTH_NAMES[Number(month) - 1] : month;
  return medlineDate([childText(date, 'Year'), monthName, childText(date, 'Day')].filter(Boolean).join(' '));
}

function authorName(author: XmlElement): string | null {
  const last = childText(author, 'LastName');
  if (last) {
    const fore = childText(author, 'ForeName') ?? childText(author, 'Initials');
    return fore ? `${last}, ${fore}` : last;
  }
  return childText(author, 'CollectiveName');
}

/** Ids of an `ArticleIdList` (`<ArticleId IdType="doi">`), as the article's own or a reference's. */
function articleIds(list: XmlElement | undefined, ids: PaperIds): PaperIds {
  for (const id of list ? childElements(list, 'ArticleId') : []) {
    const value = elementText(id);
    const type = (id.attributes.IdType ?? '').toLowerCase();
    if (type === 'doi') setId(ids, 'doi', value);
    else if (type === 'pubmed') setId(ids, 'pmid', value);
    else if (type === 'pmc') setPmcid(ids, value);
  }
  return ids;
}

/**
 * First author of a citation that opens with one: Vancouver `Rabinowitz JD, White E (2010) …` or APA `Altwegg, R. , …`.
 * Older PubMed references are only a source (`Cell. 1992 Dec 11;71(6):1003-14`): no author then.
 */
function citedFirstAuthor(text: string): string | null {
  const vancouver = /^([\p{Lu}][\p{L}'’ -]*?) [A-Z]{1,3}(?:,|\.| \(|$)/u.exec(text);
  if (vancouver) return vancouver[1];
  const apa = /^([\p{Lu}][\p{L}'’ -]*?), (?:[A-Z]\.\s*)+/u.exec(text);
  return apa ? apa[1] : null;
}

/** A `<Reference>`: the citation as written (Vancouver style: `Smith J, Doe A. Title. J Name. 2010;1:1-10.`) and its ids. */
function referenceOf(reference: XmlElement): ReferenceRecord | null {
  const text = childText(reference, 'Citation');
  const ids = articleIds(elementAt(reference, 'ArticleIdList'), {});
  if (text === null && Object.keys(ids).length === 0) return null;
  return {
    ids,
    text,
    firstAuthor: text ? citedFirstAuthor(text) : null,
    year: text ? parseYear(text) : null,
    title: null,
    source: null,
  };
}

/**
 * The article's own references as PubMed linked them before it wrote `ReferenceList`s (2018 files still do):
 * `<CommentsCorrections RefType="Cites">` with a source line (`Stat Med. 1989 May;8(5):551-61`) and a PMID. Comments,
 * errata and retractions are links between records, not citations, and are left out.
 */
function citedCorrections(citation: XmlElement | undefined): ReferenceRecord[] {
  const list = elementAt(citation, 'CommentsCorrectionsList');
  return (list ? childElements(list, 'CommentsCorrections') : [])
    .filter((link) => link.attributes.RefType === 'Cites')
    .map((link) => {
      const text = childText(link, 'RefSource');
      const ids: PaperIds = {};
      setId(ids, 'pmid', childText(link, 'PMID'));
      return { ids, text, firstAuthor: null, year: text ? parseYear(text) : null, title: null, source: text ? /^(.+?)\.\s/.exec(text)?.[1] ?? null : null };
    })
    .filter((reference) => reference.text !== null || Object.keys(reference.ids).length > 0);
}

/** `ReferenceList` references, then the `Cites` links they do not already name by PMID. */
function referencesOf(record: XmlElement, citation: XmlElement | undefined): ReferenceRecord[] {
  const referenceList = elementAt(record, 'PubmedData/ReferenceList');
  const listed = (referenceList ? childElements(referenceList, 'Reference') : [])
    .map(referenceOf)
    .filter((reference): reference is ReferenceRecord => reference !== null);
  const listedPmids = new Set(listed.map((reference) => reference.ids.pmid).filter(Boolean));
  return [...listed, ...citedCorrections(citation).filter((reference) => !listedPmids.has(reference.ids.pmid))];
}

function abstractOf(article: XmlElement | undefined): string {
  const abstract = elementAt(article, 'Abstract');
  if (!abstract) return '';
  return childElements(abstract, 'AbstractText')
    .map((part) => {
      const label = part.attributes.Label;
      const text = elementText(part);
      return label && text !== '' ? `${label}: ${text}` : text;
    })
    .filter((part) => part !== '')
    .join(' ');
}

function articleToListing(record: XmlElement, source: string): RawListing | null {
  const citation = elementAt(record, 'MedlineCitation');
  const article = elementAt(citation, 'Article');
  const title = unbracketTranslatedTitle(textAt(article, 'ArticleTitle') ?? textAt(article, 'VernacularTitle') ?? '');
  if (title === '') return null;
  const authorList = elementAt(article, 'AuthorList');
  const authors = (authorList ? childElements(authorList, 'Author') : [])
    .map(authorName)
    .filter((name): name is string => name !== null);
  const firstAuthor = authorList ? childElements(authorList, 'Author')[0] : undefined;
  const dated = pubDate(elementAt(article, 'Journal/JournalIssue/PubDate'));
  const ids: PaperIds = {};
  setId(ids, 'pmid', textAt(citation, 'PMID'));
  for (const location of article ? childElements(article, 'ELocationID') : []) {
    if (location.attributes.EIdType === 'doi') setId(ids, 'doi', elementText(location));
  }
  articleIds(elementAt(record, 'PubmedData/ArticleIdList'), ids);
  const keywordList = elementAt(citation, 'KeywordList');
  const meshList = elementAt(citation, 'MeshHeadingList');
  const typeList = elementAt(article, 'PublicationTypeList');
  return {
    ...emptyBibFields(),
    title,
    abstract: dropAbstractLabel(abstractOf(article)),
    ids,
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: textAt(article, 'Journal/Title') ?? textAt(article, 'Journal/ISOAbbreviation'),
    ...dated,
    keywords: [...new Set((keywordList ? childElements(keywordList, 'Keyword') : []).map(elementText).filter(Boolean))],
    categories: [...new Set((meshList ? childElements(meshList, 'MeshHeading') : []).map((heading) => textAt(heading, 'DescriptorName')).filter((name): name is string => name !== null))],
    ...minorHeadingsOf(meshList ? childElements(meshList, 'MeshHeading') : []),
    // As the MEDLINE reader gives it: the first affiliation without its closing full stop, e-mail or "From the".
    organisation: medlineAffiliation(firstAuthor ? textAt(firstAuthor, 'AffiliationInfo/Affiliation') ?? '' : ''),
    type: documentType((typeList ? childElements(typeList, 'PublicationType') : []).map(elementText)),
    url: ids.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${ids.pmid}/` : null,
    references: referencesOf(record, citation),
    source,
    line: elementAt(article, 'ArticleTitle')?.line ?? record.line,
  };
}

/** The MeSH descriptors not marked a main topic (MajorTopicYN="Y" on the descriptor or on one of its qualifiers). */
function minorHeadingsOf(headings: XmlElement[]): { minorHeadings?: string[] } {
  const minor = headings
    .filter((heading) => ![elementAt(heading, 'DescriptorName'), ...childElements(heading, 'QualifierName')].some((name) => name?.attributes.MajorTopicYN === 'Y'))
    .map((heading) => textAt(heading, 'DescriptorName'))
    .filter((name): name is string => name !== null);
  return minor.length > 0 ? { minorHeadings: [...new Set(minor)] } : {};
}

/**
 * An NCBI Bookshelf record (`<PubmedBookArticle>`: a StatPearls or GeneReviews chapter, or a whole book): the chapter's
 * title, its authors (not the book's editors), the book as its venue, the book's date, its PMID, Bookshelf and DOI ids.
 */
function bookToListing(record: XmlElement, source: string): RawListing | null {
  const bookDocument = elementAt(record, 'BookDocument');
  const book = elementAt(bookDocument, 'Book');
  const chapterTitle = textAt(bookDocument, 'ArticleTitle');
  const bookTitle = textAt(book, 'BookTitle');
  const title = unbracketTranslatedTitle(chapterTitle ?? bookTitle ?? '');
  if (title === '') return null;
  // A chapter's own authors; a whole book's are the book's, when they are its authors and not its editors.
  const authorList = [elementAt(bookDocument, 'AuthorList'), elementAt(book, 'AuthorList')]
    .find((list) => list !== undefined && (list.attributes.Type ?? 'authors') === 'authors');
  const authorElements = authorList ? childElements(authorList, 'Author') : [];
  const authors = authorElements.map(authorName).filter((name): name is string => name !== null);
  const ids: PaperIds = {};
  setId(ids, 'pmid', textAt(bookDocument, 'PMID'));
  articleIds(elementAt(bookDocument, 'ArticleIdList'), ids);
  articleIds(elementAt(record, 'PubmedBookData/ArticleIdList'), ids);
  const keywordList = elementAt(bookDocument, 'KeywordList');
  const referenceList = elementAt(bookDocument, 'ReferenceList');
  return {
    ...emptyBibFields(),
    title,
    abstract: dropAbstractLabel(abstractOf(bookDocument)),
    ids,
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: chapterTitle ? bookTitle : textAt(book, 'CollectionTitle'),
    ...pubDate(elementAt(book, 'PubDate')),
    keywords: [...new Set((keywordList ? childElements(keywordList, 'Keyword') : []).map(elementText).filter(Boolean))],
    organisation: medlineAffiliation(authorElements[0] ? textAt(authorElements[0], 'AffiliationInfo/Affiliation') ?? '' : ''),
    type: chapterTitle ? 'book chapter' : 'book',
    url: ids.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${ids.pmid}/` : null,
    references: (referenceList ? childElements(referenceList, 'Reference') : [])
      .map(referenceOf)
      .filter((reference): reference is ReferenceRecord => reference !== null),
    source,
    line: (elementAt(bookDocument, 'ArticleTitle') ?? elementAt(book, 'BookTitle'))?.line ?? record.line,
  };
}

/** Pure: a PubMed XML document → full records (articles and Bookshelf records); broken ones are reported with their line. */
export function parsePubmedXml(text: string, file: string): ReadResult {
  const source = sourceName(file);
  const { entries, warnings } = readXmlRecords(removeInlineMarkup(text), file, {
    isRecord: (name) => name === 'PubmedArticle' || name === 'PubmedBookArticle',
    what: 'PubMed record',
    kept: 'the record is kept',
    read: ({ element }, index) => {
      if (element.name === 'PubmedBookArticle') {
        return bookToListing(element, source) ?? { line: element.line, skipped: `PubMed record #${index} (a book) has no ArticleTitle or BookTitle; skipped` };
      }
      return articleToListing(element, source) ?? { line: element.line, skipped: `PubMed record #${index} has no ArticleTitle; skipped` };
    },
  });
  return { entries, warnings };
}

export const pubmedXmlReader: SourceReader = {
  format: 'pubmed-xml',
  detect: (text) => /<PubmedArticleSet[\s>]/.test(text.slice(0, 5000)),
  read: parsePubmedXml,
};
