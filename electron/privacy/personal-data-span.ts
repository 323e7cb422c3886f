import type { PiiCategory } from '../../shared/privacy';

/** Personal data found in a text: where it is, what kind, and a key equal for equal values however written. */
export interface PersonalDataSpan {
  category: PiiCategory;
  start: number;
  end: number;
  text: string;
  key: string;
}
