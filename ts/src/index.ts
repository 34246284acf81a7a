/** @tvm/client: the TVM contract's types and typed socket clients. */
export type { components, operations, paths } from "./api.js";
export * from "./sockets.js";
export * from "./client.js";
export * from "./tracks.js";
