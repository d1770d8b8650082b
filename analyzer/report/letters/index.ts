import type { UiLang } from '../labels';
import { complaintLetter } from './complaint';
import { requestLetter } from './request';
import type { Letter, LetterInput, LetterKind } from './types';

// Letters: a complaint to the supervisor, or a data-subject request to the shop.

export function letter(kind: LetterKind, input: LetterInput, lang: UiLang): Letter {
  return kind === 'complaint' ? complaintLetter(input, lang) : requestLetter(kind, input, lang);
}

export { complaintLetter, knownDateOf } from './complaint';
export { requestLetter } from './request';
export {
  followUp,
  requestStatus,
  type FollowUpStage,
  type RequestStatus,
  type SentRequest,
} from './follow-up';
export { RIGHTS, type RightText } from './rights';
export { PLACEHOLDERS, placeholdersIn } from './common';
export * from './types';
