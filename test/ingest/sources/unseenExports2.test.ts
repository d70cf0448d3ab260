// Layouts met in real exports found in public repositories (CoLRev's search-source test files, EndNote samples in
// citation tools' tests), each reproduced by a few hand-written lines: JSTOR's RIS header, numbered RIS records,
// TRID's labelled RIS date, EndNote tagged text (.enw) and XML, Zotero RDF, CNKI/Wanfang RefWorks and NoteExpress exports, PubMed XML
// (efetch), Semantic Scholar records (nested or lower-case ids, /references answers) and CSL items wrapped as itemData.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';
import { parseEndnoteXml } from '../../../ingest/sources/endnoteXml';
import { parseNoteExpress } from '../../../ingest/sources/noteExpress';
import { parsePubmedXml } from '../../../ingest/sources/pubmedXml';
import { parseRefer, referReader } from '../../../ingest/sources/refer';
import { parseRefworks } from '../../../ingest/sources/refworks';
import { parseRis, risReader } from '../../../ingest/sources/ris';
import { parseZoteroRdf } from '../../../ingest/sources/zoteroRdf';

describe('RIS with lines before the first record', () => {
  it("reads JSTOR's export, whose records each follow a Provider/Database/Content header", () => {
    const RIS = [
      'Provider: JSTOR http://www.jstor.org',
      'Database: JSTOR',
      'Content: text/plain; charset="UTF-8"',
      '',
      '',
      'TY  - JOUR',
      'TI  - A JSTOR article',
      'AU  - Lastname, Firstname',
      'PY  - 2016',
      'ER  - ',
      '',
      'Provider: JSTOR http://www.jstor.org',
      'Database: JSTOR',
      'Content: text/plain; charset="us-ascii"',
      '',
      'TY  - CHAP',
      'TI  - A JSTOR chapter',
      'PY  - 2019',
      'ER  - ',
    ].join('\n');
    const read = readText(RIS, 'jstor.ris');
    expect('format' in read && read.format).toBe('ris');
    expect(read.warnings).toEqual([]);
    expect(read.entries.map((entry) => [entry.title, entry.year])).toEqual([['A JSTOR article', 2016], ['A JSTOR chapter', 2019]]);
  });

  it('reads records numbered `1.`, `2.` before their TY lines, and still refuses other text before TY', () => {
    expect(risReader.detect('1.\nTY  - JOUR\nT1  - Title of reference\nER  -\n\n2.\nTY  - BOOK\n', 'refs.ris')).toBe(true);
    expect(risReader.detect('Some text\nTY  - JOUR\n', 'a.ris')).toBe(false);
  });
});

describe('RIS dates written with a label or a day range', () => {
  it("reads TRID's `Start date: 20170812` and IEEE's `4-8 Aug. 2020` when no other date is given", () => {
    const { entries } = parseRis(
      'TY  - ABST\nTI  - One\nPY  - Start date: 20170812\nER  - \nTY  - CONF\nTI  - Two\nY1  - 4-8 Aug. 2020\nER  - \n', 'trid.ris',
    );
    expect(entries.map((entry) => [entry.date, entry.year])).toEqual([['2017-08-12', 2017], ['2020-08', 2020]]);
  });
});

describe('EndNote tagged text (.enw)', () => {
  const ENW = [
    '%0 Journal Article',
    '%A Guo, Wenbo',
    '%A Straub, Detmar W.',
    '%T How Trust Leads to Commitment on Microsourcing Platforms',
    '%B Management Information Systems Quarterly',
    '%D 2021',
    '%8 September  1, 2021',
    '%U https://aisel.aisnet.org/misq/vol45/iss3/13',
    '%R 10.1093/mnras/stad3135',
    '%K trust; governance',
    '%X IS research has extensively examined',
    'the role of trust.',
    '',
    '',
    '%T MISQ Volume 45, Issue 3 Table of Contents',
    '%D 2021',
    '',
    '%0 Journal Article',
    '%A 蔺卿 %A 罗格平 %A 陈曦',
    '%T LUCC驱动力模型研究综述',
    '%J 地理科学进展',
    '%D 2005',
  ].join('\n');

  it('is detected by its tag lines, and a LaTeX comment block is not', () => {
    const read = readText(ENW, 'export.txt');
    expect('format' in read && read.format).toBe('endnote');
    expect(referReader.detect('% A comment\n%TODO later\n\\documentclass{article}\n', 'paper.tex')).toBe(false);
  });

  it('reads each blank-line block as a record: authors, venue, full date, DOI, keywords, wrapped abstract', () => {
    const { entries, warnings } = parseRefer(ENW, 'export.enw');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({
      title: 'How Trust Leads to Commitment on Microsourcing Platforms',
      authors: ['Guo, Wenbo', 'Straub, Detmar W.'],
      venue: 'Management Information Systems Quarterly',
      date: '2021-09-01',
      year: 2021,
      ids: { doi: '10.1093/mnras/stad3135' },
      keywords: ['trust', 'governance'],
      abstract: 'IS research has extensively examined the role of trust.',
      url: 'https://aisel.aisnet.org/misq/vol45/iss3/13',
      type: 'article',
      line: 4,
    });
    expect(entries[1]).toMatchObject({ title: 'MISQ Volume 45, Issue 3 Table of Contents', year: 2021, authors: [], type: null });
    expect(entries[2]).toMatchObject({ authors: ['蔺卿', '罗格平', '陈曦'], venue: '地理科学进展', year: 2005 });
  });

  it('warns about a record without a title', () => {
    const { entries, warnings } = parseRefer('%0 Book\n%A Someone\n%D 1999\n', 'a.enw');
    expect(entries).toEqual([]);
    expect(warnings).toEqual([{ file: 'a.enw', line: 1, reason: 'EndNote record #1 has no title (%T); skipped' }]);
  });
});

describe('Semantic Scholar Graph API records', () => {
  it("keeps a reference's nested externalIds", () => {
    const JSON_TEXT = JSON.stringify({
      data: [{
        paperId: '649def34f8be52c8b66281af98ae884c09aef38b',
        title: 'Construction of the Literature Graph in Semantic Scholar',
        year: 2018,
        authors: [{ authorId: '1741101', name: 'Waleed Ammar' }],
        references: [{ paperId: '3febb2bed8865945e7fddc99efd791887bb7e14f', title: 'Deep contextualized word representations', externalIds: { ArXiv: '1802.05365' } }],
      }],
    });
    const read = readText(JSON_TEXT, 's2.json');
    expect(read.entries[0].references[0]).toMatchObject({ title: 'Deep contextualized word representations', ids: { arxiv: '1802.05365' } });
  });

  it('reads the datasets\' lower-case `externalids`', () => {
    const JSONL = '{"corpusid":19170988,"externalids":{"ArXiv":"1805.02262","DOI":"10.18653/v1/N18-3011","PubMed":null},' +
      '"title":"Construction of the Literature Graph in Semantic Scholar","authors":[{"authorId":"1741101","name":"Waleed Ammar"}],"year":2018}\n';
    expect(readText(JSONL, 'papers.jsonl').entries[0].ids).toMatchObject({ doi: '10.18653/v1/n18-3011', arxiv: '1805.02262' });
  });

  it('reads a /references answer, whose records wrap each paper as `citedPaper`', () => {
    const JSON_TEXT = JSON.stringify({
      offset: 0,
      data: [
        { contexts: [], isInfluential: false, citedPaper: { paperId: '204e3073870fae3d05bcbc2f6a8e263d9b72e776', externalIds: { ArXiv: '1706.03762' }, title: 'Attention is All you Need', year: 2017 } },
        { contexts: [], isInfluential: true, citedPaper: { paperId: 'df2b0e26d0599ce3e70df8a9da02e51594e0e992', title: 'BERT', year: 2019, authors: [{ name: 'Jacob Devlin' }] } },
      ],
    });
    const read = readText(JSON_TEXT, 'references.json');
    expect(read.warnings).toEqual([]);
    expect(read.entries.map((entry) => [entry.title, entry.year, entry.ids.arxiv ?? null])).toEqual([
      ['Attention is All you Need', 2017, '1706.03762'],
      ['BERT', 2019, null],
    ]);
  });
});

describe('PubMed XML (efetch)', () => {
  const XML = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2019//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_190101.dtd">',
    '<PubmedArticleSet><PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">30516284</PMID>',
    '<Article><Journal><JournalIssue><PubDate><Year>2018</Year><Month>Dec</Month><Day>05</Day></PubDate></JournalIssue><Title>Clinical cardiology</Title></Journal>',
    '<ArticleTitle>Valve replacement in <i>Mus musculus</i>.</ArticleTitle>',
    '<ELocationID EIdType="doi" ValidYN="Y">10.1002/clc.23127</ELocationID>',
    '<Abstract><AbstractText Label="OBJECTIVE">CO<sub>2</sub> levels.</AbstractText><AbstractText Label="RESULTS">They rose.</AbstractText></Abstract>',
    '<AuthorList><Author><LastName>Shoar</LastName><ForeName>Saeed</ForeName><AffiliationInfo><Affiliation>Houston, TX.</Affiliation></AffiliationInfo></Author>',
    '<Author><CollectiveName>PARTNER Investigators</CollectiveName></Author></AuthorList>',
    '<PublicationTypeList><PublicationType>Journal Article</PublicationType><PublicationType>Letter</PublicationType></PublicationTypeList></Article>',
    '<MeshHeadingList><MeshHeading><DescriptorName>Animals</DescriptorName></MeshHeading></MeshHeadingList></MedlineCitation>',
    '<PubmedData><ArticleIdList><ArticleId IdType="pubmed">30516284</ArticleId><ArticleId IdType="pmc">PMC6000001</ArticleId></ArticleIdList>',
    '<ReferenceList><Reference><Citation>Rabinowitz JD, White E (2010) Autophagy and metabolism. Science 330: 1344&#x2013;1348.</Citation>',
    '<ArticleIdList><ArticleId IdType="pubmed">21127245</ArticleId></ArticleIdList></Reference>',
    '<Reference><Citation>Cell. 1992 Dec 11;71(6):1003-14</Citation><ArticleIdList><ArticleId IdType="pubmed">1333888</ArticleId></ArticleIdList></Reference>',
    '</ReferenceList></PubmedData></PubmedArticle>',
    '<PubmedArticle><MedlineCitation><PMID>11748933</PMID><Article><Journal><JournalIssue><PubDate><MedlineDate>1998 Dec-1999 Jan</MedlineDate></PubDate></JournalIssue>',
    '<Title>Cryobiology</Title></Journal><ArticleTitle>Is cryopreservation a homogeneous process?</ArticleTitle></Article></MedlineCitation></PubmedArticle>',
    '</PubmedArticleSet>',
  ].join('\n');

  it('is detected by its root element and read with ids, authors, dates, abstract sections and references', () => {
    const read = readText(XML, 'efetch.xml');
    expect('format' in read && read.format).toBe('pubmed-xml');
    const { entries, warnings } = parsePubmedXml(XML, 'efetch.xml');
    expect(warnings).toEqual([]);
    expect(entries[0]).toMatchObject({
      title: 'Valve replacement in Mus musculus.',
      ids: { pmid: '30516284', doi: '10.1002/clc.23127', pmcid: 'PMC6000001' },
      authors: ['Shoar, Saeed', 'PARTNER Investigators'],
      venue: 'Clinical cardiology',
      date: '2018-12-05',
      abstract: 'OBJECTIVE: CO2 levels. RESULTS: They rose.',
      categories: ['Animals'],
      // Tidied as the MEDLINE reader tidies it (no closing full stop), since round 10.
      organisation: 'Houston, TX',
      type: 'letter',
      line: 5,
    });
    expect(entries[0].references.map((reference) => [reference.firstAuthor, reference.year, reference.ids.pmid])).toEqual([
      ['Rabinowitz', 2010, '21127245'],
      [null, 1992, '1333888'],
    ]);
    expect(entries[1]).toMatchObject({ title: 'Is cryopreservation a homogeneous process?', date: '1998', year: 1998 });
  });
});

describe('RefWorks tagged text as CNKI exports it', () => {
  const TEXT = [
    'RT Journal Article',
    'SR 1',
    'A1 Sharma Ashutosh;Georgi Mikhail',
    'T1 Enabling Smart Agriculture by Implementing Artificial Intelligence',
    'JF Computers & Industrial Engineering',
    'YR 2022',
    'K1 genetic algorithm;artificial neural network',
    'AB The increasing demand of smart agriculture',
    'of the world.',
    'LK https://link.cnki.net/doi/10.1016/J.CIE.2022.107936',
    'DO 10.1016/J.CIE.2022.107936',
    '',
    'RT Journal Article',
    'A1 康春鹏',
    'AD 农业农村部信息中心;',
    'T1 智慧农业建设的时代方位、突出亮点和问题建议',
    'JF 农村工作通讯',
    'YR 2022',
    'vo ',
  ].join('\n');

  it('is detected and read record by record (no end tag): authors and keywords split at `;`, a wrapped abstract kept', () => {
    const read = readText(TEXT, 'cnki.txt');
    expect('format' in read && read.format).toBe('refworks');
    const { entries, warnings } = parseRefworks(TEXT, 'cnki.txt');
    expect(warnings).toEqual([]);
    expect(entries[0]).toMatchObject({
      title: 'Enabling Smart Agriculture by Implementing Artificial Intelligence',
      authors: ['Sharma Ashutosh', 'Georgi Mikhail'],
      venue: 'Computers & Industrial Engineering',
      year: 2022,
      keywords: ['genetic algorithm', 'artificial neural network'],
      abstract: 'The increasing demand of smart agriculture of the world.',
      ids: { doi: '10.1016/j.cie.2022.107936' },
      type: 'article',
      line: 4,
    });
    expect(entries[1]).toMatchObject({ title: '智慧农业建设的时代方位、突出亮点和问题建议', authors: ['康春鹏'], organisation: '农业农村部信息中心', venue: '农村工作通讯' });
  });
});

describe('NoteExpress text as CNKI and Wanfang export it', () => {
  const TEXT = [
    '{Reference Type}: Journal Article',
    '{Title}: 超声引导下前锯肌平面阻滞的影响',
    '{Translated Title}: Influence of ultrasound-guided serratus plane block',
    '{Author}: 江文杰',
    '{Author}: 韩超',
    '{Journal}: 临床检验杂志（电子版）',
    '{Year}: 2020',
    '{Keywords}: 前锯肌平面阻滞',
    '{Keywords}:  乳腺癌改良根治术',
    '{Abstract}: 目的 探讨影响.',
    '方法 选择患者60例.',
    '{URL}: http://www.wanfangdata.com.cn/details/detail.do?_type=perio&id=lcjyzz-d202001100',
    '',
    '{Reference Type}: Journal Article',
    '{Title}: 计算机辅助导航技术在脊柱外科中的应用',
    '{Author}: 潘紫麟;刘庆鹏;',
    '{Author Address}: 哈尔滨医科大学附属第二医院骨科;',
    '{Journal}: 医学综述',
    '{Year}: 2021',
    '{Keywords}: 脊柱疾病;计算机辅助',
  ].join('\n');

  it('is detected and read: authors one a line or `;`-joined, keywords, the abstract line Wanfang wraps', () => {
    const read = readText(TEXT, 'export.net');
    expect('format' in read && read.format).toBe('noteexpress');
    const { entries, warnings } = parseNoteExpress(TEXT, 'export.net');
    expect(warnings).toEqual([]);
    expect(entries[0]).toMatchObject({
      title: '超声引导下前锯肌平面阻滞的影响',
      authors: ['江文杰', '韩超'],
      venue: '临床检验杂志（电子版）',
      year: 2020,
      keywords: ['前锯肌平面阻滞', '乳腺癌改良根治术'],
      abstract: '目的 探讨影响. 方法 选择患者60例.',
      type: 'article',
      line: 2,
    });
    expect(entries[1]).toMatchObject({ authors: ['潘紫麟', '刘庆鹏'], organisation: '哈尔滨医科大学附属第二医院骨科', keywords: ['脊柱疾病', '计算机辅助'] });
  });
});

describe('EndNote XML (EndNote, Mendeley)', () => {
  const STYLE = '<style face="normal" font="default" size="100%">';
  const XML = [
    '<?xml version="1.0" encoding="UTF-8" ?><xml><records><record><database name="newlib.enl">newlib.enl</database>',
    `<ref-type name="Journal Article">17</ref-type><contributors><authors><author>${STYLE}Mullinax, J. W.</style></author>`,
    `<author>${STYLE}Sokolov, A. Y.</style></author></authors></contributors>`,
    `<auth-address>${STYLE}Schaefer, HF&#xD;Univ Georgia, Athens, GA 30602 USA</style></auth-address>`,
    `<titles><title>${STYLE}Can Density Cumulant Functional Theory Describe Static Correlation Effects?</style></title>`,
    `<secondary-title>${STYLE}Journal of Chemical Theory and Computation</style></secondary-title></titles>`,
    `<keywords><keyword>${STYLE}coupled-cluster theory</style></keyword></keywords>`,
    `<dates><year>${STYLE}2015</style></year><pub-dates><date>${STYLE}Jun</style></date></pub-dates></dates>`,
    `<urls><related-urls><url>${STYLE}&lt;Go to ISI&gt;://WOS:000356201700010</style></url><url>${STYLE}http://pubs.acs.org/doi/10.1021/acs.jctc.5b00346</style></url></related-urls></urls>`,
    `<electronic-resource-num>${STYLE}10.1021/acs.jctc.5b00346</style></electronic-resource-num></record>`,
    '<record><ref-type name="Book Section">5</ref-type><titles><title>A Mendeley title without styles</title></titles><dates><year>2013</year></dates></record>',
    '</records></xml>',
  ].join('\n');

  it('is detected and read: authors, venue, month date, DOI, WoS id from its link, affiliation after the reprint author', () => {
    const read = readText(XML, 'library.xml');
    expect('format' in read && read.format).toBe('endnote-xml');
    const { entries, warnings } = parseEndnoteXml(XML, 'library.xml');
    expect(warnings).toEqual([]);
    expect(entries[0]).toMatchObject({
      title: 'Can Density Cumulant Functional Theory Describe Static Correlation Effects?',
      authors: ['Mullinax, J. W.', 'Sokolov, A. Y.'],
      venue: 'Journal of Chemical Theory and Computation',
      date: '2015-06',
      ids: { doi: '10.1021/acs.jctc.5b00346', wos: 'WOS:000356201700010' },
      keywords: ['coupled-cluster theory'],
      url: 'http://pubs.acs.org/doi/10.1021/acs.jctc.5b00346',
      organisation: 'Univ Georgia, Athens, GA 30602 USA',
      type: 'article',
      line: 5,
    });
    expect(entries[1]).toMatchObject({ title: 'A Mendeley title without styles', year: 2013, type: 'incollection' });
  });
});

describe('CSL citation items as Mendeley and Zotero store them', () => {
  it('reads the CSL item inside `itemData`', () => {
    const JSON_TEXT = JSON.stringify([{
      id: 'ITEM-1',
      itemData: { id: 'ITEM-1', type: 'article-journal', title: 'Deep learning', 'container-title': 'Nature', author: [{ family: 'LeCun', given: 'Yann', 'parse-names': false }], issued: { 'date-parts': [['2015']] }, DOI: '10.1038/nature14539' },
      uris: ['http://www.mendeley.com/documents/?uuid=1'],
    }]);
    const read = readText(JSON_TEXT, 'citations.json');
    expect('format' in read && read.format).toBe('csl-json');
    expect(read.warnings).toEqual([]);
    expect(read.entries[0]).toMatchObject({ title: 'Deep learning', authors: ['LeCun, Yann'], venue: 'Nature', year: 2015, ids: { doi: '10.1038/nature14539' } });
  });
});

describe('Zotero RDF', () => {
  const RDF = [
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:z="http://www.zotero.org/namespaces/export#"',
    ' xmlns:dcterms="http://purl.org/dc/terms/" xmlns:bib="http://purl.org/net/biblio#" xmlns:foaf="http://xmlns.com/foaf/0.1/"',
    ' xmlns:link="http://purl.org/rss/1.0/modules/link/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:prism="http://prismstandard.org/namespaces/1.2/basic/">',
    '  <bib:Article rdf:about="https://www.nature.com/articles/nature14539"><z:itemType>journalArticle</z:itemType>',
    '    <dcterms:isPartOf><bib:Journal><prism:volume>521</prism:volume><dc:title>Nature</dc:title><dc:identifier>DOI 10.1038/nature14539</dc:identifier></bib:Journal></dcterms:isPartOf>',
    '    <bib:authors><rdf:Seq><rdf:li><foaf:Person><foaf:surname>LeCun</foaf:surname><foaf:givenName>Yann</foaf:givenName></foaf:Person></rdf:li></rdf:Seq></bib:authors>',
    '    <link:link rdf:resource="#item_123"/>',
    '    <dc:subject><z:AutomaticTag><rdf:value>Computer science</rdf:value></z:AutomaticTag></dc:subject>',
    '    <dc:title>Deep learning</dc:title>',
    '    <dc:date>2015-05</dc:date>',
    '    <dc:identifier><dcterms:URI><rdf:value>https://www.nature.com/articles/nature14539</rdf:value></dcterms:URI></dc:identifier>',
    '  </bib:Article>',
    '  <z:Attachment rdf:about="#item_123"><z:itemType>attachment</z:itemType><dc:title>Full Text PDF</dc:title></z:Attachment>',
    '  <bib:Article rdf:about="urn:x"><z:itemType>conferencePaper</z:itemType><dcterms:isPartOf rdf:resource="urn:isbn:978-1"/><dc:title>Bring Your Own Data to X-PLAIN</dc:title><dc:date>2020</dc:date></bib:Article>',
    '  <bib:Proceedings rdf:about="urn:isbn:978-1"><dc:title>Proceedings of SIGMOD 2020</dc:title></bib:Proceedings>',
    '</rdf:RDF>',
  ].join('\n');

  it('is detected and read: items only (no attachments), journal nested or pointed at, DOI from the journal identifier', () => {
    const read = readText(RDF, 'library.rdf');
    expect('format' in read && read.format).toBe('zotero-rdf');
    const { entries, warnings } = parseZoteroRdf(RDF, 'library.rdf');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      title: 'Deep learning',
      authors: ['LeCun, Yann'],
      venue: 'Nature',
      date: '2015-05',
      ids: { doi: '10.1038/nature14539' },
      keywords: ['Computer science'],
      url: 'https://www.nature.com/articles/nature14539',
      type: 'article',
      line: 9,
    });
    expect(entries[1]).toMatchObject({ title: 'Bring Your Own Data to X-PLAIN', venue: 'Proceedings of SIGMOD 2020', type: 'inproceedings', year: 2020 });
  });
});
