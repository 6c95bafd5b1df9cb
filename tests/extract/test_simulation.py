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


ABAQUS_SINTER = """*HEADING
NdFeB sintering furnace, heat-up of a loaded boat: 1060 C for 4 h in vacuum, then two-stage
tempering 900 C x 2 h and 500 C x 3 h; sintered NdFeB blocks N48H, Mo boat
*MATERIAL, NAME=NDFEB_GREEN_COMPACT
*CONDUCTIVITY
 9.0, 20.
*STEP, NAME=SINTER
*HEAT TRANSFER, END=PERIOD
 60., 14400.
"""

ABAQUS_BRACKET = """*HEADING
Bracket BR-220 static stress check, S355 steel, bolt preload 20 kN
*MATERIAL, NAME=S355
*ELASTIC
 210000., 0.3
*STEP, NAME=LOAD
*STATIC
"""


def test_abaqus_deck_of_a_sintering_furnace_is_controlled_simulation_data(scanner) -> None:
    v = scanner.scan_bytes("sinter_boat.inp", ABAQUS_SINTER.encode())
    assert v.verdict in ("controlled", "review"), v.reasons
    assert v.carrier == "simulation-data" and v.categories == ("magnet-manufacturing",)


def test_abaqus_deck_of_a_bracket_is_clear(scanner) -> None:
    assert scanner.scan_bytes("bracket.inp", ABAQUS_BRACKET.encode()).verdict == "clear"


def test_chinese_yaml_deck_of_an_electrolysis_cell(scanner) -> None:
    deck = (
        "模型: 6kA 稀土熔盐电解槽 热电耦合\n电解质: LiF-NdF3-PrF3 (LiF 10 wt%)\n电解温度: 1050 ℃\n"
        "阴极电流密度: 6.5 A/cm2\n阳极电流密度: 0.9 A/cm2\n槽电压: 9.5 V\n加料速率: 4 kg/h 氧化镨钕\n"
    )
    v = scanner.scan_bytes("cell_model.yaml", deck.encode())
    assert v.verdict in ("controlled", "review"), v.reasons
    assert v.categories == ("metal-smelting",)
