import axios from 'axios';
import { createElectronHttpClientFactory } from '../../../../main/electron/electron-http';
import { describeHttpClientContract } from './contracts/http-client-contract';
import { FakeElectronNet } from './fake-electron-net';

// The same promises, from every HttpClientFactory the project has: the app's (Electron's net, here its
// Electron-like fake) and the tests' (axios on Node's http, and on Node's fetch).
describeHttpClientContract('Electron net.request adapter (Electron-like fake)', () =>
  createElectronHttpClientFactory(new FakeElectronNet().request),
);
describeHttpClientContract('axios on Node http (unit and Chromium tests)', () => () => axios.create());
describeHttpClientContract('axios on Node fetch', () => () => axios.create({ adapter: 'fetch' }));
