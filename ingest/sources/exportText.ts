// Artefacts publishers' and databases' exports leave in titles and abstracts, removed by rules about the artefact
// (never about one file): formulas written twice, and a label word opening an abstract.

/** Letters and digits only, for comparing a formula's two spellings. */
function alphanumerics(text: string): string {
  return text.replace(/\\[a-zA-Z]+/g, '').replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * `p$p$`, `R$\mathbb {R}$`, `H1/2$H<^>{1/2}$`: text immediately followed by a `$…$` formula (an escaped `\$` opens
 * none, so BibTeX's `p\$p\$` is left to be read after its LaTeX is).
 */
const TEXT_THEN_FORMULA = /([^\s$\\]+)\$([^$\n]{1,160})\$/g;

/**
 * Wiley and Web of Science write an inline formula twice: as plain text, then as TeX between dollars
 * ("the p$p$-median problem", "a Schrödinger operator on R$\mathbb {R}$", "a H1/2$H<^>{1/2}$-type variance"). The TeX
 * copy is dropped when its letters and digits are those that end the text before it; any other `$…$` stays.
 */
export function dropRepeatedFormulas(text: string): string {
  if (!text.includes('$')) return text;
  return text.replace(TEXT_THEN_FORMULA, (whole, before: string, formula: string) => {
    const formulaText = alphanumerics(formula);
    return formulaText !== '' && alphanumerics(before).endsWith(formulaText) ? before : whole;
  });
}

/**
 * The heading an export leaves at the start of an abstract ("Abstract The p-median problem…" from Wiley, "ABSTRACT
 * Objective:", "RESUMO Este artigo" from SciELO): dropped when a capitalised word follows it, so "Abstract thinking
 * is…" keeps its first word. Lens.org joins a JATS `<title>Abstract</title>` to the paragraphs with "; " ("Abstract ;
 * The issue of…"). "Summary:" is not one: structured abstracts (Bioinformatics) open with it as a section.
 */
const ABSTRACT_LABEL = /^(?:abstract|resumo|resumen|résumé|zusammenfassung)\s*[:.;]?\s+/i;

export function dropAbstractLabel(abstract: string): string {
  const label = ABSTRACT_LABEL.exec(abstract);
  // Checked apart: under the `i` flag a letter class matches either case.
  return label && /^\p{Lu}/u.test(abstract.slice(label[0].length)) ? abstract.slice(label[0].length) : abstract;
}

/**
 * MEDLINE puts the English translation of a non-English article's title in square brackets ("[Cultural adaptation of
 * a questionnaire].", PubMed's rule for translated titles): the brackets are no part of the title other sources give.
 */
export function unbracketTranslatedTitle(title: string): string {
  const translated = /^\[([^[\]]+)\](\.?)$/.exec(title.trim());
  return translated ? `${translated[1].trim()}${translated[2]}` : title;
}

/**
 * A note a database appends to the abstracts it indexes, after the abstract's last sentence: EBSCOhost's "[ABSTRACT
 * FROM AUTHOR]" / "[ABSTRACT FROM PUBLISHER]", with or without the paragraph its CSV export joins to it ("Copyright of
 * PLoS ONE is the property of Public Library of Science and its content may not be copied … (Copyright applies to all
 * Abstracts.)", too long for a copyright line); ERIC's source of the abstract, "(As Provided)", "(Author)",
 * "(Author/JN)", or its abstractor's initials "(MVL)". Only a note closing the text after a sentence's end counts,
 * so an abstract ending "…by the World Health Organization (WHO)" keeps its acronym.
 */
const DATABASE_NOTE =
  /\s*(?:\[ABSTRACT FROM [A-Z ]{1,30}\](?:\s+Copyright of [\s\S]*)?|Copyright of \S[^\n]{0,300}? is the property of [\s\S]*|\((?:As Provided|Author(?:\/[A-Z]{1,4})?|[A-Z]{2,4}(?:\/[A-Z]{1,4})?)\))\s*$/;

export function dropDatabaseNote(abstract: string): string {
  const note = DATABASE_NOTE.exec(abstract);
  return note && /[.!?)\]"'”’]$/.test(abstract.slice(0, note.index)) ? abstract.slice(0, note.index) : abstract;
}
