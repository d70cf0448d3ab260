// A link leaving the app (doi.org, arXiv, PubMed…): a new tab that gets no handle on this page; text is never HTML.
import type { ReactNode } from 'react';

export function ExternalLink({ href, children, title }: { href: string; children: ReactNode; title?: string }) {
  return <a href={href} target="_blank" rel="noopener noreferrer" title={title}>{children}</a>;
}
