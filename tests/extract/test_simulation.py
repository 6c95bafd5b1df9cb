"""Simulation data: HDF5 results and COMSOL models."""

from __future__ import annotations

import io
import zipfile

from scanner.config import Limits
from scanner.extract.registry import extract_document


def hdf5_file() -> bytes:
    import h5py
    import numpy as np

    buf = io.BytesIO()
    with h5py.File(buf, "w") as f:
        f.attrs["title"] = "Strip casting wheel thermal model, NdFeB alloy"
        g = f.create_group("wheel_cooling")
        g.attrs["wheel_speed"] = "1.5 m/s"
        g.attrs["melt_superheat"] = "1450 °C"
        g.create_dataset("temperature_field", data=np.zeros((50, 50)))
    return buf.getvalue()


def test_hdf5_names_and_attributes() -> None:
    doc = extract_document("sc_model.h5", hdf5_file(), Limits())
    assert doc.file_type == "hdf5"
    located = {s.text: str(s.location) for s in doc.segments}
    assert located["title: Strip casting wheel thermal model, NdFeB alloy"] == "/"
    assert located["melt_superheat: 1450 °C"] == "/wheel_cooling"
    assert "wheel cooling / temperature field" in located


def test_hdf5_is_simulation_data(scanner) -> None:
    assert scanner.scan_bytes("sc_model.h5", hdf5_file()).carrier == "simulation-data"


def test_comsol_model_text() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(
            "dmodel.xml",
            "<model><param name='T_sinter'>1060[degC]</param>"
            "<physics>Heat Transfer in Solids: vacuum sintering furnace"
            "</physics></model>",
        )
        zf.writestr("geometry.mphbin", b"\x00\x01\x02")
    doc = extract_document("furnace.mph", buf.getvalue(), Limits())
    assert doc.file_type == "comsol"
    assert any("vacuum sintering furnace" in s.text for s in doc.segments)
