import { DIVISION_LEVELS, isValidDivisionCode, LEVEL_LENGTH, levelOf, type DivisionLevel } from '@shanzhi/divisions';
import { Matches } from 'class-validator';
import { BadUserInputError } from './errors';

/** Shape of a division code in an input: 2, 4, 6, 9, 12 or 15 digits (province … villager group). */
export const DIVISION_CODE_PATTERN = /^\d{2}(?:\d{2}(?:\d{2}(?:\d{3}(?:\d{3}(?:\d{3})?)?)?)?)?$/;

/** The one message for a malformed division code. */
export const DIVISION_CODE_MESSAGE = '行政区划代码须为 2、4、6、9、12 或 15 位数字 (division code must have 2, 4, 6, 9, 12 or 15 digits)';

/** Input-field decorator: the value has the shape of a division code (the service checks that it exists). */
export function IsDivisionCode(): PropertyDecorator {
  return Matches(DIVISION_CODE_PATTERN, { message: DIVISION_CODE_MESSAGE });
}

const LEVEL_LABEL: Record<DivisionLevel, string> = {
  PROVINCE: '省', CITY: '市', COUNTY: '县', TOWNSHIP: '乡镇', VILLAGE: '村', GROUP: '村民小组',
};

/** The message for a code that is not at one of the expected levels, e.g. "区划代码须为村(12位)或村民小组(15位)". */
export function divisionCodeMessage(levels: readonly DivisionLevel[] = DIVISION_LEVELS): string {
  if (levels.length === DIVISION_LEVELS.length) return DIVISION_CODE_MESSAGE;
  const zh = levels.map((l) => `${LEVEL_LABEL[l]}(${LEVEL_LENGTH[l]}位)`).join('或');
  const en = levels.map((l) => `${LEVEL_LENGTH[l]}-digit ${l.toLowerCase()}`).join(' or ');
  return `区划代码须为${zh} (division code must be a ${en} code)`;
}

/**
 * A division code from a request: trimmed, valid, and at one of `levels` (all levels by default);
 * otherwise BAD_USER_INPUT naming `field`.
 */
export function requireDivisionCode(value: string | null | undefined, field = 'divisionCode', levels: readonly DivisionLevel[] = DIVISION_LEVELS): string {
  const code = (value ?? '').trim();
  if (!isValidDivisionCode(code) || !levels.includes(levelOf(code))) throw new BadUserInputError(field, divisionCodeMessage(levels));
  return code;
}

/** A required text value: trimmed, not blank; otherwise BAD_USER_INPUT naming `field` with its Chinese label. */
export function requiredText(value: string | null | undefined, field: string, label: string): string {
  const v = (value ?? '').trim();
  if (!v) throw new BadUserInputError(field, `${label}不能为空 (${field} is required)`);
  return v;
}
