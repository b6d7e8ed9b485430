import {
  BASE_SALARY_TABLE,
  COMPLAINT_RULES,
  type ComplaintLimit,
  REVOCATION_GROUNDS,
  ACHIEVEMENT_LABELS,
  NOMINEE_KIND_NAMES,
  NOMINEE_KINDS,
  awardsOf,
  DOCUMENT_CODES,
  DOCUMENTS,
  holidaysOf,
  officialCalendarYears,
  ELIGIBILITY_REASON_CODES,
  PROVINCIAL_PROFILES,
  RULE_SETS,
  formatLegalRef,
  type NomineeKind,
  type AwardDefinition,
  type Criterion,
  type RuleSet,
  type TimeLimits,
  type LegalRef,
  type LegalSource,
} from '@tdkt/domain';
import { code, markdownTable } from './markdown';

const KIND_VI: Record<NomineeKind, string> = {
  individual: NOMINEE_KIND_NAMES.individual.vi,
  collective: NOMINEE_KIND_NAMES.collective.vi,
  household: NOMINEE_KIND_NAMES.household.vi,
};

function ref(legalRef: LegalRef): string {
  return formatLegalRef(legalRef, 'vi') + (legalRef.note ? ` (${legalRef.note})` : '');
}

function multiple(thousandths: number): string {
  // One decimal at least (0.3×, 1.0×), more when the coefficient has them (0.45×, 2.25×).
  const fixed = (thousandths / 1000).toFixed(3).replace(/0{1,2}$/, '');
  return `${fixed}×`;
}

function percent(numerator: number, denominator: number): string {
  return `${Math.round((numerator * 1000) / denominator) / 10}%`;
}

/** One line describing a criterion, for reviewers. */
export function describeCriterion(c: Criterion): string {
  switch (c.kind) {
    case 'rating-at-least':
      return c.minimum === 'HTXS'
        ? 'Rated HTXS (excellent) in the award year'
        : 'Rated HTTNV (good) or better in the award year';
    case 'ldtt-standard':
      return 'Meets the LĐTT standard in the award year (LĐTT title, or rated HTTNV or better)';
    case 'htxs-or-initiative':
      return 'Rated HTXS in the award year, or an unused initiative recognised at unit level that year';
    case 'consecutive-titles':
      return `${c.count} consecutive ${code(c.titleCode)} titles ending at the award year${c.intervalYears > 1 ? ` (one every ${c.intervalYears} years)` : ''}`;
    case 'initiative':
      return `An unused initiative of ${c.minimumScope} scope or wider, recognised within the ${c.periodYears} award years ending at the award year`;
    case 'bang-khen-record':
      return `${c.consecutiveCstdcs} consecutive ${code('CSTDCS')} titles, or HTXS for ${c.htxsYears} consecutive years with ${c.unitInitiatives} unused unit-level initiatives`;
    case 'collective-excellence-years':
      return `${c.years} consecutive years rated HTXS or titled ${code('TTLDXS')}`;
    case 'member-ldtt-share':
      return `At least ${c.minimumPercent}% of members hold LĐTT`;
    case 'no-disciplined-members':
      return 'No member disciplined at "cảnh cáo" (warning) or worse';
    case 'all-members-completed':
      return '100% of members completed their tasks';
    case 'has-cstdcs-member':
      return `At least one member holds ${code('CSTDCS')}`;
    case 'cluster-leader':
      return 'Led its provincial emulation cluster or block (cụm, khối) in the award year';
    case 'claimed-achievement':
      return `Stated in the dossier and judged by the reviewers: ${ACHIEVEMENT_LABELS[c.achievement].vi} (${ACHIEVEMENT_LABELS[c.achievement].en})${c.confirmed ? '' : ' [wording unconfirmed]'}`;
    case 'any-of':
      return `One of: ${c.routes
        .map(
          (route, index) =>
            `(${index + 1}) ${route.criteria.map((criterion) => (criterion.kind === 'claimed-achievement' ? `${route.label.vi} [judged${criterion.confirmed ? '' : ', unconfirmed'}]` : describeCriterion(criterion))).join(' and ')}`,
        )
        .join('; ')}`;
  }
}

function deciding(award: AwardDefinition): string {
  if (award.deciding.kind === 'fixed') return award.deciding.authority.decider.vi;
  return Object.entries(award.deciding.byUnitLevel)
    .map(([level, authority]) => `${level}: ${authority.decider.vi}`)
    .join('; ');
}

function bonus(award: AwardDefinition): string {
  return NOMINEE_KINDS.flatMap((kind) => {
    const b = award.bonus[kind];
    return b
      ? [`${KIND_VI[kind]} ${multiple(b.thousandths)}${b.confirmed ? '' : ' (chưa xác nhận)'}`]
      : [];
  }).join('; ');
}

const TIME_LIMIT_LABELS: Record<keyof TimeLimits, string> = {
  unitReviewWorkingDays: 'Appraisal from a complete dossier (working days)',
  supplementationWorkingDays: 'Unit supplements an incomplete dossier (working days)',
  initiativeRecognitionMonths: 'Decision on an initiative application (months)',
  reminderOffsetsWorkingDays: 'Reminders before a due date (working days)',
  overdueGraceWorkingDays: 'Grace after a due date before escalation (working days)',
  centralReturnIneligibleWorkingDays: 'MOHA returns an ineligible central dossier (working days)',
  centralReviewWorkingDays: 'MOHA submits a complete central dossier to the PM (working days)',
};

/** The simplified procedure's own limits, for the awards that take it (the ad-hoc and thematic tracks). */
function renderSimplifiedProcedure(ruleSet: RuleSet): string[] {
  const rule = ruleSet.simplifiedProcedure;
  const awards = Object.values(ruleSet.awards)
    .filter((award) => award?.simplifiedProcedure)
    .map((award) => `${code(award.code)} (${award.track ?? 'periodic'})`);
  const row = (label: string, key: keyof typeof rule.sources, value: string): string[] => {
    const source = rule.sources[key];
    return [
      `${label} (${code(key)})`,
      value,
      source.status,
      source.legalRef ? ref(source.legalRef) : 'project default',
    ];
  };
  return [
    '### Simplified procedure (thủ tục đơn giản)',
    '',
    `Provided by ${ref(rule.legalRef)}. Applies to ${awards.join(', ')}: the dossier is the submission memo with an achievement summary (\`TOM_TAT_THANH_TICH\`) instead of the full report, no council votes on it, and it goes from the appraisal straight to the leader's numbered decision.`,
    '',
    markdownTable(
      ['Limit', 'Value', 'Status', 'Source'],
      [
        row('Appraisal (working days)', 'reviewWorkingDays', String(rule.reviewWorkingDays)),
        row('Decision (working days)', 'decisionWorkingDays', String(rule.decisionWorkingDays)),
        row(
          'Nominees disclosed before the decision',
          'publicDisclosure',
          rule.publicDisclosure ? 'yes' : 'no',
        ),
      ],
    ),
    '',
  ];
}

function renderRuleSet(ruleSet: RuleSet): string[] {
  const out: string[] = [];
  out.push(`## ${code(ruleSet.id)} — ${ruleSet.name.en}`, '');
  out.push(`${ruleSet.name.vi}.`, '');
  out.push(
    `In force from ${ruleSet.effectiveFrom} ${ruleSet.effectiveTo ? `to ${ruleSet.effectiveTo}` : 'until replaced'}.`,
    '',
  );
  out.push('### Legal basis', '');
  out.push(
    markdownTable(
      ['Instrument', 'Title', 'Signed', 'Note'],
      ruleSet.legalBasis.map((i) => [
        i.number,
        `${i.title.vi} (${i.title.en})`,
        i.issuedOn ?? 'unconfirmed',
        i.note ?? '',
      ]),
    ),
    '',
  );
  out.push('### Administrative levels', '');
  out.push(`Basis: ${ref(ruleSet.levelsLegalRef)}.`, '');
  out.push(
    markdownTable(
      ['Level', 'Name', 'Escalates to', 'Proposes awards', 'Appraising body'],
      ruleSet.levels.map((l) => [
        code(l.id),
        `${l.name.vi} (${l.name.en})`,
        l.parent ? code(l.parent) : '—',
        l.proposing ? 'yes' : 'no',
        l.emulationBody.vi,
      ]),
    ),
    '',
  );
  out.push('### Awards', '');
  out.push(
    markdownTable(
      [
        'Code',
        'Name',
        'Kind',
        'Nominees',
        'Decided by (proposing unit level: decider)',
        'Council ballot',
        'Bonus (× base salary)',
      ],
      awardsOf(ruleSet).map((a) => {
        return [
          code(a.code),
          `${a.name.vi} (${a.name.en})`,
          a.kind + (a.simplifiedProcedure ? ', simplified procedure' : ''),
          a.nomineeKinds.join(', '),
          deciding(a),
          a.ballot
            ? `≥ ${percent(a.ballot.threshold.numerator, a.ballot.threshold.denominator)} of all members, ${a.ballot.council.vi}`
            : 'none',
          bonus(a),
        ];
      }),
    ),
    '',
  );
  out.push('### Criteria, documents and references per award', '');
  for (const a of awardsOf(ruleSet)) {
    out.push(`#### ${code(a.code)} — ${a.name.vi}`, '');
    for (const kind of a.nomineeKinds) {
      const criteria = a.criteria[kind] ?? [];
      if (criteria.length === 0) {
        out.push(`- ${KIND_VI[kind]}: no record-based criteria (judged on the achievement).`);
      }
      for (const criterion of criteria) {
        out.push(
          `- ${KIND_VI[kind]}: ${describeCriterion(criterion)} — ${ref(criterion.legalRef)}${criterion.origin === 'provincial-model' ? ' [provincial model]' : ''}.`,
        );
      }
    }
    out.push(`- Documents: ${a.documents.map(code).join(', ')}.`);
    out.push(`- Deciding basis: ${ref(a.deciding.legalRef)}.`);
    if (a.ballot) out.push(`- Ballot basis: ${ref(a.ballot.legalRef)}.`);
    for (const kind of a.nomineeKinds) {
      const b = a.bonus[kind];
      if (b) out.push(`- Bonus ${KIND_VI[kind]} ${multiple(b.thousandths)}: ${ref(b.legalRef)}.`);
    }
    out.push(`- References: ${a.legalRefs.map(ref).join('; ')}.`, '');
  }
  out.push('### Time limits', '');
  out.push(
    markdownTable(
      ['Limit', 'Value', 'Status', 'Source'],
      (Object.keys(TIME_LIMIT_LABELS) as (keyof TimeLimits)[]).map((key) => {
        const value = ruleSet.timeLimits[key];
        const source = ruleSet.timeLimitSources[key];
        return [
          `${TIME_LIMIT_LABELS[key]} (${code(key)})`,
          Array.isArray(value) ? value.join(', ') : String(value),
          source.status,
          source.legalRef ? ref(source.legalRef) : 'project default',
        ];
      }),
    ),
    '',
  );
  out.push(...renderSimplifiedProcedure(ruleSet));
  out.push('### Council and procedure', '');
  const q = ruleSet.quorum;
  out.push(
    `- Quorum: ≥ ${q.minimumPresent.numerator}/${q.minimumPresent.denominator} of members present; award sessions ≥ ${percent(q.awardSessionMinimumPresent.numerator, q.awardSessionMinimumPresent.denominator)}; absent members give written opinions: ${q.absentMembersGiveWrittenOpinion ? 'yes' : 'no'} — ${ref(q.legalRef)}${q.confirmed ? '' : ' (unconfirmed)'}.`,
    `- Secret ballot: ${ruleSet.councilBallot.secret ? 'yes' : 'no'} — ${ref(ruleSet.councilBallot.legalRef)}.`,
    `- Public disclosure: ${ruleSet.publicDisclosure.required ? 'required' : 'not required'}, ${ruleSet.publicDisclosure.windowWorkingDays} working days — ${ref(ruleSet.publicDisclosure.legalRef)}.`,
    `- Emulation registration required for titles: ${ruleSet.registration.requiredForTitles ? 'yes' : 'no'} — ${ref(ruleSet.registration.legalRef)}.`,
    `- Initiative council: ≥ ${ruleSet.initiativeCouncilThreshold.threshold.numerator}/${ruleSet.initiativeCouncilThreshold.threshold.denominator} of all members — ${ref(ruleSet.initiativeCouncilThreshold.legalRef)}.`,
    `- One initiative backs one award only — ${ref(ruleSet.initiativeSingleUse)}.`,
    `- No award while discipline, inspection or a complaint is pending — ${ref(ruleSet.pendingProceedingsBar)}.`,
    `- Bonus rounding: ${ruleSet.bonusRounding.direction} to the next ${ruleSet.bonusRounding.toNearestVnd.toLocaleString('en-US')} VND — ${ref(ruleSet.bonusRounding.legalRef)}.`,
    '',
  );
  out.push('### Unconfirmed values', '');
  out.push(
    markdownTable(
      ['Value', 'Note', 'Override in a provincial profile'],
      ruleSet.unconfirmed.map((u) => [
        code(u.path),
        u.note.en,
        u.configurableVia ? code(u.configurableVia) : 'new rule-set version',
      ]),
    ),
    '',
  );
  return out;
}

function sourceText(source: LegalSource): string {
  return [
    source.document,
    source.article ? `Art. ${source.article}` : '',
    source.issuedOn ? `(${source.issuedOn})` : '',
    source.url ?? '',
  ]
    .filter(Boolean)
    .join(' ');
}

function statusText(source: LegalSource): string {
  return source.status ?? 'as announced';
}

function limitRow(step: string, limit: ComplaintLimit): string[] {
  return [step, String(limit.days), sourceText(limit.source), statusText(limit.source)];
}

/** The Law on Complaints' limits by version, and the grounds to revoke an award. */
function renderComplaintsAndRevocation(): string[] {
  const out: string[] = ['## Complaints and revocation', ''];
  out.push(
    'A complaint (khiếu nại) about a commendation decision or a refusal follows the Law on Complaints: Law 06/2022/QH15 has no complaint article of its own (its Art. 89(2)(i) only lists settling complaints among the state’s tasks). Its limits are calendar days (“ngày”, not “ngày làm việc”): the first day is not counted and a limit ending on a day off ends on the next working day (Civil Code 2015 Art. 147–148; the engine’s reading). A complaint filed after an unconfirmed filing limit is taken with a warning (`filedLate`); after a confirmed one it is refused with `422 COMPLAINT_TIME_LIMIT_EXPIRED`, unless the officer records the days an objective obstacle lasted (Art. 9). The limits in force on the day the complainant learned of the decision apply. `complaintWorkflow` gives the acceptance to the handling unit’s reviewers and the settlement to its leaders, with reminders 3 and 1 working days before each limit and an overdue notice the next working day.',
    '',
  );
  for (const rules of COMPLAINT_RULES) {
    out.push(`### \`${rules.id}\` — from ${rules.effectiveFrom}`, '');
    out.push(
      markdownTable(
        ['Step', 'Days', 'Source', 'Status'],
        [
          limitRow('Filing window (from knowing of the decision)', rules.filing),
          limitRow('Acceptance (thụ lý)', rules.acceptance),
          limitRow('First settlement', rules.firstInstance.normal),
          limitRow('First settlement, complex', rules.firstInstance.complex),
          limitRow('First settlement, remote area', rules.firstInstance.remote),
          limitRow('First settlement, remote and complex', rules.firstInstance.remoteComplex),
          limitRow('Second complaint window', rules.secondComplaintWindow.normal),
          limitRow('Second complaint window, remote area', rules.secondComplaintWindow.remote),
          limitRow('Second settlement', rules.secondInstance.normal),
          limitRow('Second settlement, complex', rules.secondInstance.complex),
          limitRow('Second settlement, remote area', rules.secondInstance.remote),
          limitRow('Second settlement, remote and complex', rules.secondInstance.remoteComplex),
        ],
      ),
      '',
    );
  }
  out.push(
    '### Revocation grounds (hủy bỏ)',
    '',
    'A leader of the issuing unit revokes one award of a signed decision (`POST /api/v1/decisions/:id/revocations`) on one of these grounds; the revocation takes the next number of the issuer’s decision series once, and the bonus to recover is the bonus the decision paid. The procedure’s own limits (07 days for the proposing level, 05 working days for the granting level, per the Huế TTHC page) and the recovery of award items are not modelled: their decree article (NĐ 152/2025/NĐ-CP) was not read.',
    '',
    markdownTable(
      ['Code', 'Ground', 'Source', 'Status'],
      REVOCATION_GROUNDS.map((ground) => [
        code(ground.code),
        `${ground.text.vi} (${ground.text.en})`,
        sourceText(ground.source),
        statusText(ground.source),
      ]),
    ),
    '',
  );
  return out;
}

/** What the engine does with each setting of a provincial profile, and what it leaves to people. */
const PROFILE_ENFORCEMENT: readonly [setting: string, effect: string][] = [
  [
    '`timeLimits`',
    'Pinned into each dossier at submission (review, supplementation, reminders, overdue grace); the dossier workflow runs on them.',
  ],
  [
    '`disclosureWindowWorkingDays`',
    'Pinned into each dossier at submission; the public-disclosure stage lasts that many working days.',
  ],
  [
    '`awardCriteria`, `registrationRequiredForTitles`',
    'Evaluated by `POST /api/v1/eligibility/evaluate` (under the deployment’s profile unless a `ruleSetId` is pinned). The dossier workflow does not evaluate eligibility; reviewers use that endpoint.',
  ],
  [
    '`submissionCutoffs`',
    'Checked at submission against the cut-offs binding the dossier: its award year, its award, where it is decided (`decidingLevels`, e.g. only dossiers sent to the provincial department) and its proposing unit’s level; the date is today in Vietnam, or `RULES_AS_OF`. Past a confirmed cut-off the submission is refused with `422 SUBMISSION_DEADLINE_PASSED`, naming the cut-off (`rule: submission-cutoff:<id>`), the deadline and its source, and the draft stays. Past an unconfirmed one the dossier is accepted and its `dossier.submitted` timeline event carries a warning naming the cut-off, for the reviewer: an unchecked value never refuses a citizen’s dossier.',
  ],
  [
    '`ratioCaps`',
    'Reported, not enforced: `GET /api/v1/eligibility/ratio-cap` compares the dossiers a unit has submitted for the award and year with the cap of a base the caller states (e.g. the unit’s Advanced Worker title holders), which the engine does not hold. Submission does not check it.',
  ],
  [
    '`quorum`, `councilSecretBallot`',
    'Not evaluated: the council meeting signals its result (passed, votes for, members) to the dossier workflow; quorum and secrecy are the council secretary’s to check. `GET /api/v1/awards` shows them.',
  ],
];

function renderProfileEnforcement(): string[] {
  return [
    '### What the engine does with a profile',
    '',
    'A deployment selects one profile with the server setting `RULES_PROFILE` (e.g. `RULES_PROFILE=DN`); the API and the worker refuse to start with an unknown one, naming the setting. A dossier pins the composite rule set (e.g. `VN-2024+DN`) when it is submitted, stored as its `rule_set_id`; the rules API (`GET /api/v1/awards`, `POST /api/v1/eligibility/evaluate`) answers under the profile by default.',
    '',
    markdownTable(
      ['Setting', 'Where it takes effect'],
      PROFILE_ENFORCEMENT.map(([s, e]) => [s, e]),
    ),
    '',
  ];
}

function renderHolidays(): string[] {
  const out: string[] = ['## Working-day calendar', ''];
  out.push(
    'Public servants work Monday–Friday. Days off are the Labour Code 2019 Art. 112 holidays as scheduled by the Government each year; swapped Saturdays are working days. A time limit does not count its start day (Civil Code 2015 Art. 147). Lunar dates use the Vietnamese calendar at UTC+7 (Hồ Ngọc Đức’s algorithm).',
    '',
    'For years without a recorded schedule the calendar is provisional (`calendarIsOfficial(year) === false`): the 11 statutory days (Tết = last day of the lunar year + mùng 1–4; National Day adjacent day = 1 September when 2 September is a Tuesday, Wednesday or Saturday, else 3 September), with a holiday falling on a weekend compensated on the next working day (Art. 111(3)). A deadline computed over a provisional year is answered with `provisional: true` and may still move.',
    '',
    'Ngày Văn hóa Việt Nam, 24 November, is a day off from 2026 (Nghị quyết 28/2026/QH16 Art. 2, in force 2026-07-01; unconfirmed: the article is quoted word for word by several sources, the official text was not read). It is set by the resolution, not by Labour Code Art. 112(1), so whether a 24 November falling on a weekend is made up is unconfirmed; provisional years do not make it up. The 2026 swap that was proposed (Monday 23/11 off, Saturday 28/11 worked) was not adopted and is not in the calendar.',
    '',
    'These schedules are the release’s own. An administrator publishes a later or corrected year through `POST /api/v1/legal-data/holiday-schedules` (with its source document); the published schedule replaces the year from its publication on, every open dossier and plan whose pending deadlines it moves is told, and `GET /api/v1/calendar/holidays?year=` answers with the schedule in effect.',
    '',
  );
  for (const year of officialCalendarYears()) {
    const h = holidaysOf(year);
    out.push(`### ${year} (official)`, '');
    const groups: { from: string; to: string; name: string; source: string; status: string }[] = [];
    for (const d of h.daysOff) {
      const last = groups[groups.length - 1];
      const source = sourceText(d.source);
      if (last && last.name === d.name.vi && last.source === source) last.to = d.date;
      else
        groups.push({
          from: d.date,
          to: d.date,
          name: d.name.vi,
          source,
          status: statusText(d.source),
        });
    }
    out.push(
      markdownTable(
        ['Days off', 'Holiday', 'Source', 'Status'],
        groups.map((g) => [
          g.from === g.to ? g.from : `${g.from} – ${g.to}`,
          g.name,
          g.source,
          g.status,
        ]),
      ),
      '',
    );
    if (h.workingSaturdays.length > 0) {
      out.push(
        markdownTable(
          ['Working Saturday', 'In lieu of', 'Source'],
          h.workingSaturdays.map((s) => [s.date, s.inLieuOf, sourceText(s.source)]),
        ),
        '',
      );
    }
  }
  return out;
}

/** How a dossier gets its rule set, the transition of 2026, replays and the legal data in effect. */
function renderWhichRulesApply(): string[] {
  const transitions = Object.values(RULE_SETS).flatMap((ruleSet) =>
    ruleSet.transition === null
      ? []
      : [
          `- ${code(ruleSet.id)} from ${ruleSet.effectiveFrom}: a dossier received for appraisal before ${ruleSet.transition.receivedBefore} keeps ${code(ruleSet.transition.previous)}, unless ${code(ruleSet.id)} is more favourable to the nominee (source: ${ref(ruleSet.transition.legalRef)})${ruleSet.transition.confirmed ? '' : ' (unconfirmed)'}. \`POST /api/v1/eligibility/evaluate\` with the pinned \`ruleSetId\` and \`receivedOn\` judges such a dossier under the new standard when it meets it and not the old one, and says so (\`TRANSITION_MORE_FAVOURABLE\`).`,
        ],
  );
  return [
    '## Which rules a dossier gets',
    '',
    'A dossier pins, when it is submitted, the rule set in force that day with the deployment’s provincial profile (e.g. `VN-2026-10+DN`) and keeps it to the end; a later rule set never changes a dossier already on its way, except through a transition rule:',
    '',
    ...transitions,
    '',
    '`RULES_AS_OF` replays a past cycle, not the present: it applies only to dossiers whose award year is not after its own year. The embedded demo sets it to 2024-12-16 for its 2024 Cẩm Mỹ seed (the district level existed then), so a 2024 dossier runs under `VN-2024`, while a dossier for 2025 or later — the 2026 cycle of xã Cẩm Mỹ, Thành phố Đồng Nai — runs under today’s rules. A decision on a replayed dossier (its rule set was not in force the day it was really received, or its issuer no longer existed on the signing date) is dated the day it is made and says plainly at its top that it is a replay with no legal effect; bonuses use the base salary of that day. A deployment leaves `RULES_AS_OF` unset: nothing in it then contradicts the rules in force.',
    '',
    'Days off and the base salary are legal data that changes more often than a release: the release carries them (below), and an administrator of the top unit publishes a new year’s holiday schedule or a new base-salary step through `POST /api/v1/legal-data/holiday-schedules` and `POST /api/v1/legal-data/base-salary-steps`, each with its source document and status. Publications are append-only and versioned (`GET /api/v1/legal-data/publications`); the latest one of a year or an effective date is in effect from its publication, in the API and in every activity. Workflows never read them: their deadlines come from scheduling activities whose results are recorded, and a published schedule is propagated by `calendarPropagationWorkflow`, which signals every open dossier and active plan; each recomputes its pending deadlines through the same activity and moves only what changed — the task’s due date, its reminders and its overdue notice — once per publication, with a `task.rescheduled` event and notice.',
    '',
  ];
}

/** The whole of docs/rules.md, generated from the rule data; pure, so a test can compare it. */
export function renderRulesMarkdown(): string {
  const out: string[] = [
    '# Rules reference',
    '',
    '<!-- Generated by `npm run docs:rules` from libs/domain. Do not edit by hand. -->',
    '',
    'Legal rules of the commendation engine, rendered from the versioned data in `@tdkt/domain`. Every rule set is immutable once released; a change in the law means a new rule set keyed by its effective date. Values marked unconfirmed have not been checked against a retrieved legal text and are listed with the provincial-profile field that overrides them.',
    '',
    '## Rule sets',
    '',
    markdownTable(
      ['Id', 'In force', 'Levels'],
      Object.values(RULE_SETS).map((r) => [
        code(r.id),
        `${r.effectiveFrom} – ${r.effectiveTo ?? 'open'}`,
        r.levels.map((l) => l.id).join(', '),
      ]),
    ),
    '',
    ...renderWhichRulesApply(),
  ];
  for (const ruleSet of Object.values(RULE_SETS)) out.push(...renderRuleSet(ruleSet));
  out.push('## Provincial profiles', '');
  for (const profile of Object.values(PROVINCIAL_PROFILES)) {
    out.push(`### ${code(profile.id)} — ${profile.province.vi}`, '');
    out.push(
      `Applies to ${profile.appliesTo.map((id) => code(`${id}+${profile.id}`)).join(', ')}.`,
      '',
    );
    if (profile.disclosureWindowWorkingDays !== undefined) {
      out.push(`- Disclosure window: ${profile.disclosureWindowWorkingDays} working days.`);
    }
    for (const [award, cap] of Object.entries(profile.ratioCaps ?? {})) {
      out.push(
        `- Ratio cap ${code(award)}: ${cap.percent}% of ${cap.of.en}, rounded down${cap.confirmed ? '' : ' (unconfirmed)'}${cap.note ? ` — ${cap.note}` : ''} Source: ${ref(cap.legalRef)}.`,
      );
    }
    for (const cutoff of profile.submissionCutoffs ?? []) {
      const awards =
        cutoff.awardCodes === 'all'
          ? 'every award'
          : cutoff.awardCodes === 'periodic'
            ? 'every award but the ad-hoc ones (simplified procedure)'
            : cutoff.awardCodes.map(code).join(', ');
      const units =
        cutoff.unitLevels === 'all'
          ? 'units of any level not bound by a level-specific cut-off'
          : `units of level ${cutoff.unitLevels.map(code).join(', ')}`;
      out.push(
        `- Submission cut-off ${code(cutoff.id)} (${cutoff.name.en}): ${cutoff.monthDay} of the award year, for ${awards}, from ${units}${cutoff.confirmed ? '' : ' (unconfirmed)'}${cutoff.note ? ` — ${cutoff.note}` : ''}. Source: ${ref(cutoff.legalRef)}.`,
      );
    }
    out.push('');
    out.push(
      markdownTable(
        ['Value', 'Note', 'Override'],
        profile.unconfirmed.map((u) => [
          code(u.path),
          u.note.en,
          u.configurableVia ? code(u.configurableVia) : '—',
        ]),
      ),
      '',
    );
  }
  out.push(...renderProfileEnforcement());
  out.push('## Dossier documents', '');
  out.push(
    markdownTable(
      ['Code', 'Name', 'Reference'],
      DOCUMENT_CODES.map((c) => [
        code(c),
        `${DOCUMENTS[c].name.vi} (${DOCUMENTS[c].name.en})`,
        ref(DOCUMENTS[c].legalRef),
      ]),
    ),
    '',
  );
  out.push('## Base salary', '');
  out.push(
    'Bonus = base salary in force on the decision date × coefficient, rounded up to the next 10,000 VND (e.g. LĐTT 0.3 × 2,530,000 = 759,000 → 760,000). Some published tables print the unrounded product; the engine follows the decree wording "làm tròn số lên hàng chục nghìn đồng".',
    '',
    markdownTable(
      ['From', 'VND per month', 'Source', 'Status', 'Note'],
      BASE_SALARY_TABLE.map((s) => [
        s.from,
        s.vnd.toLocaleString('en-US'),
        sourceText(s.source),
        statusText(s.source),
        s.source.note ?? '',
      ]),
    ),
    '',
    'An administrator publishes a new step (amount, effective date, source document) through `POST /api/v1/legal-data/base-salary-steps`; it is used for decisions signed from its publication on, and a published step of the same effective date replaces the built-in one. `GET /api/v1/legal-data/base-salary-steps` lists the table in effect.',
    '',
  );
  out.push(...renderHolidays());
  out.push(...renderComplaintsAndRevocation());
  out.push('## Eligibility reason codes', '');
  out.push(ELIGIBILITY_REASON_CODES.map((c) => `- ${code(c)}`).join('\n'), '');
  return out.join('\n');
}
