# The researchers' own Python clients, from Debian (PyPI is not assumed reachable): the tests open exports with
# them exactly as a user would. Installs what is missing with apt-get (as root, or through sudo).
DATAZONES_CLIENT_PACKAGES=(python3-xarray python3-zarr python3-fsspec python3-aiohttp python3-netcdf4 python3-requests)

ensure_python_clients() {
  export DATAZONES_TEST_PYTHON=${DATAZONES_TEST_PYTHON:-/usr/bin/python3}
  if [ -x "$DATAZONES_TEST_PYTHON" ] && "$DATAZONES_TEST_PYTHON" -c 'import xarray, zarr, fsspec, aiohttp, netCDF4' 2>/dev/null; then
    return
  fi
  command -v apt-get >/dev/null || die "the Python clients (${DATAZONES_CLIENT_PACKAGES[*]}) are missing and apt-get is not available to install them"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  say "installing the Python clients from Debian (${DATAZONES_CLIENT_PACKAGES[*]})…"
  $sudo apt-get update -qq >&2 || true
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${DATAZONES_CLIENT_PACKAGES[@]}" >&2
}
