# postrun in a container, used as postman/newman's image is:
#   docker run -v "$PWD:/etc/newman" IMAGE run collection.json -e env.json
# (the same words as with postman/newman, with the image's name changed).

FROM rust:1-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked --bin postrun \
    && strip target/release/postrun

FROM debian:bookworm-slim
# CA certificates for HTTPS; nothing else is needed at run time.
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/release/postrun /usr/local/bin/postrun
WORKDIR /etc/newman
ENTRYPOINT ["postrun"]
