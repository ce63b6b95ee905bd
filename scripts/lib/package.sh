# How the deployable app is built and laid out, shared by scripts/package and scripts/bench (coldstart).
# Sourced, not executed; expects lib/common.sh and the repo root as the working directory.

# The package targets Flex Consumption's `custom` runtime: a self-contained linux-x64 executable, compiled ahead of
# time so that a cold start does not wait for the JIT — as one ReadyToRun composite of the framework and the app,
# which also precompiles the framework's generics over the app's types (half the methods a first answer would
# otherwise JIT). docs/decisions/hosting.md says why and what it costs (minutes of publishing, ~30 MB more).
publish_self_contained() { # PROJECT OUT
  dotnet publish "$1" -c Release -r linux-x64 --self-contained -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true \
    --nologo -v quiet -clp:ErrorsOnly -o "$2" >&2
}

publish_functions_app() { # OUT
  publish_self_contained functions/DataZones.Functions.csproj "$1"
  chmod +x "$1/DataZones.Functions"
}

# Copies what the Functions host reads — host.json and one folder per function — from functions/metadata to OUT.
# The tests run exactly this (scripts/package --layout-only) and check its result.
lay_out_functions() { # OUT
  local out=$1 dir
  mkdir -p "$out"
  cp functions/metadata/host.json "$out/"
  for dir in functions/metadata/*/; do
    [ -f "$dir/function.json" ] || continue
    mkdir -p "$out/$(basename "$dir")"
    cp "$dir/function.json" "$out/$(basename "$dir")/"
  done
}
