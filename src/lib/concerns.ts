import type { Concern } from '../schemas/shared';

/** Reader-facing labels of the shared concern taxonomy; `satisfies` makes a new concern without a label a type error. */
export const concernLabels = {
  vagueness: 'Vague or overly broad wording',
  'missing-intent': 'No requirement of intent',
  'extremism-as-offence': '“Extremism” as an offence',
  'religious-freedom': 'Freedom of religion or belief',
  expression: 'Freedom of expression',
  'assembly-association': 'Assembly and association',
  'disproportionate-penalties': 'Disproportionate penalties',
  'due-process': 'Due process and fair trial',
  'sanctions-listing': 'Sanctions listing',
  'targeting-civil-society': 'Use against civil society',
  'use-of-force': 'Use of force',
} satisfies Record<Concern, string>;

export function concernLabel(concern: Concern): string {
  return concernLabels[concern];
}
