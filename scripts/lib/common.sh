# Shared by the scripts in scripts/: locating the repo, installing what is missing, and running Azurite.
# Sourced, not executed.

repo_root() { cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd; }

# Azurite's well-known development account. Public by design (documented by Microsoft); never a production key.
AZURITE_ACCOUNT=devstoreaccount1
AZURITE_KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

say() { printf '%s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

require_tools() {
  command -v dotnet >/dev/null || die "the .NET 10 SDK is needed (dotnet not found on PATH)"
  command -v node >/dev/null || die "Node.js is needed for Azurite (node not found on PATH)"
  command -v npm >/dev/null || die "npm is needed for Azurite (npm not found on PATH)"
}

# npm ci only when node_modules is missing or older than the lock file.
ensure_node_modules() {
  if [ ! -x node_modules/.bin/azurite ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing Azurite (npm ci)…"
    npm ci --no-audit --no-fund --loglevel=error >&2
  fi
}

# Prints a free TCP port on 127.0.0.1, chosen by the kernel.
free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();});"
}

# Prints N distinct free TCP ports on 127.0.0.1, one a line.
free_ports() {
  node -e "
    const net=require('net'); const n=$1; const servers=[];
    (function next(){ if (servers.length===n) { servers.forEach(s=>{console.log(s.address().port);s.close();}); return; }
      const s=net.createServer(); s.listen(0,'127.0.0.1',()=>{servers.push(s);next();}); })();"
}

# Succeeds when nothing listens on 127.0.0.1:$1.
port_is_free() {
  node -e "const s=require('net').createServer();s.once('error',()=>process.exit(1));s.listen($1,'127.0.0.1',()=>s.close(()=>process.exit(0)));"
}

# Waits until 127.0.0.1:$1 accepts connections (at most ~30 s).
wait_for_port() {
  node -e "
    const net=require('net'); const deadline=Date.now()+30000;
    (function attempt(){ const c=net.connect($1,'127.0.0.1');
      c.once('connect',()=>{c.end();process.exit(0);});
      c.once('error',()=>{ if(Date.now()>deadline) process.exit(1); setTimeout(attempt,100); }); })();"
}

# start_azurite TABLE_PORT BLOB_PORT QUEUE_PORT LOG_DIR [extra azurite args…]
# Table, blob and queue run as separate processes: each Azurite is single-threaded, so the two busy ones (table,
# blob) get a core each. Sets AZURITE_PIDS.
start_azurite() {
  local table_port=$1 blob_port=$2 queue_port=$3 log_dir=$4; shift 4
  mkdir -p "$log_dir"
  node_modules/.bin/azurite-table --tableHost 127.0.0.1 --tablePort "$table_port" \
    --skipApiVersionCheck --disableTelemetry --loose "$@" >"$log_dir/azurite-table.log" 2>&1 &
  AZURITE_PIDS="$!"
  node_modules/.bin/azurite-blob --blobHost 127.0.0.1 --blobPort "$blob_port" \
    --skipApiVersionCheck --disableTelemetry --loose "$@" >"$log_dir/azurite-blob.log" 2>&1 &
  AZURITE_PIDS="$AZURITE_PIDS $!"
  node_modules/.bin/azurite-queue --queueHost 127.0.0.1 --queuePort "$queue_port" \
    --skipApiVersionCheck --disableTelemetry --loose "$@" >"$log_dir/azurite-queue.log" 2>&1 &
  AZURITE_PIDS="$AZURITE_PIDS $!"
  wait_for_port "$table_port" || die "Azurite (table) did not start on port $table_port; see $log_dir/azurite-table.log"
  wait_for_port "$blob_port" || die "Azurite (blob) did not start on port $blob_port; see $log_dir/azurite-blob.log"
  wait_for_port "$queue_port" || die "Azurite (queue) did not start on port $queue_port; see $log_dir/azurite-queue.log"
}

# start_azurite_oauth_blob PORT DIR: a second blob service, over HTTPS with a throwaway self-signed certificate,
# that takes OAuth tokens instead of the account key. Azurite's "basic" OAuth checks a token's audience, issuer and
# lifetime (not its signature), which is enough to exercise the token-credential path: user-delegation SAS links.
start_azurite_oauth_blob() {
  local port=$1 dir=$2
  command -v openssl >/dev/null || { say "installing openssl…"; apt-get install -y -qq openssl >&2; }
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" \
    -keyout "$dir/oauth-key.pem" -out "$dir/oauth-cert.pem" >/dev/null 2>&1 || die "openssl could not make a test certificate"
  node_modules/.bin/azurite-blob --blobHost 127.0.0.1 --blobPort "$port" --oauth basic \
    --cert "$dir/oauth-cert.pem" --key "$dir/oauth-key.pem" --inMemoryPersistence \
    --skipApiVersionCheck --disableTelemetry --loose >"$dir/azurite-oauth-blob.log" 2>&1 &
  AZURITE_PIDS="$AZURITE_PIDS $!"
  wait_for_port "$port" || die "Azurite (OAuth blob) did not start on port $port; see $dir/azurite-oauth-blob.log"
}

stop_azurite() {
  [ -n "${AZURITE_PIDS:-}" ] || return 0
  # shellcheck disable=SC2086
  kill $AZURITE_PIDS 2>/dev/null || true
  # shellcheck disable=SC2086
  wait $AZURITE_PIDS 2>/dev/null || true
  AZURITE_PIDS=
}

# The connection string for an Azurite on 127.0.0.1 with the given table, blob and queue ports.
azurite_connection_string() {
  printf 'DefaultEndpointsProtocol=http;AccountName=%s;AccountKey=%s;TableEndpoint=http://127.0.0.1:%s/%s;BlobEndpoint=http://127.0.0.1:%s/%s;QueueEndpoint=http://127.0.0.1:%s/%s;' \
    "$AZURITE_ACCOUNT" "$AZURITE_KEY" "$1" "$AZURITE_ACCOUNT" "$2" "$AZURITE_ACCOUNT" "$3" "$AZURITE_ACCOUNT"
}
