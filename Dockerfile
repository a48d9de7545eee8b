# claimwatch container image.
#
#   docker build -t claimwatch .
#   docker run -d --name claimwatch -v claimwatch-data:/data \
#     -e CLAIMWATCH_NOTIFY_URLS='mailto://…' claimwatch
#   docker exec claimwatch claimwatch alerts
#
# Any Debian-based image with Python >= 3.11 works as the base: the install goes into a venv,
# so it needs neither the official image's pip nor a system pip (Debian's refuses, PEP 668).
# scripts/build-image.sh builds it without Docker (debootstrap base + buildah).
ARG BASE_IMAGE=python:3.11-slim

# --- build: install the project and its dependencies (all wheels from PyPI) into /opt/venv ---
# Wheels only (--only-binary): no compiler in either stage. pip and setuptools leave the venv
# once the install is done: the runtime installs nothing. justext (trafilatura's) asks for
# lxml[html_clean], which Debian's venv pip (23.0) does not match to lxml's "html-clean" and warns
# about; lxml_html_clean is our own dependency too, and the import below proves it is there.
FROM ${BASE_IMAGE} AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1 PIP_ROOT_USER_ACTION=ignore
RUN python3 -m venv /opt/venv
COPY . /src
RUN /opt/venv/bin/pip install --no-cache-dir --only-binary=:all: --no-binary=claimwatch '/src[postgres]' \
 && /opt/venv/bin/python -c 'import lxml_html_clean, trafilatura' \
 && /opt/venv/bin/pip uninstall -y -q setuptools pip \
 && /opt/venv/bin/claimwatch --help >/dev/null

# --- runtime: the venv, the default config, a non-root user; no source tree, no build tools ---
FROM ${BASE_IMAGE}
RUN useradd --uid 10001 --user-group --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin claimwatch \
 && mkdir -p /data \
 && chown 10001:10001 /data \
 && chmod 0750 /data

# Code and config belong to root and are read-only for the claimwatch user.
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
COPY config.toml /app/config.toml
COPY examples /app/examples

ENV PATH=/opt/venv/bin:$PATH \
    CLAIMWATCH_DATABASE_URL=sqlite:////data/claimwatch.db \
    CLAIMWATCH_CONFIG=/app/config.toml \
    CLAIMWATCH_HEARTBEAT=/tmp/claimwatch.heartbeat \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1

VOLUME ["/data"]
USER 10001:10001

# `claimwatch health` exits 0 while the daemon's heartbeat file (touched every 60 s) is fresh.
HEALTHCHECK --interval=60s --timeout=10s --start-period=120s CMD ["claimwatch", "health"]

# The daemon handles SIGTERM itself (finishes the article in hand), so it can be PID 1.
CMD ["claimwatch", "run"]
