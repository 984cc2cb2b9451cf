import { describe, expect, it } from 'vitest';
import type { CrawlProgress } from '../../../../../renderer/explorer/search/crawl';
import { describeFailureCheck } from '../../../../../renderer/explorer/search/SearchProgress';

const progress = (state: CrawlProgress['state'], projectsDone: number, failed = 0): CrawlProgress => ({
  state,
  projectsDone,
  projectsTotal: 40,
  requests: 0,
  failed,
});

describe('the failure check, in words', () => {
  it('says how far it got, and plainly what the read budget or a stop left unchecked', () => {
    expect(describeFailureCheck(progress('running', 12))).toBe(
      'Checked 12 of 40 projects for failed builds and jobs…',
    );
    expect(describeFailureCheck(progress('budget-spent', 12))).toBe(
      'The read budget stopped the check after 12 of 40 projects: failures in the other 28 are not shown.',
    );
    expect(describeFailureCheck(progress('cancelled', 30))).toBe(
      'Checking stopped at 30 of 40 projects: failures in the other 10 are not shown.',
    );
    expect(describeFailureCheck(progress('done', 40, 2))).toBe(
      'Checked all 40 projects for failed builds and jobs (2 reads failed).',
    );
    // The budget ran out on the last listings, after every project was read: nothing was left out.
    expect(describeFailureCheck(progress('budget-spent', 40))).toBe(
      'Checked all 40 projects for failed builds and jobs.',
    );
  });
});
