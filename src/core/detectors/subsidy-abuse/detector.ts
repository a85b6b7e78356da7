// subsidy_abuse: subsidies far beyond a promotion's few percent, concentrated on one shop's repeat or linked buyers.
import { ok } from '../../result.ts';
import { defineDetector } from '../detector.ts';
import { analyseSubsidies } from './analyse-subsidies.ts';
import { describeAbuse } from './describe-abuse.ts';
import { SubsidyParams } from './params.ts';

export const subsidyAbuse = defineDetector({
  name: 'subsidy-abuse',
  version: '1.0.0',
  kinds: ['subsidy_abuse'],
  params: SubsidyParams,
  run(snapshot, params) {
    const { assessments } = analyseSubsidies(snapshot, params);
    return ok(assessments.filter((a) => a.abused).map((a) => describeAbuse(snapshot, a, params)));
  },
});
