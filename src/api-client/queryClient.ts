import { QueryClient } from '@tanstack/react-query'

/** The studio's one query cache: server data (routes, hosted generations) lives here, never in the document store. */
export const queryClient = new QueryClient()
