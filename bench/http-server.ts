/**
 * The server side of the HTTP benchmark, run as its own process: the application over the
 * benchmark's database, and beside it the same framework's bare hello-world route, each on a
 * free loopback port. Prints "ready <application port> <hello-world port>" when both listen.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { openStore, startServer } from './built.js';

const store = await openStore({ url: process.argv[2]! });
const application = await startServer(store, 0, '127.0.0.1');
const hello = new Hono().get('/', (c) => c.text('Hello, World!'));
const helloServer = serve({ fetch: hello.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(`ready ${new URL(application.url).port} ${info.port}`);
});

process.on('SIGTERM', () => {
  helloServer.close();
  void application
    .close()
    .then(() => store.close())
    .then(() => process.exit(0));
});
