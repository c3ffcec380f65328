/** What the web application keeps about a request while answering it. */
import type { User } from '../domain/account.js';

export interface AppEnv {
  Variables: {
    /** The signed-in person, or null. */
    user: User | null;
    /** How they proved it: a session cookie or an API token. */
    via: 'session' | 'token' | null;
    /** The session's CSRF token, which every form of a signed-in person carries. */
    csrf: string | null;
    /** Whether X-Forwarded-Proto and X-Forwarded-For are believed (`serve --trust-proxy`). */
    trustProxy: boolean;
  };
}
