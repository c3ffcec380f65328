/** The page for an address that names nothing, and for a request that failed. */
import { Layout } from './layout.js';
import type { View } from './view.js';

export function ErrorPage(props: { view: View; status: number; message?: string | undefined }) {
  const { view } = props;
  const { m } = view;
  const title =
    props.status === 404 ? m.errors.notFound : props.status < 500 ? m.errors.badInput : m.errors.failure;
  const text = props.message ?? (props.status === 404 ? m.errors.notFoundText : m.errors.failureText);
  return (
    <Layout view={view} title={title}>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href="/">{m.errors.back}</a>
      </p>
    </Layout>
  );
}
