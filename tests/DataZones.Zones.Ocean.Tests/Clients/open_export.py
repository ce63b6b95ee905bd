#!/usr/bin/env python3
"""Opens an export's Zarr link exactly as a researcher would, with xarray over plain HTTP(S) through fsspec, and
prints what was read as JSON: sizes, attributes, coordinates and one variable's values (NaN as null).

Usage: open_export.py ZARR_LINK VARIABLE
"""
import json
import math
import sys

import xarray as xr


def plain(value):
    """Attribute values as JSON: numpy scalars and arrays become numbers and lists."""
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


link, variable = sys.argv[1], sys.argv[2]
ds = xr.open_zarr(link, consolidated=True)
values = ds[variable].values
print(json.dumps({
    "sizes": {name: int(size) for name, size in ds.sizes.items()},
    "attrs": {name: plain(value) for name, value in ds.attrs.items()},
    "variableAttrs": {name: plain(value) for name, value in ds[variable].attrs.items()},
    "dims": list(ds[variable].dims),
    "time": [str(t)[:19] + "Z" for t in ds["time"].values],
    "latitude": ds["latitude"].values.tolist(),
    "longitude": ds["longitude"].values.tolist(),
    "values": [None if math.isnan(v) else v for v in values.ravel().tolist()],
}))
