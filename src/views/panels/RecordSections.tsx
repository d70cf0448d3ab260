// The bibliographic record of a paper or a cited work: identifiers as links, authors, venue, date, type, keywords.
import { Fragment } from 'react';
import { ExpandableList } from '../../components/ExpandableList';
import { ExternalLink } from '../../components/ExternalLink';
import { ID_LABELS, formatRecordDate, type IdentifierLink, type PaperRecordView } from '../../core/related';

/** Authors shown before "Show all": enough for most papers, short enough for consortium papers. */
const AUTHORS_SHOWN = 10;

export function IdentifierLinks({ ids, url }: { ids: IdentifierLink[]; url?: string | null }) {
  if (ids.length === 0 && !url) return null;
  return (
    <section aria-label="Identifiers">
      <h3>Identifiers</h3>
      <ul className="identifiers">
        {ids.map((link) => (
          <li key={link.kind} data-id-kind={link.kind}>
            <span className="id-kind">{ID_LABELS[link.kind]}</span>{' '}
            {link.href ? <ExternalLink href={link.href} title={`Open ${ID_LABELS[link.kind]} ${link.id}`}>{link.id}</ExternalLink> : <span>{link.id}</span>}
          </li>
        ))}
        {url && (
          <li data-id-kind="url">
            <span className="id-kind">Page</span> <ExternalLink href={url}>{url}</ExternalLink>
          </li>
        )}
      </ul>
    </section>
  );
}

export function AuthorList({ authors, count }: { authors: string[]; count: number | null }) {
  if (authors.length === 0) {
    return count !== null ? <p className="authors muted">{count} author{count === 1 ? '' : 's'} (names not in the file)</p> : null;
  }
  return (
    <section aria-label="Authors" className="authors">
      <ExpandableList items={authors} limit={AUTHORS_SHOWN} className="author-list" label="Author names" noun="authors"
        render={(name, i) => <li key={`${i}-${name}`}>{name}</li>} />
    </section>
  );
}

function TextChips({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      <ul className="tags">{items.map((item, i) => <li key={`${i}-${item}`} className="tag">{item}</li>)}</ul>
    </section>
  );
}

/** Venue, date, type and the record's own labels (keywords, categories, methods the paper introduces). */
export function RecordFields({ record }: { record: PaperRecordView }) {
  const date = formatRecordDate(record.date, record.year);
  return (
    <>
      {(record.venue || date || record.type) && (
        <dl className="fields record-fields">
          {record.venue && <><dt>Venue</dt><dd data-testid="venue">{record.venue}</dd></>}
          {date && <><dt>Date</dt><dd>{date}{record.yearInferred && (
            <span className="muted" data-testid="year-inferred"> (year inferred {record.yearInferred})</span>)}</dd></>}
          {record.type && <><dt>Type</dt><dd>{record.type}</dd></>}
        </dl>
      )}
      <TextChips title="Keywords" items={record.keywords} />
      <TextChips title="Categories" items={record.categories} />
      <TextChips title="Introduces" items={record.introducedMethods} />
    </>
  );
}

/** Where each field of a merged record came from, folded away: most readers want the record, some need the trail. */
export function FieldProvenance({ rows }: { rows: { field: string; files: string[] }[] }) {
  if (rows.length === 0) return null;
  return (
    <details className="provenance">
      <summary>Where each field came from</summary>
      <dl className="fields">
        {rows.map((row) => <Fragment key={row.field}><dt>{row.field}</dt><dd>{row.files.join(', ')}</dd></Fragment>)}
      </dl>
    </details>
  );
}
