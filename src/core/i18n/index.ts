// Everything the add-on says and reads in English, Persian, Arabic and Hungarian.
export { normalizeText } from './text';
export {
  HEADER_ALIASES,
  LABEL_ALIASES,
  fieldLabel,
  matchHeader,
  yieldsToOthers,
  matchLabel,
  type LabelKey,
} from './headers';
export {
  COMMITTED_WORDS,
  bandLabel,
  commitmentLabel,
  isDoneWord,
  parseCommitment,
  parseConfidenceWord,
  decreaseWordIn,
  increaseWordIn,
  parseKrType,
  parseTypeAlias,
  CONFIDENCE_WORD_VALUES,
  statusLabel,
  typeLabel,
} from './words';
export { MESSAGES, formatMessage } from './messages';
