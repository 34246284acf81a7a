// The AsyncAPI page (/api/asyncapi; ours, not vendored): the live channel's
// document, with its schemas inlined, rendered by the vendored AsyncAPI
// React component.
AsyncApiStandalone.render(
  { schema: { url: "/api/asyncapi.json", options: { method: "GET" } }, config: { show: { sidebar: true } } },
  document.getElementById("asyncapi"),
);
