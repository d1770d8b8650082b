import type { FieldEvidence } from '../../../analyzer/model/snapshot';

/** A FieldEvidence with neutral defaults; tests set only what they are about. */
export function field(over: Partial<FieldEvidence>): FieldEvidence {
  return {
    selector: '#f',
    group: 0,
    tag: 'input',
    inputType: 'text',
    autocomplete: [],
    label: '',
    options: [],
    required: false,
    visible: true,
    ...over,
  };
}
