// criteria.json, the one mapping from the suite's checks to WCAG 2.2 success criteria.
import { readFileSync } from 'node:fs';

export const CRITERIA = JSON.parse(readFileSync(new URL('../criteria.json', import.meta.url), 'utf8'));

// The criteria a check bears on, as the report prints them.
export function criteriaOfCheck(id) {
  const check = CRITERIA.checks[id];
  if (!check) return 'unmapped';
  return check.criteria === 'tags' ? 'per axe rule' : check.criteria.join(', ') || '-';
}
