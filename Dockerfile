# TVM server image: a release build in a Rust image, run as a non-root user
# in a slim Debian image. Configuration comes from the environment (see
# .env.example); migrations are applied at start.
FROM rust:1.95-bookworm AS build
WORKDIR /src
# Dependencies first, so source edits do not rebuild them.
COPY Cargo.toml Cargo.lock build.rs rustfmt.toml ./
COPY schemas schemas
COPY openapi openapi
COPY asyncapi asyncapi
COPY migrations migrations
COPY assets assets
COPY server server
COPY examples examples
COPY tests tests
COPY README.md .env.example ./
RUN cargo build --release --locked --bin tvm

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /var/lib/tvm --create-home tvm
COPY --from=build /src/target/release/tvm /usr/local/bin/tvm
USER tvm
WORKDIR /var/lib/tvm
ENV TVM_BIND=0.0.0.0:8000 \
    TVM_AUDIT_EXPORT_DIR=/var/lib/tvm/audit-exports \
    TVM_LOG_LEVEL=info
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 CMD ["tvm", "healthcheck"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["tvm"]
CMD ["serve"]
