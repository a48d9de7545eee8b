#!/usr/bin/env bash
# Build the claimwatch image without Docker or an image registry: a Debian bookworm base with
# Python 3.11 made by debootstrap from Debian's packages, then the Dockerfile built by buildah.
# Run as root from anywhere in the repo.  Usage: scripts/build-image.sh [TAG]  (default claimwatch:latest)
# Re-running reuses the base image if it exists (and buildah's layer cache).
# Env: MIRROR (Debian mirror), BASE (base image tag), REBUILD_BASE=1 (make the base anew),
#      STORAGE_DRIVER (overlay or vfs; by default overlay, falling back to vfs).
# The last line printed is "image TAG: SIZE".
# Run the result with buildah (`buildah from TAG`, then `buildah run --isolation chroot CTR -- …`),
# or push it to a registry / `buildah push TAG docker-daemon:claimwatch:latest` for Docker.
set -euo pipefail

TAG=${1:-claimwatch:latest}
BASE=${BASE:-localhost/debian-python:bookworm}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
cd "$(dirname "$0")/.."
started=$SECONDS

[ "$(id -u)" = 0 ] || { echo "build-image.sh: run as root (debootstrap and buildah's chroot isolation need it)" >&2; exit 1; }
if ! command -v buildah >/dev/null || ! command -v debootstrap >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q && apt-get install -y -q buildah debootstrap
fi

# overlay needs kernel/fuse support that some sandboxes lack; vfs always works (slower, larger).
if [ -z "${STORAGE_DRIVER:-}" ]; then
  if buildah --storage-driver overlay images >/dev/null 2>&1; then STORAGE_DRIVER=overlay; else STORAGE_DRIVER=vfs; fi
fi
bh() { buildah --storage-driver "$STORAGE_DRIVER" "$@"; }

# 1. Base image: minimal bookworm + python3 (3.11), venv and CA certificates; no documentation,
#    manual pages or translations (nor will later apt installs bring them: dpkg excludes them),
#    no apt lists or caches, and nothing of the build host (its hostname, resolver, devices).
if [ "${REBUILD_BASE:-0}" = 1 ] || ! bh inspect --type image "$BASE" >/dev/null 2>&1; then
  rootfs=$(mktemp -d /tmp/claimwatch-rootfs.XXXXXX)
  # --one-file-system: never reach through a mount debootstrap may have left (a bound /dev).
  trap 'rm -rf --one-file-system "$rootfs"' EXIT
  debootstrap --variant=minbase --include=python3,python3-venv,ca-certificates \
    bookworm "$rootfs" "$MIRROR"
  if grep -q " $rootfs/" /proc/self/mounts; then
    echo "build-image.sh: something is still mounted under $rootfs; not cleaning it" >&2; exit 1
  fi
  cat >"$rootfs"/etc/dpkg/dpkg.cfg.d/excludes <<'EOF'
# slim image: no documentation, manual pages or translations (copyright files stay)
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-exclude /usr/share/lintian/*
EOF
  chroot "$rootfs" apt-get clean
  find "$rootfs"/usr/share/doc -mindepth 1 -not -name copyright -not -type d -delete
  find "$rootfs"/usr/share/doc -mindepth 1 -type d -empty -delete
  rm -rf --one-file-system "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* "$rootfs"/usr/share/locale/* \
         "$rootfs"/usr/share/lintian/* \
         "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/*.bin "$rootfs"/var/cache/debconf/*-old \
         "$rootfs"/var/lib/dpkg/*-old "$rootfs"/var/log/*.log "$rootfs"/var/log/apt/* \
         "$rootfs"/dev/* "$rootfs"/etc/hostname "$rootfs"/root/.cache
  : >"$rootfs"/etc/resolv.conf          # the runtime supplies its own
  ctr=$(bh from scratch)
  mnt=$(bh mount "$ctr")
  cp -a "$rootfs"/. "$mnt"/
  bh umount "$ctr"
  bh config --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --env LANG=C.UTF-8 --cmd /bin/bash "$ctr"
  bh commit --rm "$ctr" "$BASE"
  rm -rf --one-file-system "$rootfs"
  trap - EXIT
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
echo "base $BASE: $(bh images --format '{{.Size}}' "$BASE")"
echo "built in $((SECONDS - started)) s (storage driver $STORAGE_DRIVER)"
echo "image $TAG: $(bh images --format '{{.Size}}' "$TAG")"
