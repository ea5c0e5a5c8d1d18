#!/usr/bin/env bash
# Restores one of the embedded default's backups (docs/operations.md, "Backups") into its running
# node: registers the backups repository if the node lacks it (a fresh node), closes the platform's
# indices that the snapshot holds, restores them with their aliases, and waits until done.
#
#   scripts/restore-backup.sh [-d NODE_FOLDER] [-u ELASTICSEARCH_URL] SNAPSHOT
#
# NODE_FOLDER is the node's folder, <TUNA_ELASTICSEARCH_LOCAL_DIR>/node (default: as root
# /var/lib/tuna/elasticsearch/node, else ~/.local/share/tuna/elasticsearch/node); the node's
# address and backups folder are read from its config/elasticsearch.yml. -u overrides the address.
# List the snapshots with:  curl -s 'http://127.0.0.1:<port>/_cat/snapshots/tuna-backups?v'
set -euo pipefail

repository=tuna-backups
if [ "$(id -u)" = 0 ]; then node=/var/lib/tuna/elasticsearch/node; else node="$HOME/.local/share/tuna/elasticsearch/node"; fi
[ -n "${TUNA_ELASTICSEARCH_LOCAL_DIR:-}" ] && node="$TUNA_ELASTICSEARCH_LOCAL_DIR/node"
url=
while getopts "d:u:" option; do
  case "$option" in
    d) node="$OPTARG" ;;
    u) url="$OPTARG" ;;
    *) sed -n '2,12p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -eq 1 ] || { sed -n '2,12p' "$0"; exit 2; }
snapshot="$1"

yml="$node/config/elasticsearch.yml"
[ -r "$yml" ] || { echo "No $yml: give the node's folder with -d" >&2; exit 1; }
setting() { sed -n "s/^$1: *\"\{0,1\}\([^\"]*\)\"\{0,1\} *$/\1/p" "$yml" | tail -n 1; }
[ -n "$url" ] || url="http://127.0.0.1:$(setting http.port)"
folder="$(setting path.repo)"
[ -n "$folder" ] || { echo "$yml sets no path.repo: start the node once with this version first" >&2; exit 1; }

es() { curl -sS --fail-with-body -H 'Content-Type: application/json' "$@"; echo; }

echo "Registering the repository $repository at $folder on $url"
es -X PUT "$url/_snapshot/$repository" -d "{\"type\": \"fs\", \"settings\": {\"location\": \"$folder\"}}" >/dev/null

# The indices the snapshot holds, e.g. tuna-slots-v3,tuna-employers-v1 (names, not a pattern:
# Elasticsearch closes only indices named exactly).
indices="$(es "$url/_snapshot/$repository/$snapshot?filter_path=snapshots.indices" \
  | tr -d '{}[]" \n' | sed 's/^snapshots:indices://')"
[ -n "$indices" ] || { echo "Snapshot $snapshot holds no indices" >&2; exit 1; }

echo "Closing $indices (those that exist)"
es -X POST "$url/$indices/_close?ignore_unavailable=true" >/dev/null

echo "Restoring $snapshot"
es -X POST "$url/_snapshot/$repository/$snapshot/_restore?wait_for_completion=true" \
  -d "{\"indices\": \"$indices\", \"include_global_state\": false, \"include_aliases\": true}"
echo "Restored $snapshot into $url"
