"""A throw-away self-signed certificate and its key, for the tests that sign with the
`cryptography` package (S/MIME signatures, opaque-signed messages, certificate sniffing)."""

from __future__ import annotations

import datetime


def self_signed(name_attribute: str = "COMMON_NAME", value: str = "export-control test", days: int = 30):
    """(key, certificate) of a fresh EC key signing its own certificate, valid from 2026-01-01."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(getattr(NameOID, name_attribute), value)])
    now = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(7)
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=days))
        .sign(key, hashes.SHA256())
    )
    return key, cert
