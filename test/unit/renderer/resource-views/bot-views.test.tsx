// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { BotConfigsView, BotInterfaceView, BotSummary } from '../../../../renderer/resource-views';
import { application, botConfigsOf, botInterfaceOf, flowsOf, SANDBOX_FIXTURES } from './fixtures';
import { renderView } from './render-view';

const { sample } = SANDBOX_FIXTURES.applications;
const { demo, travel } = SANDBOX_FIXTURES.configs;

describe('BotSummary', () => {
  it('shows the bot and copes with an empty one', () => {
    const { rerender } = renderView(<BotSummary bot={application(sample)} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Mix Sample App' })).toBeTruthy();
    expect(screen.getByText('Bot ID')).toBeTruthy();
    rerender(<BotSummary bot={undefined} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Bot' })).toBeTruthy();
  });
});

describe('BotConfigsView', () => {
  it('says which configs have an interface and opens it', () => {
    const onOpenInterface = vi.fn();
    renderView(
      <BotConfigsView
        body={{ configs: botConfigsOf(sample) }}
        flows={flowsOf('1')}
        onOpenInterface={onOpenInterface}
      />,
    );
    const card = (tag: string) =>
      screen
        .getAllByRole('listitem')
        .find((li) => li.querySelector('h3')?.textContent === tag) as HTMLElement;
    expect(within(card(`TravelBot #${travel}`)).getByText('Interface').nextSibling?.textContent).toBe('No');
    fireEvent.click(
      within(card(`DemoProject #${demo}`)).getByRole('button', {
        name: 'Open interface of DemoProject #190',
      }),
    );
    expect(onOpenInterface).toHaveBeenCalledWith(demo);
    expect(
      within(card(`DemoProject #${demo}`)).getByRole('grid', {
        name: `Deployments of DemoProject #${demo}`,
      }),
    ).toBeTruthy();
  });

  it('says when there are no configurations', () => {
    renderView(<BotConfigsView body={undefined} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Bot configurations' })).toBeTruthy();
    expect(screen.getByText('No configurations.')).toBeTruthy();
  });
});

describe('BotInterfaceView', () => {
  it('shows version, topic, locales, channels, variables and transfer nodes', () => {
    renderView(<BotInterfaceView body={botInterfaceOf(demo)} />);
    expect(screen.getByText('Version').nextSibling?.textContent).toBe('1');
    expect(screen.getByRole('list', { name: 'Locales' }).textContent).toBe('en-US');
    const channel = within(screen.getByRole('grid', { name: 'Interface channels' })).getByRole('row', {
      name: /Omni Channel VA/,
    });
    expect(channel.textContent).toContain('Audio script');
    const variables = screen.getByRole('grid', { name: 'Interface variables' });
    expect(within(variables).getByRole('row', { name: /resultObject/ }).textContent).toContain('Reserved');
    expect(within(variables).getByRole('row', { name: /orderTotal/ }).textContent).toContain('Decimal');
    const transfer = within(screen.getByRole('grid', { name: 'Transfer nodes' })).getByRole('row', {
      name: /TransferToAgent/,
    });
    expect(transfer.textContent).toContain('Hands the call to a live agent');
    expect(transfer.textContent).toContain('userName');
  });

  it.each([
    ['no body', undefined],
    ['an empty body', {}],
    ['odd items', { interface: { channels: [null, 'x'], variables: 'no' } }],
  ])('copes with %s', (_, body) => {
    renderView(<BotInterfaceView body={body as never} />);
    expect(screen.getByText('No channels.')).toBeTruthy();
    expect(screen.getByText('No variables.')).toBeTruthy();
    expect(screen.getByText('No transfer nodes.')).toBeTruthy();
  });
});
