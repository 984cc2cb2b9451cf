// Testing Library's find*/waitFor give up after 1 s by default. On a shared machine running several
// suites at once, rendering the whole app (or a lazily loaded dialog) in jsdom can take longer than that:
// the conditions are awaited, only the bound on how long to wait for them is raised.
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 5_000 });
