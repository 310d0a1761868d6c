/**
 * The report's text as the extractor lays it out: a preamble, then per section a heading paragraph and body
 * paragraphs, all in one indexed list. Helpers edit the layout (a list of raw strings per part) and lay it out
 * again, so every paragraph index stays in page order, as it is on a real page.
 */
import type { Report, Section, SectionId } from '../../core/model';
import { compact } from '../../core/normalize';
import { withRawGrids } from './tables';

export interface Block {
  id: SectionId;
  /** The heading paragraph as the page writes it. */
  heading: string;
  numeral: number | null;
  occurrences: number;
  tables: number[];
  body: string[];
}

export interface Layout {
  preamble: string[];
  sections: Block[];
}

/** Paragraphs from a layout; section indexes follow page order. */
export function compose(r: Omit<Report, 'preamble' | 'paragraphs' | 'sections'>, layout: Layout): Report {
  const paragraphs: Report['paragraphs'] = [];
  const add = (raw: string) => paragraphs.push({ raw, text: compact(raw) }) - 1;
  const preamble = layout.preamble.map(add);
  const sections: Section[] = layout.sections.map((b, order) => {
    const headingParagraph = add(b.heading);
    return {
      id: b.id,
      heading: b.heading.replace(/\s+/g, ' ').trim(),
      numeral: b.numeral,
      order,
      headingParagraph,
      occurrences: b.occurrences,
      paragraphs: b.body.map(add),
      tables: [...b.tables],
    };
  });
  return withRawGrids({ ...r, preamble, paragraphs, sections });
}

export function decompose(r: Report): Layout {
  const raw = (i: number) => r.paragraphs[i]!.raw;
  const placed = r.preamble.length + r.sections.reduce((n, s) => n + 1 + s.paragraphs.length, 0);
  if (placed !== r.paragraphs.length) throw new Error('a paragraph is neither preamble nor in a section');
  return {
    preamble: r.preamble.map(raw),
    sections: r.sections.map((s) => ({
      id: s.id,
      heading: raw(s.headingParagraph),
      numeral: s.numeral,
      occurrences: s.occurrences,
      tables: [...s.tables],
      body: s.paragraphs.map(raw),
    })),
  };
}

function edit(r: Report, change: (layout: Layout) => void): Report {
  const layout = decompose(r);
  change(layout);
  return compose(r, layout);
}

function block(layout: Layout, id: SectionId): Block {
  const b = layout.sections.find((s) => s.id === id);
  if (!b) throw new Error(`the report has no section ${id}`);
  return b;
}

/** Index of the one paragraph whose raw text contains `fragment` (throws unless exactly one does). */
export function paragraphWith(r: Report, fragment: string): number {
  const found = r.paragraphs.flatMap((p, i) => (p.raw.includes(fragment) ? [i] : []));
  if (found.length !== 1) throw new Error(`${found.length} paragraphs contain “${fragment}”`);
  return found[0]!;
}

/** A paragraph added at the end of a section's body, or of the preamble. */
export function withParagraph(r: Report, where: SectionId | 'preamble', raw: string): Report {
  return edit(r, (l) => (where === 'preamble' ? l.preamble : block(l, where).body).push(raw));
}

/** A section's body replaced by these paragraphs. */
export function withSectionBody(r: Report, id: SectionId, body: string[]): Report {
  return edit(r, (l) => {
    block(l, id).body = [...body];
  });
}

/** `from` replaced by `to` in the one paragraph that contains it (a typo on the page, a changed figure). */
export function withText(r: Report, from: string, to: string): Report {
  paragraphWith(r, from); // exactly one paragraph may contain it, so the case says which one it changes
  return edit(r, (l) => {
    const all = [l.preamble, ...l.sections.flatMap((s) => [s.body])];
    for (const list of all) {
      const i = list.findIndex((raw) => raw.includes(from));
      if (i >= 0) list[i] = list[i]!.replace(from, to);
    }
    for (const s of l.sections) if (s.heading.includes(from)) s.heading = s.heading.replace(from, to);
  });
}

/** The paragraph containing `fragment` removed. */
export function withoutParagraph(r: Report, fragment: string): Report {
  paragraphWith(r, fragment); // exactly one
  return edit(r, (l) => {
    l.preamble = l.preamble.filter((raw) => !raw.includes(fragment));
    for (const s of l.sections) s.body = s.body.filter((raw) => !raw.includes(fragment));
  });
}

/** A section missing from the page: its heading and its text are gone (its table stays in r.tables). */
export function withoutSection(r: Report, id: SectionId): Report {
  return edit(r, (l) => {
    block(l, id);
    l.sections = l.sections.filter((s) => s.id !== id);
  });
}

/** The sections in this page order (each keeps its heading, text and tables). */
export function withSectionOrder(r: Report, ids: SectionId[]): Report {
  return edit(r, (l) => {
    l.sections = ids.map((id) => block(l, id));
  });
}

/** A section heading as the page writes it, and the numeral the extractor read in front of it (null: none). */
export function withHeading(r: Report, id: SectionId, heading: string, numeral: number | null): Report {
  return edit(r, (l) => {
    Object.assign(block(l, id), { heading, numeral });
  });
}

/** How many times the extractor met this section's heading (STR-04). */
export function withSectionOccurrences(r: Report, id: SectionId, occurrences: number): Report {
  return edit(r, (l) => {
    block(l, id).occurrences = occurrences;
  });
}
