/**
 * The ids of the national format's parts, alone: the model's schemas need only these, and so stay small in every
 * bundle that parses a message (background, popup). Their names, keywords and order live in core/vocabulary.ts,
 * which checks against these lists at compile time.
 */
export const SECTION_IDS = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const TABLE_IDS = ['T2', 'T3', 'T4'] as const;
export type TableId = (typeof TABLE_IDS)[number];

export const FORMAT_VERSIONS = ['2021', '2019'] as const;
export type FormatVersion = (typeof FORMAT_VERSIONS)[number];
