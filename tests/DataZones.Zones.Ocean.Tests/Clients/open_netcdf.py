#!/usr/bin/env python3
"""Reads a netCDF answer with the netCDF-C library (netCDF4-python) and with xarray, and prints what both read as JSON.

Usage: open_netcdf.py FILE VARIABLE
"""
import json
import math
import sys

import netCDF4
import xarray as xr


def plain(value):
    if hasattr(value, "tolist"):
        return value.tolist()
    return value


def finite(values):
    return [None if math.isnan(v) else v for v in values]


path, variable = sys.argv[1], sys.argv[2]
with netCDF4.Dataset(path) as nc:
    v = nc.variables[variable]
    v.set_auto_mask(False)
    library = {
        "format": nc.data_model,
        "dimensions": {name: len(d) for name, d in nc.dimensions.items()},
        "attrs": {name: plain(nc.getncattr(name)) for name in nc.ncattrs()},
        "variableAttrs": {name: plain(v.getncattr(name)) for name in v.ncattrs() if name != "_FillValue"},
        "dims": list(v.dimensions),
        "values": finite(v[:].ravel().tolist()),
    }
ds = xr.open_dataset(path)
print(json.dumps({
    "netcdf4": library,
    "xarray": {
        "time": [str(t)[:19] + "Z" for t in ds["time"].values],
        "latitude": ds["latitude"].values.tolist(),
        "longitude": ds["longitude"].values.tolist(),
        "values": finite(ds[variable].values.ravel().tolist()),
    },
}))
