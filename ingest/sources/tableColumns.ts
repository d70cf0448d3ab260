// The column (CSV/TSV header) and key (JSON record) names the table reader recognises, matched case- and
// separator-insensitively ("Publication Year", "publication_year" and "publicationYear" are one name).

export type TableField =
  | 'title'
  | 'abstract'
  | 'authors'
  | 'authorsCount'
  | 'year'
  | 'date'
  | 'doi'
  | 'arxiv'
  | 'pmid'
  | 'pmcid'
  | 'openalex'
  | 'wos'
  | 'scopus'
  | 's2'
  | 'lens'
  | 'dimensions'
  | 'id'
  | 'url'
  | 'pdfUrl'
  | 'venue'
  | 'keywords'
  | 'indexTerms'
  | 'categories'
  | 'type'
  | 'organisation'
  | 'upvotes'
  | 'references'
  | 'extra'
  | 'openUrl'
  | 'citation';

/**
 * Recognised names per field, in order of preference when a record has several (the first non-empty one wins).
 * Written here already normalised: lower-case letters and digits only.
 */
export const TABLE_COLUMN_NAMES: Record<TableField, readonly string[]> = {
  // `Item Title`: Springer Link's CSV of search results. `Title Primary`: RefWorks' tab-delimited field names, which
  // Citavi's table export writes too (with `Authors, Primary` and `Periodical Full`).
  title: ['title', 'papertitle', 'articletitle', 'documenttitle', 'worktitle', 'itemtitle', 'titleprimary'],
  // `abstracts`: the screening data sets ASReview publishes (PubMed records of the drug class reviews).
  abstract: ['abstract', 'summary', 'description', 'abstracttext', 'abstractnote', 'paperabstract', 'abstracts'],
  // `Author Full Names` before `Authors`: Web of Science's spreadsheet export has both, the short ones initials only.
  authors: [
    'authorfullnames', 'authors', 'author', 'authornames', 'authorlist', 'authorstring', 'creators', 'creator', 'authorsprimary',
    // OpenAlex's CSV export of 2024, its JSON flattened with dots (`authorships.author.display_name`, `|`-joined),
    // the names OpenAlex settled on before the names as printed.
    'authorshipsauthordisplayname', 'authorshipsrawauthorname',
  ],
  authorsCount: ['authorscount', 'authorcount', 'numauthors', 'nauthors'],
  // `Published Year`: Covidence's CSV export.
  year: ['year', 'publicationyear', 'pubyear', 'yearpublished', 'publishedyear'],
  date: [
    'date', 'published', 'publishedat', 'publicationdate', 'pubdate', 'publishdate', 'datepublished', 'publishedon', 'issued',
    // PRISM's `prism:coverDate` (the Scopus Search API's date); Europe PMC's `firstPublicationDate`; Embase's
    // `Date of Publication` ("14 Mar 2024").
    'coverdate', 'firstpublicationdate', 'dateofpublication',
    // Web of Science's spreadsheet export: an Early Access record has no publication date yet ("SEP 2022"), as its
    // plain-text export's `EA` line, which the WoS reader takes then too.
    'earlyaccessdate',
  ],
  doi: ['doi', 'doiurl', 'itemdoi', 'idsdoi'],
  arxiv: ['arxivid', 'arxiv', 'arxivno', 'arxivnumber'],
  // `ids.pmid`, `ids.pmcid`, `ids.openalex`: OpenAlex's flattened CSV (the ids as links).
  // `Medline PMID`: Embase's CSV of a record MEDLINE also indexes.
  pmid: ['pmid', 'pubmedid', 'pubmed', 'idspmid', 'medlinepmid'],
  pmcid: ['pmcid', 'pmc', 'pubmedcentral', 'idspmcid'],
  openalex: ['openalexid', 'openalex', 'idsopenalex'],
  wos: ['ut', 'wosid', 'wosuid', 'utuniquewosid'],
  scopus: ['eid', 'scopusid', 'scopuseid'],
  s2: ['corpusid', 's2id', 's2paperid', 'semanticscholarid', 'paperid'],
  // Lens.org's scholarly CSV export (`Lens ID`; its `References` column lists the cited works' Lens IDs).
  lens: ['lensid', 'lens'],
  // Dimensions' `Publication ID` (`pub.…`; its "Cited references" name the cited works by it). Kept only when it is one.
  dimensions: ['publicationid', 'dimensionsid'],
  id: ['id', 'identifier'],
  // `ArticleURL` / `FullTextURL`: Publish or Perish's CSV of Google Scholar results; `Source Linkout` (the publisher's
  // page) and `Dimensions URL`: Dimensions' export.
  url: [
    // `url_abs` (the arXiv page) before `paper_url` (its own page): Papers with Code's papers-with-abstracts JSON.
    'url', 'link', 'href', 'sourceurl', 'landingpage', 'landingpageurl', 'absurl', 'urlabs', 'abstracturl', 'paperurl', 'externalurl', 'articleurl',
    // `PLink`: EBSCOhost's CSV (the record's permanent link).
    'sourcelinkout', 'dimensionsurl', 'plink',
    // OpenAlex's flattened CSV.
    'primarylocationlandingpageurl',
    // `Full Text Link`: Embase's CSV (the publisher's page, through its DOI).
    'fulltextlink',
  ],
  pdfUrl: ['pdfurl', 'urlpdf', 'pdf', 'pdflink', 'fulltexturl', 'primarylocationpdfurl'],
  venue: [
    // The journal's own names before `source`: Europe PMC's `source` is its database code ("MED", "PMC", "PPR") and
    // its journal is `journalTitle` (lite records) or `journalInfo.journal.title` (core records).
    // `proceeding` before `conference`: Papers with Code names the venue ("NeurIPS 2018 12") in the first and its own
    // page slug in the second.
    'venue', 'journal', 'journaltitle', 'journalname', 'journalinfo', 'source', 'publicationtitle', 'booktitle', 'proceeding', 'conference',
    'containertitle', 'publication', 'sourcetitle', 'proceedings',
    // PubMed's CSV export (`Journal/Book`); OpenAlex's (`primary_location_display_name`, flattened
    // `primary_location_source_display_name`).
    'journalbook', 'primarylocationdisplayname', 'primarylocationsourcedisplayname',
    // RefWorks' tab-delimited `Periodical Full` (before its `Periodical Abbrev`), as Citavi writes it.
    'periodicalfull', 'periodicalabbrev',
    // PRISM's `prism:publicationName` (the Scopus Search API's source title); arXiv's `journal-ref` (its metadata
    // dump on Kaggle, as the OAI reader takes it).
    'publicationname', 'journalref',
  ],
  // `authkeywords`: the Scopus Search API's author keywords (`|`-joined).
  keywords: ['keywords', 'keyword', 'authorkeywords', 'tags', 'manualtags', 'authortags', 'authkeywords'],
  // Terms a database assigned, kept apart from the authors' keywords as the WoS and Scopus readers keep them:
  // IEEE Xplore's `IEEE Terms` and `INSPEC Controlled Terms`, Scopus's `Index Keywords`, WoS's `Keywords Plus`.
  // Embase's CSV: `Emtree Medical Index Terms`, `Emtree Drug Index Terms`.
  indexTerms: [
    'indexterms', 'ieeeterms', 'inspeccontrolledterms', 'indexkeywords', 'keywordsplus', 'emtreemedicalindexterms', 'emtreedrugindexterms',
  ],
  categories: [
    'categories', 'category', 'subjects', 'subject', 'topics', 'topic', 'labels', 'label', 'primarycategory',
    'fieldsofstudy', 'subjectareas', 'meshterms', 'meshheadings', 'mesh',
    // Papers with Code's `tasks`.
    'tasks',
    // Web of Science's spreadsheet export.
    'woscategories', 'webofsciencecategories', 'researchareas',
    // OpenAlex's flattened CSV: its topics, else (older works) its concepts, as the OpenAlex JSON reader takes them;
    // its `keywords.display_name` are its classifier's, not the authors', and stay out as in that reader.
    'topicsdisplayname', 'conceptsdisplayname',
  ],
  // `subtypeDescription`: the Scopus Search API's document type ("Article"; its `subtype` is the code "ar").
  type: ['type', 'itemtype', 'documenttype', 'publicationtype', 'doctype', 'entrytype', 'worktype', 'subtypedescription', 'contenttype'],
  organisation: [
    'organisation', 'organization', 'affiliation', 'affiliations', 'institution', 'institutions',
    // IEEE Xplore's `Author Affiliations`, OpenAlex's `author_institution_names`.
    'authoraffiliations', 'authorinstitutionnames',
    // OpenAlex's flattened CSV: the institutions' names as OpenAlex matched them, else the affiliations as printed.
    'authorshipsinstitutionsdisplayname', 'authorshipsrawaffiliationstrings',
  ],
  upvotes: ['upvotes', 'votes'],
  references: ['references', 'referencedworks', 'citedreferences', 'cites', 'bibliography'],
  // Zotero's Extra field (its CSV export's `Extra` column): `PMID: …`, `arXiv: …` lines.
  extra: ['extra'],
  // A library link resolver's OpenURL naming the work (`…&id=doi:10.4103%2F2303-9027.138783&…`): Embase's CSV
  // `Open URL Link`. Read for its DOI only; the link itself is the library's, not the paper's.
  openUrl: ['openurllink', 'openurl'],
  // The work's own citation as PubMed formats it (PubMed's CSV export: "Nature. 2022 Apr;604(7907):684-688. doi: …"):
  // read for its date only.
  citation: ['citation'],
};

/** "Publication Year", "publication_year", "publicationYear" → "publicationyear". */
export function normaliseColumnName(name: string): string {
  return name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]/g, '');
}

const FIELD_BY_NAME = new Map<string, { field: TableField; rank: number }>();
for (const [field, names] of Object.entries(TABLE_COLUMN_NAMES) as [TableField, readonly string[]][]) {
  names.forEach((name, rank) => FIELD_BY_NAME.set(name, { field, rank }));
}

/**
 * A name's entry: the name itself, else the name without its XML namespace prefix (`dc:title`, `prism:doi`,
 * `prism:coverDate`: Dublin Core and PRISM names, as the Scopus Search API and feeds write them, and tables made from
 * them keep them).
 */
function fieldEntry(name: string): { field: TableField; rank: number } | undefined {
  // Every record of a table repeats the same names: each is worked out once.
  if (ENTRY_BY_NAME.has(name)) return ENTRY_BY_NAME.get(name) ?? undefined;
  const direct = FIELD_BY_NAME.get(normaliseColumnName(name));
  const prefixed = direct === undefined ? /^[a-z][\w.-]*:(\S.*)$/i.exec(name.trim()) : null;
  const entry = direct ?? (prefixed ? FIELD_BY_NAME.get(normaliseColumnName(prefixed[1])) : undefined);
  if (ENTRY_BY_NAME.size < MAX_REMEMBERED_NAMES) ENTRY_BY_NAME.set(name, entry ?? null);
  return entry;
}

/** Names already worked out (null: no field); bounded, as a hostile JSON file may use endless distinct keys. */
const ENTRY_BY_NAME = new Map<string, { field: TableField; rank: number } | null>();
const MAX_REMEMBERED_NAMES = 10_000;

/** The field a column or key name stands for, or null. */
export function tableFieldOf(name: string): TableField | null {
  return fieldEntry(name)?.field ?? null;
}

/** Preference of a name within its field (0 = most preferred). */
export function tableFieldRank(name: string): number {
  return fieldEntry(name)?.rank ?? Number.POSITIVE_INFINITY;
}
