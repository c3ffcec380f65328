/**
 * A browser for page tests without a browser: it keeps cookies between requests, follows
 * nothing by itself, and signs in through the sign-in form as a person would.
 */
import { formOf } from './html.js';

/** What answers the client's requests: an app in this process (Hono's `request`), or a server over HTTP. */
export interface Site {
  request(path: string, init: RequestInit): Response | Promise<Response>;
}

export class Client {
  readonly #cookies = new Map<string, string>();

  constructor(private readonly app: Site) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.#cookies.size > 0)
      headers.set('Cookie', [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await this.app.request(path, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, value] = pair!.split('=') as [string, string];
      const expired = attributes.some((a) => /max-age=0|expires=Thu, 01 Jan 1970/i.test(a.trim()));
      if (expired || value === '') this.#cookies.delete(name.trim());
      else this.#cookies.set(name.trim(), value);
    }
    return response;
  }

  async page(path: string): Promise<{ status: number; html: string; response: Response }> {
    const response = await this.request(path);
    return { status: response.status, html: await response.text(), response };
  }

  /** Posts form fields as a browser posts a form. */
  submit(action: string, fields: URLSearchParams): Promise<Response> {
    return this.request(action, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: fields.toString(),
    });
  }

  async signIn(login: string, password: string): Promise<Response> {
    const fields = formOf((await this.page('/login')).html, '/login');
    fields.set('login', login);
    fields.set('password', password);
    return this.submit('/login', fields);
  }

  cookie(name: string): string | undefined {
    return this.#cookies.get(name);
  }
}
