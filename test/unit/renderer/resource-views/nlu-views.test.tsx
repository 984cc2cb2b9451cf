// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EntitiesList, EntityDetail, IntentDetail, IntentsList } from '../../../../renderer/resource-views';
import { entitiesOf, intentsOf, SANDBOX_FIXTURES } from './fixtures';
import { offeredDownloads, renderDownload, renderView } from './render-view';

const { coffee } = SANDBOX_FIXTURES.projects;

function entity(name: string) {
  const found = entitiesOf(coffee).find((wrapper) => Object.values(wrapper)[0]?.name === name);
  if (!found) throw new Error(`no entity ${name}`);
  return found;
}

describe('IntentsList', () => {
  it('lists intents with their base-ontology flag and linked entities, and opens both', () => {
    const onOpenIntent = vi.fn();
    const onOpenEntity = vi.fn();
    renderView(
      <IntentsList
        body={{ intents: intentsOf(coffee) }}
        onOpenIntent={onOpenIntent}
        onOpenEntity={onOpenEntity}
      />,
    );
    const table = screen.getByRole('grid', { name: 'Intents' });
    const order = within(table).getByRole('row', { name: /ORDER_COFFEE/ });
    expect(
      within(order)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['DrinkSize', 'DrinkType', 'COFFEE_SHOP_LOCATION']);
    expect(within(table).getByRole('row', { name: /NO_INTENT/ }).textContent).toContain('Yes');
    fireEvent.click(within(order).getByRole('button', { name: 'Open entity DrinkType' }));
    expect(onOpenEntity).toHaveBeenCalledWith('DrinkType');
    fireEvent.click(screen.getByRole('button', { name: 'Open intent CHECK_ORDER_STATUS' }));
    expect(onOpenIntent).toHaveBeenCalledWith('CHECK_ORDER_STATUS');
  });

  it('shows "—" for an intent without links and copes with an empty body', () => {
    renderView(<IntentsList body={{ intents: [{ name: 'BARE' }] }} />);
    expect(screen.getByRole('row', { name: /BARE/ }).textContent).toContain('—');
  });

  it('says when there are no intents', () => {
    renderView(<IntentsList body={{}} />);
    expect(screen.getByText('No intents.')).toBeTruthy();
  });
});

describe('IntentDetail', () => {
  const intent = intentsOf(coffee).find((i) => i.name === 'ORDER_PASTRY');

  it('shows the intent and offers its samples for the chosen locale', () => {
    renderView(
      <IntentDetail
        body={{ intent }}
        projectId={coffee}
        locales={['en-US', 'fr-CA']}
        renderDownload={renderDownload}
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'ORDER_PASTRY' })).toBeTruthy();
    expect(screen.getByText('nuance_custom_data')).toBeTruthy();
    expect(offeredDownloads().map((t) => [t.endpoint, t.params])).toEqual([
      ['samples.export', { projectId: coffee, intentName: 'ORDER_PASTRY', locales: ['en-US'] }],
    ]);
    fireEvent.change(screen.getByRole('combobox', { name: 'Locale' }), { target: { value: 'fr-CA' } });
    expect(offeredDownloads()[0]?.params['locales']).toEqual(['fr-CA']);
  });

  it('offers no download without a project or locales, and copes with an empty body', () => {
    renderView(<IntentDetail body={{}} renderDownload={renderDownload} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Intent' })).toBeTruthy();
    expect(offeredDownloads()).toEqual([]);
  });
});

describe('EntitiesList', () => {
  it('groups the entities by kind, each kind with its own facts', () => {
    renderView(<EntitiesList body={{ entities: entitiesOf(coffee) }} />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'List (2)',
      'Freeform (1)',
      'Base (2)',
      'Regex (1)',
      'Relational (2)',
      'Rule-based (1)',
    ]);

    const lists = screen.getByRole('grid', { name: 'List entities' });
    const size = within(lists).getByRole('row', { name: /DrinkSize/ });
    expect(size.textContent).toContain('Literals9');
    expect(size.textContent).toContain('DynamicNo');
    expect(size.textContent).toContain('CanonicalizeYes');
    expect(within(lists).getByRole('row', { name: /DrinkType/ }).textContent).toContain('DynamicYes');

    const regex = screen.getByRole('grid', { name: 'Regex entities' });
    expect(within(regex).getByText('[A-Z]{2}[0-9]{6}').tagName).toBe('CODE');

    const relational = screen.getByRole('grid', { name: 'Relational entities' });
    const order = within(relational).getByRole('row', { name: /DRINK_ORDER/ });
    expect(within(order).getByRole('list', { name: 'Has a' }).textContent).toBe('DrinkSizeDrinkType');
    expect(within(relational).getByRole('row', { name: /PICKUP_DATE/ }).textContent).toContain(
      'Is anuance_DATE',
    );

    expect(screen.getByRole('grid', { name: 'Rule-based entities' }).textContent).toContain('GrXML');
  });

  it('filters by kind', () => {
    renderView(<EntitiesList body={{ entities: entitiesOf(coffee) }} />);
    fireEvent.change(screen.getByRole('combobox', { name: /Kind/ }), { target: { value: 'regex' } });
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Regex (1)']);
  });

  it('opens an entity, also from a relational link', () => {
    const onOpenEntity = vi.fn();
    renderView(<EntitiesList body={{ entities: entitiesOf(coffee) }} onOpenEntity={onOpenEntity} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open entity ORDER_NUMBER' }));
    const pickup = within(screen.getByRole('grid', { name: 'Relational entities' })).getByRole('row', {
      name: /PICKUP_DATE/,
    });
    fireEvent.click(within(pickup).getByRole('button', { name: 'Open entity nuance_DATE' }));
    expect(onOpenEntity.mock.calls).toEqual([['ORDER_NUMBER'], ['nuance_DATE']]);
  });

  it('still lists kinds Mix adds later, and skips what it cannot read', () => {
    renderView(
      <EntitiesList
        body={{ entities: [{ futureKindEntity: { name: 'NEW_ONE' } }, null, 'x', {}] as never }}
      />,
    );
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Future kind (1)');
    expect(screen.getByText('NEW_ONE')).toBeTruthy();
  });

  it('says when there are no entities', () => {
    renderView(<EntitiesList body={{}} />);
    expect(screen.getByText('No entities.')).toBeTruthy();
  });
});

describe('EntityDetail', () => {
  it('shows a list entity and offers its literals per locale', () => {
    renderView(
      <EntityDetail
        body={{ entity: entity('DrinkSize') }}
        projectId={coffee}
        locales={['en-US', 'fr-CA']}
        renderDownload={renderDownload}
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'DrinkSize' })).toBeTruthy();
    expect(screen.getByText('List entity')).toBeTruthy();
    expect(offeredDownloads().map((t) => [t.endpoint, t.params])).toEqual([
      ['literals.export', { projectId: coffee, entityName: 'DrinkSize', locales: ['en-US'] }],
    ]);
    fireEvent.change(screen.getByRole('combobox', { name: 'Locale' }), { target: { value: '*' } });
    expect(offeredDownloads()[0]?.params['locales']).toEqual(['en-US', 'fr-CA']);
  });

  it('offers the grammars of a rule-based entity', () => {
    renderView(
      <EntityDetail
        body={{ entity: entity('COFFEE_SHOP_LOCATION') }}
        projectId={coffee}
        locales={['en-US']}
        renderDownload={renderDownload}
      />,
    );
    expect(offeredDownloads().map((t) => [t.endpoint, t.params])).toEqual([
      ['grammars.export', { projectId: coffee, entityName: 'COFFEE_SHOP_LOCATION' }],
    ]);
  });

  it('offers nothing for a regex entity and shows its pattern', () => {
    renderView(
      <EntityDetail
        body={{ entity: entity('ORDER_NUMBER') }}
        projectId={coffee}
        locales={['en-US']}
        renderDownload={renderDownload}
      />,
    );
    expect(offeredDownloads()).toEqual([]);
    expect(screen.getByText('[A-Z]{2}[0-9]{6}')).toBeTruthy();
  });

  it.each([
    ['no body', undefined],
    ['an empty body', {}],
    ['an empty wrapper', { entity: {} }],
  ])('copes with %s', (_, body) => {
    renderView(<EntityDetail body={body} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Entity' })).toBeTruthy();
  });
});
