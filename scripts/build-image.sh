#!/usr/bin/env bash
# Build the claimwatch image without Docker or an image registry: a Debian bookworm base with
# Python 3.11 made by debootstrap from Debian's packages, then the Dockerfile built by buildah.
# Run as root from anywhere in the repo.  Usage: scripts/build-image.sh [TAG]  (default claimwatch:latest)
# Re-running reuses the base image if it exists (and buildah's layer cache).
# Env: MIRROR (Debian mirror), BASE (base image tag), REBUILD_BASE=1 (make the base anew),
#      STORAGE_DRIVER (overlay or vfs; by default overlay, falling back to vfs).
set -euo pipefail

TAG=${1:-claimwatch:latest}
BASE=${BASE:-localhost/debian-python:bookworm}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
cd "$(dirname "$0")/.."

command -v buildah >/dev/null && command -v debootstrap >/dev/null \
  || { apt-get update && apt-get install -y buildah debootstrap; }

# overlay needs kernel/fuse support that some sandboxes lack; vfs always works (slower, larger).
if [ -z "${STORAGE_DRIVER:-}" ]; then
  if buildah --storage-driver overlay images >/dev/null 2>&1; then STORAGE_DRIVER=overlay; else STORAGE_DRIVER=vfs; fi
fi
bh() { buildah --storage-driver "$STORAGE_DRIVER" "$@"; }

# 1. Base image: minimal bookworm + python3 (3.11), venv and CA certificates.
if [ "${REBUILD_BASE:-0}" = 1 ] || ! bh inspect --type image "$BASE" >/dev/null 2>&1; then
  rootfs=$(mktemp -d /tmp/claimwatch-rootfs.XXXXXX)
  trap 'rm -rf "$rootfs"' EXIT
  debootstrap --variant=minbase --include=python3,python3-venv,ca-certificates \
    bookworm "$rootfs" "$MIRROR"
  chroot "$rootfs" apt-get clean
  rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/log/*.log
  ctr=$(bh from scratch)
  mnt=$(bh mount "$ctr")
  cp -a "$rootfs"/. "$mnt"/
  bh umount "$ctr"
  bh config --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --env LANG=C.UTF-8 --cmd /bin/bash "$ctr"
  bh commit --rm "$ctr" "$BASE"
fi

# 2. The image. --format docker keeps the HEALTHCHECK (OCI images have none).
# Behind a TLS-intercepting proxy, pip needs the host's CA bundle: it is mounted for the
# RUN steps only (Debian's pip reads /etc/ssl/certs), never baked into the image.
ca=()
if [ -d /usr/local/share/ca-certificates ] && [ -n "$(ls -A /usr/local/share/ca-certificates)" ]; then
  ca=(--volume /etc/ssl/certs/ca-certificates.crt:/etc/ssl/certs/ca-certificates.crt:ro)
fi
bh bud --isolation chroot --format docker --layers "${ca[@]}" \
  --build-arg BASE_IMAGE="$BASE" -t "$TAG" .
bh images "$TAG"
