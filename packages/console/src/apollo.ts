/**
 * The Apollo Client of the console: same-origin `/graphql`, the session's bearer token on every request,
 * and an expired or refused token ends the session (back to sign-in with a notice).
 */
import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { currentSession, endSession } from './session';

const auth = new SetContextLink((prev) => {
  // The public village page asks as anyone would, even in a signed-in tab: what it shows is what the wall shows.
  if ((prev as { anonymous?: boolean }).anonymous) return {};
  const s = currentSession();
  return s ? { headers: { ...prev.headers, authorization: `Bearer ${s.token}` }, sentToken: true } : {};
});

// UNAUTHENTICATED on a request that carried a token means the token no longer holds (expired, key rotated).
const expiry = new ErrorLink(({ error, operation }) => {
  const sent = (operation.getContext() as { sentToken?: boolean }).sentToken;
  if (sent && CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) endSession('expired');
});

/** Builds the client; one per page load. */
export function createClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([expiry, auth, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({
      typePolicies: {
        Division: { keyFields: ['code'] },
        // Indicator values belong to their division; they have no identity of their own.
        IndicatorValue: { keyFields: false },
        Indicator: { keyFields: ['id'] },
      },
    }),
  });
}
