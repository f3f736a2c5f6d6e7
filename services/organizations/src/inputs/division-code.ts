/** A division code as this service stores it: 2, 4, 6, 9, 12 or 15 digits (province … villager group). */
export const DIVISION_CODE_PATTERN = /^\d{2}(?:\d{2}(?:\d{2}(?:\d{3}(?:\d{3}(?:\d{3})?)?)?)?)?$/;

/** The validation message for a malformed code, shared by every input that carries one. */
export const DIVISION_CODE_MESSAGE = '行政区划代码须为 2、4、6、9、12 或 15 位数字 (division code must have 2, 4, 6, 9, 12 or 15 digits)';

/** A name must contain something other than whitespace. */
export const NON_BLANK = /\S/;
