import { describe, expect, it } from 'vitest';
import { configsOfApplications } from '../../../../../renderer/resource-views';
import { configSections, findConfig } from '../../../../../renderer/explorer/routes/CompareConfigsView';

// The organization's applications as `applications.list … view=AV_FULL` returns them (mix-api.md §5).
const sources = configsOfApplications([
  {
    id: '49',
    applicationName: 'Mix Sample App',
    configs: [
      { id: '190', tag: 'DemoProject' },
      { id: '192', tag: 'DemoProject', parentId: '190' },
    ],
  },
  { id: '50', applicationName: 'Travel Concierge', configs: [{ id: '195', tag: 'TravelConcierge' }] },
  { id: '51', configs: [{ id: '200' }, null, { tag: 'no id' }] },
  { id: '52', applicationName: 'No configs', configs: [] },
]);

describe('comparing configurations across applications', () => {
  it('offers every config of the organization, grouped by application, matching the application’s name too', () => {
    expect(configSections(sources)).toEqual([
      {
        id: 'application-49',
        title: 'Mix Sample App',
        options: [
          { id: '49/190', label: 'DemoProject #190', text: 'Mix Sample App › DemoProject #190' },
          { id: '49/192', label: 'DemoProject #192', text: 'Mix Sample App › DemoProject #192' },
        ],
      },
      {
        id: 'application-50',
        title: 'Travel Concierge',
        options: [
          { id: '50/195', label: 'TravelConcierge #195', text: 'Travel Concierge › TravelConcierge #195' },
        ],
      },
      {
        id: 'application-51',
        title: 'Application 51',
        options: [{ id: '51/200', label: 'Configuration #200', text: 'Application 51 › Configuration #200' }],
      },
    ]);
  });

  it('finds a side only under the application the path names', () => {
    expect(findConfig(sources, { applicationId: '50', configId: '195' })?.config.tag).toBe('TravelConcierge');
    expect(findConfig(sources, { applicationId: '49', configId: '195' })).toBeUndefined();
    expect(findConfig(sources, { applicationId: '50', configId: '999' })).toBeUndefined();
  });
});
