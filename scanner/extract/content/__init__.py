"""Content checks the format table (`scanner.extract.formats`) calls: small pure-Python tests
of a file's structure, past its magic bytes, that tell a real file of a format from bytes that
merely start alike.

- `fields`: the `Check` signature and the byte fields every check reads;
- `certificates`: DER/BER and PEM: PKCS#7/CMS (S/MIME signatures, signed and encrypted
  messages) and X.509 certificates;
- `fonts`: TrueType/OpenType fonts and collections, WOFF;
- `media`: audio and video (MP3/ID3, ISO media `ftyp` brands, Ogg, FLAC, ASF, Matroska);
- `executables`: ELF, PE, Mach-O/Java class, Python bytecode, Dalvik;
- `payload`: archives and documents carried inside another file.
"""
