/** Medusa modules need a service; this module's work is its loader (the shared pool's limits). */
export default class DatabasePoolService {}
