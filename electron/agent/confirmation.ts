/** Short answers to "Just to confirm…?" questions. */
const affirmative =
  /^\s*(yes|yeah|yep|yup|sure|correct|right|ok(ay)?|please do|go ahead|do it|that's right|confirm(ed)?)\b/i;
const negative = /^\s*(no|nope|nah|don't|do not|stop|cancel that|never mind|wait)\b/i;

export const isAffirmative = (text: string): boolean => affirmative.test(text) && !negative.test(text);
export const isNegative = (text: string): boolean => negative.test(text);
