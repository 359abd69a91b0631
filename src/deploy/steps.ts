/** The `steps` input: the canary's percent of traffic at each step. */
import { InputError } from '../runner/errors.js';

/** Parses `10,50,100` into ascending whole percents in 1..100; refuses anything else. */
export function parseSteps(items: readonly string[]): number[] {
  if (items.length === 0) throw new InputError('steps', 'expected at least one percent, such as 10,50,100');
  const steps = items.map((item) => {
    const text = item.replace(/%$/, '').trim();
    if (!/^\d+$/.test(text)) throw new InputError('steps', `expected whole percents between 1 and 100, got '${item}'`);
    const value = Number(text);
    if (value < 1 || value > 100) throw new InputError('steps', `expected whole percents between 1 and 100, got '${item}'`);
    return value;
  });
  for (let i = 1; i < steps.length; i++) {
    if (steps[i]! <= steps[i - 1]!) throw new InputError('steps', `each step must be larger than the one before, got ${steps.join(',')}`);
  }
  return steps;
}
