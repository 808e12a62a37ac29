/** Error codes for input problems. Each message names the file and says what is wrong. */
export type InputErrorCode =
  | 'E_DECODE'
  | 'E_BINARY'
  | 'E_EMPTY'
  | 'E_JSONL'
  | 'E_FORMAT'
  | 'E_READ'
  | 'E_TOO_LARGE';

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    readonly file: string,
    detail: string,
  ) {
    super(`${code}: ${file}: ${detail}`);
    this.name = 'InputError';
  }
}
