// The frame every streamed XML reader shares: one listing per record element, the records it cannot read reported
// with their line, XML errors inside kept records and in the stream (DOCTYPE, stray "&", truncation) as warnings.
import type { IngestWarning, RawListing, ReadResult } from '../types';
import { streamXmlRecords, type XmlRecord, type XmlStreamResult } from './xmlRecords';

/**
 * The warning for an XML error inside a record that is kept (`what`: "Atom entry", "OAI record"), naming the element
 * it sits in; null when the record had none.
 */
export function recordProblemWarning(record: XmlRecord, file: string, what: string, index: number, kept: string): IngestWarning | null {
  const problem = record.problems[0];
  if (!problem) return null;
  return {
    file,
    line: problem.line,
    reason: `XML error in ${what} #${index} (inside <${problem.openElements.at(-1)}>): ${problem.message}; ${kept}`,
  };
}

/** Warnings every streamed XML reader gives for the same problems (DOCTYPE, stray `&`, truncation, errors outside records). */
export function xmlStreamWarnings(stream: XmlStreamResult, file: string, what: string, complete: number): IngestWarning[] {
  const warnings: IngestWarning[] = [];
  if (stream.refusedDoctypeLine !== null) {
    warnings.push({
      file,
      line: stream.refusedDoctypeLine,
      reason: 'the file declares XML entities in a DOCTYPE; entity declarations are never expanded, so the file is refused',
    });
    return warnings;
  }
  if (stream.bareAmpersands) {
    const { line, count } = stream.bareAmpersands;
    warnings.push({ file, line, reason: `${count} unescaped "&" (first here) read as a literal "&"` });
  }
  for (const problem of stream.problems.slice(0, 5)) warnings.push({ file, line: problem.line, reason: `XML error: ${problem.message}` });
  if (stream.problems.length > 5) {
    warnings.push({ file, line: stream.problems[5].line, reason: `${stream.problems.length - 5} more XML errors after this line` });
  }
  if (stream.truncated) {
    warnings.push({
      file,
      line: stream.truncated.endLine,
      reason: `the file breaks off here, inside the ${what} that starts on line ${stream.truncated.recordLine}; that ${what} is skipped, ${complete === 1 ? 'the complete one before it is kept' : `the ${complete} complete ones before it are kept`}`,
    });
  }
  return warnings;
}

/** What a reader makes of one record: its listing, or the warning for skipping it (reason and line). */
export type RecordReading = RawListing | { skipped: string; line: number };

/**
 * Stream `text`, reading each record `isRecord` accepts with `read` (given the record and its 1-based number among
 * all records); `what` names a record in warnings ("Atom entry"), `kept` says what happens to a record with an XML
 * error inside ("the entry is kept"). `count` is the number of records met.
 */
export function readXmlRecords(
  text: string,
  file: string,
  options: {
    isRecord: (name: string, uri: string) => boolean;
    what: string;
    kept: string;
    read: (record: XmlRecord, index: number) => RecordReading;
    /** HTML's named references are known (see streamXmlRecords). */
    htmlEntities?: boolean;
  },
): ReadResult & { count: number } {
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  let count = 0;
  const stream = streamXmlRecords(text, options.isRecord, (record) => {
    count++;
    const reading = options.read(record, count);
    if ('skipped' in reading) {
      warnings.push({ file, line: reading.line, reason: reading.skipped });
      return;
    }
    const problem = recordProblemWarning(record, file, options.what, count, options.kept);
    if (problem) warnings.push(problem);
    entries.push(reading);
  }, { htmlEntities: options.htmlEntities });
  warnings.push(...xmlStreamWarnings(stream, file, options.what, count));
  return { entries, warnings, count };
}
