import type { ApolloServerPlugin } from '@apollo/server';

/** Every GraphQL response says `cache-control: no-store`: answers depend on who asks. */
export function noStorePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
