/**
 * The mark of each severity, beside its colour: on national mourning days gov.cn pages are shown in grayscale, and
 * some readers do not tell red from amber, so the shape must say it too.
 */
import type { Finding } from '@/core/model';

export const SEVERITY_GLYPH: Record<Finding['severity'], string> = { error: '×', warning: '!', info: 'i' };
