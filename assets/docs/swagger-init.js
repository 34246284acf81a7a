// Swagger UI for the TVM contract (served at /api/docs; ours, not vendored).
// - Example date-times are moved to now, so "Try it out" on a report sends
//   a timestamp the server accepts; an example value still unedited when
//   the request is sent is moved again to the moment of sending.
// - The WebSocket operations offer no "Try it out" (Swagger UI cannot open
//   a socket); their descriptions link to the AsyncAPI page.
(async () => {
  const spec = await (await fetch("/api/openapi.json")).json();
  const dateTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
  const walk = (v, f) => {
    if (Array.isArray(v)) v.forEach((x, i) => (typeof x === "string" ? (v[i] = f(x)) : walk(x, f)));
    else if (v && typeof v === "object") for (const k of Object.keys(v)) typeof v[k] === "string" ? (v[k] = f(v[k])) : walk(v[k], f);
  };
  // Each example is moved as a whole so that its latest date-time is now:
  // a report's timestamp becomes now, an upload's messages keep their
  // spacing.
  const loaded = Date.now();
  const shifted = new Set();
  const moveExample = (example) => {
    if (typeof example === "string" && dateTime.test(example)) {
      const now = new Date(loaded).toISOString();
      shifted.add(now);
      return now;
    }
    if (typeof example !== "object" || example === null) return example;
    let latest = 0;
    walk(example, (s) => { if (dateTime.test(s)) latest = Math.max(latest, Date.parse(s)); return s; });
    walk(example, (s) => {
      if (!dateTime.test(s)) return s;
      const moved = new Date(Date.parse(s) + (loaded - latest)).toISOString();
      shifted.add(moved);
      return moved;
    });
    return example;
  };
  const findExamples = (v) => {
    if (Array.isArray(v)) return v.forEach(findExamples);
    if (!v || typeof v !== "object") return;
    for (const [k, x] of Object.entries(v)) {
      if (k === "example") v[k] = moveExample(x);
      else if (k === "examples" && Array.isArray(x)) v[k] = x.map(moveExample);
      else if (k === "examples" && x && typeof x === "object") Object.values(x).forEach((e) => e && (e.value = moveExample(e.value)));
      else findExamples(x);
    }
  };
  findExamples(spec);
  const requestInterceptor = (request) => {
    if (typeof request.body !== "string" || !request.body.startsWith("{")) return request;
    const late = Date.now() - loaded;
    try {
      const body = JSON.parse(request.body);
      walk(body, (s) => (shifted.has(s) ? new Date(Date.parse(s) + late).toISOString() : s));
      request.body = JSON.stringify(body);
    } catch (e) { /* not JSON: sent as typed */ }
    return request;
  };
  const isSocket = (path) => typeof path === "string" && path.startsWith("/ws/");
  // No "Try it out" on a WebSocket operation: its description links to the
  // AsyncAPI page instead.
  const socketLinks = () => ({
    statePlugins: {
      spec: {
        wrapSelectors: {
          allowTryItOutFor: (original) => (state, path, method) =>
            isSocket(path) ? false : original(path, method),
        },
      },
    },
  });
  window.ui = SwaggerUIBundle({
    spec, dom_id: "#swagger-ui", deepLinking: true, validatorUrl: null,
    requestInterceptor, plugins: [socketLinks],
  });
})();
