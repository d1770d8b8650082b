import type { ClassifiedField } from '../model/classified';
import { EXCESSIVE_CONCEPTS, PAGE_NEEDS } from './data/needs';
import { fieldEvidence } from './lib/evidence';
import type { Hit, Rule } from './types';

export const dataExcessive: Rule = {
  id: 'data.excessive',
  version: 1,
  severity: 'medium',
  severityWhy:
    'Collecting data the job does not need breaks minimisation and raises the harm of a leak; "questionable" data is low.',
  needsLive: false,
  evaluate({ page }) {
    const needs = PAGE_NEEDS[page.pageKind];
    if (!needs) return [];
    const excessive: ClassifiedField[] = [];
    const questionable: ClassifiedField[] = [];
    for (const f of page.fields) {
      if (EXCESSIVE_CONCEPTS.includes(f.concept) || needs.excessive.includes(f.category)) {
        excessive.push(f);
      } else if (needs.questionable.includes(f.category)) {
        questionable.push(f);
      }
    }
    const hits: Hit[] = [];
    if (excessive.length > 0) hits.push({ evidence: excessive.map(fieldEvidence) });
    if (questionable.length > 0) {
      hits.push({
        evidence: questionable.map(fieldEvidence),
        severity: 'low',
        note: {
          id: 'Data ini kadang diperlukan, tetapi sering tidak; tanyakan alasannya jika kolomnya wajib.',
          en: 'This data is sometimes needed but often not; ask why if the field is required.',
        },
      });
    }
    return hits;
  },
};
