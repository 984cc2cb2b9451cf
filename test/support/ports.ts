import { connect, createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

// Loopback ports for tests of servers the app runs or talks to (unit and Chromium tests alike).

/** True when something can listen on 127.0.0.1:port right now, i.e. nobody holds it. */
export function canListen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A port that was free a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Holds 127.0.0.1:port until released. */
export function occupy(port: number): Promise<{ release(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({ release: () => new Promise<void>((done) => server.close(() => done())) }),
    );
  });
}

/** Whether something listens at the URL's host and port right now (a connection is accepted). */
export function listening(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
