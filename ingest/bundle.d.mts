// Types of ingest/bundle.mjs (plain JavaScript, so that node runs it without a TypeScript loader).
export declare const INGEST_BUILD_DIR: string;
export declare function buildIngest(options?: { outdir?: string; extraEntries?: string[] }): Promise<void>;
export declare function buildIngestOnce(options?: { outdir?: string; extraEntries?: string[] }): Promise<void>;
