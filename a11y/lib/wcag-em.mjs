// The WCAG-EM report: for every WCAG 2.2 A and AA success criterion an outcome, from the
// suite's report.json and the one mapping in criteria.json, as JSON-LD that the W3C
// WCAG-EM Report Tool opens (github.com/w3c/wai-wcag-em-report-tool) and as Markdown.
import { combinations } from './config.mjs';

export const OUTCOMES = {
  passed: ['earl:passed', 'Pass'],
  failed: ['earl:failed', 'Fail'],
  cantTell: ['earl:cantTell', 'CannotTell'],
  inapplicable: ['earl:inapplicable', 'NotApplicable'],
  untested: ['earl:untested', 'NotTested'],
};

// The terms the Report Tool reads (its evaluation context: WCAG-EM steps, EARL, Dublin Core).
export const CONTEXT = {
  reporter: 'http://github.com/w3c/wai-wcag-em-report-tool/',
  wcagem: 'http://www.w3.org/TR/WCAG-EM/#',
  Evaluation: 'wcagem:procedure',
  defineScope: 'wcagem:step1',
  scope: 'wcagem:step1a',
  conformanceTarget: 'wcagem:step1b',
  accessibilitySupportBaseline: 'wcagem:step1c',
  additionalEvaluationRequirements: 'wcagem:step1d',
  exploreTarget: 'wcagem:step2',
  essentialFunctionality: 'wcagem:step2b',
  pageTypeVariety: 'wcagem:step2c',
  technologiesReliedUpon: 'wcagem:step2d',
  selectSample: 'wcagem:step3',
  structuredSample: 'wcagem:step3a',
  randomSample: 'wcagem:step3b',
  Website: 'wcagem:website',
  Webpage: 'wcagem:webpage',
  auditSample: 'wcagem:step4',
  reportFindings: 'wcagem:step5',
  documentSteps: 'wcagem:step5a',
  commissioner: 'wcagem:commissioner',
  evaluator: 'wcagem:evaluator',
  evaluationSpecifics: 'wcagem:step5b',
  WAI: 'http://www.w3.org/WAI/',
  wcagVersion: 'WAI:standards-guidelines/wcag/#versions',
  earl: 'http://www.w3.org/ns/earl#',
  Assertion: 'earl:Assertion',
  Assertor: 'earl:Assertor',
  TestMode: 'earl:TestMode',
  TestCriterion: 'earl:TestCriterion',
  TestRequirement: 'earl:TestRequirement',
  TestSubject: 'earl:TestSubject',
  TestResult: 'earl:TestResult',
  OutcomeValue: 'earl:OutcomeValue',
  Pass: 'earl:Pass',
  Fail: 'earl:Fail',
  CannotTell: 'earl:CannotTell',
  NotApplicable: 'earl:NotApplicable',
  NotTested: 'earl:NotTested',
  assertedBy: { '@id': 'earl:assertedBy', '@type': '@id' },
  mode: { '@id': 'earl:mode', '@type': '@id' },
  result: 'earl:result',
  subject: 'earl:subject',
  test: 'earl:test',
  outcome: { '@id': 'earl:outcome', '@type': '@id' },
  dcterms: 'http://purl.org/dc/terms/',
  title: 'dcterms:title',
  description: 'dcterms:description',
  summary: 'dcterms:summary',
  date: 'dcterms:date',
  hasPart: 'dcterms:hasPart',
  isPartOf: 'dcterms:isPartOf',
  id: '@id',
  type: '@type',
  language: '@language',
};

// axe-core rules by criterion, from each rule's own wcag tags (wcag1410 is 1.4.10).
export function axeRulesByCriterion(rules) {
  const out = {};
  for (const rule of rules) {
    for (const tag of rule.tags) {
      const m = /^wcag(\d)(\d)(\d+)$/.exec(tag);
      if (m) (out[`${m[1]}.${m[2]}.${m[3]}`] ??= []).push(rule.ruleId);
    }
  }
  return out;
}

// The checks in criteria.json that bear on a criterion (axe when one of its rules does).
function checksFor(num, criteria, axeRules) {
  return Object.entries(criteria.checks)
    .filter(([id, check]) => (check.criteria === 'tags' ? (axeRules[num] ?? []).length > 0 : check.criteria.includes(num)))
    .map(([id]) => id);
}

// Which audits failed a criterion: a failed check mapped to it, or an axe finding tagged with it.
function failuresFor(num, report, criteria) {
  const out = [];
  for (const audit of report.audits) {
    for (const result of audit.results) {
      if (result.passed) continue;
      const check = criteria.checks[result.id];
      const hit = check?.criteria === 'tags'
        ? result.details.some((d) => (d.wcag ?? '').split(', ').includes(num))
        : check?.criteria.includes(num);
      if (hit) out.push({ audit, check: result.id, details: result.details });
    }
  }
  return out;
}

const key = (c) => `${c.name}|${c.path}|${c.lang}|${c.state}`;

// The outcome of every criterion, with the checks and tools behind it.
export function assess({ report, pages, criteria, axeRules }) {
  const sample = combinations(pages).map(({ page, lang, state }) => ({ name: page.name, path: page.path, lang, state }));
  const audited = new Map(report.audits.map((a) => [key(a), a]));
  const notAudited = sample.filter((c) => !audited.has(key(c)));
  return criteria.criteria.map((criterion) => {
    const checks = checksFor(criterion.num, criteria, axeRules);
    const failures = failuresFor(criterion.num, report, criteria);
    const decidedBy = checks.filter((id) => criteria.checks[id].decides?.includes(criterion.num));
    const ranEverywhere = (id) => report.audits.every((a) => a.results.some((r) => r.id === id)) && notAudited.length === 0;
    let outcome;
    if (failures.length) {
      outcome = failures.every((f) => criteria.checks[f.check].onFailure === 'cantTell') ? 'cantTell' : 'failed';
    } else if (criterion.inapplicable) {
      outcome = 'inapplicable';
    } else if (decidedBy.length && decidedBy.every(ranEverywhere)) {
      outcome = 'passed';
    } else {
      outcome = checks.length ? 'cantTell' : 'untested';
    }
    return { ...criterion, outcome, checks, decidedBy, axeRules: axeRules[criterion.num] ?? [], failures };
  });
}

function tools(report) {
  return `the inzage accessibility suite (a11y/run.mjs) with axe-core ${report.axeVersion}, playwright-core ${report.playwrightVersion}, Chromium ${report.chromiumVersion}, Node ${report.nodeVersion}`;
}

function resultText(c, report) {
  const lines = [];
  if (c.failures.length) {
    lines.push(`Failed on ${c.failures.length} audit(s):`);
    for (const f of c.failures) {
      lines.push(`- ${f.audit.name} (${f.audit.path}, ${f.audit.lang}, ${f.audit.state}), check ${f.check}: ${f.details.map((d) => `${d.selector}: ${d.message}`).join('; ')}`);
    }
  }
  if (c.checks.length) {
    const passedAll = c.failures.length === 0;
    lines.push(`Automated checks: ${c.checks.join(', ')}${passedAll ? `, passed on all ${report.audits.length} audited page states` : ''}.`);
  } else {
    lines.push('No automated check decides any part of this criterion.');
  }
  if (c.axeRules.length) lines.push(`axe-core rules (also run by pa11y and Lighthouse): ${c.axeRules.join(', ')}.`);
  if (c.outcome === 'passed') lines.push(`Decided by the check(s) ${c.decidedBy.join(', ')} for every page state of the sample.`);
  if (c.inapplicable) lines.push(`Not present: ${c.inapplicable}`);
  if (c.manual && c.outcome !== 'passed') lines.push(`For a person: ${c.manual}`);
  return lines.join('\n');
}

function sampleSubjects(pages, report, base) {
  const audited = new Map(report.audits.map((a) => [key(a), a]));
  return combinations(pages).map(({ page, lang, state }, i) => {
    const audit = audited.get(key({ name: page.name, path: page.path, lang, state }));
    const failed = audit?.results.filter((r) => !r.passed).map((r) => r.id) ?? [];
    const result = !audit ? 'not audited' : failed.length ? `failed: ${failed.join(', ')}` : 'all checks passed';
    return {
      id: `_:sample_${i + 1}`,
      type: ['TestSubject', 'Webpage'],
      title: `${page.name} (${lang}, ${state})`,
      description: `${base}${page.path}, language ${lang}, state ${state}${page.submit ? ', after submitting its form' : ''}${page.follow ? `, following ${page.follow}` : ''}; suite: ${result}`,
    };
  });
}

const SITE = 'inzage privacy portal';

// The JSON-LD evaluation, as the Report Tool saves and opens it.
export function evaluation({ report, pages, criteria, assessed }) {
  const date = report.date;
  const website = {
    id: '_:website',
    type: ['TestSubject', 'Website'],
    title: SITE,
    description: `Every page of the inzage portal (${report.baseUrl}, inzage ${report.inzageVersion}) in Dutch and English: signed out, signed in as a customer, and as staff (agent, privacy officer, administrator), including error states and confirmations.`,
  };
  const assertor = { id: '_:inzage-a11y', type: 'Assertor', title: tools(report) };
  return {
    '@context': CONTEXT,
    type: 'Evaluation',
    language: 'en',
    defineScope: {
      id: '_:defineScope',
      scope: website,
      wcagVersion: criteria.wcagVersion,
      conformanceTarget: criteria.conformanceTarget,
      accessibilitySupportBaseline: `Chromium ${report.chromiumVersion} (automated checks). Screen readers and other browsers: still to be tested by a person.`,
      additionalEvaluationRequirements: 'Both languages (nl, en); every state in a11y/pages.json; the portal ships no JavaScript (its Content-Security-Policy forbids it).',
    },
    exploreTarget: {
      id: '_:exploreTarget',
      essentialFunctionality: 'Sign in (password or e-mailed link); see and download my data; change my details; consent and objection; make, follow and withdraw requests; staff: handle requests, audit search, record of processing, retention, breach register.',
      pageTypeVariety: 'Information pages, forms with and without errors, check and confirmation pages, tables with filters, the staff dashboard with SVG charts.',
      technologiesReliedUpon: [{ title: 'HTML', description: 'https://html.spec.whatwg.org/' }, { title: 'CSS', description: 'http://www.w3.org/Style/CSS/specs/' }, { title: 'WAI-ARIA', description: 'http://www.w3.org/TR/wai-aria/' }, { title: 'SVG', description: 'http://www.w3.org/TR/SVG/' }],
    },
    selectSample: {
      id: '_:selectSample',
      structuredSample: sampleSubjects(pages, report, report.baseUrl),
      randomSample: [],
    },
    auditSample: assessed.map((c) => ({
      type: 'Assertion',
      date,
      mode: c.inapplicable && !c.failures.length ? 'earl:manual' : 'earl:semiAuto',
      assertedBy: assertor,
      subject: website,
      test: { id: `WCAG22:${c.id}`, type: ['TestCriterion', 'TestRequirement'], title: `${c.num} ${c.title}` },
      result: { type: 'TestResult', date, outcome: { id: OUTCOMES[c.outcome][0], type: ['OutcomeValue', OUTCOMES[c.outcome][1]] }, description: resultText(c, report) },
    })),
    reportFindings: {
      documentSteps: [{ id: '_:about' }, { id: '_:defineScope' }, { id: '_:exploreTarget' }, { id: '_:selectSample' }],
      title: `Accessibility evaluation of the ${SITE} (WCAG ${criteria.wcagVersion} ${criteria.conformanceTarget})`,
      commissioner: 'inzage',
      evaluator: tools(report),
      date,
      summary: summaryLine(assessed),
      evaluationSpecifics: 'Automated checks count as passed only where they decide the whole criterion for the sampled page states (a11y/criteria.json, "decides"). Every other criterion stays "cannot tell" with instructions for a person, until a person has done them.',
    },
  };
}

function summaryLine(assessed) {
  const count = (o) => assessed.filter((c) => c.outcome === o).length;
  return `${assessed.length} success criteria: ${count('passed')} passed, ${count('failed')} failed, ${count('cantTell')} cannot tell (need a person), ${count('inapplicable')} not present, ${count('untested')} not tested.`;
}

const LABEL = { passed: 'passed', failed: 'FAILED', cantTell: 'cannot tell: needs a person', inapplicable: 'not present', untested: 'not tested' };

// The same report for people.
export function markdown({ report, pages, criteria, assessed }) {
  const sample = combinations(pages);
  const checkRows = Object.entries(criteria.checks).map(([id, c]) =>
    `| \`${id}\` | ${c.criteria === 'tags' ? 'from each rule\'s wcag tags' : c.criteria.join(', ') || '-'} | ${(c.decides ?? []).join(', ') || '-'} |`);
  const toolRows = Object.entries(criteria.tools).map(([id, t]) => `| ${id} | ${t.why} |`);
  const lines = [
    `# WCAG-EM report: ${SITE}`, '',
    'Generated by `a11y/wcag-em.mjs` from the suite\'s `report.json` and `a11y/criteria.json`; do not edit by hand.',
    'The same evaluation as JSON-LD, for the W3C WCAG-EM Report Tool (<https://www.w3.org/WAI/eval/report-tool/>, "Open an existing evaluation"): `wcag-em.json`.', '',
    `- Date of the automated run: ${report.date}`,
    `- Portal: ${report.baseUrl}, inzage ${report.inzageVersion}`,
    `- Tools: ${tools(report)}`,
    `- Target: WCAG ${criteria.wcagVersion} level ${criteria.conformanceTarget}`,
    `- Result: ${summaryLine(assessed)}`, '',
    '## Scope', '',
    'Every page of the portal in Dutch and English, signed out, signed in as a customer and as staff (agent, privacy officer, administrator), with error states and confirmations: the page list `a11y/pages.json`.', '',
    '## Sample', '',
    `The structured sample is the whole page list: ${sample.length} page x language x state combinations, of which the suite audited ${report.audits.length}. There is no random sample.`, '',
    '## Outcomes', '',
    'Automated checks count as passed only where they decide the whole criterion for the sample. Everything else "cannot tell" until a person has followed the instructions below.', '',
    '| criterion | level | outcome | checks and tools |', '| --- | --- | --- | --- |',
    ...assessed.map((c) => `| ${c.num} ${c.title} | ${c.level} | ${LABEL[c.outcome]} | ${[...c.checks, ...(c.axeRules.length ? [`axe rules: ${c.axeRules.join(', ')}`] : [])].join('; ') || '-'} |`),
    '', '## What a person still has to do', '',
  ];
  for (const c of assessed) {
    if (c.outcome === 'passed' || (!c.manual && !c.failures.length && c.outcome !== 'inapplicable')) continue;
    lines.push(`### ${c.num} ${c.title} (${c.level}): ${LABEL[c.outcome]}`, '');
    for (const f of c.failures) lines.push(`- Failed: ${f.audit.name} (\`${f.audit.path}\`, ${f.audit.lang}, ${f.audit.state}), check \`${f.check}\`: ${f.details.map((d) => `\`${d.selector}\` ${d.message}`).join('; ')}`);
    if (c.inapplicable) lines.push(`Not present: ${c.inapplicable}`, '');
    if (c.manual) lines.push(c.manual, '');
  }
  lines.push('## The checks behind the outcomes', '', 'From `a11y/criteria.json`, the one place for this mapping.', '',
    '| check | criteria it bears on | criteria it decides alone |', '| --- | --- | --- |', ...checkRows, '',
    '| tool | how its findings map to criteria |', '| --- | --- |', ...toolRows, '');
  return lines.join('\n');
}
