# postrun in a container, used as postman/newman's image is:
#   docker run -v "$PWD:/etc/newman" IMAGE run collection.json -e env.json
# (the same words as with postman/newman, with the image's name changed).

FROM rust:1-bookworm AS build
WORKDIR /src
COPY . .
# The dist profile (fat LTO, one codegen unit): slower to build, faster to run.
RUN cargo build --profile dist --locked --bin postrun \
    && strip target/dist/postrun

FROM debian:bookworm-slim
# CA certificates for HTTPS; nothing else is needed at run time.
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/dist/postrun /usr/local/bin/postrun
WORKDIR /etc/newman
ENTRYPOINT ["postrun"]
